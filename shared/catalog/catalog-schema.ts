/**
 * Shape of the component catalog: media, switches, NICs, scale-up fabrics, vendors,
 * ecosystems and the sources every figure cites. The data itself lives in `data/*.json`;
 * this module only declares and validates its shape, so the catalog stays data, not code.
 */
import { z } from 'zod';
import { ECOSYSTEM_IDS, MEDIUM_KINDS } from './catalog-ids.ts';

export { ECOSYSTEM_IDS, MEDIUM_KINDS } from './catalog-ids.ts';

/** Provenance quality of a catalog figure (docs/model.md): [P] primary, [S] secondary, [W] weak, [E] estimate. */
export const QUALITY_TAGS = ['primary', 'secondary', 'weak', 'estimate'] as const;
export const qualitySchema = z.enum(QUALITY_TAGS);
export type Quality = z.infer<typeof qualitySchema>;

/**
 * One sourced figure. `typical` is what the model uses; `low`/`high` bound the range for
 * sensitivity and Monte Carlo. Example: `{ "low": 1100, "typical": 1250, "high": 1400,
 * "source": "luxoptx-800g-cost", "quality": "weak" }` for an 800G DR8 price in USD.
 */
export const figureSchema = z
  .object({
    low: z.number().finite().nonnegative().optional(),
    typical: z.number().finite().nonnegative(),
    high: z.number().finite().nonnegative().optional(),
    source: z.string().min(1),
    quality: qualitySchema,
    note: z.string().optional(),
  })
  .strict()
  .refine((f) => (f.low ?? f.typical) <= f.typical && f.typical <= (f.high ?? f.typical), {
    message: 'figure must satisfy low <= typical <= high',
  });
export type Figure = z.infer<typeof figureSchema>;

export const sourceSchema = z
  .object({
    id: z.string().min(1),
    citation: z.string().min(1),
    url: z.string().optional(),
    quality: qualitySchema,
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/**
 * Where an investor buys a vendor: the listed entity and its tickers, or "private". Example:
 * `{ "status": "listed", "entity": "Celestica Inc.", "tickers": [{ "symbol": "CLS", "exchange": "NYSE" },
 * { "symbol": "CLS", "exchange": "TSX" }], "source": "vc-listings-press", "quality": "secondary" }`.
 */
export const vendorListingSchema = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('listed'),
      entity: z.string().min(1),
      tickers: z.array(z.object({ symbol: z.string().min(1), exchange: z.string().min(1) }).strict()).min(1),
      source: z.string().min(1),
      quality: qualitySchema,
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({
      status: z.literal('private'),
      source: z.string().min(1),
      quality: qualitySchema,
      note: z.string().optional(),
    })
    .strict(),
]);
export type VendorListing = z.infer<typeof vendorListingSchema>;

export const vendorSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    /** Headquarters country (ISO-3166 English short name), e.g. "United States", "China". */
    country: z.string().min(1),
    source: z.string().min(1),
    quality: qualitySchema,
    /** Listed entity and tickers, or private; absent for hand-made catalogs. */
    listing: vendorListingSchema.optional(),
    /** The company that owns this vendor, e.g. "Koch Industries" for Molex. */
    parent: z.string().min(1).optional(),
    /** Companies this vendor has bought and sells under its name, e.g. ["Mellanox"] for NVIDIA. */
    owns: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Vendor = z.infer<typeof vendorSchema>;

/** Share of a component's supply by vendor; shares of one component sum to 1. */
export const vendorShareSchema = z.object({ vendor: z.string().min(1), share: z.number().gt(0).lte(1) }).strict();
export type VendorShare = z.infer<typeof vendorShareSchema>;

export const mediumKindSchema = z.enum(MEDIUM_KINDS);
export type MediumKind = z.infer<typeof mediumKindSchema>;

/**
 * `cable`: one assembly per physical link, ends built in (DAC, ACC, AEC, AOC).
 * `transceiver`: a pluggable module per end plus a fibre per link (DSP, LPO, LRO).
 * `cpo`: optics co-packaged in the switch; the switch end needs no pluggable.
 */
export const mediumFormSchema = z.enum(['cable', 'transceiver', 'cpo']);
export type MediumForm = z.infer<typeof mediumFormSchema>;

export const mediumSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    kind: mediumKindSchema,
    form: mediumFormSchema,
    /** Aggregate rate of the module or cable end in Gb/s (800 for a twin-port 2x400G OSFP). */
    rateGbps: z.number().int().positive(),
    /** Maximum link length in metres. */
    reachM: figureSchema,
    /** Power per end in W (per module for transceivers, per cable end for active cables). */
    powerWPerEnd: figureSchema,
    /** USD per module (transceiver), per assembly (cable) or per switch port (cpo). */
    priceUsd: figureSchema,
    /** Annualized failure rate per module or cable, in percent per year. */
    afrPercentPerYear: figureSchema,
    /** Year of first volume shipments. */
    firstVolumeYear: z.number().int().min(2000).max(2050),
    vendors: z.array(vendorShareSchema).min(1),
  })
  .strict();
export type Medium = z.infer<typeof mediumSchema>;

export const ecosystemIdSchema = z.enum(ECOSYSTEM_IDS);
export type EcosystemId = z.infer<typeof ecosystemIdSchema>;

/**
 * A fabric's in-network reduction capability. Example: `{ "name": "SHARP v3",
 * "firstYear": 2022, "source": "nvidia-sharp-docs", "quality": "primary" }`.
 */
export const inNetworkReductionSchema = z
  .object({
    name: z.string().min(1),
    firstYear: z.number().int().min(2000).max(2050),
    source: z.string().min(1),
    quality: qualitySchema,
    note: z.string().optional(),
  })
  .strict();
export type InNetworkReduction = z.infer<typeof inNetworkReductionSchema>;

export const switchModelSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    family: z.string().min(1),
    ecosystems: z.array(ecosystemIdSchema).min(1),
    /** Vendor of the switch ASIC (for silicon-supplier counts). */
    siliconVendor: z.string().min(1),
    /** Who sells the system, with spend shares. */
    vendors: z.array(vendorShareSchema).min(1),
    /** Physical port cages on the front panel. */
    cages: z.number().int().positive(),
    /** Rate of one cage in Gb/s (800 for a twin-port 2x400G OSFP). */
    cageRateGbps: z.number().int().positive(),
    /** Logical port rates the cages can be broken out to, in Gb/s. */
    portRatesGbps: z.array(z.number().int().positive()).min(1),
    /** True when optics are co-packaged: the switch end of every link needs no pluggable. */
    cpo: z.boolean(),
    /** System power in W excluding pluggable optics (including CPO engines when cpo is true). */
    powerW: figureSchema,
    priceUsd: figureSchema,
    afrPercentPerYear: figureSchema,
    firstVolumeYear: z.number().int().min(2000).max(2050),
    /**
     * In-network reduction the switch performs for collectives (e.g. InfiniBand SHARP): the
     * generation, the first year NCCL could use it, and its source. Absent: none.
     */
    inNetworkReduction: inNetworkReductionSchema.optional(),
  })
  .strict();
export type SwitchModel = z.infer<typeof switchModelSchema>;

export const nicSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    ecosystems: z.array(ecosystemIdSchema).min(1),
    vendors: z.array(vendorShareSchema).min(1),
    /** Logical scale-out ports per NIC and their rate. */
    ports: z.number().int().positive(),
    portRateGbps: z.number().int().positive(),
    /** Rate of one NIC cage in Gb/s (the module that plugs into it). */
    cageRateGbps: z.number().int().positive(),
    powerW: figureSchema,
    priceUsd: figureSchema,
    afrPercentPerYear: figureSchema,
    firstVolumeYear: z.number().int().min(2000).max(2050),
  })
  .strict();
export type Nic = z.infer<typeof nicSchema>;

export const SCALE_UP_IDS = ['none', 'nvlink3', 'nvlink4', 'nvlink5', 'nvlink6', 'infinity-fabric', 'ualink'] as const;
export const scaleUpIdSchema = z.enum(SCALE_UP_IDS);
export type ScaleUpId = z.infer<typeof scaleUpIdSchema>;

export const scaleUpFabricSchema = z
  .object({
    id: scaleUpIdSchema,
    name: z.string().min(1),
    /** Who supplies the switching hardware. Empty only for `none`, which has no hardware. */
    vendors: z.array(vendorShareSchema),
    /** Bidirectional bandwidth per accelerator in GB/s. */
    bandwidthGBpsPerAccelerator: figureSchema,
    /** Largest supported domain, in accelerators. */
    maxDomainSize: z.number().int().positive(),
    /**
     * Switching hardware cost per accelerator in USD when the domain spans more than one
     * server (switch trays, spine cables). Zero for in-server meshes.
     */
    priceUsdPerAccelerator: figureSchema,
    powerWPerAccelerator: figureSchema,
    afrPercentPerYear: figureSchema,
    /**
     * Measured collective bus bandwidth over one-direction line rate (nccl-tests busbw / (bidirectional / 2)).
     * `ring`: collectives without in-network reduction (all-gather, reduce-scatter, all-to-all, ring
     * all-reduce). `allReduce`: all-reduce as the fabric runs it by default, with in-switch reduction
     * (NVLink SHARP, "NVLS") where the switches have it; nccl-tests reports that as ring-equivalent
     * bus bandwidth, so it may exceed 1. Example: NVLink 4 ring 370 / 450 GB/s = 0.82, NVLS 480 / 450 = 1.07.
     */
    busEfficiency: z.object({ ring: figureSchema, allReduce: figureSchema }).strict(),
    firstVolumeYear: z.number().int().min(2000).max(2050),
  })
  .strict()
  .refine((f) => f.id === 'none' || f.vendors.length > 0, {
    message: 'a scale-up fabric needs at least one vendor (only "none" may have none)',
    path: ['vendors'],
  });
export type ScaleUpFabric = z.infer<typeof scaleUpFabricSchema>;

/**
 * An accelerator's figures the efficiency model needs (peak FLOP/s, memory capacity and
 * bandwidth) and its price and power. Scenarios carry these as inputs
 * (workload.compute, cluster.accelerator); the catalog entry is where the defaults and the
 * examples take them from. Example: A100 SXM4 80GB, 312 TFLOP/s BF16, 80 GB at 2,039 GB/s.
 */
export const acceleratorModelSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    vendors: z.array(vendorShareSchema).min(1),
    /** Peak dense BF16/FP16 tensor FLOP/s, in TFLOP/s. */
    peakTflopsBf16: figureSchema,
    memoryGB: figureSchema,
    memoryBandwidthGBps: figureSchema,
    powerW: figureSchema,
    priceUsd: figureSchema,
    firstVolumeYear: z.number().int().min(2000).max(2050),
  })
  .strict();
export type AcceleratorModel = z.infer<typeof acceleratorModelSchema>;

export const ecosystemSchema = z
  .object({
    id: ecosystemIdSchema,
    name: z.string().min(1),
    /** Independent switch-silicon suppliers (openness). */
    siliconSuppliers: z.array(z.string().min(1)).min(1),
    source: z.string().min(1),
    quality: qualitySchema,
  })
  .strict();
export type Ecosystem = z.infer<typeof ecosystemSchema>;

/**
 * Which media a switch family qualifies in an ecosystem: the media kinds, at which module or
 * cable rates (Gb/s, as `medium.rateGbps`), from which year, and who sells the qualified parts.
 * A (ecosystem, family) pair named by at least one entry may only use the media its entries
 * list (the union); a pair no entry names is unrestricted (user catalogs, project switches).
 * `vendors`, when given, replaces the medium's own supply shares: InfiniBand qualifies NVIDIA
 * LinkX parts only, so NVIDIA is the vendor whoever makes the module. Example:
 * `{ "id": "quantum-2-linkx-optics", "ecosystems": ["infiniband"], "switchFamilies": ["Quantum-2"],
 *    "kinds": ["dsp-sr", "dsp-dr"], "ratesGbps": [400, 800], "fromYear": 2022,
 *    "vendors": [{ "vendor": "nvidia", "share": 1 }], "source": "nvidia-linkx-100g-pam4-overview",
 *    "quality": "primary" }`.
 */
export const mediaQualificationSchema = z
  .object({
    id: z.string().min(1),
    ecosystems: z.array(ecosystemIdSchema).min(1),
    /** Switch families (`switch.family`) the entry covers. */
    switchFamilies: z.array(z.string().min(1)).min(1),
    kinds: z.array(mediumKindSchema).min(1),
    /** Module or cable rates in Gb/s (a twin-port 2x400G module is 800). */
    ratesGbps: z.array(z.number().int().positive()).min(1),
    /** First year the family qualifies these media (calendar year). */
    fromYear: z.number().int().min(2000).max(2050),
    /** Sellers of the qualified parts with spend shares; absent = the medium's own vendors. */
    vendors: z.array(vendorShareSchema).min(1).optional(),
    source: z.string().min(1),
    quality: qualitySchema,
    note: z.string().optional(),
  })
  .strict();
export type MediaQualification = z.infer<typeof mediaQualificationSchema>;

/**
 * A reference server's scale-out cage layout: the cages on the server (not on the NIC cards),
 * which decide the module at the server end of NIC links. Example: a DGX H100 routes its
 * 8 x 400G ConnectX-7 ports to `{ "scaleOutCages": 4, "cageRateGbps": 800 }` twin-port OSFP.
 */
export const referenceServerSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    acceleratorsPerServer: z.number().int().positive(),
    /** Scale-out cages on the server. */
    scaleOutCages: z.number().int().positive(),
    /** Rate of one cage in Gb/s (800 for a twin-port 2x400G OSFP). */
    cageRateGbps: z.number().int().positive(),
    source: z.string().min(1),
    quality: qualitySchema,
    note: z.string().optional(),
  })
  .strict();
export type ReferenceServer = z.infer<typeof referenceServerSchema>;

/** Fibre and patching per optical link (two patch cords plus a share of trunk and panel). */
export const fiberSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    priceUsdPerLink: figureSchema,
    vendors: z.array(vendorShareSchema).min(1),
  })
  .strict();
export type Fiber = z.infer<typeof fiberSchema>;

/* ------------------------------------------------------------------------------------------
 * Roadmap: technology families with their first-volume years, and price/power learning
 * curves by maturity stage. Read by shared/scaling (year projections, slips, timeline).
 * ---------------------------------------------------------------------------------------- */

export const COMPONENT_CATEGORIES = ['media', 'switches', 'nics', 'scaleUpFabrics', 'fiber'] as const;
export type ComponentCategory = (typeof COMPONENT_CATEGORIES)[number];

/**
 * Which components an entry covers: one catalog category and optional filters, all of which
 * must hold. `capacityGbps` is the medium's rate, a switch's cages x cage rate, or a NIC's
 * ports x port rate. Example: `{ "category": "switches", "capacityGbps": [102400], "cpo": false }`.
 */
export const componentMatchSchema = z
  .object({
    category: z.enum(COMPONENT_CATEGORIES),
    kinds: z.array(mediumKindSchema).min(1).optional(),
    capacityGbps: z.array(z.number().int().positive()).min(1).optional(),
    cpo: z.boolean().optional(),
    ids: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type ComponentMatch = z.infer<typeof componentMatchSchema>;

export const MATURITY_STAGES = ['new', 'ramping', 'mature'] as const;
export type Maturity = (typeof MATURITY_STAGES)[number];

/**
 * One maturity stage of a learning curve: from `fromAgeYears` (0 = the first-volume year)
 * until the next stage, unit price and power fall by these percentages per year (figures with
 * low/typical/high, source and quality). Example: `{ "maturity": "mature", "fromAgeYears": 4,
 * "priceDeclinePercentPerYear": { "low": 5, "typical": 10, "high": 15, ... }, ... }`.
 */
export const learningStageSchema = z
  .object({
    maturity: z.enum(MATURITY_STAGES),
    fromAgeYears: z.number().int().min(0).max(50),
    priceDeclinePercentPerYear: figureSchema,
    powerDeclinePercentPerYear: figureSchema,
  })
  .strict()
  .refine((s) => (s.priceDeclinePercentPerYear.high ?? s.priceDeclinePercentPerYear.typical) < 100, {
    message: 'a price decline must stay below 100 %/yr',
    path: ['priceDeclinePercentPerYear'],
  })
  .refine((s) => (s.powerDeclinePercentPerYear.high ?? s.powerDeclinePercentPerYear.typical) < 100, {
    message: 'a power decline must stay below 100 %/yr',
    path: ['powerDeclinePercentPerYear'],
  });
export type LearningStage = z.infer<typeof learningStageSchema>;

/** Learning curve of the components it matches; stages in order of age, the first from age 0. */
export const learningCurveSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    match: z.array(componentMatchSchema).min(1),
    stages: z.array(learningStageSchema).min(1),
  })
  .strict()
  .refine((c) => c.stages[0]?.fromAgeYears === 0, { message: 'the first stage must start at age 0', path: ['stages'] })
  .refine((c) => c.stages.every((s, i) => i === 0 || s.fromAgeYears > c.stages[i - 1]!.fromAgeYears), {
    message: 'stages must be in increasing order of fromAgeYears',
    path: ['stages'],
  });
export type LearningCurve = z.infer<typeof learningCurveSchema>;

export const TECHNOLOGY_GROUPS = ['optics', 'copper', 'switches', 'nics', 'scale-up'] as const;

/**
 * A technology family on the roadmap (800G optics, 102.4T switches, CPO, ...): its first
 * volume year as a sourced figure (low/typical/high calendar years) and the components in it.
 */
export const technologySchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    group: z.enum(TECHNOLOGY_GROUPS),
    firstVolumeYear: figureSchema,
    match: z.array(componentMatchSchema).min(1),
  })
  .strict();
export type Technology = z.infer<typeof technologySchema>;

export const roadmapSchema = z
  .object({
    /** Year the catalog's prices refer to for products already shipping (later ones: first volume). */
    priceReferenceYear: z.number().int().min(2000).max(2050),
    technologies: z.array(technologySchema),
    learningCurves: z.array(learningCurveSchema).min(1),
  })
  .strict();
export type Roadmap = z.infer<typeof roadmapSchema>;

/* ------------------------------------------------------------------------------------------
 * Value chain: how a component's selling price splits into layers (DSP, lasers, module maker,
 * switch silicon, ...) and who supplies each layer. Read by shared/exposure.
 * ---------------------------------------------------------------------------------------- */

export const VALUE_CHAIN_LAYERS = [
  'dsp',
  'tia-driver',
  'lasers-photonics',
  'other-bom',
  'yield-loss',
  'module-maker',
  'retimer',
  'cable-assembly',
  'switch-silicon',
  'system-components',
  'system-oem',
  'optical-engine',
  'laser-source',
  'nic-silicon',
  'nic-board',
  'fibre',
  'scale-up-fabric',
] as const;
export const valueChainLayerSchema = z.enum(VALUE_CHAIN_LAYERS);
export type ValueChainLayer = z.infer<typeof valueChainLayerSchema>;

/**
 * Who earns a layer: `{ "from": "seller" }` the vendor selling the component (module maker,
 * OEM, cable assembler), `{ "from": "silicon" }` the switch's silicon vendor, or named vendors
 * with shares (sum 1) and the source of those shares.
 */
export const layerSuppliersSchema = z.union([
  z.object({ from: z.enum(['seller', 'silicon']) }).strict(),
  z
    .object({
      vendors: z.array(vendorShareSchema).min(1),
      source: z.string().min(1),
      quality: qualitySchema,
      note: z.string().optional(),
    })
    .strict(),
]);
export type LayerSuppliers = z.infer<typeof layerSuppliersSchema>;

/** One layer of a split: its share of the selling price (0..1, sourced figure) and suppliers. */
export const valueChainLayerEntrySchema = z
  .object({ layer: valueChainLayerSchema, share: figureSchema, suppliers: layerSuppliersSchema })
  .strict();
export type ValueChainLayerEntry = z.infer<typeof valueChainLayerEntrySchema>;

/**
 * Price split of the components a `match` covers. `sellers`, when given, limits the split to
 * the part of a BOM line those vendors sell (branded vs white-box switches, Credo vs merchant
 * AECs); the first split that fits a component and seller applies. Typical shares sum to 1.
 * Example: the LPO split has no "dsp" layer, so LPO links put nothing in the DSP layer.
 */
export const valueChainSplitSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    match: z.array(componentMatchSchema).min(1),
    sellers: z.array(z.string().min(1)).min(1).optional(),
    /** Ids of the sources the split's derivation draws on (the layers cite their own). */
    sources: z.array(z.string().min(1)).min(1),
    note: z.string().optional(),
    layers: z.array(valueChainLayerEntrySchema).min(1),
  })
  .strict();
export type ValueChainSplit = z.infer<typeof valueChainSplitSchema>;

export const valueChainSchema = z.object({ splits: z.array(valueChainSplitSchema).min(1) }).strict();
export type ValueChain = z.infer<typeof valueChainSchema>;

export const catalogSchema = z
  .object({
    version: z.string().min(1),
    sources: z.array(sourceSchema).min(1),
    vendors: z.array(vendorSchema).min(1),
    media: z.array(mediumSchema).min(1),
    switches: z.array(switchModelSchema).min(1),
    nics: z.array(nicSchema).min(1),
    scaleUpFabrics: z.array(scaleUpFabricSchema).min(1),
    /** Accelerators (optional for hand-made catalogs). */
    accelerators: z.array(acceleratorModelSchema).optional(),
    ecosystems: z.array(ecosystemSchema).min(1),
    fiber: fiberSchema,
    /** Roadmap and learning curves; optional for hand-made catalogs, present in the default one. */
    roadmap: roadmapSchema.optional(),
    /** Media each ecosystem and switch family qualifies; optional (absent = no restriction). */
    mediaQualifications: z.array(mediaQualificationSchema).optional(),
    /** Reference servers and their scale-out cages; optional (absent = NIC cages only). */
    referenceServers: z.array(referenceServerSchema).optional(),
    /** Value-chain splits of component prices; optional (absent = exposure by seller only). */
    valueChain: valueChainSchema.optional(),
  })
  .strict();
export type Catalog = z.infer<typeof catalogSchema>;

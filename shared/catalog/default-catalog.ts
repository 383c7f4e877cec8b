/**
 * The default component catalog: interconnect media, switch systems, NICs, scale-up fabrics,
 * ecosystems, fibre plant, vendors and the sources every figure cites. The numbers live in
 * `data/*.json` (each figure with a source id from `data/sources.json` and a quality tag);
 * this module assembles them, validates them against `catalogSchema` plus the cross-reference
 * checks of {@link checkCatalog}, and exports the result deep-frozen.
 *
 * Units (they are also in the field names):
 * - `priceUsd`: USD per unit: per module (transceiver), per cable assembly (DAC/ACC/AEC/AOC),
 *   per switch port for `cpo` media (the increment of a co-packaged port over a plain port),
 *   per switch system (without pluggable optics), per NIC card.
 * - `powerW`: W per switch system (without pluggable optics, but including the optical engines
 *   of CPO switches) or per NIC card; `powerWPerEnd`: W per module or per cable end.
 * - `reachM`: longest link in metres; `rateGbps` / `cageRateGbps` / `portRateGbps`: Gb/s
 *   (800 for a twin-port 2x400G OSFP module or cage).
 * - `afrPercentPerYear`: annualized failure rate in %/yr, per module, cable, switch or NIC; for
 *   scale-up fabrics, failures of the fabric hardware attributable to one accelerator.
 * - Scale-up: `bandwidthGBpsPerAccelerator` in GB/s (bytes, bidirectional);
 *   `priceUsdPerAccelerator` and `powerWPerAccelerator` charged when the domain spans servers;
 *   `busEfficiency.ring` / `.allReduce`: measured bus bandwidth over one-direction line rate (ratio).
 * - `firstVolumeYear`: calendar year of first volume shipments.
 * - `roadmap`: technology families (first-volume year as a sourced low/typical/high figure) and
 *   learning curves (price and power decline in %/yr by maturity stage), read by shared/scaling.
 *
 * Prices refer to 2024-2025 for shipping products and to first volume for later ones. Vendor
 * shares split qualitative supplier statements and are themselves estimates.
 *
 * Example:
 * ```ts
 * const dr8 = findMedium(defaultCatalog, 'dsp-dr-800g');
 * dr8?.powerWPerEnd.typical; // 17 (W per module, NVIDIA MMS4X00-NS datasheet, quality "primary")
 * dr8?.priceUsd;             // { low: 1100, typical: 1250, high: 1400, source: 'luxoptx-800g-cost', quality: 'weak', ... }
 * ```
 */
import {
  catalogSchema,
  QUALITY_TAGS,
  type Catalog,
  type ComponentCategory,
  type Ecosystem,
  type Figure,
  type Medium,
  type Nic,
  type ScaleUpFabric,
  type Source,
  type SwitchModel,
  type Vendor,
  type VendorShare,
} from './catalog-schema.ts';
import version from './data/version.json' with { type: 'json' };
import sources from './data/sources.json' with { type: 'json' };
import vendors from './data/vendors.json' with { type: 'json' };
import media from './data/media.json' with { type: 'json' };
import switches from './data/switches.json' with { type: 'json' };
import nics from './data/nics.json' with { type: 'json' };
import scaleUpFabrics from './data/scale-up.json' with { type: 'json' };
import ecosystems from './data/ecosystems.json' with { type: 'json' };
import fiber from './data/fiber.json' with { type: 'json' };
import roadmap from './data/roadmap.json' with { type: 'json' };
import mediaQualifications from './data/media-compatibility.json' with { type: 'json' };
import accelerators from './data/accelerators.json' with { type: 'json' };
import referenceServers from './data/servers.json' with { type: 'json' };
import valueChain from './data/value-chain.json' with { type: 'json' };

/**
 * Component ids must be usable as scenario override keys (same pattern as the scenario schema's
 * component ids). Example: `dsp-dr-800g`, `th6-64x1600g`.
 */
export const COMPONENT_ID_PATTERN = /^[a-z0-9][a-z0-9.+-]{0,63}$/;

/** Tolerance for vendor shares of one component summing to 1. */
export const SHARE_SUM_TOLERANCE = 1e-9;

/** One figure of a catalog with a readable location, e.g. `media[dsp-dr-800g].powerWPerEnd`. */
export interface CatalogFigure {
  path: string;
  figure: Figure;
}

/**
 * Every sourced figure in the catalog, in a stable order (media, switches, NICs, scale-up, fibre,
 * then the roadmap's first-volume years and learning-curve rates).
 */
export function listFigures(c: Catalog): CatalogFigure[] {
  const out: CatalogFigure[] = [];
  const add = (path: string, figure: Figure) => out.push({ path, figure });
  for (const m of c.media) {
    const p = `media[${m.id}]`;
    add(`${p}.reachM`, m.reachM);
    add(`${p}.powerWPerEnd`, m.powerWPerEnd);
    add(`${p}.priceUsd`, m.priceUsd);
    add(`${p}.afrPercentPerYear`, m.afrPercentPerYear);
  }
  for (const s of c.switches) {
    const p = `switches[${s.id}]`;
    add(`${p}.powerW`, s.powerW);
    add(`${p}.priceUsd`, s.priceUsd);
    add(`${p}.afrPercentPerYear`, s.afrPercentPerYear);
  }
  for (const n of c.nics) {
    const p = `nics[${n.id}]`;
    add(`${p}.powerW`, n.powerW);
    add(`${p}.priceUsd`, n.priceUsd);
    add(`${p}.afrPercentPerYear`, n.afrPercentPerYear);
  }
  for (const f of c.scaleUpFabrics) {
    const p = `scaleUpFabrics[${f.id}]`;
    add(`${p}.bandwidthGBpsPerAccelerator`, f.bandwidthGBpsPerAccelerator);
    add(`${p}.priceUsdPerAccelerator`, f.priceUsdPerAccelerator);
    add(`${p}.powerWPerAccelerator`, f.powerWPerAccelerator);
    add(`${p}.afrPercentPerYear`, f.afrPercentPerYear);
    add(`${p}.busEfficiency.ring`, f.busEfficiency.ring);
    add(`${p}.busEfficiency.allReduce`, f.busEfficiency.allReduce);
  }
  for (const a of c.accelerators ?? []) {
    const p = `accelerators[${a.id}]`;
    add(`${p}.peakTflopsBf16`, a.peakTflopsBf16);
    add(`${p}.memoryGB`, a.memoryGB);
    add(`${p}.memoryBandwidthGBps`, a.memoryBandwidthGBps);
    add(`${p}.powerW`, a.powerW);
    add(`${p}.priceUsd`, a.priceUsd);
  }
  add(`fiber[${c.fiber.id}].priceUsdPerLink`, c.fiber.priceUsdPerLink);
  for (const t of c.roadmap?.technologies ?? [])
    add(`roadmap.technologies[${t.id}].firstVolumeYear`, t.firstVolumeYear);
  for (const lc of c.roadmap?.learningCurves ?? []) {
    for (const st of lc.stages) {
      const p = `roadmap.learningCurves[${lc.id}].stages[${st.maturity}]`;
      add(`${p}.priceDeclinePercentPerYear`, st.priceDeclinePercentPerYear);
      add(`${p}.powerDeclinePercentPerYear`, st.powerDeclinePercentPerYear);
    }
  }
  for (const sp of c.valueChain?.splits ?? []) {
    for (const l of sp.layers) add(`valueChain[${sp.id}].layers[${l.layer}].share`, l.share);
  }
  return out;
}

/** Rank of a quality tag: 0 primary (strongest) ... 3 estimate (weakest). */
function qualityRank(q: string): number {
  return (QUALITY_TAGS as readonly string[]).indexOf(q);
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/**
 * Cross-reference checks the schema cannot express. Pure; returns one readable line per problem
 * and an empty list for a sound catalog. Checks:
 * - duplicate ids (sources, vendors, ecosystems; components across media, switches, NICs,
 *   scale-up fabrics and fibre, since scenario overrides address them by id alone) and component
 *   ids that do not match {@link COMPONENT_ID_PATTERN};
 * - unknown source ids (figures, vendors, ecosystems) and figures or vendors claiming a stronger
 *   quality than their source;
 * - unknown vendor ids (vendor shares, switch silicon, ecosystem silicon suppliers), a vendor
 *   listed twice in one component, shares of one component not summing to 1 within
 *   {@link SHARE_SUM_TOLERANCE}, and empty vendor lists (allowed only for scale-up `none`);
 * - ecosystems referenced by switches or NICs without an entry, and switch silicon vendors
 *   missing from their ecosystems' silicon suppliers;
 * - media qualifications (see {@link checkMediaQualifications}); reference servers' ids and sources.
 *
 * Example: `checkCatalog(defaultCatalog)` returns `[]`; a medium citing source `nope` yields
 * `media[dac-800g].priceUsd: unknown source "nope"`.
 */
export function checkCatalog(c: Catalog): string[] {
  const problems: string[] = [];
  const sourceById = new Map<string, Source>(c.sources.map((s) => [s.id, s]));
  const vendorIds = new Set(c.vendors.map((v) => v.id));
  const ecosystemById = new Map<string, Ecosystem>(c.ecosystems.map((e) => [e.id, e]));

  for (const id of duplicates(c.sources.map((s) => s.id))) problems.push(`sources: duplicate id "${id}"`);
  for (const id of duplicates(c.vendors.map((v) => v.id))) problems.push(`vendors: duplicate id "${id}"`);
  for (const id of duplicates(c.ecosystems.map((e) => e.id))) problems.push(`ecosystems: duplicate id "${id}"`);

  const components: { kind: string; id: string }[] = [
    ...c.media.map((m) => ({ kind: 'media', id: m.id })),
    ...c.switches.map((s) => ({ kind: 'switches', id: s.id })),
    ...c.nics.map((n) => ({ kind: 'nics', id: n.id })),
    ...c.scaleUpFabrics.map((f) => ({ kind: 'scaleUpFabrics', id: f.id })),
    { kind: 'fiber', id: c.fiber.id },
  ];
  for (const id of duplicates(components.map((x) => x.id))) {
    const where = components.filter((x) => x.id === id).map((x) => x.kind);
    problems.push(`components: duplicate id "${id}" (in ${where.join(', ')})`);
  }
  for (const { kind, id } of components) {
    if (!COMPONENT_ID_PATTERN.test(id))
      problems.push(`${kind}[${id}]: id is not a valid component id (${COMPONENT_ID_PATTERN})`);
  }

  const checkSourced = (path: string, source: string, quality: string) => {
    const s = sourceById.get(source);
    if (!s) {
      problems.push(`${path}: unknown source "${source}"`);
      return;
    }
    if (qualityRank(quality) < qualityRank(s.quality)) {
      problems.push(`${path}: quality "${quality}" is stronger than its source "${source}" (${s.quality})`);
    }
  };
  for (const { path, figure } of listFigures(c)) checkSourced(path, figure.source, figure.quality);
  for (const v of c.vendors) checkSourced(`vendors[${v.id}]`, v.source, v.quality);
  for (const s of c.switches) {
    const r = s.inNetworkReduction;
    if (r) checkSourced(`switches[${s.id}].inNetworkReduction`, r.source, r.quality);
  }
  for (const e of c.ecosystems) checkSourced(`ecosystems[${e.id}]`, e.source, e.quality);

  const checkShares = (path: string, shares: readonly VendorShare[], emptyAllowed = false) => {
    if (shares.length === 0) {
      if (!emptyAllowed) problems.push(`${path}.vendors: no vendor listed`);
      return;
    }
    for (const v of duplicates(shares.map((s) => s.vendor)))
      problems.push(`${path}.vendors: vendor "${v}" listed twice`);
    for (const s of shares) {
      if (!vendorIds.has(s.vendor)) problems.push(`${path}.vendors: unknown vendor "${s.vendor}"`);
    }
    const sum = shares.reduce((acc, s) => acc + s.share, 0);
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) problems.push(`${path}.vendors: shares sum to ${sum}, not 1`);
  };
  for (const m of c.media) checkShares(`media[${m.id}]`, m.vendors);
  for (const s of c.switches) checkShares(`switches[${s.id}]`, s.vendors);
  for (const n of c.nics) checkShares(`nics[${n.id}]`, n.vendors);
  for (const f of c.scaleUpFabrics) checkShares(`scaleUpFabrics[${f.id}]`, f.vendors, f.id === 'none');
  for (const a of c.accelerators ?? []) checkShares(`accelerators[${a.id}]`, a.vendors);
  checkShares(`fiber[${c.fiber.id}]`, c.fiber.vendors);

  for (const e of c.ecosystems) {
    for (const v of e.siliconSuppliers) {
      if (!vendorIds.has(v)) problems.push(`ecosystems[${e.id}].siliconSuppliers: unknown vendor "${v}"`);
    }
  }
  for (const s of c.switches) {
    if (!vendorIds.has(s.siliconVendor))
      problems.push(`switches[${s.id}].siliconVendor: unknown vendor "${s.siliconVendor}"`);
    for (const eid of s.ecosystems) {
      const e = ecosystemById.get(eid);
      if (!e) problems.push(`switches[${s.id}].ecosystems: no ecosystem entry for "${eid}"`);
      else if (!e.siliconSuppliers.includes(s.siliconVendor)) {
        problems.push(
          `switches[${s.id}]: silicon vendor "${s.siliconVendor}" is not a silicon supplier of ecosystem "${eid}"`,
        );
      }
    }
  }
  for (const n of c.nics) {
    for (const eid of n.ecosystems) {
      if (!ecosystemById.has(eid)) problems.push(`nics[${n.id}].ecosystems: no ecosystem entry for "${eid}"`);
    }
  }
  for (const q of c.mediaQualifications ?? []) {
    const path = `mediaQualifications[${q.id}]`;
    checkSourced(path, q.source, q.quality);
    if (q.vendors) checkShares(path, q.vendors);
  }
  problems.push(...checkMediaQualifications(c));
  problems.push(...checkValueChain(c, checkSourced, checkShares));
  for (const v of c.vendors) {
    if (v.listing) checkSourced(`vendors[${v.id}].listing`, v.listing.source, v.listing.quality);
  }
  for (const id of duplicates((c.referenceServers ?? []).map((r) => r.id)))
    problems.push(`referenceServers: duplicate id "${id}"`);
  for (const r of c.referenceServers ?? []) {
    const path = `referenceServers[${r.id}]`;
    checkSourced(path, r.source, r.quality);
    if (!COMPONENT_ID_PATTERN.test(r.id))
      problems.push(`${path}: id is not a valid catalog id (${COMPONENT_ID_PATTERN})`);
  }
  return problems;
}

/**
 * Checks of the value-chain splits: duplicate split ids; sources that do not exist; a layer
 * listed twice in one split; typical layer shares not summing to 1 (within 1e-9), or lows
 * summing above 1 or highs below 1; unknown sellers; `silicon` suppliers outside switch splits;
 * named suppliers (known vendors, shares sum to 1, sourced); and any catalog component one of
 * whose vendors no split covers (its spend would vanish from the exposure).
 * Example: a DSP split whose shares sum to 0.98 yields
 * `valueChain[dsp-transceiver]: typical layer shares sum to 0.98, not 1`.
 */
export function checkValueChain(
  c: Catalog,
  checkSourced: (path: string, source: string, quality: string) => void,
  checkShares: (path: string, shares: readonly VendorShare[]) => void,
): string[] {
  const splits = c.valueChain?.splits;
  if (!splits) return [];
  const problems: string[] = [];
  const sourceIds = new Set(c.sources.map((s) => s.id));
  const vendorIds = new Set(c.vendors.map((v) => v.id));
  for (const id of duplicates(splits.map((s) => s.id))) problems.push(`valueChain: duplicate split id "${id}"`);
  for (const sp of splits) {
    const path = `valueChain[${sp.id}]`;
    for (const s of sp.sources) if (!sourceIds.has(s)) problems.push(`${path}.sources: unknown source "${s}"`);
    for (const s of sp.sellers ?? []) if (!vendorIds.has(s)) problems.push(`${path}.sellers: unknown vendor "${s}"`);
    for (const l of duplicates(sp.layers.map((l) => l.layer))) problems.push(`${path}: layer "${l}" listed twice`);
    const sum = (pick: (l: (typeof sp.layers)[number]) => number) => sp.layers.reduce((a, l) => a + pick(l), 0);
    const typical = sum((l) => l.share.typical);
    if (Math.abs(typical - 1) > SHARE_SUM_TOLERANCE)
      problems.push(`${path}: typical layer shares sum to ${typical}, not 1`);
    const low = sum((l) => l.share.low ?? l.share.typical);
    const high = sum((l) => l.share.high ?? l.share.typical);
    if (low > 1 + SHARE_SUM_TOLERANCE) problems.push(`${path}: low layer shares sum to ${low}, above 1`);
    if (high < 1 - SHARE_SUM_TOLERANCE) problems.push(`${path}: high layer shares sum to ${high}, below 1`);
    const onlySwitches = sp.match.every((m) => m.category === 'switches');
    for (const l of sp.layers) {
      const lp = `${path}.layers[${l.layer}].suppliers`;
      if ('from' in l.suppliers) {
        if (l.suppliers.from === 'silicon' && !onlySwitches)
          problems.push(`${lp}: "silicon" suppliers apply to switch splits only`);
      } else {
        checkSourced(lp, l.suppliers.source, l.suppliers.quality);
        checkShares(lp, l.suppliers.vendors);
      }
    }
  }
  const covered = (category: ComponentCategory, id: string, kind: string | undefined, seller: string) =>
    splits.some(
      (sp) =>
        (!sp.sellers || sp.sellers.includes(seller)) &&
        sp.match.some(
          (m) =>
            m.category === category &&
            (!m.ids || m.ids.includes(id)) &&
            (!m.kinds || (kind !== undefined && (m.kinds as readonly string[]).includes(kind))),
        ),
    );
  const components: { category: ComponentCategory; id: string; kind?: string; vendors: readonly VendorShare[] }[] = [
    ...c.media.map((m) => ({ category: 'media' as const, id: m.id, kind: m.kind, vendors: m.vendors })),
    ...c.switches.map((s) => ({ category: 'switches' as const, id: s.id, vendors: s.vendors })),
    ...c.nics.map((n) => ({ category: 'nics' as const, id: n.id, vendors: n.vendors })),
    ...c.scaleUpFabrics.map((f) => ({ category: 'scaleUpFabrics' as const, id: f.id, vendors: f.vendors })),
    { category: 'fiber' as const, id: c.fiber.id, vendors: c.fiber.vendors },
  ];
  for (const x of components) {
    for (const v of x.vendors) {
      if (!covered(x.category, x.id, x.kind, v.vendor))
        problems.push(`${x.category}[${x.id}]: no value-chain split covers vendor "${v.vendor}"`);
    }
  }
  return problems;
}

/**
 * Checks of the media qualification list beyond sources and vendor shares: duplicate ids; a
 * family no catalog switch has; an ecosystem none of the family's switches runs; a kind, or a
 * rate, for which no catalog medium matches the entry (that part qualifies nothing); and a
 * catalog switch whose ecosystem and family no entry covers (it would silently take any medium).
 * Example: an entry for family "Quantum-3" yields
 * `mediaQualifications[q3]: no catalog switch of family "Quantum-3"`.
 */
export function checkMediaQualifications(c: Catalog): string[] {
  const list = c.mediaQualifications;
  if (!list) return [];
  const problems: string[] = [];
  for (const id of duplicates(list.map((q) => q.id))) problems.push(`mediaQualifications: duplicate id "${id}"`);
  for (const q of list) {
    const path = `mediaQualifications[${q.id}]`;
    for (const family of q.switchFamilies) {
      const switches = c.switches.filter((s) => s.family === family);
      if (switches.length === 0) {
        problems.push(`${path}: no catalog switch of family "${family}"`);
        continue;
      }
      for (const e of q.ecosystems) {
        if (!switches.some((s) => s.ecosystems.includes(e)))
          problems.push(`${path}: no "${family}" switch runs ecosystem "${e}"`);
      }
    }
    const covered = c.media.filter((m) => q.kinds.includes(m.kind) && q.ratesGbps.includes(m.rateGbps));
    for (const kind of q.kinds) {
      if (!covered.some((m) => m.kind === kind))
        problems.push(`${path}: no catalog medium of kind "${kind}" at ${q.ratesGbps.join('/')} Gb/s`);
    }
    for (const rate of q.ratesGbps) {
      if (!covered.some((m) => m.rateGbps === rate))
        problems.push(`${path}: no catalog medium of kind ${q.kinds.join('/')} at ${rate} Gb/s`);
    }
  }
  for (const s of c.switches) {
    for (const e of s.ecosystems) {
      if (!list.some((q) => q.ecosystems.includes(e) && q.switchFamilies.includes(s.family)))
        problems.push(`switches[${s.id}]: no media qualification covers family "${s.family}" in ecosystem "${e}"`);
    }
  }
  return problems;
}

/** Result of {@link validateCatalog}: the parsed catalog, or every problem found. */
export type CatalogValidation = { ok: true; catalog: Catalog } | { ok: false; problems: string[] };

/**
 * Validates an untrusted catalog object: the zod schema first, then {@link checkCatalog}.
 * Example: `validateCatalog(JSON.parse(text))` gives `{ ok: false, problems: ['media.0.priceUsd.typical: ...'] }`
 * for a bad file.
 */
export function validateCatalog(input: unknown): CatalogValidation {
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`),
    };
  }
  const problems = checkCatalog(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: parsed.data };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The raw default catalog as assembled from the JSON files, before validation. */
export function assembleDefaultCatalog(): unknown {
  return {
    version: version.version,
    sources,
    vendors,
    media,
    switches,
    nics,
    scaleUpFabrics,
    accelerators,
    ecosystems,
    fiber,
    roadmap,
    mediaQualifications,
    referenceServers,
    valueChain,
  };
}

function loadDefaultCatalog(): Catalog {
  const result = validateCatalog(assembleDefaultCatalog());
  if (!result.ok) throw new Error(`default catalog is invalid:\n${result.problems.join('\n')}`);
  return deepFreeze(result.catalog);
}

/** The validated, deep-frozen default catalog (version in `defaultCatalog.version`). */
export const defaultCatalog: Catalog = loadDefaultCatalog();

/** Medium by id, e.g. `findMedium(defaultCatalog, 'lpo-800g')?.priceUsd.typical` is 800 (USD per module). */
export function findMedium(c: Catalog, id: string): Medium | undefined {
  return c.media.find((m) => m.id === id);
}

/** Switch model by id, e.g. `findSwitch(defaultCatalog, 'qm9700')?.cages` is 32 (twin-port 800G cages). */
export function findSwitch(c: Catalog, id: string): SwitchModel | undefined {
  return c.switches.find((s) => s.id === id);
}

/** NIC by id, e.g. `findNic(defaultCatalog, 'cx7-400g')?.powerW.typical` is 20 (W per card). */
export function findNic(c: Catalog, id: string): Nic | undefined {
  return c.nics.find((n) => n.id === id);
}

/** Vendor by id, e.g. `findVendor(defaultCatalog, 'innolight')?.country` is "China". */
export function findVendor(c: Catalog, id: string): Vendor | undefined {
  return c.vendors.find((v) => v.id === id);
}

/** Source by id, e.g. `findSource(defaultCatalog, 'luxoptx-800g-cost')?.quality` is "weak". */
export function findSource(c: Catalog, id: string): Source | undefined {
  return c.sources.find((s) => s.id === id);
}

/** Scale-up fabric by id, e.g. `findScaleUpFabric(defaultCatalog, 'nvlink5')?.maxDomainSize` is 576. */
export function findScaleUpFabric(c: Catalog, id: string): ScaleUpFabric | undefined {
  return c.scaleUpFabrics.find((f) => f.id === id);
}

/** Ecosystem by id, e.g. `findEcosystem(defaultCatalog, 'infiniband')?.siliconSuppliers` is `['nvidia']`. */
export function findEcosystem(c: Catalog, id: string): Ecosystem | undefined {
  return c.ecosystems.find((e) => e.id === id);
}

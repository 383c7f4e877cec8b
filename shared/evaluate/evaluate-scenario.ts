/**
 * Evaluates one scenario against a catalog: selects NIC and switch, plans the topology,
 * picks media per link class, builds the bill of materials, and rolls up capex, power,
 * energy, TCO and vendor exposure. Pure and deterministic; returns an error, never throws,
 * for inputs that cannot be built.
 */
import type { Catalog, MediumKind, Nic, SwitchModel } from '../catalog/catalog-schema.ts';
import { buildBom } from '../bom/build-bom.ts';
import { makePricing, type Overrides } from '../components/pricing.ts';
import { effectiveRadix, selectNic, switchCandidates, type SelectionContext } from '../components/select-components.ts';
import { resolveTierSwitches } from '../components/tier-switches.ts';
import { rollupCapex } from '../cost/capex.ts';
import { adjustCapex } from '../cost/capex-adjustments.ts';
import { capexRange } from '../cost/capex-range.ts';
import { networkTco } from '../cost/tco.ts';
import { vendorExposure } from '../exposure/vendor-exposure.ts';
import { valueChainExposure } from '../exposure/value-chain-exposure.ts';
import { selectMedia, type LinkEnd, type MediaChoice } from '../media/select-media.ts';
import { serverCages } from '../media/server-cages.ts';
import { fail, ok, type Result } from '../model-error.ts';
import { rollupPower } from '../power/power-rollup.ts';
import { LINK_CLASS_KEYS, type LinkClass } from '../scenario/link-classes.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { TIER_NAMES } from '../topology/folded-clos.ts';
import { planTopology } from '../topology/plan-topology.ts';
import { idlePortShare, totalSwitches, type FabricPlan } from '../topology/fabric-plan.ts';
import type { LinkClassResult, ScenarioResult } from './scenario-result.ts';
import { evaluateEfficiency } from '../efficiency/evaluate-efficiency.ts';
import { settleEfficiency } from '../efficiency/finite-efficiency.ts';
import { evaluateReliability } from '../reliability/evaluate-reliability.ts';

const NO_OVERRIDES: Overrides = { priceUsd: {}, powerW: {} };

/** What an evaluation may leave out when its caller reads only some figures. */
export interface EvaluateOptions {
  /**
   * False skips the value-chain split of the spend (about half of an evaluation's time):
   * `exposure.byCompany`, `byLayer` and `byCompanyCountry` are then empty. Every other figure,
   * vendor HHI included, is unchanged. The design search uses it. Default true.
   */
  valueChain?: boolean;
}

const NO_VALUE_CHAIN = { byCompany: [], byLayer: [], byCompanyCountry: [] };

const idCache = new WeakMap<Catalog, Set<string>>();

function catalogIds(catalog: Catalog): Set<string> {
  let ids = idCache.get(catalog);
  if (!ids) {
    ids = new Set<string>([
      ...catalog.media.map((m) => m.id),
      ...catalog.switches.map((s) => s.id),
      ...catalog.nics.map((n) => n.id),
      ...catalog.scaleUpFabrics.map((f) => f.id),
      catalog.fiber.id,
    ]);
    idCache.set(catalog, ids);
  }
  return ids;
}

function checkOverrideIds(catalog: Catalog, o: Overrides, prefix: string): Result<true> {
  for (const [kind, map] of [
    ['priceUsd', o.priceUsd],
    ['powerW', o.powerW],
  ] as const) {
    for (const id in map) {
      if (!catalogIds(catalog).has(id)) {
        return fail(
          `${prefix}.${kind}.${id}`,
          id,
          'unknown catalog id; see the catalog browser or the catalog data files',
        );
      }
    }
  }
  return ok(true);
}

/** True when the switch model reduces in the network (e.g. InfiniBand SHARP) in the scenario's year. */
function inNetworkReductionIn(sw: SwitchModel, year: number): boolean {
  return sw.inNetworkReduction !== undefined && sw.inNetworkReduction.firstYear <= year;
}

/**
 * Example: the default scenario (1,024 H100, InfiniBand, rail-optimized, 2025) gives a
 * 2-tier fabric of 32 leaves and 16 spines and a full BOM with capex, power and exposure.
 */
export function evaluateScenario(
  s: Scenario,
  catalog: Catalog,
  projectOverrides: Overrides = NO_OVERRIDES,
  options: EvaluateOptions = {},
): Result<ScenarioResult> {
  const po = checkOverrideIds(catalog, projectOverrides, 'catalogOverrides');
  if (!po.ok) return po;
  const so = checkOverrideIds(catalog, s.overrides, 'overrides');
  if (!so.ok) return so;
  const pricing = makePricing(projectOverrides, s.overrides);
  const rate = s.scaleOut.nicPortRateGbps;
  const ctx = { catalog, pricing, ecosystem: s.scaleOut.ecosystem, rateGbps: rate, year: s.year };

  const nic = selectNic(ctx, s.scaleOut.nic);
  if (!nic.ok) return nic;
  const policies = Object.values(s.media) as ('auto' | MediumKind)[];
  const needCpo = policies.includes('cpo') ? true : policies.some((p) => p !== 'auto') ? false : undefined;
  const candidates = switchCandidates(ctx, s.switch.model, s.switch.model === 'auto' ? needCpo : undefined);
  if (!candidates.ok) return candidates;

  const fabric = catalog.scaleUpFabrics.find((f) => f.id === s.scaleUp.fabric);
  if (!fabric) return fail('scaleUp.fabric', s.scaleUp.fabric, 'not in the catalog');
  if (s.scaleUp.domainSize > fabric.maxDomainSize) {
    return fail(
      'scaleUp.domainSize',
      s.scaleUp.domainSize,
      `${fabric.name} spans at most ${fabric.maxDomainSize} accelerators`,
    );
  }
  if (fabric.firstVolumeYear > s.year) {
    return fail(
      'scaleUp.fabric',
      s.scaleUp.fabric,
      `first volume in ${fabric.firstVolumeYear}, after the scenario year ${s.year}`,
    );
  }

  // Auto takes the most preferred switch whose fabric and links can all be built.
  let built: Result<BuiltFabric> | undefined;
  for (const candidate of candidates.value) {
    const attempt = buildFabric(s, ctx, candidate, nic.value);
    if (attempt.ok) {
      built = attempt;
      break;
    }
    built ??= attempt;
  }
  if (!built || !built.ok) return built ?? fail('switch.model', s.switch.model, 'no switch candidate');
  const { plan: p, media, switchModel, radix, tierModels } = built.value;
  const N = s.cluster.acceleratorCount;
  const G = s.cluster.acceleratorsPerServer;

  const servers = N / G;
  const nicsPerServer = Math.ceil((G * s.scaleOut.nicPortsPerAccelerator) / nic.value.ports);
  // Standby servers (backup leaf ports) carry the same NICs; their own price stays out of capex.
  const standbyServers = Math.ceil((p.standbyEndpoints ?? 0) / (G * s.scaleOut.nicPortsPerAccelerator));
  const nicCount = nicsPerServer * (servers + standbyServers);
  const bom = buildBom({
    plan: p,
    switchModel,
    tierModels,
    nic: nic.value,
    nicCount,
    media,
    scaleUp: fabric,
    fiber: catalog.fiber,
    scaleUpAccelerators: s.scaleUp.domainSize > G ? N : 0,
    pricing,
  });
  const e = s.economics;
  const acc = s.cluster.accelerator;
  const rollup = rollupCapex(bom, N, acc.unitPriceUsd, servers, s.cluster.serverPriceUsd);
  const capex = {
    ...rollup,
    range: capexRange(bom, catalog, N),
    adjusted: adjustCapex(rollup.totalUsd, e),
  };
  const power = rollupPower(bom, N, acc.powerW, servers, s.cluster.serverPowerW, e.pue, e.electricityUsdPerKWh);
  const ecosystem = catalog.ecosystems.find((x) => x.id === s.scaleOut.ecosystem);
  const exposure = {
    ...vendorExposure(bom, catalog.vendors, ecosystem?.siliconSuppliers.length ?? 0),
    ...(options.valueChain === false ? NO_VALUE_CHAIN : valueChainExposure(bom, catalog)),
  };
  const reliability = evaluateReliability({
    scenario: s,
    catalog,
    bom,
    servers,
    switchTiers: p.switchTiers.map((t) => ({ ...t, model: tierModels.get(t.tier)?.id ?? switchModel.id })),
    switchModelId: switchModel.id,
  });
  const efficiency = settleEfficiency(
    evaluateEfficiency({
      scenario: s,
      plan: p,
      scaleUpBidirectionalGBps: fabric.bandwidthGBpsPerAccelerator.typical,
      scaleUpCatalogBusEfficiency: fabric.busEfficiency,
      clusterCapexUsd: capex.clusterUsd,
      clusterItPowerW: power.clusterW,
      ettr: reliability.ettr,
      scaleOutInNetworkReduction: inNetworkReductionIn(switchModel, s.year),
    }),
    reliability.ettr,
  );
  // Capex after the street discount, spares and installation; support is a yearly cost like energy.
  const tcoUsd = networkTco(
    capex.adjusted.totalUsd,
    power.energyCostUsdPerYear + capex.adjusted.supportUsdPerYear,
    e.horizonYears,
    e.discountRatePercent,
  );

  const byClass: LinkClassResult[] = media.map((m) => ({
    class: m.class,
    count: m.links,
    medium: m.kind,
    components: [
      ...(m.cables ? [m.cables.medium.id] : []),
      ...m.modules.map((x) => x.medium.id),
      ...(m.cpoPorts ? [m.cpoPorts.medium.id] : []),
    ],
    lengthM: m.lengthM,
    rateGbps: p.links.find((l) => l.class === m.class)?.rateGbps ?? rate,
    cables: m.cables?.count ?? 0,
    transceivers: m.modules.reduce((t, x) => t + x.count, 0),
    fibers: m.fibers,
    cpoPorts: m.cpoPorts?.count ?? 0,
  }));
  return ok({
    name: s.name,
    year: s.year,
    accelerators: N,
    servers,
    fabric: {
      topology: p.topology,
      tiers: p.tiers,
      planes: p.planes,
      endpoints: p.endpoints,
      radix,
      switchModel: switchModel.id,
      nicModel: nic.value.id,
      switches: {
        total: totalSwitches(p),
        idlePortShare: idlePortShare({
          count: 1,
          radix: p.switchTiers.reduce((t, x) => t + x.count * x.radix, 0),
          idlePorts: p.switchTiers.reduce((t, x) => t + x.idlePorts, 0),
        }),
        byTier: p.switchTiers.map((t) => ({
          tier: t.tier,
          count: t.count,
          radix: t.radix,
          portsUsed: t.portsUsed,
          idlePorts: t.idlePorts,
          idlePortShare: idlePortShare(t),
          model: tierModels.get(t.tier)?.id ?? switchModel.id,
        })),
      },
      scalableUnit: scalableUnitResult(p),
      links: { total: byClass.reduce((t, c) => t + c.count, 0), byClass },
      transceivers: byClass.reduce((t, c) => t + c.transceivers, 0),
      cables: byClass.reduce((t, c) => t + c.cables + c.fibers, 0),
      nics: nicCount,
      standbyServers,
      ...(p.pods ? { pods: { ...p.pods } } : {}),
      maxEndpointsPerPlane: p.maxEndpointsPerPlane,
      notes: p.notes,
    },
    bom,
    capex,
    power,
    tcoUsd,
    economics: { ...e },
    usdPerGbps: capex.totalUsd / (p.endpoints * rate),
    exposure,
    efficiency,
    reliability,
    tcoWithDowntimeUsd: tcoUsd + reliability.networkDowntimeCostOverHorizonUsd,
  });
}

/**
 * The scalable unit of a rail-optimized plan and the leaf ports it leaves idle. Example: a
 * forced 32-server unit on 128-port leaves (64 endpoint ports) at 8,192 GPUs → 8,192 idle
 * leaf ports, a share of 0.25.
 */
function scalableUnitResult(p: FabricPlan): ScenarioResult['fabric']['scalableUnit'] {
  if (!p.scalableUnit) return null;
  const leaf = p.switchTiers.find((t) => t.level === 1);
  const idle = p.tiers > 1 && leaf ? leaf.idlePorts : 0;
  return {
    ...p.scalableUnit,
    idleLeafPorts: idle,
    idleLeafPortShare: leaf && p.tiers > 1 ? idlePortShare(leaf) : 0,
  };
}

interface BuiltFabric {
  plan: FabricPlan;
  media: MediaChoice[];
  switchModel: SwitchModel;
  radix: number;
  /** Switch model per tier name of the plan (mixed models per tier). */
  tierModels: Map<string, SwitchModel>;
}

const CLOS_TIER_LEVELS: ReadonlySet<string> = new Set(TIER_NAMES);

/** Link classes of a folded Clos and the tier levels at their two ends (0 = the NIC). */
const CLASS_LEVELS: Partial<Record<LinkClass, [number, number]>> = {
  'accelerator-leaf': [0, 1],
  'leaf-spine': [1, 2],
  'spine-core': [2, 3],
  'core-super': [3, 4],
};

/** Plans the topology and picks media for one switch model (and the per-tier models, if any). */
function buildFabric(s: Scenario, ctx: SelectionContext, sw: SwitchModel, nic: Nic): Result<BuiltFabric> {
  const { catalog, pricing } = ctx;
  const rate = s.scaleOut.nicPortRateGbps;
  const physicalRadix = effectiveRadix(sw, rate);
  const radix = s.switch.radix ?? physicalRadix;
  if (radix > physicalRadix) {
    return fail('switch.radix', radix, `must be at most ${physicalRadix}, the ${sw.name} radix at ${rate} Gb/s`);
  }
  const linkRate = s.topology.switchLinkRateGbps === 'auto' ? rate : s.topology.switchLinkRateGbps;
  if (!sw.portRatesGbps.includes(linkRate)) {
    return fail(
      'topology.switchLinkRateGbps',
      linkRate,
      `${sw.name} ports run at ${sw.portRatesGbps.join(', ')} Gb/s; pick one of these`,
    );
  }
  const homing = homingPorts(s, nic);
  if (!homing.ok) return homing;
  const perTier = resolveTierSwitches(s, ctx, sw, radix);
  if (!perTier.ok) return perTier;
  const byLevel = perTier.value.models;
  const plan = planTopology({
    radixByTier: perTier.value.mixed ? perTier.value.radixByTier : undefined,
    kind: s.topology.kind,
    accelerators: s.cluster.acceleratorCount,
    acceleratorsPerServer: s.cluster.acceleratorsPerServer,
    scaleUpDomain: s.scaleUp.domainSize,
    nicPortsPerAccelerator: s.scaleOut.nicPortsPerAccelerator,
    planes: s.scaleOut.planes,
    radix,
    tiers: s.topology.tiers,
    oversubscription: s.topology.oversubscription,
    scalableUnitServers: s.topology.scalableUnitServers,
    reservedPortsPerLeaf: s.topology.reservedPortsPerLeaf,
    dragonfly: s.topology.dragonfly,
    nicPortRateGbps: rate,
    switchLinkRateGbps: linkRate,
    backupPortsPerLeaf: s.topology.backupPortsPerLeaf,
    serversPerLeaf: s.topology.serversPerLeaf,
    podAccelerators: s.topology.podAccelerators,
    podOversubscription: s.topology.podOversubscription,
    homingPorts: homing.value,
  });
  if (!plan.ok) return plan;
  const switchEnd = (m: SwitchModel): LinkEnd => ({
    role: 'switch',
    cageRateGbps: m.cageRateGbps,
    cpo: m.cpo,
    family: m.family,
  });
  const swEnd = switchEnd(sw);
  // Server-end modules follow the server's cages (a DGX H100: twin-port 800G), else the NIC's.
  const cages = serverCages(catalog, nic, {
    server: s.scaleOut.server,
    cageRateGbps: s.scaleOut.serverCageRateGbps,
    nicPortRateGbps: rate,
    portsPerServer: s.cluster.acceleratorsPerServer * s.scaleOut.nicPortsPerAccelerator,
    acceleratorsPerServer: s.cluster.acceleratorsPerServer,
  });
  if (!cages.ok) return cages;
  const nicEnd: LinkEnd = { role: 'nic', cageRateGbps: cages.value.cageRateGbps, cpo: false };
  const levelEnd = (level: number): LinkEnd => (level === 0 ? nicEnd : switchEnd(byLevel[level - 1] ?? sw));
  const endsOf = (cls: LinkClass): [LinkEnd, LinkEnd] => {
    const levels = perTier.value.mixed ? CLASS_LEVELS[cls] : undefined;
    if (levels) return [levelEnd(levels[0]), levelEnd(levels[1])];
    return cls === 'accelerator-leaf' ? [nicEnd, swEnd] : [swEnd, swEnd];
  };
  const media: MediaChoice[] = [];
  for (const l of plan.value.links) {
    if (l.count === 0) continue;
    const key = LINK_CLASS_KEYS[l.class];
    const choice = selectMedia({
      catalog,
      pricing,
      cls: l.class,
      links: l.count,
      lengthM: s.linkLengthM[key],
      rateGbps: l.rateGbps ?? rate,
      year: s.year,
      ends: endsOf(l.class),
      policy: s.media[key],
      ecosystem: s.scaleOut.ecosystem,
      bundles: l.bundles,
    });
    if (!choice.ok) return choice;
    media.push(choice.value);
  }
  const tierModels = new Map(
    plan.value.switchTiers.map((t) => [t.tier, CLOS_TIER_LEVELS.has(t.tier) ? (byLevel[t.level - 1] ?? sw) : sw]),
  );
  return ok({ plan: plan.value, media, switchModel: sw, radix, tierModels });
}

/**
 * Ports that must land on different leaves when NICs are dual-homed (reliability.resilience.
 * nicHoming = dual): a NIC's ports, or an accelerator's ports when each NIC has one port.
 * Example: Alibaba HPN, one 2 x 200G NIC per GPU → 2. Single homing → 1.
 */
function homingPorts(s: Scenario, nic: Nic): Result<number> {
  if (s.reliability.resilience.nicHoming !== 'dual') return ok(1);
  const n = s.scaleOut.nicPortsPerAccelerator;
  if (nic.ports >= 2) {
    if ((s.cluster.acceleratorsPerServer * n) % nic.ports !== 0) {
      return fail(
        'reliability.resilience.nicHoming',
        'dual',
        `each server's ${s.cluster.acceleratorsPerServer * n} NIC ports must fill whole ${nic.ports}-port ${nic.name} NICs`,
      );
    }
    return ok(nic.ports);
  }
  if (n >= 2) return ok(n);
  return fail(
    'reliability.resilience.nicHoming',
    'dual',
    `dual-homing needs two ports per NIC or per accelerator; ${nic.id} has 1 port and scaleOut.nicPortsPerAccelerator is 1`,
  );
}

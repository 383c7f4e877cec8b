/**
 * Candidate generation: every combination of the design space's dimension values, as
 * scenario variants of the base scenario. Deterministic: dimensions expand in a fixed order
 * and "all" lists follow catalog order. Candidates come in groups that differ only in
 * folded-Clos tiers, fewest first, so the search can prune tiers beyond the minimum that fits
 * (see run-search.ts).
 */
import { ECOSYSTEM_IDS, MEDIUM_KINDS } from '../catalog/catalog-ids.ts';
import type { Catalog, EcosystemId } from '../catalog/catalog-schema.ts';
import { qualificationsFor } from '../media/media-compatibility.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { TOPOLOGY_KINDS, type TopologyKind } from '../scenario/topology-kinds.ts';
import {
  ALL_VALUES,
  TIER_KEYS,
  type DesignSpace,
  type DimensionChoice,
  type MediaKey,
  type MediaPolicy,
  type TierKey,
} from './design-space.ts';

/** Topology kinds built as a folded Clos (tiers, oversubscription and per-tier switches apply). */
export const CLOS_KINDS: ReadonlySet<TopologyKind> = new Set(['leaf-spine', 'fat-tree', 'rail-optimized', 'rail-only']);

/** Link classes each kind cables (other classes' media policies do not change the design). */
function mediaKeysOf(kind: TopologyKind): readonly MediaKey[] {
  return CLOS_KINDS.has(kind)
    ? ['acceleratorLeaf', 'leafSpine', 'spineCore', 'coreSuper']
    : ['acceleratorLeaf', 'local', 'global'];
}

/**
 * One group of candidates that differ only in tiers, fewest tiers ("auto" first) first. The
 * scenarios are built on demand (`variant(i)`): a search over 100,000 candidates builds only
 * those its shard evaluates and the frontier's, not every one of them twice.
 */
export interface CandidateGroup {
  /** Tiers of each variant, in order. */
  tiers: readonly (number | 'auto')[];
  /** The scenario of variant i (0 <= i < tiers.length); a new object on each call. */
  variant(i: number): Scenario;
}

function pick<T>(choice: DimensionChoice<T> | undefined, fixed: T, all: () => readonly T[]): readonly T[] {
  if (!choice || choice.mode === 'fixed') return [fixed];
  if (choice.mode === 'list') return choice.values;
  return all();
}

function compatibleSwitches(catalog: Catalog, eco: EcosystemId, rate: number, year: number): string[] {
  return catalog.switches
    .filter((s) => s.ecosystems.includes(eco) && s.portRatesGbps.includes(rate) && s.firstVolumeYear <= year)
    .map((s) => s.id);
}

/** Media kinds qualified for the ecosystem on any of the switches by the year (all when one is open). */
function compatibleMedia(
  catalog: Catalog,
  eco: EcosystemId,
  switchIds: readonly string[],
  year: number,
): MediaPolicy[] {
  const kinds = new Set<string>();
  for (const id of switchIds) {
    const sw = catalog.switches.find((s) => s.id === id);
    if (!sw) continue;
    const entries = qualificationsFor(catalog, { ecosystem: eco, family: sw.family });
    if (entries.length === 0) return ['auto', ...MEDIUM_KINDS];
    for (const q of entries) if (q.fromYear <= year) for (const k of q.kinds) kinds.add(k);
  }
  return ['auto', ...MEDIUM_KINDS.filter((k) => kinds.has(k))];
}

function product<T>(lists: readonly (readonly T[])[]): T[][] {
  let out: T[][] = [[]];
  for (const l of lists) out = out.flatMap((prefix) => l.map((v) => [...prefix, v]));
  return out;
}

function tierOrder(values: readonly (number | 'auto')[]): (number | 'auto')[] {
  const uniq = [...new Set(values)];
  return uniq.sort((a, b) => (a === 'auto' ? -1 : b === 'auto' ? 1 : a - b));
}

/**
 * Every candidate scenario of the space, group by group (for tests and small spaces). Example:
 * a space varying only planes over [1, 2] yields two groups of one scenario each.
 */
export function generateCandidates(base: Scenario, space: DesignSpace, catalog: Catalog): { variants: Scenario[] }[] {
  return candidateGroups(base, space, catalog).map((g) => ({ variants: g.tiers.map((_, i) => g.variant(i)) }));
}

/** Expands the design space around `base` (year already set to the build year) into groups. */
export function candidateGroups(base: Scenario, space: DesignSpace, catalog: Catalog): CandidateGroup[] {
  const groups: CandidateGroup[] = [];
  const year = base.year;
  const ecosystems = pick(space.ecosystem, base.scaleOut.ecosystem, () => ECOSYSTEM_IDS);
  const rates = pick(space.nicPortRateGbps, base.scaleOut.nicPortRateGbps, () =>
    [...new Set(catalog.nics.map((n) => n.portRateGbps))].sort((a, b) => a - b),
  );
  const kinds = pick(space.topologyKind, base.topology.kind, () => TOPOLOGY_KINDS);
  const portsPerAcc = pick(space.nicPortsPerAccelerator, base.scaleOut.nicPortsPerAccelerator, () => [
    ...ALL_VALUES.nicPortsPerAccelerator,
  ]);
  const planes = pick(space.planes, base.scaleOut.planes, () => [...ALL_VALUES.planes]);
  const baseOversub = Math.max(...base.topology.oversubscription);
  for (const eco of ecosystems) {
    for (const rate of rates) {
      const compatible = compatibleSwitches(catalog, eco, rate, year);
      if (space.ecosystem?.mode === 'all' || space.nicPortRateGbps?.mode === 'all') {
        // "All" ecosystems or rates means all that can be built: skip pairs with no switch.
        if (compatible.length === 0) continue;
      }
      // A fixed NIC that does not fit a varied ecosystem or rate gives way to the automatic choice.
      const fixedNic = catalog.nics.find((x) => x.id === base.scaleOut.nic);
      const nic =
        fixedNic && (!fixedNic.ecosystems.includes(eco) || fixedNic.portRateGbps !== rate) ? 'auto' : base.scaleOut.nic;
      const switches = pick(space.switchModel, base.switch.model, () => compatible);
      for (const sw of switches) {
        const inPlay = sw === 'auto' ? compatible : [sw];
        const media = compatibleMedia(catalog, eco, inPlay, year);
        for (const kind of kinds) {
          const clos = CLOS_KINDS.has(kind);
          const tierLists = TIER_KEYS.map((t: TierKey) =>
            clos
              ? pick(space.tierModels?.[t], base.switch.byTier[t].model, () => ['auto', ...compatible])
              : [base.switch.byTier[t].model],
          );
          const oversubs = clos
            ? pick(space.oversubscription, baseOversub, () => [...ALL_VALUES.oversubscription])
            : [1];
          const units =
            kind === 'rail-optimized'
              ? pick(space.scalableUnitServers, base.topology.scalableUnitServers, () => [
                  ...ALL_VALUES.scalableUnitServers,
                ])
              : [base.topology.scalableUnitServers];
          const tiers = clos
            ? tierOrder(pick(space.tiers, base.topology.tiers, () => [...ALL_VALUES.tiers]))
            : [base.topology.tiers];
          const keys = mediaKeysOf(kind);
          const mediaLists = keys.map((k) => pick(space.media?.[k], base.media[k], () => media));
          const combos = product<unknown>([product(tierLists), product(mediaLists)]);
          for (const n of portsPerAcc) {
            for (const p of planes) {
              for (const o of oversubs) {
                for (const su of units) {
                  for (const [tierModels, mediaPolicies] of combos as [string[], MediaPolicy[]][]) {
                    // Built per variant, not per group: a 100,000-candidate space has 20,000
                    // groups and most of their variants are pruned or skipped by other shards.
                    const variant = (t: number | 'auto'): Scenario => {
                      const byTier = { ...base.switch.byTier };
                      TIER_KEYS.forEach((k, i) => (byTier[k] = { ...byTier[k], model: tierModels[i]! }));
                      const mediaMap = { ...base.media };
                      keys.forEach((k, i) => (mediaMap[k] = mediaPolicies[i]!));
                      return {
                        ...base,
                        scaleOut: {
                          ...base.scaleOut,
                          ecosystem: eco,
                          nic,
                          nicPortRateGbps: rate,
                          nicPortsPerAccelerator: n,
                          planes: p,
                        },
                        switch: { ...base.switch, model: sw, byTier },
                        topology: {
                          ...base.topology,
                          kind,
                          tiers: t,
                          oversubscription: o === baseOversub ? base.topology.oversubscription : [o],
                          scalableUnitServers: su,
                        },
                        media: mediaMap,
                      };
                    };
                    groups.push({ tiers, variant: (i) => variant(tiers[i]!) });
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return groups;
}

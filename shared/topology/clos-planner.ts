/**
 * Sizes a folded Clos for a scenario: port splits from oversubscription per tier, the
 * fewest tiers that fit (auto) or a forced tier count, and a clear error at the limit.
 * Used by leaf-spine, fat-tree, rail-optimized and (per rail) rail-only.
 */
import { fail, ok, type Result } from '../model-error.ts';
import { countFoldedClos, maxLeavesFor, TIER_NAMES, type ClosCounts, type MiddleSpec } from './folded-clos.ts';

/**
 * Down and up ports of a switch with `radix` ports at oversubscription `r` (down/up
 * bandwidth). Example: splitPorts(64, 7) = { down: 56, up: 8 }; splitPorts(64, 1) = 32/32.
 */
export function splitPorts(radix: number, r: number): { down: number; up: number } {
  const down = Math.floor((radix * r) / (r + 1));
  return { down, up: radix - down };
}

/** Oversubscription at tier boundary `i` (0 = leaf); the last listed value repeats. */
export function ratioAt(ratios: readonly number[], i: number): number {
  return ratios[Math.min(i, ratios.length - 1)] ?? 1;
}

const BOUNDARY_NAMES = ['leaf-spine', 'spine-core', 'core-super-core', 'super-core-top'];

/**
 * Refuses a per-boundary oversubscription list longer than the T - 1 tier boundaries of a
 * T-tier build (one value is a uniform ratio and always fits). Example: [1, 1, 7] on 3 tiers
 * → error naming the extra value 7.
 */
export function extraRatios(ratios: readonly number[], T: number): Result<never> | undefined {
  const boundaries = T - 1;
  if (ratios.length <= 1 || ratios.length <= boundaries) return undefined;
  const extra = ratios.slice(Math.max(boundaries, 0));
  const names = BOUNDARY_NAMES.slice(0, boundaries);
  const has =
    boundaries === 0
      ? 'a 1-tier fabric has no tier boundaries'
      : `a ${T}-tier fabric has ${boundaries} tier boundar${boundaries === 1 ? 'y' : 'ies'} (${names.join(', ')})`;
  return fail(
    'topology.oversubscription',
    `[${ratios.join(', ')}]`,
    `${has}, so the extra value${extra.length === 1 ? '' : 's'} ${extra.join(', ')} would apply to no boundary; ` +
      `give one value per boundary, leaf first (or one value for all), or set topology.tiers to ${ratios.length + 1}`,
  );
}

export interface ClosSizing {
  /** Endpoints (NIC ports) in this network. */
  endpoints: number;
  /** Effective radix at the link rate. */
  radix: number;
  /** Radix per tier level where it differs (index 0 = leaf); see TopologyRequest.radixByTier. */
  radixByTier?: readonly (number | undefined)[];
  tiers: 'auto' | number;
  maxTiers: number;
  oversubscription: readonly number[];
  reservedPortsPerLeaf: number;
  /** Leaves needed for a given number of endpoint ports per leaf (rail-optimized groups by SU). */
  leavesFor?: (endpointsPerLeaf: number) => number;
  /** Name used in error messages, e.g. "leaf-spine" or "each rail". */
  label: string;
  /** Accelerators in the cluster, reported as the value when the size does not fit. */
  accelerators: number;
  /**
   * Endpoints a structure of `maxLeaves` leaves can hold; defaults to maxLeaves x endpoints
   * per leaf. Rail-optimized fabrics lose some to scalable-unit grouping.
   */
  capacityFor?: (maxLeaves: number, endpointsPerLeaf: number) => number;
}

export interface ClosSized extends ClosCounts {
  endpointsPerLeaf: number;
  maxEndpoints: number;
}

/** Port specs for a T-tier build; undefined when the radix leaves no downlinks. */
/** Radix of tier `level` (1 = leaf). Example: radixAt({ radix: 64, radixByTier: [, 128] }, 2) = 128. */
export function radixAt(s: Pick<ClosSizing, 'radix' | 'radixByTier'>, level: number): number {
  return s.radixByTier?.[level - 1] ?? s.radix;
}

function specsFor(
  s: ClosSizing,
  T: number,
): { endpointsPerLeaf: number; up: number; middle: MiddleSpec[] } | undefined {
  const leafRadix = radixAt(s, 1);
  if (T === 1) {
    const e = leafRadix - s.reservedPortsPerLeaf;
    return e >= 1 ? { endpointsPerLeaf: e, up: 0, middle: [] } : undefined;
  }
  const leafSplit = splitPorts(leafRadix, ratioAt(s.oversubscription, 0));
  const endpointsPerLeaf = leafSplit.down - s.reservedPortsPerLeaf;
  if (endpointsPerLeaf < 1 || leafSplit.up < 1) return undefined;
  const middle: MiddleSpec[] = [];
  for (let t = 2; t < T; t++) {
    const radix = radixAt(s, t);
    const m = splitPorts(radix, ratioAt(s.oversubscription, t - 1));
    if (m.down < 1 || m.up < 1) return undefined;
    middle.push({ radix, down: m.down, up: m.up });
  }
  return { endpointsPerLeaf, up: leafSplit.up, middle };
}

/**
 * Plans a folded Clos with the fewest tiers that fit (tiers = 'auto') or exactly `tiers`.
 * Example: 4,096 endpoints at radix 64, non-blocking, auto → 3 tiers, 128/128/64 switches.
 */
export function sizeClos(s: ClosSizing): Result<ClosSized> {
  const first = s.tiers === 'auto' ? 1 : s.tiers;
  const last = s.tiers === 'auto' ? s.maxTiers : s.tiers;
  if (s.tiers !== 'auto' && s.tiers > s.maxTiers) {
    return fail('topology.tiers', s.tiers, `${s.label} has at most ${s.maxTiers} tiers`);
  }
  let lastCapacity = 0;
  for (let T = first; T <= last; T++) {
    const spec = specsFor(s, T);
    if (!spec) {
      // Reserved ports that leave a single switch no endpoint port leave a leaf of any taller
      // build none either (its endpoint ports are fewer), so more tiers would not help.
      return fail(
        'topology.reservedPortsPerLeaf',
        s.reservedPortsPerLeaf,
        `leaves of radix ${radixAt(s, 1)} have no endpoint ports left at this oversubscription; reserve fewer ports`,
      );
    }
    const leaves =
      T === 1 || !s.leavesFor ? Math.ceil(s.endpoints / spec.endpointsPerLeaf) : s.leavesFor(spec.endpointsPerLeaf);
    const maxLeaves = T === 1 ? 1 : maxLeavesFor(spec.middle, radixAt(s, T));
    lastCapacity =
      T === 1 || !s.capacityFor ? maxLeaves * spec.endpointsPerLeaf : s.capacityFor(maxLeaves, spec.endpointsPerLeaf);
    if (leaves <= maxLeaves) {
      const extra = extraRatios(s.oversubscription, T);
      if (extra) return extra;
      const counts = countFoldedClos({
        tiers: T,
        leaves,
        endpoints: s.endpoints,
        leaf: {
          radix: radixAt(s, 1),
          endpointsPerLeaf: spec.endpointsPerLeaf,
          reservedPorts: s.reservedPortsPerLeaf,
          up: spec.up,
        },
        middle: spec.middle,
        topRadix: radixAt(s, T),
      });
      return ok({ ...counts, endpointsPerLeaf: spec.endpointsPerLeaf, maxEndpoints: lastCapacity });
    }
  }
  const tiersText =
    s.tiers === 'auto' ? `up to ${s.maxTiers} tiers hold` : s.tiers === 1 ? '1 tier holds' : `${s.tiers} tiers hold`;
  return fail(
    s.tiers === 'auto' ? 'cluster.acceleratorCount' : 'topology.tiers',
    s.tiers === 'auto' ? s.accelerators : s.tiers,
    `${s.label} needs room for ${s.endpoints} endpoints, but ${tiersText} at most ${lastCapacity} at radix ` +
      `${radixText(s, last)} with this oversubscription and grouping; add tiers or planes, or pick a larger radix`,
  );
}

/** "64", or "64 (leaf), 128 (spine)" when the tiers tried (up to `tiers`) differ. */
function radixText(s: ClosSizing, tiers: number): string {
  const names = TIER_NAMES.slice(0, tiers);
  const radices = names.map((_, i) => radixAt(s, i + 1));
  if (radices.every((r) => r === s.radix)) return String(s.radix);
  return names.map((n, i) => `${radices[i]} (${n})`).join(', ');
}

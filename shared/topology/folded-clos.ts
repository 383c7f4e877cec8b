/**
 * General folded Clos (leaf-spine, fat-tree, multi-tier) counting, closed-form.
 *
 * Structure: a t-block is a set of switches of tiers 1..t; a leaf is a 1-block. A (t+1)-block
 * joins up to D(t+1) t-blocks (D = downlinks of a tier-(t+1) switch): the tier-(t+1) switches
 * of position group j connect to the position-j switch of every t-block in it. Each lower
 * switch stripes its u uplinks evenly over its group, so the group size is ceil(n*u/D)
 * rounded up until it divides u (the spine rule of docs/model.md, "Topology counting", which
 * reproduces NVIDIA's SuperPOD tables). The top tier holds every (T-1)-block in one block.
 *
 * Partial blocks only occur at the tail, so each level is a run list of at most two block
 * widths and the whole count is O(tiers), independent of the cluster size.
 */
import type { LinkClass } from '../scenario/scenario-schema.ts';
import { mergeBundles, type LinkBundle, type SwitchTierPlan, type LinkPlan } from './fabric-plan.ts';

/** Port split of a leaf: endpoint ports, reserved (management) ports and uplinks. */
export interface LeafSpec {
  radix: number;
  endpointsPerLeaf: number;
  reservedPorts: number;
  up: number;
}

/** Port split of a middle tier switch. */
export interface MiddleSpec {
  radix: number;
  down: number;
  up: number;
}

export interface ClosInput {
  /** Switching tiers: 1 (a single leaf), or 2 + middle.length. */
  tiers: number;
  /** Leaves, already grouped (rail-optimized computes them per scalable unit). */
  leaves: number;
  /** Endpoints attached over all leaves. */
  endpoints: number;
  leaf: LeafSpec;
  /** Tiers 2..T-1, bottom up. */
  middle: MiddleSpec[];
  /** Radix of the top tier (all ports face down); ignored for a single tier. */
  topRadix: number;
}

export interface ClosCounts {
  tiers: number;
  switchTiers: SwitchTierPlan[];
  links: LinkPlan[];
}

interface BlockRun {
  count: number;
  width: number;
}

export const TIER_NAMES = ['leaf', 'spine', 'core', 'super-core', 'super-core-2'] as const;
const LAYER_CLASSES: LinkClass[] = ['leaf-spine', 'spine-core', 'core-super', 'core-super'];

/**
 * Upper switches in one position group: n lower switches, u uplinks each, D down ports per
 * upper switch. Example: groupSize(20, 32, 64) = 16 (640/64 = 10, rounded up to divide 32).
 */
export function groupSize(n: number, u: number, down: number): number {
  if (n === 0) return 0;
  let s = Math.ceil((n * u) / down);
  while (u % s !== 0) s++;
  return s;
}

/** Largest leaf count for a structure: the product of downlinks of every upper tier. */
export function maxLeavesFor(middle: MiddleSpec[], topRadix: number): number {
  return middle.reduce((p, m) => p * m.down, topRadix);
}

/**
 * Switch and link counts of a folded Clos over `leaves` leaves. The caller checks that
 * `leaves <= maxLeavesFor(middle, topRadix)`; beyond that the top tier cannot hold the blocks.
 * Example: 128 leaves (k=64, r=1) over one middle tier gives 128 spines and 64 cores (V2, 16 SU).
 */
export function countFoldedClos(input: ClosInput): ClosCounts {
  const { leaves, leaf, middle, topRadix } = input;
  const T = input.tiers;
  const leafUp = T === 1 ? 0 : leaf.up;
  const leafUsed = input.endpoints + leaves * leaf.reservedPorts + leaves * leafUp;
  const switchTiers: SwitchTierPlan[] = [
    {
      tier: TIER_NAMES[0],
      level: 1,
      count: leaves,
      radix: leaf.radix,
      portsUsed: leafUsed,
      portsReserved: leaves * leaf.reservedPorts,
      idlePorts: leaves * leaf.radix - leafUsed,
    },
  ];
  const links: LinkPlan[] = [{ class: 'accelerator-leaf', count: input.endpoints }];
  if (T === 1) return { tiers: 1, switchTiers, links };

  let runs: BlockRun[] = [{ count: leaves, width: 1 }];
  let lowerSwitches = leaves;
  let lowerUp = leaf.up;
  for (let level = 2; level <= T; level++) {
    const isTop = level === T;
    const spec = isTop ? undefined : middle[level - 2];
    const radix = spec ? spec.radix : topRadix;
    const down = spec ? spec.down : topRadix;
    const blockSize = isTop ? Number.POSITIVE_INFINITY : down;
    const { next, switches, downUsed, bundles } = groupRuns(runs, blockSize, lowerUp, down);
    const upUsed = spec ? switches * spec.up : 0;
    switchTiers.push({
      tier: TIER_NAMES[level - 1] ?? `tier-${level}`,
      level,
      count: switches,
      radix,
      portsUsed: downUsed + upUsed,
      portsReserved: 0,
      idlePorts: switches * radix - downUsed - upUsed,
    });
    const cls = LAYER_CLASSES[level - 2] ?? 'core-super';
    const prev = links.find((l) => l.class === cls);
    if (prev) {
      prev.count += lowerSwitches * lowerUp;
      prev.bundles = mergeBundles([...(prev.bundles ?? []), ...bundles]);
    } else links.push({ class: cls, count: lowerSwitches * lowerUp, bundles });
    runs = next;
    lowerSwitches = switches;
    lowerUp = spec?.up ?? 0;
  }
  return { tiers: T, switchTiers, links };
}

/**
 * Groups t-block runs into (t+1)-blocks of at most `blockSize` t-blocks and counts the
 * tier-(t+1) switches they need. Runs are ordered full-first; only the tail is partial.
 * `bundles`: each lower switch stripes its `up` links over the g switches of its position
 * group, so it shares up/g links with each of them.
 */
function groupRuns(
  runs: BlockRun[],
  blockSize: number,
  up: number,
  down: number,
): { next: BlockRun[]; switches: number; downUsed: number; bundles: LinkBundle[] } {
  const bundles: LinkBundle[] = [];
  const stripe = (lower: number, g: number) => {
    if (lower > 0 && g > 0) bundles.push({ linksPerPair: up / g, pairs: lower * g });
  };
  const fullWidth = runs[0]?.width ?? 0;
  const fullBlocks = runs[0]?.count ?? 0;
  const tail = runs[1];
  const totalBlocks = fullBlocks + (tail ? tail.count : 0);
  const next: BlockRun[] = [];
  let switches = 0;
  let downUsed = 0;
  const groups = Number.isFinite(blockSize) ? Math.floor(fullBlocks / blockSize) : 0;
  if (groups > 0) {
    const g = groupSize(blockSize, up, down);
    const width = fullWidth * g;
    stripe(groups * blockSize * fullWidth, g);
    next.push({ count: groups, width });
    switches += groups * width;
    downUsed += groups * fullWidth * blockSize * up;
  }
  const remFull = fullBlocks - groups * (Number.isFinite(blockSize) ? blockSize : 0);
  const remTotal = totalBlocks - groups * (Number.isFinite(blockSize) ? blockSize : 0);
  if (remTotal > 0) {
    // Positions 0..tailWidth-1 see every block of the last group; the rest miss the tail block.
    const tailWidth = tail ? tail.width : 0;
    const tailCount = tail ? tail.count : 0;
    const gTail = groupSize(remFull + tailCount, up, down);
    const gRest = groupSize(remFull, up, down);
    const width = tailWidth * gTail + (fullWidth - tailWidth) * gRest;
    stripe(tailWidth * (remFull + tailCount), gTail);
    stripe((fullWidth - tailWidth) * remFull, gRest);
    next.push({ count: 1, width });
    switches += width;
    downUsed += (remFull * fullWidth + tailCount * tailWidth) * up;
  }
  return { next, switches, downUsed, bundles: mergeBundles(bundles) };
}

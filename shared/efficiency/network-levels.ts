/**
 * The communication hierarchy one accelerator sees, innermost first: its scale-up domain,
 * then each block of a folded Clos (a leaf, a pod, ...) up to the whole cluster, with the
 * per-accelerator bus bandwidth and step latency of traffic that stays inside a block of that
 * level but leaves the block of the level below. Oversubscription enters here: traffic that
 * leaves a block crosses every oversubscribed boundary below it, so its bandwidth is the NIC
 * bandwidth divided by the product of those ratios (docs/model.md, "Collectives and network levels").
 *
 * Assumptions (stated, closed-form, O(tiers)):
 * - Inside the domain a collective uses the faster of the scale-up and scale-out paths (GPUs
 *   of one domain reach each other over either), so keeping a group inside the domain is never
 *   slower than spreading it.
 * - Placement is topology-aware (Llama 3 §3.3.1): consecutive ranks fill a block before the
 *   next, and collectives are hierarchical over these levels.
 * - Dragonfly and Slim Fly are treated as one full-bandwidth level: their global-link taper is
 *   not modelled.
 */
import { ratioAt, splitPorts } from '../topology/clos-planner.ts';

export interface NetworkLevel {
  /** Accelerators in one block of this level (the domain, a leaf's reach, a pod, ..., the cluster). */
  acceleratorsPerBlock: number;
  /** Per-accelerator bus bandwidth for traffic inside a block of this level, in bytes/s. */
  busBytesPerSecond: number;
  /**
   * Ring-equivalent bus bandwidth of an all-reduce at this level when in-switch reduction makes
   * it differ from `busBytesPerSecond` (NVLS in the scale-up domain), in bytes/s; absent: the same.
   */
  allReduceBusBytesPerSecond?: number;
  /** Latency of one collective step at this level, in seconds. */
  latencySeconds: number;
}

/** The folded-Clos port split the fabric was built with (see topology/clos-planner.ts). */
export interface ClosShape {
  /** Effective switch radix at the NIC port rate. */
  radix: number;
  /** Radix per tier level where tiers mix switch models (index 0 = leaf); `radix` elsewhere. */
  radixByTier?: readonly number[];
  /** Switching tiers, 1 to 5. */
  tiers: number;
  /** Oversubscription per tier boundary, leaf first; the last value repeats. */
  oversubscription: readonly number[];
  reservedPortsPerLeaf: number;
  /**
   * Block structure stated by the planner (pod-clos.ts: racks, pods, mixed link rates), innermost
   * first: endpoints per block in one plane and the oversubscription of the boundary leaving it.
   * When present it replaces the structure derived from radix and ratios.
   */
  blocks?: readonly { endpoints: number; oversubscription: number }[];
}

export interface LevelsInput {
  accelerators: number;
  /** Accelerators per scale-up domain. */
  domainSize: number;
  scaleUpBusBytesPerSecond: number;
  /** All-reduce bus bandwidth in the scale-up domain (in-switch reduction); absent: scaleUpBusBytesPerSecond. */
  scaleUpAllReduceBusBytesPerSecond?: number;
  scaleOutBusBytesPerSecond: number;
  scaleUpLatencySeconds: number;
  scaleOutLatencySeconds: number;
  /** Clos structure of the scale-out fabric (per rail for rail-only); undefined for direct networks. */
  clos: ClosShape | undefined;
  /**
   * Accelerators one scale-out endpoint stands for in rail-aligned traffic: planes / ports per
   * accelerator for fat-trees, the domain size for rail-only (one endpoint per domain per rail).
   */
  acceleratorsPerEndpoint: number;
}

/**
 * Example: 16,384 accelerators, domains of 8 at 369 GB/s, 47 GB/s NICs, a 3-tier radix-128
 * Clos at 1:1 then 1:7 → [8 at 369 GB/s], [7,168 (64 x 112 leaves) at 47 GB/s],
 * [16,384 at 6.71 GB/s].
 */
export function networkLevels(x: LevelsInput): NetworkLevel[] {
  const N = x.accelerators;
  const domain: NetworkLevel = {
    acceleratorsPerBlock: Math.min(x.domainSize, N),
    busBytesPerSecond: Math.max(x.scaleUpBusBytesPerSecond, x.scaleOutBusBytesPerSecond),
    latencySeconds: Math.min(x.scaleUpLatencySeconds, x.scaleOutLatencySeconds),
  };
  const domainAllReduce = Math.max(
    x.scaleUpAllReduceBusBytesPerSecond ?? x.scaleUpBusBytesPerSecond,
    x.scaleOutBusBytesPerSecond,
  );
  if (domainAllReduce !== domain.busBytesPerSecond) domain.allReduceBusBytesPerSecond = domainAllReduce;
  const levels: NetworkLevel[] = [domain];
  const out = x.scaleOutBusBytesPerSecond;
  const add = (blockAccelerators: number, busBytesPerSecond: number) => {
    const size = Math.min(blockAccelerators, N);
    const last = levels[levels.length - 1]!;
    if (size <= last.acceleratorsPerBlock) return;
    if (
      last.busBytesPerSecond === busBytesPerSecond &&
      last.allReduceBusBytesPerSecond === undefined &&
      last.latencySeconds === x.scaleOutLatencySeconds
    ) {
      last.acceleratorsPerBlock = size;
      return;
    }
    levels.push({ acceleratorsPerBlock: size, busBytesPerSecond, latencySeconds: x.scaleOutLatencySeconds });
  };
  const c = x.clos;
  if (!c || c.tiers <= 1) {
    add(N, out);
    return levels;
  }
  if (c.blocks) {
    let tapered = 1;
    for (const b of c.blocks) {
      add(b.endpoints * x.acceleratorsPerEndpoint, out / tapered);
      tapered *= b.oversubscription;
    }
    add(N, out / tapered);
    return levels;
  }
  const radixAt = (level: number) => c.radixByTier?.[level - 1] ?? c.radix;
  let block =
    (splitPorts(radixAt(1), ratioAt(c.oversubscription, 0)).down - c.reservedPortsPerLeaf) * x.acceleratorsPerEndpoint;
  let taper = 1;
  add(block, out);
  for (let tier = 2; tier < c.tiers; tier++) {
    taper *= ratioAt(c.oversubscription, tier - 2);
    block *= splitPorts(radixAt(tier), ratioAt(c.oversubscription, tier - 1)).down;
    add(block, out / taper);
  }
  taper *= ratioAt(c.oversubscription, c.tiers - 2);
  add(N, out / taper);
  return levels;
}

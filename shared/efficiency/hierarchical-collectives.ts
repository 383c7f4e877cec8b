/**
 * Collectives of one parallelism group over the network levels (network-levels.ts): inside
 * the scale-up domain first, then across blocks, outward (docs/model.md,
 * "Collectives and network levels": hierarchical all-reduce, all-to-all, oversubscription and rail-only forwarding).
 *
 * A group is `size` ranks placed `stride` accelerators apart (ranks are numbered tensor
 * innermost, then pipeline, then data, as in Llama 3 §3.3.2). Ranks of the group inside one
 * block of A accelerators: clamp(A / stride, 1, size), a real number so that every formula is
 * smooth in its inputs. Closed-form: O(levels), no per-rank work.
 */
import type { NetworkLevel } from './network-levels.ts';

/**
 * Ranks of a group inside one block. Example: a data-parallel group of 128 ranks at stride
 * 128 has 56 ranks in a 7,168-accelerator pod and 1 in an 8-accelerator domain.
 */
export function ranksPerBlock(blockAccelerators: number, stride: number, size: number): number {
  return Math.min(size, Math.max(1, blockAccelerators / stride));
}

/**
 * Hierarchical all-reduce: at each level, reduce-scatter then (after the outer levels)
 * all-gather over the f new ranks the level adds, on the shard left by the inner levels:
 * Σ 2(f-1)/f · S/(f_0···f_{i-1}) / B_i + 2·log2(f)·α_i. The latency term is the tree /
 * recursive-halving form, which NCCL picks over the ring whenever latency matters; the
 * bandwidth term is the same for both. On one level it is treeAllReduceSeconds. A level's
 * in-switch reduction (allReduceBusBytesPerSecond, e.g. NVLS) replaces its ring bandwidth here.
 * Example: 128 ranks at stride 128, 12.66 GB, levels [8 @ 369 GB/s], [7,168 @ 47 GB/s],
 * [16,384 @ 6.71 GB/s], α = 0 → 2·55/56·12.66e9/47e9 + 2·(16/7-1)/(16/7)·(12.66e9/56)/6.71e9
 * = 0.529 s + 0.038 s = 0.567 s. `inNetworkFromLevel`: index of the first level whose switches
 * reduce in the network (InfiniBand SHARP); there the bandwidth term is S_i/B_i instead of
 * 2(f-1)/f·S_i/B_i (nccl-tests: in-network all-reduce moves each byte once), about half.
 */
export function hierarchicalAllReduceSeconds(
  levels: readonly NetworkLevel[],
  stride: number,
  size: number,
  bytes: number,
  inNetworkFromLevel = Number.POSITIVE_INFINITY,
): number {
  if (size <= 1) return 0;
  let seconds = 0;
  let inner = 1;
  let shard = bytes;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    const ranks = ranksPerBlock(level.acceleratorsPerBlock, stride, size);
    const f = ranks / inner;
    if (f > 1) {
      seconds += 2 * Math.log2(f) * level.latencySeconds;
      // In-network reduction: each rank sends its shard up once and receives the sum once.
      const factor = i >= inNetworkFromLevel ? Math.min((2 * (f - 1)) / f, 1) : (2 * (f - 1)) / f;
      const bus = level.allReduceBusBytesPerSecond ?? level.busBytesPerSecond;
      if (shard > 0) seconds += (factor * shard) / bus;
      shard /= f;
      inner = ranks;
    }
  }
  return seconds;
}

/**
 * All-to-all where each rank sends `bytes` spread evenly over the group: the bytes
 * that leave a block cross that block's uplinks at the next level's bandwidth, all levels at
 * once, so the time is the slowest boundary, max over i of S·(n - r_{i-1})/n / B_i (with the
 * domain's own S·(r_0 - 1)/n / B_0), plus one latency per peer at the peer's level.
 * `forwardingBusBytesPerSecond`: when set (rail-only, or ports not on every plane), bytes for
 * another domain addressed to a rank of another rail first take one extra, non-overlapped hop
 * through the scale-up domain: S·(n - r_0)/n · (r_0 - 1)/r_0 / B_up.
 * Example: n = 1,024 at stride 1, domains of 8 at 369 GB/s, NICs at 47 GB/s: the forwarding
 * hop adds 0.875 x 47/369 = 11.1% (rail-only paper, arXiv:2307.12169: 8.2-11.2%).
 */
export function hierarchicalAllToAllSeconds(
  levels: readonly NetworkLevel[],
  stride: number,
  size: number,
  bytes: number,
  forwardingBusBytesPerSecond?: number,
): number {
  if (size <= 1) return 0;
  let slowest = 0;
  let latency = 0;
  let inner = 1;
  let domainRanks = 1;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    const ranks = ranksPerBlock(level.acceleratorsPerBlock, stride, size);
    if (i === 0) domainRanks = ranks;
    // Bytes that leave the block of the level below (for the domain: to its other ranks).
    const crossing = i === 0 ? ranks - 1 : size - inner;
    if (crossing > 0 && bytes > 0) slowest = Math.max(slowest, (bytes * crossing) / size / level.busBytesPerSecond);
    latency += (ranks - inner) * level.latencySeconds;
    inner = ranks;
  }
  let forwarding = 0;
  if (forwardingBusBytesPerSecond && forwardingBusBytesPerSecond > 0 && domainRanks > 1 && bytes > 0) {
    forwarding =
      (((bytes * (size - domainRanks)) / size) * (domainRanks - 1)) / domainRanks / forwardingBusBytesPerSecond;
  }
  return latency + slowest + forwarding;
}

/**
 * One point-to-point message between neighbours of the group (pipeline stages): the slowest
 * neighbour pair sits at the outermost level the group spans, α + S/B there. Example: 16
 * stages at stride 8 over [8 @ 369 GB/s], [7,168 @ 47 GB/s]: 33.5 MB → 10 us + 0.714 ms.
 */
export function pointToPointSeconds(levels: readonly NetworkLevel[], stride: number, size: number, bytes: number) {
  if (size <= 1) return 0;
  for (const level of levels) {
    if (ranksPerBlock(level.acceleratorsPerBlock, stride, size) >= size) {
      return level.latencySeconds + bytes / level.busBytesPerSecond;
    }
  }
  const outer = levels[levels.length - 1]!;
  return outer.latencySeconds + bytes / outer.busBytesPerSecond;
}

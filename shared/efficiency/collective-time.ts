/**
 * Closed-form α-β (Hockney) times of the standard collectives over one tier
 * (Thakur, Rabenseifner & Gropp 2005; docs/model.md, "Collectives and network levels"). `ranks` = p,
 * `bytes` = S (the whole buffer for all-reduce, reduce-scatter input and all-gather output; the
 * per-rank send buffer for all-to-all), `busBytesPerSecond` = B = 1/β, the tier's per-rank bus
 * bandwidth (bus-bandwidth.ts), `latencySeconds` = α per step. Results in seconds; the reduction compute
 * term γ is left out (negligible on GPUs).
 */

/** The bandwidth term fraction·S/B, 0 when nothing moves (so that B = 0 with S = 0 is fine). */
function transfer(fraction: number, bytes: number, busBytesPerSecond: number): number {
  return fraction === 0 || bytes === 0 ? 0 : (fraction * bytes) / busBytesPerSecond;
}

/**
 * Ring all-reduce: 2(p-1)α + 2(p-1)/p·S/B. Example: 1 GB over 128 ranks at 47 GB/s, α = 0 →
 * 2 x 127/128 x 1e9 / 47e9 = 42.2 ms .
 */
export function ringAllReduceSeconds(
  ranks: number,
  bytes: number,
  busBytesPerSecond: number,
  latencySeconds: number,
): number {
  if (ranks <= 1) return 0;
  return 2 * (ranks - 1) * latencySeconds + transfer((2 * (ranks - 1)) / ranks, bytes, busBytesPerSecond);
}

/**
 * Tree all-reduce (double binary tree, or Rabenseifner's recursive halving and doubling):
 * 2·log2(p)·α + 2(p-1)/p·S/B. The bandwidth term is the ring's; only the latency term is
 * logarithmic. Example: 8 ranks, α = 3 us, S = 0 → 18 us.
 */
export function treeAllReduceSeconds(
  ranks: number,
  bytes: number,
  busBytesPerSecond: number,
  latencySeconds: number,
): number {
  if (ranks <= 1) return 0;
  return 2 * Math.log2(ranks) * latencySeconds + transfer((2 * (ranks - 1)) / ranks, bytes, busBytesPerSecond);
}

/**
 * Ring reduce-scatter of an S-byte input: (p-1)α + (p-1)/p·S/B. Example: 8 ranks, 8 GB at
 * 370 GB/s, α = 0 → 7/8 x 8e9 / 370e9 = 18.9 ms.
 */
export function ringReduceScatterSeconds(
  ranks: number,
  bytes: number,
  busBytesPerSecond: number,
  latencySeconds: number,
): number {
  if (ranks <= 1) return 0;
  return (ranks - 1) * latencySeconds + transfer((ranks - 1) / ranks, bytes, busBytesPerSecond);
}

/** Ring all-gather of an S-byte output: the same cost as the reduce-scatter. */
export function ringAllGatherSeconds(
  ranks: number,
  bytes: number,
  busBytesPerSecond: number,
  latencySeconds: number,
): number {
  return ringReduceScatterSeconds(ranks, bytes, busBytesPerSecond, latencySeconds);
}

/**
 * Pairwise all-to-all, S = per-rank send buffer: (p-1)α + (p-1)/p·S/B. Example: 64 ranks,
 * 64 MB at 47 GB/s, α = 10 us → 0.63 ms + 1.34 ms = 1.97 ms.
 */
export function allToAllSeconds(
  ranks: number,
  bytes: number,
  busBytesPerSecond: number,
  latencySeconds: number,
): number {
  if (ranks <= 1) return 0;
  return (ranks - 1) * latencySeconds + transfer((ranks - 1) / ranks, bytes, busBytesPerSecond);
}

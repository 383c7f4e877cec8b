/**
 * Bus bandwidth per tier, in the nccl-tests sense (NVIDIA nccl-tests doc/PERFORMANCE.md;
 * docs/model.md, "Collectives and network levels"):
 * `algbw = S / t` and `busbw = algbw x factor(n)`, where the factor makes busbw comparable to
 * the speed of the hardware bottleneck whatever the rank count. Per-tier bus bandwidth is a
 * line rate times a measured efficiency (published nccl-tests runs, docs/model.md, "Published figures"). GB/s = 1e9 B/s, as nccl-tests prints.
 */

export const COLLECTIVE_KINDS = [
  'all-reduce',
  'reduce-scatter',
  'all-gather',
  'all-to-all',
  'broadcast',
  'reduce',
  'send-receive',
] as const;
export type CollectiveKind = (typeof COLLECTIVE_KINDS)[number];

/**
 * busbw / algbw for a collective over `ranks` ranks: 2(n-1)/n for all-reduce,
 * (n-1)/n for reduce-scatter, all-gather and all-to-all, 1 for broadcast, reduce and
 * point-to-point. Example: busBandwidthFactor('all-reduce', 8) = 1.75.
 */
export function busBandwidthFactor(kind: CollectiveKind, ranks: number): number {
  if (ranks <= 1) return kind === 'broadcast' || kind === 'reduce' || kind === 'send-receive' ? 1 : 0;
  switch (kind) {
    case 'all-reduce':
      return (2 * (ranks - 1)) / ranks;
    case 'reduce-scatter':
    case 'all-gather':
    case 'all-to-all':
      return (ranks - 1) / ranks;
    default:
      return 1;
  }
}

/**
 * Bus bandwidth from a measured algorithm bandwidth (same unit in and out). Example: 8xH100
 * NVLS all-reduce at algbw 275 GB/s → 275 x 1.75 = 481.25 GB/s busbw (nccl-tests issues 212, 290).
 */
export function busFromAlgorithmBandwidth(algorithmBandwidth: number, kind: CollectiveKind, ranks: number): number {
  return algorithmBandwidth * busBandwidthFactor(kind, ranks);
}

/**
 * Algorithm bandwidth a collective reaches on a tier of bus bandwidth `busBandwidth`; Infinity
 * when there is nothing to move (one rank). Example: 47 GB/s busbw, all-reduce over 128 ranks
 * → 47 / (2 x 127/128) = 23.68 GB/s algbw.
 */
export function algorithmFromBusBandwidth(busBandwidth: number, kind: CollectiveKind, ranks: number): number {
  const f = busBandwidthFactor(kind, ranks);
  return f === 0 ? Number.POSITIVE_INFINITY : busBandwidth / f;
}

/**
 * Per-accelerator bus bandwidth of the scale-up domain in GB/s: the catalog's bidirectional
 * figure halved (one direction) times a measured efficiency. Example: NVLink 4 at
 * 900 GB/s bidirectional and 0.82 → 369 GB/s (8xH100 ring measures 365-370, nccl-tests issue 212).
 */
export function scaleUpBusBandwidthGBps(bidirectionalGBpsPerAccelerator: number, efficiency: number): number {
  return (bidirectionalGBpsPerAccelerator / 2) * efficiency;
}

/** Scale-up bus efficiencies: collectives without in-switch reduction, and all-reduce (ratios). */
export interface ScaleUpBusEfficiency {
  ring: number;
  allReduce: number;
}

/**
 * The scale-up bus efficiencies a scenario runs at: each workload override when given, else the
 * fabric's catalog figure (typical). Example: NVLink 5 with no overrides → { ring: 0.85,
 * allReduce: 0.93 }; with `scaleUpBusEfficiency: 0.8` only → { ring: 0.8, allReduce: 0.93 }.
 */
export function resolveScaleUpBusEfficiency(
  catalog: { ring: { typical: number }; allReduce: { typical: number } },
  overrides: { scaleUpBusEfficiency?: number | undefined; scaleUpAllReduceBusEfficiency?: number | undefined },
): ScaleUpBusEfficiency {
  return {
    ring: overrides.scaleUpBusEfficiency ?? catalog.ring.typical,
    allReduce: overrides.scaleUpAllReduceBusEfficiency ?? catalog.allReduce.typical,
  };
}

/**
 * Per-accelerator bus bandwidth of the scale-out network in GB/s: every NIC port of the
 * accelerator (over all planes) at its line rate, bits to bytes, times a measured efficiency
 * Example: one 400 Gb/s port at 0.94 → 47 GB/s (H100 over 400G NDR: 46-48, nccl-tests issue 290).
 */
export function scaleOutBusBandwidthGBps(
  portRateGbps: number,
  portsPerAccelerator: number,
  efficiency: number,
): number {
  return ((portRateGbps * portsPerAccelerator) / 8) * efficiency;
}

/**
 * Network capex by BOM category, per accelerator, and as a share of cluster capex
 * (accelerators, servers and network).
 */
import { BOM_CATEGORIES, type BomCategory, type BomLine } from '../bom/bom-line.ts';

export interface CapexRollup {
  /** Network capex in USD (every BOM line). */
  totalUsd: number;
  perAcceleratorUsd: number;
  byCategory: Record<BomCategory, number>;
  /** byCategory / accelerators, USD per accelerator. */
  perAcceleratorByCategory: Record<BomCategory, number>;
  acceleratorsUsd: number;
  serversUsd: number;
  /** Accelerators + servers + network, USD. */
  clusterUsd: number;
  /** Network capex / cluster capex, 0..1. */
  networkShareOfCluster: number;
}

/** Each category divided by the accelerator count. Example: { switches: 2048 } / 1024 → { switches: 2 }. */
export function perAcceleratorByCategory(
  by: Record<BomCategory, number>,
  accelerators: number,
): Record<BomCategory, number> {
  return Object.fromEntries(BOM_CATEGORIES.map((c) => [c, by[c] / accelerators])) as Record<BomCategory, number>;
}

export function sumByCategory(lines: readonly BomLine[], pick: (l: BomLine) => number): Record<BomCategory, number> {
  const out = Object.fromEntries(BOM_CATEGORIES.map((c) => [c, 0])) as Record<BomCategory, number>;
  for (const l of lines) out[l.category] += pick(l);
  return out;
}

/**
 * Example: 1,000,000 USD of network lines for 1,024 accelerators at 25,000 USD and 128 servers
 * at 110,000 USD → 976.56 USD per accelerator, share 1e6 / (25.6e6 + 14.08e6 + 1e6) = 2.46%.
 */
export function rollupCapex(
  lines: readonly BomLine[],
  accelerators: number,
  acceleratorUnitUsd: number,
  servers: number,
  serverUnitUsd: number,
): CapexRollup {
  const byCategory = sumByCategory(lines, (l) => l.extendedPriceUsd);
  const totalUsd = BOM_CATEGORIES.reduce((s, c) => s + byCategory[c], 0);
  const acceleratorsUsd = accelerators * acceleratorUnitUsd;
  const serversUsd = servers * serverUnitUsd;
  const clusterUsd = acceleratorsUsd + serversUsd + totalUsd;
  return {
    totalUsd,
    perAcceleratorUsd: totalUsd / accelerators,
    byCategory,
    perAcceleratorByCategory: perAcceleratorByCategory(byCategory, accelerators),
    acceleratorsUsd,
    serversUsd,
    clusterUsd,
    networkShareOfCluster: clusterUsd > 0 ? totalUsd / clusterUsd : 0,
  };
}

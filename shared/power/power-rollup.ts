/**
 * Network power by BOM category, per accelerator, share of cluster IT power, and annual
 * energy and its cost. Energy is metered at the facility: IT energy x PUE.
 */
import { BOM_CATEGORIES, type BomCategory, type BomLine } from '../bom/bom-line.ts';
import { perAcceleratorByCategory, sumByCategory } from '../cost/capex.ts';

export const HOURS_PER_YEAR = 8760;

/**
 * Power and energy of the whole cluster (accelerators, servers and network), beside the
 * network's own figures in PowerRollup. IT power excludes facility overhead; energy and its
 * cost include it (x PUE).
 */
export interface ClusterPower {
  /** Accelerators x W per accelerator. */
  acceleratorsW: number;
  /** Servers x W per server (host, memory, fans, scale-up cabling inside the server; no accelerators). */
  serversW: number;
  /** The network's IT power (PowerRollup.totalW): scale-out switches, NICs, media and scale-up switching. */
  networkW: number;
  /** acceleratorsW + serversW + networkW. */
  totalW: number;
  /** totalW / accelerators. */
  perAcceleratorW: number;
  /** Cluster IT energy per year, MWh (totalW x 8,760 h / 1e6). */
  itEnergyMWhPerYear: number;
  /** Facility energy per year, MWh (IT energy x PUE). */
  energyMWhPerYear: number;
  /** energyMWhPerYear x 1,000 x USD/kWh. */
  energyCostUsdPerYear: number;
}

export interface PowerRollup {
  /** Network IT power in W. */
  totalW: number;
  perAcceleratorW: number;
  byCategory: Record<BomCategory, number>;
  /** byCategory / accelerators, W per accelerator. */
  perAcceleratorByCategory: Record<BomCategory, number>;
  /** Accelerators + servers + network IT power, W. */
  clusterW: number;
  networkShareOfClusterPower: number;
  /** Network IT energy per year, MWh (totalW x 8,760 h / 1e6). */
  itEnergyMWhPerYear: number;
  /** Facility energy per year, MWh (IT energy x PUE). */
  energyMWhPerYear: number;
  /** energyMWhPerYear x 1,000 x USD/kWh. */
  energyCostUsdPerYear: number;
  /** The whole cluster: accelerators, servers and network. */
  cluster: ClusterPower;
}

/**
 * Example: 100,000 W of network at PUE 1.3 and 0.08 USD/kWh → 876 MWh IT, 1,138.8 MWh
 * facility, 91,104 USD per year. With 1,024 accelerators at 700 W and 128 servers at 1,000 W
 * the cluster draws 716,800 + 128,000 + 100,000 = 944,800 W, 8,276.4 MWh IT and 10,759.4 MWh
 * facility energy a year (860,751 USD).
 */
export function rollupPower(
  lines: readonly BomLine[],
  accelerators: number,
  acceleratorW: number,
  servers: number,
  serverW: number,
  pue: number,
  usdPerKWh: number,
): PowerRollup {
  const byCategory = sumByCategory(lines, (l) => l.extendedPowerW);
  const totalW = BOM_CATEGORIES.reduce((s, c) => s + byCategory[c], 0);
  const clusterW = accelerators * acceleratorW + servers * serverW + totalW;
  const itEnergyMWhPerYear = (totalW * HOURS_PER_YEAR) / 1e6;
  const energyMWhPerYear = itEnergyMWhPerYear * pue;
  const clusterItMWh = (clusterW * HOURS_PER_YEAR) / 1e6;
  return {
    totalW,
    perAcceleratorW: totalW / accelerators,
    byCategory,
    perAcceleratorByCategory: perAcceleratorByCategory(byCategory, accelerators),
    clusterW,
    networkShareOfClusterPower: clusterW > 0 ? totalW / clusterW : 0,
    itEnergyMWhPerYear,
    energyMWhPerYear,
    energyCostUsdPerYear: energyMWhPerYear * 1000 * usdPerKWh,
    cluster: {
      acceleratorsW: accelerators * acceleratorW,
      serversW: servers * serverW,
      networkW: totalW,
      totalW: clusterW,
      perAcceleratorW: clusterW / accelerators,
      itEnergyMWhPerYear: clusterItMWh,
      energyMWhPerYear: clusterItMWh * pue,
      energyCostUsdPerYear: clusterItMWh * pue * 1000 * usdPerKWh,
    },
  };
}

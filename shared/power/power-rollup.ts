/**
 * Network power by BOM category, per accelerator, share of cluster IT power, and annual
 * energy and its cost. Energy is metered at the facility: IT energy x PUE.
 */
import { BOM_CATEGORIES, type BomCategory, type BomLine } from '../bom/bom-line.ts';
import { perAcceleratorByCategory, sumByCategory } from '../cost/capex.ts';

export const HOURS_PER_YEAR = 8760;

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
}

/**
 * Example: 100,000 W of network at PUE 1.3 and 0.08 USD/kWh → 876 MWh IT, 1,138.8 MWh
 * facility, 91,104 USD per year.
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
  };
}

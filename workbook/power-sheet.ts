/**
 * Power sheet, one column per scenario: network IT power by category (from the BOM sheets),
 * per accelerator and as a share of cluster power; annual energy and its cost; and the TCO
 * over the horizon. The formulas are those of shared/power/power-rollup.ts and
 * shared/cost/tco.ts:
 *
 * - IT energy (MWh/yr) = W x 8,760 h / 1e6; facility energy = IT energy x PUE
 * - energy cost (USD/yr) = MWh x 1,000 x USD/kWh
 * - annuity factor = years when the discount rate is 0, else (1 - (1 + r)^-years) / r
 * - capex after adjustments = list x (1 − street discount) x (1 + spares + installation)
 *   (shared/cost/capex-adjustments.ts); support per year = (hardware + spares) x support %
 * - TCO = capex after adjustments + (energy cost + support) x annuity factor
 */
import { BOM_CATEGORIES } from '../shared/bom/bom-line.ts';
import { annuityFactor } from '../shared/cost/tco.ts';
import { HOURS_PER_YEAR } from '../shared/power/power-rollup.ts';
import type { ScenarioResult } from '../shared/evaluate/scenario-result.ts';
import { FMT, layoutSheet, setNote, setTitle } from './cell-formats.ts';
import { columnTableWidths, writeColumnTable, type ColumnRow } from './column-table.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const POWER_TAB = 'Power';

/** The commercial adjustments (shared/cost/capex-adjustments.ts): input path, label, unit. */
const ADJUSTMENT_INPUTS: readonly [string, string, string][] = [
  ['economics.streetDiscountPercent', 'Street discount off list price', '%'],
  ['economics.sparesPercent', 'Spares', '%'],
  ['economics.installationPercent', 'Installation', '%'],
  ['economics.supportPercentPerYear', 'Support', '%/yr'],
];

export const POWER_ROWS: readonly ColumnRow[] = [
  ...BOM_CATEGORIES.map((c): ColumnRow => ({
    label: `Network IT power: ${c}`,
    unit: 'kW',
    numFmt: FMT.kilowatts,
    formula: (b) => b.ref(`power.byCategory.${c}`),
    value: (r) => r.power.byCategory[c],
  })),
  {
    label: 'Network IT power',
    unit: 'kW',
    key: 'power.totalW.p',
    numFmt: FMT.kilowatts,
    formula: (b) => b.ref('power.totalW'),
    value: (r) => r.power.totalW,
    total: true,
  },
  {
    label: 'Network power per accelerator',
    unit: 'W',
    key: 'power.perAcceleratorW',
    numFmt: FMT.watts,
    formula: (b) => `${b.ref('power.totalW.p')}/${b.ref('accelerators')}`,
    value: (r) => r.power.perAcceleratorW,
  },
  {
    label: 'Cluster IT power (accelerators + servers + network)',
    unit: 'MW',
    key: 'power.clusterW',
    numFmt: FMT.megawatts,
    formula: (b) =>
      `${b.ref('accelerators')}*${b.name('cluster.accelerator.powerW')}+${b.ref('servers')}*` +
      `${b.name('cluster.serverPowerW')}+${b.ref('power.totalW.p')}`,
    value: (r) => r.power.clusterW,
  },
  {
    label: 'Network share of cluster power',
    unit: '%',
    key: 'power.networkShareOfClusterPower',
    numFmt: FMT.percent,
    formula: (b) => `IF(${b.ref('power.clusterW')}>0,${b.ref('power.totalW.p')}/${b.ref('power.clusterW')},0)`,
    value: (r) => r.power.networkShareOfClusterPower,
  },
  {
    label: 'Hours per year',
    unit: 'h',
    key: 'hours',
    numFmt: FMT.hours,
    value: () => HOURS_PER_YEAR,
  },
  {
    label: 'Network IT energy per year',
    unit: 'MWh/yr',
    key: 'power.itEnergyMWhPerYear',
    numFmt: FMT.mwh,
    formula: (b) => `${b.ref('power.totalW.p')}*${b.ref('hours')}/1000000`,
    value: (r) => r.power.itEnergyMWhPerYear,
  },
  {
    label: 'PUE',
    unit: 'ratio',
    key: 'pue',
    numFmt: FMT.decimal,
    formula: (b) => b.name('economics.pue'),
    value: (r) => r.economics.pue,
  },
  {
    label: 'Facility energy per year (IT energy x PUE)',
    unit: 'MWh/yr',
    key: 'power.energyMWhPerYear',
    numFmt: FMT.mwh,
    formula: (b) => `${b.ref('power.itEnergyMWhPerYear')}*${b.ref('pue')}`,
    value: (r) => r.power.energyMWhPerYear,
  },
  {
    label: 'Electricity price',
    unit: 'USD/kWh',
    key: 'electricity',
    numFmt: FMT.usdPerKWh,
    formula: (b) => b.name('economics.electricityUsdPerKWh'),
    value: (r) => r.economics.electricityUsdPerKWh,
  },
  {
    label: 'Energy cost per year',
    unit: 'USD/yr',
    key: 'power.energyCostUsdPerYear',
    numFmt: FMT.usd,
    formula: (b) => `${b.ref('power.energyMWhPerYear')}*1000*${b.ref('electricity')}`,
    value: (r) => r.power.energyCostUsdPerYear,
    total: true,
  },
  {
    label: 'TCO horizon',
    unit: 'years',
    key: 'horizon',
    numFmt: FMT.years,
    formula: (b) => b.name('economics.horizonYears'),
    value: (r) => r.economics.horizonYears,
  },
  {
    label: 'Discount rate',
    unit: '%/yr',
    key: 'discount',
    numFmt: FMT.ratePercent,
    formula: (b) => b.name('economics.discountRatePercent'),
    value: (r) => r.economics.discountRatePercent,
  },
  {
    label: 'Annuity factor (present value of 1 USD/yr over the horizon)',
    unit: 'years',
    key: 'annuityFactor',
    numFmt: FMT.fine,
    formula: (b) => {
      const [d, y] = [b.ref('discount'), b.ref('horizon')];
      return `IF(${d}=0,${y},(1-(1+${d}/100)^(-${y}))/(${d}/100))`;
    },
    value: (r) => annuityFactor(r.economics.horizonYears, r.economics.discountRatePercent),
  },
  {
    label: 'Network capex at list price (BOM)',
    unit: 'USD',
    key: 'capex.totalUsd.p',
    numFmt: FMT.usd,
    formula: (b) => b.ref('capex.totalUsd'),
    value: (r) => r.capex.totalUsd,
  },
  ...ADJUSTMENT_INPUTS.map(([path, label, unit]): ColumnRow => ({
    label,
    unit,
    key: path,
    numFmt: unit === '%' ? FMT.pctNumber : FMT.ratePercent,
    formula: (b) => b.name(path),
    value: (r) => r.economics[path.slice('economics.'.length) as keyof ScenarioResult['economics']],
  })),
  {
    label: 'Hardware after the street discount (list x (1 − discount))',
    unit: 'USD',
    key: 'capex.adjusted.hardwareUsd',
    numFmt: FMT.usd,
    formula: (b) => `${b.ref('capex.totalUsd.p')}*(1-${b.ref('economics.streetDiscountPercent')}/100)`,
    value: (r) => r.capex.adjusted.hardwareUsd,
  },
  {
    label: 'Spares (hardware x spares %)',
    unit: 'USD',
    key: 'capex.adjusted.sparesUsd',
    numFmt: FMT.usd,
    formula: (b) => `${b.ref('capex.adjusted.hardwareUsd')}*(${b.ref('economics.sparesPercent')}/100)`,
    value: (r) => r.capex.adjusted.sparesUsd,
  },
  {
    label: 'Installation (hardware x installation %)',
    unit: 'USD',
    key: 'capex.adjusted.installationUsd',
    numFmt: FMT.usd,
    formula: (b) => `${b.ref('capex.adjusted.hardwareUsd')}*(${b.ref('economics.installationPercent')}/100)`,
    value: (r) => r.capex.adjusted.installationUsd,
  },
  {
    label: 'Network capex after adjustments',
    unit: 'USD',
    key: 'capex.adjusted.totalUsd',
    numFmt: FMT.usd,
    formula: (b) =>
      `${b.ref('capex.adjusted.hardwareUsd')}+${b.ref('capex.adjusted.sparesUsd')}+${b.ref('capex.adjusted.installationUsd')}`,
    value: (r) => r.capex.adjusted.totalUsd,
    total: true,
  },
  {
    label: 'Support per year ((hardware + spares) x support %/yr)',
    unit: 'USD/yr',
    key: 'capex.adjusted.supportUsdPerYear',
    numFmt: FMT.usd,
    formula: (b) =>
      `(${b.ref('capex.adjusted.hardwareUsd')}+${b.ref('capex.adjusted.sparesUsd')})*(${b.ref('economics.supportPercentPerYear')}/100)`,
    value: (r) => r.capex.adjusted.supportUsdPerYear,
  },
  {
    label: 'Network TCO (capex after adjustments + (energy + support) x annuity factor)',
    unit: 'USD',
    key: 'tcoUsd',
    numFmt: FMT.usd,
    formula: (b) =>
      `${b.ref('capex.adjusted.totalUsd')}+(${b.ref('power.energyCostUsdPerYear')}+${b.ref('capex.adjusted.supportUsdPerYear')})*${b.ref('annuityFactor')}`,
    value: (r) => r.tcoUsd,
    total: true,
  },
];

function writePower(ctx: WorkbookContext): void {
  const ws = ctx.sheet(POWER_TAB);
  setTitle(ws, 1, 'Power, energy and TCO');
  setNote(
    ws,
    2,
    1,
    'Formulas of the Fabricost power and TCO model (docs/model.md, Power and energy; TCO) over the BOM power, 8,760 h, PUE and the ' +
      'electricity price on the Inputs sheet.',
  );
  const headerRow = 4;
  writeColumnTable(ctx, ws, POWER_TAB, headerRow, POWER_ROWS);
  layoutSheet(ws, { widths: [...columnTableWidths(ctx.scenarios.length)], freezeRows: headerRow, freezeCols: 1 });
}

export const powerSheet: SheetModule = {
  id: 'power',
  tabs: () => [POWER_TAB],
  write: writePower,
};

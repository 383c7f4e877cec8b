/**
 * Summary sheet: the headline figures, one column per scenario, each a formula referencing
 * the sheet that computes it (Fabric, BOM, Power, Exposure), above a header with the project
 * title, source file, app and catalog versions and export time.
 */
import type { ScenarioResult } from '../shared/evaluate/scenario-result.ts';
import { BOM_CATEGORIES, type BomCategory } from '../shared/bom/bom-line.ts';
import { linkMediaSplit } from '../shared/media/link-media-split.ts';
import { colRange, FMT, layoutSheet, setNote, setTitle, setValue, type CachedResult } from './cell-formats.ts';
import type { ChartSpec } from './native-charts.ts';
import { columnTableWidths, writeColumnTable, type ColumnRow } from './column-table.ts';
import { shortLabel, type SheetModule, type WorkbookContext } from './workbook-context.ts';

export const SUMMARY_TAB = 'Summary';

/** A headline figure: the reference key of the cell it shows and the engine value it must equal. */
export interface SummaryRow {
  label: string;
  unit: string;
  ref: string;
  /** The engine's value; undefined when the engine did not report it for this scenario (blank cell). */
  value: (r: ScenarioResult) => CachedResult | undefined;
  numFmt?: string;
  /** Shown only when every scenario computes it (efficiency figures need a workload that splits). */
  optional?: boolean;
}

export const SUMMARY_ROWS: readonly SummaryRow[] = [
  { label: 'Build year', unit: 'year', ref: 'year', value: (r) => r.year },
  { label: 'Topology', unit: '', ref: 'fabric.topology', value: (r) => r.fabric.topology },
  { label: 'Accelerators', unit: 'accelerators', ref: 'accelerators', value: (r) => r.accelerators, numFmt: FMT.count },
  { label: 'Switching tiers', unit: 'tiers', ref: 'fabric.tiers', value: (r) => r.fabric.tiers, numFmt: FMT.count },
  {
    label: 'Switches',
    unit: 'switches',
    ref: 'fabric.switches.total',
    value: (r) => r.fabric.switches.total,
    numFmt: FMT.count,
  },
  { label: 'Links', unit: 'links', ref: 'fabric.links.total', value: (r) => r.fabric.links.total, numFmt: FMT.count },
  {
    label: 'Pluggable transceivers',
    unit: 'modules',
    ref: 'fabric.transceivers',
    value: (r) => r.fabric.transceivers,
    numFmt: FMT.count,
  },
  {
    label: 'Idle switch-port share',
    unit: '%',
    ref: 'fabric.idlePortShare',
    value: (r) => r.fabric.switches.idlePortShare,
    numFmt: FMT.percent,
  },
  {
    label: 'Optics attach rate (pluggable modules per accelerator)',
    unit: 'modules/accelerator',
    ref: 'fabric.modulesPerAccelerator',
    value: (r) => split(r).modulesPerAccelerator,
    numFmt: FMT.decimal,
  },
  {
    label: 'Copper links (DAC, ACC, AEC)',
    unit: 'links',
    ref: 'fabric.copperLinks',
    value: (r) => split(r).copperLinks,
    numFmt: FMT.count,
  },
  {
    label: 'Optical links (AOC, pluggable modules, CPO)',
    unit: 'links',
    ref: 'fabric.opticalLinks',
    value: (r) => split(r).opticalLinks,
    numFmt: FMT.count,
  },
  {
    label: 'Copper share of links',
    unit: '%',
    ref: 'fabric.copperShare',
    value: (r) => split(r).copperShare,
    numFmt: FMT.percent,
  },
  {
    label: 'Network capex at list price',
    unit: 'USD',
    ref: 'capex.totalUsd',
    value: (r) => r.capex.totalUsd,
    numFmt: FMT.usd,
  },
  {
    label: 'Network capex after discount, spares and installation',
    unit: 'USD',
    ref: 'capex.adjusted.totalUsd',
    value: (r) => r.capex.adjusted.totalUsd,
    numFmt: FMT.usd,
  },
  {
    label: 'Network support per year',
    unit: 'USD/yr',
    ref: 'capex.adjusted.supportUsdPerYear',
    value: (r) => r.capex.adjusted.supportUsdPerYear,
    numFmt: FMT.usd,
  },
  {
    label: 'Network capex, catalog low end of every price range',
    unit: 'USD',
    ref: 'capex.range.lowUsd',
    value: (r) => r.capex.range.lowUsd,
    numFmt: FMT.usd,
  },
  {
    label: 'Network capex, catalog high end of every price range',
    unit: 'USD',
    ref: 'capex.range.highUsd',
    value: (r) => r.capex.range.highUsd,
    numFmt: FMT.usd,
  },
  {
    label: 'Network capex per accelerator',
    unit: 'USD per accelerator',
    ref: 'capex.perAcceleratorUsd',
    value: (r) => r.capex.perAcceleratorUsd,
    numFmt: FMT.usdCents,
  },
  {
    label: 'Network share of cluster capex',
    unit: '%',
    ref: 'capex.networkShareOfCluster',
    value: (r) => r.capex.networkShareOfCluster,
    numFmt: FMT.percent,
  },
  {
    label: 'Network capex per Gb/s of endpoint bandwidth',
    unit: 'USD per Gb/s',
    ref: 'usdPerGbps',
    value: (r) => r.usdPerGbps,
    numFmt: FMT.usdCents,
  },
  {
    label: 'Network IT power',
    unit: 'kW',
    ref: 'power.totalW',
    value: (r) => r.power.totalW,
    numFmt: FMT.kilowatts,
  },
  {
    label: 'Network power per accelerator',
    unit: 'W per accelerator',
    ref: 'power.perAcceleratorW',
    value: (r) => r.power.perAcceleratorW,
    numFmt: FMT.watts,
  },
  {
    label: 'Network share of cluster power',
    unit: '%',
    ref: 'power.networkShareOfClusterPower',
    value: (r) => r.power.networkShareOfClusterPower,
    numFmt: FMT.percent,
  },
  {
    label: 'Whole-cluster IT power (accelerators, servers, network)',
    unit: 'MW',
    ref: 'power.clusterW',
    value: (r) => r.power.cluster.totalW,
    numFmt: FMT.megawatts,
  },
  {
    label: 'Facility energy per year (with PUE)',
    unit: 'MWh/yr',
    ref: 'power.energyMWhPerYear',
    value: (r) => r.power.energyMWhPerYear,
    numFmt: FMT.mwh,
  },
  {
    label: 'Energy cost per year',
    unit: 'USD/yr',
    ref: 'power.energyCostUsdPerYear',
    value: (r) => r.power.energyCostUsdPerYear,
    numFmt: FMT.usd,
  },
  { label: 'Network TCO over the horizon', unit: 'USD', ref: 'tcoUsd', value: (r) => r.tcoUsd, numFmt: FMT.usd },
  { label: 'Vendor HHI', unit: '0-10,000', ref: 'exposure.hhi', value: (r) => r.exposure.hhi, numFmt: FMT.hhi },
  {
    label: 'Top vendor',
    unit: '',
    ref: 'exposure.topVendor',
    // The vendor's name, as the Exposure sheet's formula gives it (not the catalog id).
    value: (r) => r.exposure.byVendor.find((v) => v.vendor === r.exposure.topVendor?.vendor)?.name ?? '',
  },
  {
    label: 'Top vendor share',
    unit: '%',
    ref: 'exposure.topVendorShare',
    value: (r) => r.exposure.topVendor?.share ?? 0,
    numFmt: FMT.percent,
  },
  {
    label: 'Country HHI',
    unit: '0-10,000',
    ref: 'exposure.countryHhi',
    value: (r) => r.exposure.countryHhi,
    numFmt: FMT.hhi,
  },
  {
    label: 'Network-caused interruptions per day',
    unit: '1/day',
    ref: 'rel.net',
    value: (r) => r.reliability.networkInterruptionsPerDay,
    numFmt: FMT.fine,
  },
  {
    label: 'Effective training time ratio (ETTR)',
    unit: '%',
    ref: 'rel.ettr',
    value: (r) => r.reliability.ettr,
    numFmt: FMT.percent,
  },
  {
    label: 'Network TCO with downtime',
    unit: 'USD',
    ref: 'tcoWithDowntimeUsd',
    value: (r) => r.tcoWithDowntimeUsd,
    numFmt: FMT.usd,
  },
  {
    label: 'Network-limited efficiency',
    unit: '%',
    ref: 'eff.networkLimitedEfficiency',
    value: (r) => (r.efficiency.ok ? r.efficiency.networkLimitedEfficiency : undefined),
    numFmt: FMT.percent,
    optional: true,
  },
  {
    label: 'Cluster TCO per effective accelerator',
    unit: 'USD per effective accelerator',
    ref: 'eff.clusterTcoUsdPerEffectiveAccelerator',
    value: (r) => (r.efficiency.ok ? r.efficiency.clusterTcoUsdPerEffectiveAccelerator : undefined),
    numFmt: FMT.usd,
    optional: true,
  },
];

const split = (r: ScenarioResult) => linkMediaSplit(r.fabric.links.byClass, r.fabric.transceivers, r.accelerators);

/** First row of the Summary table (the header is the row above). */
export const SUMMARY_HEADER_ROW = 10;

function writeSummary(ctx: WorkbookContext): void {
  const ws = ctx.sheet(SUMMARY_TAB);
  const { input } = ctx;
  setTitle(ws, 1, input.project.title);
  const meta: [string, string][] = [
    ['Source file', input.sourceFile],
    ['Fabricost version', input.appVersion],
    ['Catalog version', input.catalog.version],
    ['Exported at', ctx.exportedAt.toISOString()],
  ];
  meta.forEach(([k, v], i) => {
    setValue(ws, 3 + i, 1, k);
    setValue(ws, 3 + i, 3, v);
  });
  setNote(
    ws,
    8,
    1,
    'Every figure is a formula over the sheets behind it and shows the value Fabricost computed. Edit the blue ' +
      'cells on Inputs (prices, electricity, PUE, horizon) and the workbook recomputes.',
  );
  const rows: ColumnRow[] = SUMMARY_ROWS.filter((row) =>
    ctx.scenarios.every((s) => ctx.refs.has(row.ref, s.index)),
  ).map((row) => ({
    label: row.label,
    unit: row.unit,
    key: `summary.${row.ref}`,
    numFmt: row.numFmt,
    formula: (b) => b.ref(row.ref),
    value: row.value,
  }));
  // Capex and power by category, $ and $ per accelerator: the rows the charts below draw.
  const byCategory = (label: string, ref: (c: BomCategory) => string, perAccelerator: boolean, fmt: string) =>
    BOM_CATEGORIES.map((c): ColumnRow => ({
      label: `${label}: ${c}`,
      unit: fmt === FMT.kilowatts ? 'kW' : perAccelerator ? 'USD per accelerator' : 'USD',
      numFmt: fmt,
      formula: (b) => (perAccelerator ? `${b.ref(ref(c))}/${b.ref('accelerators')}` : b.ref(ref(c))),
      value: (r) =>
        perAccelerator
          ? r.capex.perAcceleratorByCategory[c]
          : fmt === FMT.kilowatts
            ? r.power.byCategory[c]
            : r.capex.byCategory[c],
    }));
  const capexRows = byCategory('Capex', (c) => `capex.byCategory.${c}`, false, FMT.usd);
  const perAccRows = byCategory('Capex per accelerator', (c) => `capex.byCategory.${c}`, true, FMT.usdCents);
  const powerRows = byCategory('Network IT power', (c) => `power.byCategory.${c}`, false, FMT.kilowatts);
  const all = [...rows, ...capexRows, ...perAccRows, ...powerRows];
  const end = writeColumnTable(ctx, ws, SUMMARY_TAB, SUMMARY_HEADER_ROW, all);
  const firstOf = (k: number) => SUMMARY_HEADER_ROW + 1 + rows.length + k * BOM_CATEGORIES.length;
  const block = (k: number, title: string, yTitle: string, fmt: string, at: number): ChartSpec => {
    const from = firstOf(k);
    const to = from + BOM_CATEGORIES.length - 1;
    const value = (r: ScenarioResult, c: BomCategory) =>
      k === 0 ? r.capex.byCategory[c] : k === 1 ? r.capex.perAcceleratorByCategory[c] : r.power.byCategory[c];
    return {
      sheet: SUMMARY_TAB,
      kind: 'column',
      title,
      yTitle,
      valueFormat: fmt,
      at: { col: 1, row: at, cols: 2 + Math.max(2, ctx.scenarios.length), rows: 20 },
      categories: {
        ref: colRange(SUMMARY_TAB, 1, from, to),
        cache: BOM_CATEGORIES.map((c) => ws.getCell(from + BOM_CATEGORIES.indexOf(c), 1).value as string),
      },
      series: ctx.scenarios.map((s) => ({
        name: shortLabel(s),
        values: {
          ref: colRange(SUMMARY_TAB, 3 + s.index, from, to),
          cache: BOM_CATEGORIES.map((c) => value(s.result, c)),
        },
      })),
    };
  };
  ctx.charts.push(
    block(0, 'Network capex by category per scenario', 'USD', '"$"#,##0', end + 2),
    block(1, 'Network capex per accelerator by category', 'USD per accelerator', '"$"#,##0', end + 24),
    block(2, 'Network IT power by category per scenario', 'kW', '#,##0,', end + 46),
  );
  layoutSheet(ws, {
    widths: [...columnTableWidths(ctx.scenarios.length)],
    freezeRows: SUMMARY_HEADER_ROW,
    freezeCols: 2,
  });
}

export const summarySheet: SheetModule = {
  id: 'summary',
  tabs: () => [SUMMARY_TAB],
  write: writeSummary,
};

/**
 * Summary sheet: the headline figures, one column per scenario, each a formula referencing
 * the sheet that computes it (Fabric, BOM, Power, Exposure), above a header with the project
 * title, source file, app and catalog versions and export time. Labels, units and formats of the
 * figures come from the registry of result metrics (shared/evaluate/result-metrics.ts).
 */
import type { ScenarioResult } from '../shared/evaluate/scenario-result.ts';
import { BOM_CATEGORIES, type BomCategory } from '../shared/bom/bom-line.ts';
import { resultMetric, type MetricFormat } from '../shared/evaluate/result-metrics.ts';
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

/**
 * Workbook reference key of each result metric's cell (the sheet that computes it registers the
 * key), in the Summary's row order. Labels, units, values and formats come from the registry.
 */
const SUMMARY_REFS: readonly [metric: string, ref: string][] = [
  ['year', 'year'],
  ['topology', 'fabric.topology'],
  ['accelerators', 'accelerators'],
  ['tiers', 'fabric.tiers'],
  ['switches', 'fabric.switches.total'],
  ['links', 'fabric.links.total'],
  ['transceivers', 'fabric.transceivers'],
  ['idlePortShare', 'fabric.idlePortShare'],
  ['modulesPerAccelerator', 'fabric.modulesPerAccelerator'],
  ['copperLinks', 'fabric.copperLinks'],
  ['opticalLinks', 'fabric.opticalLinks'],
  ['copperShare', 'fabric.copperShare'],
  ['capexUsd', 'capex.totalUsd'],
  ['capexAdjustedUsd', 'capex.adjusted.totalUsd'],
  ['supportUsdPerYear', 'capex.adjusted.supportUsdPerYear'],
  ['capexLowUsd', 'capex.range.lowUsd'],
  ['capexHighUsd', 'capex.range.highUsd'],
  ['capexPerAcceleratorUsd', 'capex.perAcceleratorUsd'],
  ['networkShareOfClusterCapex', 'capex.networkShareOfCluster'],
  ['usdPerGbps', 'usdPerGbps'],
  ['powerW', 'power.totalW'],
  ['powerPerAcceleratorW', 'power.perAcceleratorW'],
  ['networkShareOfClusterPower', 'power.networkShareOfClusterPower'],
  ['clusterPowerW', 'power.clusterW'],
  ['energyMWhPerYear', 'power.energyMWhPerYear'],
  ['energyCostUsdPerYear', 'power.energyCostUsdPerYear'],
  ['tcoUsd', 'tcoUsd'],
  ['vendorHhi', 'exposure.hhi'],
  ['topVendor', 'exposure.topVendor'],
  ['topVendorShare', 'exposure.topVendorShare'],
  ['countryHhi', 'exposure.countryHhi'],
  ['networkInterruptionsPerDay', 'rel.net'],
  ['ettr', 'rel.ettr'],
  ['tcoWithDowntimeUsd', 'tcoWithDowntimeUsd'],
  ['networkLimitedEfficiency', 'eff.networkLimitedEfficiency'],
  ['clusterTcoUsdPerEffectiveAccelerator', 'eff.clusterTcoUsdPerEffectiveAccelerator'],
];

/** Excel number format of a metric's format kind (none for a year or a word). */
const numFmtOf = (f: MetricFormat): string | undefined => (f === 'year' || f === 'text' ? undefined : FMT[f]);

export const SUMMARY_ROWS: readonly SummaryRow[] = SUMMARY_REFS.map(([id, ref]) => {
  const m = resultMetric(id);
  if (!m) throw new Error(`summary-sheet: no result metric "${id}"`);
  return {
    label: m.label,
    unit: m.unit,
    ref,
    value: m.value,
    ...(numFmtOf(m.format) === undefined ? {} : { numFmt: numFmtOf(m.format) }),
    ...(m.optional ? { optional: true } : {}),
  };
});

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

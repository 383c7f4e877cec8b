/**
 * Monte Carlo sheet: for every scenario, the stored Monte Carlo (`analysis.monteCarlo`: samples,
 * seed, distribution) as evaluateProject ran it (shared/evaluate/project-analyses.ts), laid out as engine values: the
 * percentiles, mean and spread of network capex, capex per accelerator, network power, energy
 * cost and TCO, and the histogram of TCO with a native column chart over it. A STALE check
 * cell reads the Export check count, as on the sweep and projection sheets.
 *
 * Example: the sample's first scenario (10,000 samples, seed 1, triangular) gives a row
 * "P90" whose TCO cell holds `runMonteCarlo(…).value.metrics.tcoUsd.p90`.
 */
import { resultMetric } from '../shared/evaluate/result-metrics.ts';
import type { MonteCarloResult } from '../shared/scaling/monte-carlo.ts';
import type { DistributionSummary } from '../shared/scaling/percentiles.ts';
import { colRange, FMT, layoutSheet, setHeader, setNote, setSection, setTitle, setValue } from './cell-formats.ts';
import { writeStaleCheck } from './export-check-sheet.ts';
import {
  analysesOf,
  shortLabel,
  type ScenarioEntry,
  type SheetModule,
  type WorkbookContext,
} from './workbook-context.ts';

export const MONTE_CARLO_TAB = 'Monte Carlo';

/** Columns of the percentile table: the metric, its header with unit, its number format. */
export const MONTE_CARLO_COLUMNS: readonly { metric: keyof MonteCarloResult['metrics']; label: string; fmt: string }[] =
  (
    [
      ['capexUsd', FMT.usd],
      ['capexPerAcceleratorUsd', FMT.usd],
      ['powerW', FMT.kilowatts],
      ['energyCostUsdPerYear', FMT.usd],
      ['tcoUsd', FMT.usd],
    ] as const
  ).map(([metric, fmt]) => {
    // The registry's label and unit (shared/evaluate/result-metrics.ts), as on the Summary sheet.
    const m = resultMetric(metric);
    return { metric, label: m ? `${m.label} (${m.unit})` : metric, fmt };
  });

/** Rows of the percentile table, in order. */
export const MONTE_CARLO_ROWS: readonly { label: string; value: (d: DistributionSummary) => number }[] = [
  { label: 'P5', value: (d) => d.p5 },
  { label: 'P10', value: (d) => d.p10 },
  { label: 'P50 (median)', value: (d) => d.p50 },
  { label: 'P90', value: (d) => d.p90 },
  { label: 'P95', value: (d) => d.p95 },
  { label: 'Mean', value: (d) => d.mean },
  { label: 'Standard deviation', value: (d) => d.sd },
  { label: 'Minimum', value: (d) => d.min },
  { label: 'Maximum', value: (d) => d.max },
];

/** `$1,234.5M` for a bin edge in USD (the histogram's category labels). */
const millions = (usd: number) =>
  `$${(usd / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}M`;

function writeScenario(ctx: WorkbookContext, s: ScenarioEntry, start: number): number {
  const ws = ctx.sheet(MONTE_CARLO_TAB);
  let row = start;
  setSection(ws, row++, `S${s.n} ${s.result.name}`);
  const run = analysesOf(ctx, s).monteCarlo;
  if (!run) {
    setNote(ws, row++, 1, 'The Monte Carlo was not run for this export.');
    return row + 1;
  }
  if (!run.ok) {
    setNote(
      ws,
      row++,
      1,
      `The Monte Carlo could not run: ${run.error.path} = ${run.error.value}: ${run.error.message}`,
    );
    return row + 1;
  }
  const mc = run.value;
  setNote(
    ws,
    row++,
    1,
    `${mc.samples.toLocaleString('en-US')} samples, ${mc.distribution} distribution, Latin hypercube, seed ${mc.seed}; ` +
      `${mc.inputs.length} uncertain inputs sampled` +
      (mc.held.length > 0 ? `, ${mc.held.length} held at their value (no range, or overridden)` : '') +
      `. ${mc.method} Not sampled: ${mc.notSampled.join('; ')}. ${mc.quantileConvention}`,
  );
  setHeader(ws, row++, ['Statistic', ...MONTE_CARLO_COLUMNS.map((c) => c.label)]);
  setValue(ws, row, 1, 'Base case (engine)');
  MONTE_CARLO_COLUMNS.forEach((c, i) => setValue(ws, row, 2 + i, mc.baseCase[c.metric], c.fmt));
  row++;
  for (const r of MONTE_CARLO_ROWS) {
    setValue(ws, row, 1, r.label);
    MONTE_CARLO_COLUMNS.forEach((c, i) => setValue(ws, row, 2 + i, r.value(mc.metrics[c.metric]), c.fmt));
    row++;
  }

  // Histogram of TCO: the chart first (kept on one page), then its bins.
  const h = mc.metrics.tcoUsd.histogram;
  row++;
  const chartRow = row;
  const chartRows = 20;
  row += chartRows + 1;
  setHeader(ws, row++, ['TCO bin', 'From (USD)', 'To (USD)', 'Samples', 'Share of samples']);
  const from = row;
  h.counts.forEach((count, i) => {
    setValue(ws, row, 1, `${millions(h.edges[i]!)} to ${millions(h.edges[i + 1]!)}`);
    setValue(ws, row, 2, h.edges[i]!, FMT.usd);
    setValue(ws, row, 3, h.edges[i + 1]!, FMT.usd);
    setValue(ws, row, 4, count, FMT.count);
    setValue(ws, row, 5, count / mc.samples, FMT.percent);
    row++;
  });
  const to = Math.max(from, row - 1);
  ctx.charts.push({
    sheet: MONTE_CARLO_TAB,
    kind: 'column',
    title: `Network TCO, ${mc.samples.toLocaleString('en-US')} samples: ${shortLabel(s)}`,
    xTitle: 'Network TCO (USD millions)',
    yTitle: 'Samples',
    valueFormat: '#,##0',
    at: { col: 1, row: chartRow, cols: 6, rows: chartRows },
    categories: {
      ref: colRange(MONTE_CARLO_TAB, 1, from, to),
      cache: h.counts.map((_, i) => `${millions(h.edges[i]!)} to ${millions(h.edges[i + 1]!)}`),
    },
    series: [{ name: 'Samples', values: { ref: colRange(MONTE_CARLO_TAB, 4, from, to), cache: h.counts } }],
  });
  return row + 1;
}

function writeMonteCarlo(ctx: WorkbookContext): void {
  const ws = ctx.sheet(MONTE_CARLO_TAB);
  setTitle(ws, 1, 'Monte Carlo: uncertainty of network capex, power, energy cost and TCO');
  setNote(
    ws,
    2,
    1,
    'Engine values (the Fabricost Monte Carlo; docs/model.md, Scaling analyses): each scenario’s stored Monte Carlo, every price, power, PUE and ' +
      'electricity price drawn from its low / typical / high range. Change inputs in Fabricost and export again.',
  );
  writeStaleCheck(ws, 3, 1);
  let row = 5;
  for (const s of ctx.scenarios) row = writeScenario(ctx, s, row);
  layoutSheet(ws, { widths: [28, 17, 17, 17, 17, 17], freezeRows: 3 });
}

export const monteCarloSheet: SheetModule = {
  id: 'monte-carlo',
  tabs: () => [MONTE_CARLO_TAB],
  write: writeMonteCarlo,
};

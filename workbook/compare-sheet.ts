/**
 * Compare sheet: every numeric headline figure of the Summary sheet for the baseline (the
 * first exported scenario) and, for each other scenario, its value, the difference from the
 * baseline and the relative difference, as formulas over the Summary cells. Present only when
 * two or more scenarios are exported.
 *
 * The differences are spreadsheet arithmetic on engine values; their cached results come from
 * shared/evaluate/baseline-delta.ts, so the workbook shows them before recalculating.
 */
import { baselineDelta } from '../shared/evaluate/baseline-delta.ts';
import { FMT, layoutSheet, setFormula, setHeader, setNote, setTitle, setValue } from './cell-formats.ts';
import { SUMMARY_ROWS, SUMMARY_TAB } from './summary-sheet.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const COMPARE_TAB = 'Compare';

function writeCompare(ctx: WorkbookContext): void {
  const ws = ctx.sheet(COMPARE_TAB);
  const [base, ...others] = ctx.scenarios;
  if (!base) return;
  setTitle(ws, 1, `Compared with the baseline: ${base.result.name}`);
  setNote(ws, 2, 1, 'Δ = scenario − baseline; Δ % = Δ / baseline (blank when the baseline is 0).');
  const headerRow = 4;
  setHeader(ws, headerRow, [
    'Figure',
    'Unit',
    `Baseline: ${base.result.name}`,
    ...others.flatMap((s) => [s.result.name, 'Δ', 'Δ %']),
  ]);
  let row = headerRow + 1;
  for (const sr of SUMMARY_ROWS) {
    const key = `summary.${sr.ref}`;
    if (!ctx.scenarios.every((s) => ctx.refs.has(key, s.index))) continue;
    if (!ctx.scenarios.every((s) => typeof sr.value(s.result) === 'number')) continue;
    const b = sr.value(base.result) as number;
    setValue(ws, row, 1, sr.label);
    setValue(ws, row, 2, sr.unit);
    const baseRef = ctx.refs.get(key, base.index);
    setFormula(ws, row, 3, baseRef, b, sr.numFmt);
    others.forEach((s, k) => {
      const col = 4 + 3 * k;
      const v = sr.value(s.result) as number;
      const d = baselineDelta(v, b);
      setFormula(ws, row, col, ctx.refs.get(key, s.index), v, sr.numFmt);
      const value = `${ws.getColumn(col).letter}${row}`;
      const baseCell = `$C${row}`;
      setFormula(ws, row, col + 1, `${value}-${baseCell}`, d.absolute, sr.numFmt);
      setFormula(
        ws,
        row,
        col + 2,
        `IF(${baseCell}=0,"n/a",(${value}-${baseCell})/${baseCell})`,
        d.relative ?? 'n/a',
        FMT.percent,
      );
    });
    row++;
  }
  // Per accelerator, by category and scenario: the Summary rows, drawn here beside the deltas.
  const perAcc = ctx.charts.find((c) => c.sheet === SUMMARY_TAB && c.title.startsWith('Network capex per accelerator'));
  if (perAcc)
    ctx.charts.push({
      ...perAcc,
      sheet: COMPARE_TAB,
      title: 'Compared per accelerator: network capex by category',
      at: { col: 1, row: row + 2, cols: 3 + 3 * others.length, rows: 20 },
    });
  layoutSheet(ws, {
    widths: [44, 12, 24, ...others.flatMap(() => [22, 18, 10])],
    freezeRows: headerRow,
    freezeCols: 2,
  });
}

export const compareSheet: SheetModule = {
  id: 'compare',
  tabs: (ctx) => (ctx.scenarios.length >= 2 ? [COMPARE_TAB] : []),
  write: writeCompare,
};

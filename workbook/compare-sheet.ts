/**
 * Compare sheet: every numeric headline figure of the Summary sheet for the baseline and, for
 * each scenario, its value, the difference from the baseline and the relative difference, as
 * formulas over the Summary cells. The baseline is chosen in a selector cell (defined name
 * `CompareBaseline`, the scenario's number, validated 1..n; 1 at export): the Baseline column
 * is `CHOOSE(CompareBaseline, <Summary cells>)`, so typing 2 re-bases every Δ on scenario 2.
 * Present only when two or more scenarios are exported.
 *
 * The differences are spreadsheet arithmetic on engine values; their cached results come from
 * shared/evaluate/baseline-delta.ts, so the workbook shows them before recalculating.
 */
import { baselineDelta } from '../shared/evaluate/baseline-delta.ts';
import {
  FMT,
  layoutSheet,
  markInput,
  setFormula,
  setHeader,
  setNote,
  setTitle,
  setValue,
  textLiteral,
} from './cell-formats.ts';
import { defineName } from './named-ranges.ts';
import { SUMMARY_ROWS, SUMMARY_TAB } from './summary-sheet.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const COMPARE_TAB = 'Compare';

/** Defined name of the Compare sheet's baseline selector (the baseline scenario's number). */
export const BASELINE_NAME = 'CompareBaseline';
/** Row and column of the baseline selector cell. */
export const BASELINE_CELL = { row: 3, col: 3 } as const;

function writeCompare(ctx: WorkbookContext): void {
  const ws = ctx.sheet(COMPARE_TAB);
  const all = ctx.scenarios;
  const [base] = all;
  if (!base) return;
  setTitle(ws, 1, 'Compared with a baseline scenario');
  setNote(
    ws,
    2,
    1,
    'Type the baseline scenario’s number into the blue cell (1 to ' +
      `${all.length}); Δ = scenario − baseline; Δ % = Δ / baseline ("n/a" when the baseline is 0).`,
  );
  setValue(ws, BASELINE_CELL.row, 1, 'Baseline scenario (number)');
  const selector = setValue(ws, BASELINE_CELL.row, BASELINE_CELL.col, base.n, FMT.count);
  markInput(selector, { min: 1, max: all.length, integer: true });
  defineName(ctx.wb, COMPARE_TAB, BASELINE_CELL.row, BASELINE_CELL.col, ctx.names.claim(BASELINE_NAME));
  const names = all.map((s) => textLiteral(s.result.name));
  setFormula(
    ws,
    BASELINE_CELL.row,
    BASELINE_CELL.col + 1,
    `CHOOSE(${BASELINE_NAME},${names.join(',')})`,
    base.result.name,
  );
  const headerRow = 5;
  setHeader(ws, headerRow, ['Figure', 'Unit', 'Baseline', ...all.flatMap((s) => [s.result.name, 'Δ', 'Δ %'])]);
  let row = headerRow + 1;
  for (const sr of SUMMARY_ROWS) {
    const key = `summary.${sr.ref}`;
    if (!all.every((s) => ctx.refs.has(key, s.index))) continue;
    if (!all.every((s) => typeof sr.value(s.result) === 'number')) continue;
    const b = sr.value(base.result) as number;
    setValue(ws, row, 1, sr.label).alignment = { wrapText: true };
    setValue(ws, row, 2, sr.unit).alignment = { wrapText: true };
    const refs = all.map((s) => ctx.refs.get(key, s.index));
    setFormula(ws, row, 3, `CHOOSE(${BASELINE_NAME},${refs.join(',')})`, b, sr.numFmt);
    all.forEach((s, k) => {
      const col = 4 + 3 * k;
      const v = sr.value(s.result) as number;
      const d = baselineDelta(v, b);
      setFormula(ws, row, col, refs[k]!, v, sr.numFmt);
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
      at: { col: 1, row: row + 2, cols: 3 + 3 * all.length, rows: 20 },
    });
  layoutSheet(ws, {
    widths: [40, 12, 15, ...all.flatMap(() => [15, 14, 9])],
    freezeRows: headerRow,
    freezeCols: 2,
  });
}

export const compareSheet: SheetModule = {
  id: 'compare',
  tabs: (ctx) => (ctx.scenarios.length >= 2 ? [COMPARE_TAB] : []),
  write: writeCompare,
};

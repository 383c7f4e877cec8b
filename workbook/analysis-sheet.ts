/**
 * Sheets for analyses that are not part of a ScenarioResult (cluster-size sweeps, year
 * projections, tornado and Monte Carlo summaries): the caller passes each as a table of
 * engine values (`WorkbookInput.tables`), and every distinct `sheet` becomes a tab holding its
 * tables one under the other, with a note that the figures are engine values. Charts naming
 * the same tab are placed beside them.
 *
 * Example: `{ sheet: 'Sweep', title: 'Capex per accelerator by cluster size', columns: [{ label:
 * 'Accelerators' }, { label: 'Fat-tree', unit: 'USD' }], rows: [[1024, 5120.5], [2048, 5391.2]] }`.
 */
import {
  colRange,
  FMT,
  formatForUnit,
  layoutSheet,
  setHeader,
  setNote,
  setSection,
  setTitle,
  setValue,
} from './cell-formats.ts';
import { writeStaleCheck } from './export-check-sheet.ts';
import type { SheetModule, WorkbookContext, WorkbookTable } from './workbook-context.ts';

/** Tab names the workbook's own sheets use; a table naming one of them gets its own tab instead. */
const RESERVED =
  /^(summary|inputs|fabric|bom \d+|power|exposure|reliability|efficiency|compare|sources|charts|export check|tornado \d+|monte carlo|roadmap)$/i;

/** A valid, non-reserved tab name for a table's `sheet`: at most 31 characters, none of []:*?/\. */
export function analysisTab(sheet: string): string {
  let name =
    sheet
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Analysis';
  if (RESERVED.test(name)) name = `${name} analysis`.slice(0, 31);
  return name;
}

function tabsOf(tables: readonly WorkbookTable[] | undefined): string[] {
  return [...new Set((tables ?? []).map((t) => analysisTab(t.sheet)))];
}

function writeAnalyses(ctx: WorkbookContext): void {
  for (const tab of tabsOf(ctx.input.tables)) {
    const ws = ctx.sheet(tab);
    setTitle(ws, 1, tab);
    setNote(
      ws,
      2,
      1,
      'Engine values (shared/scaling): each point is a full model run, not spreadsheet arithmetic. Change inputs in ' +
        'Fabricost and export again.',
    );
    writeStaleCheck(ws, 3, 1);
    let row = 5;
    let widest = 2;
    for (const t of ctx.input.tables!.filter((x) => analysisTab(x.sheet) === tab)) {
      setSection(ws, row++, t.title);
      if (t.note) setNote(ws, row++, 1, t.note);
      setHeader(
        ws,
        row++,
        t.columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label)),
      );
      const formats = t.columns.map((c) => (c.unit ? (formatForUnit(c.unit) ?? FMT.decimal) : undefined));
      const from = row;
      for (const values of t.rows) {
        values.forEach((v, i) => setValue(ws, row, i + 1, v, formats[i]));
        row++;
      }
      widest = Math.max(widest, t.columns.length);
      row++;
      const to = Math.max(from, row - 2);
      for (const c of t.charts ?? []) {
        const cache = (col: number) => t.rows.map((r) => (typeof r[col] === 'number' ? (r[col] as number) : null));
        ctx.charts.push({
          sheet: tab,
          kind: 'scatter',
          title: c.title,
          xTitle: t.columns[0]?.label,
          yTitle: c.yTitle,
          logX: c.logX,
          valueFormat: c.valueFormat,
          // Five columns (28 + 4 x 18 characters, about 550 pt) fit one printed page wide at 100 %.
          at: { col: 1, row, cols: 5, rows: 20 },
          categories: { ref: colRange(tab, 1, from, to), cache: cache(0) },
          series: c.columns.map((col) => ({
            name: t.columns[col]?.label ?? '',
            values: { ref: colRange(tab, col + 1, from, to), cache: cache(col) },
          })),
        });
        row += 21;
      }
    }
    layoutSheet(ws, { widths: Array.from({ length: widest }, (_, i) => (i === 0 ? 28 : 18)), freezeRows: 3 });
  }
}

export const analysisSheets: SheetModule = {
  id: 'analyses',
  tabs: (ctx) => tabsOf(ctx.input.tables),
  write: writeAnalyses,
};

/**
 * Keeps each native chart on one printed page: a chart wider than a page is narrowed to the
 * page width, and a chart that would run over the bottom of a page gets a page break above
 * it. Page positions are estimated from the row heights (explicit, or LibreOffice's default
 * for 10 pt Arial), the repeated title rows and {@link PRINT_SCALE}; the estimate only needs
 * to be close, since a chart shorter than a page moves whole to the next one.
 *
 * Example: on a sheet whose table ends on row 30, a 20-row chart anchored on row 32 starts a
 * new page (30 rows + 20 > the 41 rows a page holds), and one anchored on row 5 stays.
 */
import type { Worksheet } from 'exceljs';
import { PAGE_WIDTH_UNITS, PRINT_SCALE, wrappedLines } from './cell-formats.ts';
import type { ChartSpec } from './native-charts.ts';

/** Printable height of a landscape Letter page, pt: 8.5 in less margins (0.6 in each; the footer sits in the bottom one). */
const PAGE_HEIGHT_PT = (8.5 - 1.2) * 72;
/** Height of a row without an explicit one (10 pt Arial in LibreOffice, measured on a printed page). */
const DEFAULT_ROW_PT = 14.3;

/** A row's explicit height, or the height its wrapped cells need (LibreOffice sizes those rows to fit). */
function rowHeight(ws: Worksheet, r: number): number {
  const row = ws.getRow(r);
  if (row.height) return row.height;
  let lines = 1;
  row.eachCell((cell, col) => {
    if (cell.alignment?.wrapText && typeof cell.value === 'string')
      lines = Math.max(lines, wrappedLines(cell.value, ws.getColumn(col).width ?? 9));
  });
  return Math.max(DEFAULT_ROW_PT, lines * 13 + 2);
}

/** Height of the rows repeated at the top of every page (`printTitlesRow`, e.g. `1:7`), pt. */
function titleHeight(ws: Worksheet): number {
  const m = /^(\d+):(\d+)$/.exec(ws.pageSetup.printTitlesRow ?? '');
  if (!m) return 0;
  let h = 0;
  for (let r = Number(m[1]); r <= Number(m[2]); r++) h += rowHeight(ws, r);
  return h;
}

/** Narrows charts wider than a page and breaks the page above charts that would be split. */
export function fitChartsToPages(ws: Worksheet, charts: ChartSpec[]): void {
  const mine = charts.filter((c) => c.sheet === ws.name).sort((a, b) => a.at.row - b.at.row);
  if (mine.length === 0) return;
  const widthOf = (c: number) => ws.getColumn(c).width ?? 9;
  for (const c of mine) {
    let width = 0;
    let cols = 0;
    while (cols < c.at.cols && width + widthOf(c.at.col + cols) <= PAGE_WIDTH_UNITS - 4)
      width += widthOf(c.at.col + cols++);
    c.at.cols = Math.max(1, cols);
  }
  // Charts beside a table (not in column A) are only narrowed: the table's rows set the pages.
  const stacked = mine.filter((c) => c.at.col === 1);
  if (stacked.length === 0) return;
  const capacity = (PAGE_HEIGHT_PT * 100) / PRINT_SCALE;
  const titles = titleHeight(ws);
  const firstRow = /^(\d+):(\d+)$/.exec(ws.pageSetup.printTitlesRow ?? '')
    ? Number(ws.pageSetup.printTitlesRow!.split(':')[1]) + 1
    : 1;
  let used = firstRow > 1 ? titles : 0;
  let next = 0;
  const last = Math.max(ws.rowCount, ...stacked.map((c) => c.at.row + c.at.rows));
  for (let r = firstRow; r <= last; r++) {
    const chart = stacked[next];
    if (chart && chart.at.row === r) {
      let h = 0;
      for (let k = 0; k < chart.at.rows; k++) h += rowHeight(ws, r + k);
      // The estimate is off by a few rows over a page: a chart that would end in the last
      // 15 % of the page starts a new one rather than risk a split.
      if (used + h > 0.85 * capacity && used > titles && r > 1) {
        // Two rows above: LibreOffice draws a rotated axis title a little above the chart's
        // top, which would print as a sliver at the foot of the page before.
        ws.getRow(Math.max(1, r - 2)).addPageBreak();
        used = titles + rowHeight(ws, r - 1);
      }
      next++;
      while (stacked[next] && stacked[next]!.at.row === r) next++;
    }
    const h = rowHeight(ws, r);
    if (used + h > capacity) used = titles;
    used += h;
  }
}

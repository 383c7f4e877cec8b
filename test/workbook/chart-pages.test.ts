/**
 * Charts kept on one printed page (workbook/chart-pages.ts), and notes wrapped over merged
 * cells with the row height their lines need (cell-formats.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { layoutSheet, setNote, setValue, wrappedLines } from '../../workbook/cell-formats.ts';
import { fitChartsToPages } from '../../workbook/chart-pages.ts';
import type { ChartSpec } from '../../workbook/native-charts.ts';

const chart = (row: number, cols: number, col = 1): ChartSpec => ({
  sheet: 'S',
  kind: 'column',
  title: `chart at ${row}`,
  at: { col, row, cols, rows: 20 },
  categories: { ref: "'S'!$A$1:$A$2", cache: ['a', 'b'] },
  series: [],
});

/** Row numbers after which a manual page break is set. */
/** Rows after which a manual page break is set (exceljs keeps them in `rowBreaks`, untyped). */
const breaks = (ws: ExcelJS.Worksheet): number[] =>
  (ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id);

describe('charts on printed pages', () => {
  test('a chart wider than a page is narrowed to the columns that fit (116 units less 4)', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('S');
    layoutSheet(ws, { widths: [40, 12, 15, 15, 15, 15, 15, 15], freezeRows: 0 });
    const c = chart(1, 8);
    fitChartsToPages(ws, [c]);
    // 40 + 12 + 15 + 15 + 15 = 97; + 15 = 112 fits 112; + 15 = 127 does not.
    assert.equal(c.at.cols, 6);
  });

  test('a chart below a long table starts a new page; one below a short table stays', () => {
    const wb = new ExcelJS.Workbook();
    const long = wb.addWorksheet('S');
    for (let r = 1; r <= 30; r++) setValue(long, r, 1, `row ${r}`);
    layoutSheet(long, { widths: [20], freezeRows: 0 });
    fitChartsToPages(long, [chart(32, 4)]);
    // 31 rows x 14.3 pt + 20 x 14.3 pt = 729 pt > 85 % of 657 pt: break two rows above the chart.
    assert.deepEqual(breaks(long), [30]);

    const short = wb.addWorksheet('S2');
    for (let r = 1; r <= 5; r++) setValue(short, r, 1, `row ${r}`);
    layoutSheet(short, { widths: [20], freezeRows: 0 });
    fitChartsToPages(short, [{ ...chart(7, 4), sheet: 'S2' }]);
    assert.deepEqual(breaks(short), []);
  });

  test('a chart beside a table (not in column A) sets no page break', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('S');
    for (let r = 1; r <= 40; r++) setValue(ws, r, 1, `row ${r}`);
    layoutSheet(ws, { widths: [20], freezeRows: 0 });
    fitChartsToPages(ws, [chart(30, 4, 5)]);
    assert.deepEqual(breaks(ws), []);
  });
});

describe('wrapped notes', () => {
  test('lines of wrapped text: words that do not fit move to the next line', () => {
    assert.equal(wrappedLines('a '.repeat(60), 20), 6); // 19 characters a line: 10 words a line
    assert.equal(wrappedLines('short', 20), 1);
    assert.equal(wrappedLines('x'.repeat(45), 20), 3);
  });

  test('a note merges over the empty cells to its right (within 100 units) with its row height', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('S');
    const text = 'word '.repeat(60).trim();
    setNote(ws, 2, 1, text);
    setValue(ws, 3, 1, 'next');
    layoutSheet(ws, { widths: [40, 30, 20, 20], freezeRows: 0 });
    // A:C = 90 units; D would make 110 > 100.
    assert.equal(ws.getCell('C2').isMerged, true);
    assert.equal(ws.getCell('D2').isMerged, false);
    assert.equal(ws.getCell('A2').alignment?.wrapText, true);
    // 300 characters at 89 a line: 4 lines of 13 pt + 2.
    assert.equal(ws.getRow(2).height, 4 * 13 + 2);
  });

  test('a note stops merging at a cell that holds a value', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('S');
    setNote(ws, 1, 1, 'a note');
    setValue(ws, 1, 3, 'value');
    layoutSheet(ws, { widths: [20, 20, 20], freezeRows: 0 });
    assert.equal(ws.getCell('B1').isMerged, true);
    assert.equal(ws.getCell('C1').value, 'value');
    assert.equal(ws.getCell('C1').isMerged, false);
  });
});

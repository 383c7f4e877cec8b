/**
 * The print layout every sheet keeps, checked on the built workbooks without LibreOffice (a
 * fast sibling of workbook-print.test.ts, which renders them):
 * - every native chart sits in column A on rows no cell uses, so chart-pages.ts can move it whole
 *   to the next page (a chart beside a table is only narrowed, and the table's rows decide where
 *   the page breaks, cutting the chart);
 * - the sheets laid out one page wide keep every filled cell within PAGE_WIDTH_UNITS (a table
 *   wider than that prints its last columns on pages of their own, without their labels).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_WIDTH_UNITS } from '../../workbook/cell-formats.ts';
import { EXPOSURE_TAB } from '../../workbook/exposure-sheet.ts';
import { INPUTS_TAB } from '../../workbook/inputs-sheet.ts';
import { VALUE_CHAIN_TAB } from '../../workbook/value-chain-sheet.ts';
import { buildExample } from './workbook-fixtures.ts';

/** Sheets whose tables print one landscape page wide (Market too, up to the builds that fit). */
const ONE_PAGE_WIDE = [INPUTS_TAB, EXPOSURE_TAB, VALUE_CHAIN_TAB, 'Market', 'Power', 'Efficiency', 'Monte Carlo'];

for (const file of ['sample-project.json', 'rail-only-100k.json']) {
  describe(`${file}: page layout`, () => {
    const { wb, charts } = buildExample(file);

    test('every chart sits in column A on rows of its own', () => {
      assert.ok(charts.length >= 8);
      const beside = charts.filter((c) => c.at.col !== 1).map((c) => `${c.sheet}: ${c.title}`);
      assert.deepEqual(beside, []);
      const covered: string[] = [];
      for (const c of charts) {
        const ws = wb.getWorksheet(c.sheet)!;
        for (let r = c.at.row; r < c.at.row + c.at.rows; r++)
          ws.getRow(r).eachCell((cell) => {
            if (cell.value !== null && cell.value !== '') covered.push(`${c.sheet}!${cell.address} under ${c.title}`);
          });
      }
      assert.deepEqual(covered, []);
    });

    test(`the one-page sheets fit ${PAGE_WIDTH_UNITS} width units`, () => {
      const wide: string[] = [];
      for (const name of ONE_PAGE_WIDE) {
        const ws = wb.getWorksheet(name);
        if (!ws) continue;
        let last = 0;
        ws.eachRow((row) =>
          row.eachCell((cell, col) => {
            if (cell.value !== null && cell.value !== '') last = Math.max(last, col);
          }),
        );
        let width = 0;
        for (let c = 1; c <= last; c++) width += ws.getColumn(c).width ?? 9;
        if (width > PAGE_WIDTH_UNITS) wide.push(`${name}: ${width} units`);
      }
      assert.deepEqual(wide, []);
    });
  });
}

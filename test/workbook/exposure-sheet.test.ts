/**
 * The Exposure sheet as printed (workbook/exposure-sheet.ts): its tables one landscape page
 * wide, and each scenario's vendor and country share charts in column A below its tables, on
 * rows no table uses, so chart-pages.ts keeps each chart whole on one page.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_WIDTH_UNITS } from '../../workbook/cell-formats.ts';
import { EXPOSURE_TAB, WIDTHS } from '../../workbook/exposure-sheet.ts';
import { buildExample } from './workbook-fixtures.ts';

const FILE = 'rail-only-100k.json';
const { results, wb, charts } = buildExample(FILE);
const ws = wb.getWorksheet(EXPOSURE_TAB)!;
const mine = charts.filter((c) => c.sheet === EXPOSURE_TAB);

describe('Exposure sheet', () => {
  test('its columns fit one printed page (116 units at 80 %) and no cell lies beyond them', () => {
    // 30 + 30 + 16 + 18 + 22 = 116.
    assert.equal(
      WIDTHS.reduce((a, w) => a + w, 0),
      PAGE_WIDTH_UNITS,
    );
    let widest = 0;
    ws.eachRow((row) => row.eachCell((_, col) => (widest = Math.max(widest, col))));
    assert.equal(widest, WIDTHS.length);
  });

  test('each scenario’s two share charts sit in column A, below its tables, on rows no table uses', () => {
    // Vendor shares and country shares per scenario.
    assert.equal(mine.length, 2 * results.length);
    for (const c of mine) {
      assert.equal(c.at.col, 1, c.title);
      for (let r = c.at.row; r < c.at.row + c.at.rows; r++)
        ws.getRow(r).eachCell((cell) => assert.fail(`${c.title}: ${cell.address} is under the chart`));
    }
    // Charts do not overlap one another.
    const sorted = [...mine].sort((a, b) => a.at.row - b.at.row);
    for (let i = 1; i < sorted.length; i++)
      assert.ok(sorted[i]!.at.row >= sorted[i - 1]!.at.row + sorted[i - 1]!.at.rows, sorted[i]!.title);
  });
});

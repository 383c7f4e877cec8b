/**
 * The Value chain sheet as printed and read (workbook/value-chain-sheet.ts): every table one
 * landscape page wide with its labels, layers by their English names, and each scenario's layer
 * chart in column A below its tables (so chart-pages.ts keeps it whole on one page), on rows
 * no table uses.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYER_NAMES } from '../../shared/exposure/layer-names.ts';
import { PAGE_WIDTH_UNITS } from '../../workbook/cell-formats.ts';
import { VALUE_CHAIN_TAB, WIDTHS } from '../../workbook/value-chain-sheet.ts';
import { buildExample } from './workbook-fixtures.ts';

const FILE = 'rail-only-100k.json';
const { results, wb, charts } = buildExample(FILE);
const ws = wb.getWorksheet(VALUE_CHAIN_TAB)!;
const mine = charts.filter((c) => c.sheet === VALUE_CHAIN_TAB);

describe('Value chain sheet', () => {
  test('its columns fit one printed page (116 units at 80 %) and no cell lies beyond them', () => {
    // 26 + 15 + 8 + 11 + 26 + 17 + 13 = 116.
    assert.equal(
      WIDTHS.reduce((a, w) => a + w, 0),
      PAGE_WIDTH_UNITS,
    );
    let widest = 0;
    ws.eachRow((row) => row.eachCell((_, col) => (widest = Math.max(widest, col))));
    assert.equal(widest, WIDTHS.length);
    // The page's columns are the sheet's: nothing prints on a second page to the right.
    assert.equal(ws.pageSetup.fitToPage, false);
  });

  test('layers read by their English names in tables and charts, never by id', () => {
    const ids = new Set(Object.keys(LAYER_NAMES));
    const found: string[] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, col) => {
        if (typeof cell.value === 'string' && ids.has(cell.value))
          found.push(`${cell.address} ${cell.value} (${r},${col})`);
      }),
    );
    assert.deepEqual(found, []);
    const r = results[0]!;
    // rail-only-100k: the scale-up fabric is the largest layer of scenario 1.
    assert.equal(r.exposure.byLayer[0]!.layer, 'scale-up-fabric');
    assert.equal(mine[0]!.categories.cache[0], 'Scale-up fabric');
    for (const c of mine) for (const x of c.categories.cache) assert.ok(!ids.has(String(x)), String(x));
  });

  test('each scenario’s layer chart sits in column A on rows no table uses', () => {
    assert.equal(mine.length, results.length);
    for (const c of mine) {
      assert.equal(c.at.col, 1, c.title);
      for (let r = c.at.row; r < c.at.row + c.at.rows; r++)
        ws.getRow(r).eachCell((cell) => assert.fail(`${c.title}: ${cell.address} is under the chart`));
    }
  });
});

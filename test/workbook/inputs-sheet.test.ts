/**
 * The Inputs sheet as printed (workbook/inputs-sheet.ts): one landscape page wide for plans of
 * up to five scenarios, each scenario's value right after the input's name, and the unit-price
 * table split into a price block and a power block whose named cells sit in column B.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_WIDTH_UNITS } from '../../workbook/cell-formats.ts';
import { INPUTS_TAB, inputValueCol, POWER_COL, PRICE_COL, WIDTHS } from '../../workbook/inputs-sheet.ts';
import { buildExample } from './workbook-fixtures.ts';

const FILE = 'sample-project.json';
const { results, wb } = buildExample(FILE);
const ws = wb.getWorksheet(INPUTS_TAB)!;
const cellOf = (name: string) => {
  const d = wb.definedNames.model.find((x) => x.name === name);
  assert.ok(d, name);
  const m = /!\$([A-Z]+)\$(\d+)$/.exec(d.ranges[0]!);
  return { col: m![1]!, row: Number(m![2]) };
};

describe('Inputs sheet', () => {
  test('its columns fit one printed page (116 units at 80 %) and no cell lies beyond them', () => {
    // 28 + 12 + 12 + 12 + 12 + 16 + 24 = 116; the sample has 4 scenarios (B..E), unit in F.
    assert.equal(
      WIDTHS.reduce((a, w) => a + w, 0),
      PAGE_WIDTH_UNITS,
    );
    assert.equal(results.length, 4);
    let widest = 0;
    ws.eachRow((row) => row.eachCell((_, col) => (widest = Math.max(widest, col))));
    assert.equal(widest, WIDTHS.length);
  });

  test('scenario values follow the input name; prices and powers are named cells in column B', () => {
    assert.equal(inputValueCol(0), 2);
    assert.equal(cellOf('PUE_S1').col, 'B');
    assert.equal(cellOf('PUE_S4').col, 'E');
    assert.equal(ws.getCell(cellOf('PUE_S1').row, 1).value, 'economics.pue');
    const price = cellOf('Price_qm9700');
    const power = cellOf('Power_qm9700');
    assert.equal(PRICE_COL.price, 2);
    assert.equal(POWER_COL.power, 2);
    assert.deepEqual([price.col, power.col], ['B', 'B']);
    // Two blocks: the power block is below the price block, each row labelled by component id.
    assert.ok(power.row > price.row);
    assert.equal(ws.getCell(price.row, 1).value, 'qm9700');
    assert.equal(ws.getCell(power.row, 1).value, 'qm9700');
  });
});

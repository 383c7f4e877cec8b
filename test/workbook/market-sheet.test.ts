/**
 * The Market sheet as printed and read (workbook/market-sheet.ts): a year's tables one page
 * wide with their labels, technologies and value-chain layers by their English names.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYER_NAMES } from '../../shared/exposure/layer-names.ts';
import { PAGE_WIDTH_UNITS } from '../../workbook/cell-formats.ts';
import { MARKET_TAB, marketWidths } from '../../workbook/market-sheet.ts';
import { buildExample } from './workbook-fixtures.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('Market sheet', () => {
  test('up to four builds a year fit one printed page; more flow on with the labels repeated', () => {
    // 30 + 4 x 15 + 17 + 9 = 116: the label, four builds, the year and its share.
    assert.deepEqual(marketWidths(4), { widths: [30, 15, 15, 15, 15, 17, 9], fits: true });
    assert.equal(sum(marketWidths(2).widths), PAGE_WIDTH_UNITS);
    // 5 builds at the 14-unit minimum: 30 + 14 x 4 + 17 (column F) + 17 + 9 = 129.
    assert.deepEqual(marketWidths(5), { widths: [30, 14, 14, 14, 14, 17, 17, 9], fits: false });
  });

  test('the sample project: one page wide, technologies and layers by name', () => {
    const file = 'sample-project.json';
    const { wb } = buildExample(file);
    const ws = wb.getWorksheet(MARKET_TAB)!;
    let widest = 0;
    const labels: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell, col) => {
        widest = Math.max(widest, col);
        if (col === 1 && typeof cell.value === 'string') labels.push(cell.value);
      }),
    );
    let width = 0;
    for (let c = 1; c <= widest; c++) width += ws.getColumn(c).width ?? 9;
    assert.ok(width <= PAGE_WIDTH_UNITS, `${width} units`);
    assert.equal(ws.pageSetup.printTitlesColumn, undefined);
    const ids = new Set(Object.keys(LAYER_NAMES));
    assert.deepEqual(
      labels.filter((l) => ids.has(l) || l.includes(':ethernet') || l === 'dsp-optics'),
      [],
    );
    assert.ok(labels.includes('Switches, Ethernet (RoCEv2)'), 'switch spend names its ecosystem');
    assert.ok(labels.includes('System maker (OEM/ODM)'));
  });
});

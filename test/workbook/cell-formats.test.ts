/**
 * Sheet header (workbook/cell-formats.ts): the title and note every sheet opens with.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { layoutSheet, setSheetHeader, SHEET_HEADER_ROWS } from '../../workbook/cell-formats.ts';

describe('setSheetHeader', () => {
  test('title on row 1, wrapped note on row 2, body from row 4; both rows print atop every page', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('S');
    const body = setSheetHeader(ws, 'Vendor and country exposure', 'Shares are of network capex.');
    assert.equal(body, 4);
    assert.equal(ws.getCell('A1').value, 'Vendor and country exposure');
    assert.equal(ws.getCell('A1').font.size, 14);
    assert.equal(ws.getCell('A2').value, 'Shares are of network capex.');
    assert.equal(ws.getCell('A2').font.italic, true);
    layoutSheet(ws, { widths: [30, 30], freezeRows: SHEET_HEADER_ROWS });
    // The note merges over the empty B2 (30 + 30 units, within 100).
    assert.equal(ws.getCell('B2').isMerged, true);
    assert.equal(ws.pageSetup.printTitlesRow, '1:2');
  });
});

/**
 * Issue 10, wrong or stale figures: only inputs whose whole effect a formula carries are blue
 * inputs; the tornado and reliability are formulas; sheets of engine values carry a STALE check;
 * inputs are validated. (LibreOffice recalculation of all this: workbook-recalc.test.ts.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { tornado } from '../../shared/scaling/tornado.ts';
import { SCENARIO_INPUT_FIELD_BY_PATH } from '../../shared/scenario/input-fields.ts';
import { INPUT_ARGB } from '../../workbook/cell-formats.ts';
import { CHANGED_NAME, CURRENT_TEXT } from '../../workbook/export-check-sheet.ts';
import { TORNADO_COL, TORNADO_HEADER_ROW } from '../../workbook/tornado-sheet.ts';
import { exportProject, loadProject, readWorkbook, rowOfLabel } from './workbook-fixtures.ts';
import { scenarioTab } from '../../workbook/workbook-context.ts';

function namedCell(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell | undefined {
  const { ranges } = wb.definedNames.getRanges(name);
  if (ranges.length !== 1) return undefined;
  const [sheet, address] = ranges[0]!.split('!') as [string, string];
  return wb.getWorksheet(sheet.replace(/^'(.*)'$/, '$1'))!.getCell(address.replaceAll('$', ''));
}

const names = (wb: ExcelJS.Workbook) => wb.definedNames.model.map((d) => d.name);

describe('live figures', async () => {
  const project = loadProject('dgx-h100-1k-infiniband.json');
  const { bytes, results } = await exportProject(project, 'dgx.json');
  const wb = await readWorkbook(bytes);

  test('the NIC port rate is an engine value (grey, no name), and capex per Gb/s reads it', () => {
    assert.ok(!names(wb).some((n) => /^NicPortRate/i.test(n)), 'no NicPortRate name');
    const inputs = wb.getWorksheet('Inputs')!;
    const row = rowOfLabel(inputs, 'scaleOut.nicPortRateGbps')!;
    // Scenario 1's value sits right after the input's name (column B).
    const cell = inputs.getCell(row, 2);
    assert.equal(cell.value, project.scenarios[0]!.scaleOut.nicPortRateGbps);
    assert.notEqual(cell.font?.color?.argb, INPUT_ARGB);
    assert.equal(cell.dataValidation?.type, undefined);
    const bom = wb.getWorksheet(scenarioTab('BOM', 1, results[0]!.name))!;
    const r0 = rowOfLabelIn(bom, 2, 'Network capex per Gb/s of endpoint bandwidth')!;
    assert.match(bom.getCell(r0, 9).formula, new RegExp(`'Inputs'!\\$B\\$${row}\\)$`));
  });

  test('Summary formats: network power in kW, ETTR as a percentage', () => {
    const ws = wb.getWorksheet('Summary')!;
    const power = ws.getCell(rowOfLabel(ws, 'Network IT power')!, 3);
    assert.equal(power.numFmt, '#,##0.0," kW"');
    assert.equal(ws.getCell(rowOfLabel(ws, 'Network IT power')!, 2).value, 'kW');
    assert.equal(ws.getCell(rowOfLabel(ws, 'Effective training time ratio (ETTR)')!, 3).numFmt, '0.00%');
  });

  test('inputs are validated: PUE >= 1, prices >= 0, fractions 0..1', () => {
    const pue = namedCell(wb, 'PUE_S1')!;
    assert.equal(pue.font?.color?.argb, INPUT_ARGB);
    assert.equal(pue.dataValidation.type, 'decimal');
    assert.equal(pue.dataValidation.formulae?.[0], 1);
    const price = namedCell(wb, 'Price_qm9700')!;
    assert.equal(price.dataValidation.operator, 'greaterThanOrEqual');
    assert.equal(price.dataValidation.formulae?.[0], 0);
    // Bounds come from the scenario schema (a fraction of 0..10 here).
    const field = SCENARIO_INPUT_FIELD_BY_PATH.get('reliability.secondOrderLossFraction')!;
    const loss = namedCell(wb, 'SecondOrderLossFraction_S1')!;
    assert.deepEqual(loss.dataValidation.formulae, [field.minimum, field.maximum]);
    assert.equal(namedCell(wb, 'HorizonYears_S1')!.dataValidation.type, 'whole');
  });

  test('sweeps and projections carry a STALE check over the count of changed inputs', () => {
    for (const tab of [scenarioTab('Sweep', 1, results[0]!.name), scenarioTab('Projection', 2, results[1]!.name)]) {
      const cell = wb.getWorksheet(tab)!.getCell('A3');
      assert.match(cell.formula, new RegExp(`^IF\\(${CHANGED_NAME}>0,"STALE: "`));
      assert.equal(cell.result, CURRENT_TEXT);
    }
    const count = namedCell(wb, CHANGED_NAME)!;
    assert.match(count.formula, /^SUM\(D6:D\d+\)$/);
    const check = wb.getWorksheet('Export check')!;
    // Every named input and every failure-rate input is listed with its value at export.
    const listed = new Set<string>();
    check.eachRow((row, n) => {
      if (n > 5) listed.add(String(row.getCell(1).value));
    });
    for (const n of names(wb)) if (/^(PUE|Price|Power)_/.test(n)) assert.ok(listed.has(n), n);
    assert.ok([...listed].some((l) => l.startsWith('AFR of accelerator')));
  });

  test('the tornado is live: base reads the named cell, TCO at low/high are formulas equal to the engine', () => {
    const ws = wb.getWorksheet(scenarioTab('Tornado', 1, results[0]!.name))!;
    const tor = tornado(project.scenarios[0]!, defaultCatalog, project.catalogOverrides);
    assert.ok(tor.ok);
    assert.equal(
      ws.getCell(5, TORNADO_COL.atLow).formula,
      "'Power'!$C$" + powerRow(wb, 'Network TCO (capex after adjustments + (energy + support) x annuity factor)'),
    );
    tor.value.tco.forEach((bar, i) => {
      const row = TORNADO_HEADER_ROW + 1 + i;
      assert.equal(ws.getCell(row, 1).value, bar.label);
      const base = ws.getCell(row, TORNADO_COL.base);
      assert.ok(base.formula, `${bar.label}: base is a formula`);
      assert.ok(/^(Price_|Power_|PUE_S1|ElectricityUsdPerKWh_S1)/.test(base.formula), base.formula);
      assert.equal(ws.getCell(row, TORNADO_COL.atLow).result, bar.atLow);
      assert.equal(ws.getCell(row, TORNADO_COL.atHigh).result, bar.atHigh);
      assert.match(ws.getCell(row, TORNADO_COL.atHigh).formula, /^\$G\$5\+\(E\d+-D\d+\)\*F\d+$/);
    });
    const pueRow = tor.value.tco.findIndex((b) => b.kind === 'pue');
    assert.match(
      ws.getCell(TORNADO_HEADER_ROW + 1 + pueRow, TORNADO_COL.high).formula,
      /^PUE_S1\*\(1\+\d+(\.\d+)?\/100\)$/,
    );
  });

  test('reliability: per-class interruptions, MTTI, interval and ETTR are formulas over AFR inputs', () => {
    const ws = wb.getWorksheet('Reliability')!;
    const r = results[0]!.reliability;
    const mtti = rowOfLabel(ws, 'Mean time to interruption (MTTI)')!;
    assert.match(ws.getCell(mtti, 3).formula, /^24\/C\d+$/);
    assert.equal(ws.getCell(mtti, 3).result, r.mttiHours);
    const ettr = rowOfLabel(ws, 'Effective training time ratio (ETTR, Daly)')!;
    assert.match(ws.getCell(ettr, 3).formula, /^MIN\(1,/);
    assert.equal(ws.getCell(ettr, 3).result, r.ettr);
    assert.equal(ws.getCell(ettr, 3).numFmt, '0.00%');
    const interval = rowOfLabel(ws, 'Checkpoint interval (fixed, or Young/Daly from MTTI)')!;
    assert.equal(ws.getCell(interval, 3).result, r.checkpointIntervalMinutes);
    const header = rowOfLabelIn(ws, 7, 'AFR (%/yr, input)')!;
    const acc = r.byClass.findIndex((c) => c.class === 'accelerator');
    const cls = ws.getCell(header + 1 + acc, 7);
    assert.equal(cls.value, r.byClass[acc]!.afrPercentPerYear);
    assert.equal(cls.font?.color?.argb, INPUT_ARGB);
    const perDay = ws.getCell(header + 1 + acc, 9);
    assert.equal(perDay.formula, `24*F${header + 1 + acc}*G${header + 1 + acc}/100/8760*H${header + 1 + acc}`);
    assert.equal(perDay.result, r.byClass[acc]!.interruptionsPerDay);
  });
});

function powerRow(wb: ExcelJS.Workbook, label: string): number {
  return rowOfLabel(wb.getWorksheet('Power')!, label)!;
}

function rowOfLabelIn(ws: ExcelJS.Worksheet, col: number, label: string): number | undefined {
  let found: number | undefined;
  ws.eachRow((row, n) => {
    if (found === undefined && row.getCell(col).value === label) found = n;
  });
  return found;
}

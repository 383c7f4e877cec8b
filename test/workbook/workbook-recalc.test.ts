/**
 * The workbook recomputes in a real spreadsheet exactly as the engine computed it.
 *
 * One headless LibreOffice run (recalculation on load forced, see libreoffice.ts) converts:
 * - a probe workbook whose cached formula results are deliberately wrong, proving that
 *   LibreOffice really recalculates;
 * - the workbook of every example project: every formula cell's recalculated value must
 *   equal its cached result, which is the engine's value, within a relative 1e-9;
 * - "live model" variants of two examples whose inputs were changed in the workbook (electricity
 *   price, PUE, discount rate, a unit price, a unit power) and whose cached results were
 *   cleared: the recalculated totals must equal evaluateScenario with the same changes.
 * Every converted file must open in LibreOffice and read back with exceljs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import type { Project } from '../../shared/scenario/scenario-schema.ts';
import { POWER_ROWS } from '../../workbook/power-sheet.ts';
import { SUMMARY_HEADER_ROW, SUMMARY_ROWS } from '../../workbook/summary-sheet.ts';
import { STALE_PREFIX } from '../../workbook/export-check-sheet.ts';
import { tornado } from '../../shared/scaling/tornado.ts';
import { TORNADO_COL } from '../../workbook/tornado-sheet.ts';
import { BASELINE_CELL, BASELINE_NAME } from '../../workbook/compare-sheet.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { findSoffice, recalculate, type Recalculated } from './libreoffice.ts';
import {
  evaluateProject,
  exampleFiles,
  exportProject,
  formulaCells,
  loadProject,
  readWorkbook,
  rowOfLabel,
  sameValue,
  shown,
  type FormulaCell,
} from './workbook-fixtures.ts';
import { scenarioTab } from '../../workbook/workbook-context.ts';

const soffice = findSoffice();
const skip = soffice === undefined && !process.env.CI ? 'LibreOffice (soffice) is not installed' : false;

/** A change made both in the workbook (by defined name) and in the project given to the engine. */
interface LiveChange {
  /** Defined name of the cell, or `AFR:<class>:<scenario number>` for a failure-rate input. */
  name: string;
  value: number;
  apply: (p: Project) => void;
  /** Only when the project has the input (models still being added to the schema). */
  when?: (p: Project) => boolean;
}

/** The scenario's `reliability` inputs, when the schema has them. */
const reliabilityInputs = (p: Project, i: number) =>
  (p.scenarios[i] as unknown as { reliability?: { acceleratorHourUsd: number } }).reliability;

interface LiveCase {
  file: string;
  changes: LiveChange[];
}

const LIVE_CASES: LiveCase[] = [
  {
    file: 'dgx-h100-1k-infiniband.json',
    changes: [
      {
        name: 'ElectricityUsdPerKWh_S1',
        value: 0.13,
        apply: (p) => (p.scenarios[0]!.economics.electricityUsdPerKWh = 0.13),
      },
      { name: 'DiscountRatePercent_S1', value: 7, apply: (p) => (p.scenarios[0]!.economics.discountRatePercent = 7) },
      // The commercial adjustments flow into capex after adjustments, support, TCO and the tornado.
      {
        name: 'StreetDiscountPercent_S1',
        value: 22,
        apply: (p) => (p.scenarios[0]!.economics.streetDiscountPercent = 22),
      },
      { name: 'SparesPercent_S1', value: 4, apply: (p) => (p.scenarios[0]!.economics.sparesPercent = 4) },
      { name: 'InstallationPercent_S2', value: 3, apply: (p) => (p.scenarios[1]!.economics.installationPercent = 3) },
      {
        name: 'SupportPercentPerYear_S1',
        value: 9,
        apply: (p) => (p.scenarios[0]!.economics.supportPercentPerYear = 9),
      },
      { name: 'PUE_S2', value: 1.45, apply: (p) => (p.scenarios[1]!.economics.pue = 1.45) },
      {
        name: 'Price_qm9700',
        value: 51_234,
        apply: (p) => (p.catalogOverrides.priceUsd = { ...p.catalogOverrides.priceUsd, qm9700: 51_234 }),
      },
      {
        name: 'AcceleratorHourUsd_S2',
        value: 3.4,
        apply: (p) => (reliabilityInputs(p, 1)!.acceleratorHourUsd = 3.4),
        when: (p) => reliabilityInputs(p, 1) !== undefined,
      },
      {
        name: 'AFR:accelerator:1',
        value: 14.5,
        apply: (p) => (p.scenarios[0]!.reliability.failures.acceleratorAfrPercentPerYear = 14.5),
      },
      {
        name: 'CheckpointWriteMinutes_S2',
        value: 1.25,
        apply: (p) => (p.scenarios[1]!.reliability.checkpoint.writeMinutes = 1.25),
      },
      {
        name: 'Power_cx7_400g',
        value: 24.5,
        apply: (p) => (p.catalogOverrides.powerW = { ...p.catalogOverrides.powerW, 'cx7-400g': 24.5 }),
      },
    ],
  },
  {
    file: 'rail-only-100k.json',
    changes: [
      {
        name: 'ElectricityUsdPerKWh_S2',
        value: 0.051,
        apply: (p) => (p.scenarios[1]!.economics.electricityUsdPerKWh = 0.051),
      },
      { name: 'HorizonYears_S1', value: 7, apply: (p) => (p.scenarios[0]!.economics.horizonYears = 7) },
      {
        name: 'SupportPercentPerYear_S2',
        value: 12,
        apply: (p) => (p.scenarios[1]!.economics.supportPercentPerYear = 12),
      },
      {
        name: 'Price_th5_64x800g',
        value: 17_500,
        apply: (p) => (p.catalogOverrides.priceUsd = { ...p.catalogOverrides.priceUsd, 'th5-64x800g': 17_500 }),
      },
      {
        name: 'AcceleratorPriceUsd_S2',
        value: 41_000,
        apply: (p) => (p.scenarios[1]!.cluster.accelerator.unitPriceUsd = 41_000),
      },
    ],
  },
];

function setNamedCell(wb: ExcelJS.Workbook, name: string, value: number): void {
  const afr = /^AFR:(\w+):(\d+)$/.exec(name);
  if (afr) {
    // The failure-rate input of a class in the Reliability sheet's table, found by scenario and class.
    const ws = wb.getWorksheet('Reliability')!;
    const scenario = wb.getWorksheet('Summary')!.getCell(SUMMARY_HEADER_ROW, 2 + Number(afr[2])).value;
    let done = false;
    ws.eachRow((row) => {
      if (!done && row.getCell(1).value === scenario && row.getCell(2).value === afr[1]) {
        assert.equal(typeof row.getCell(7).value, 'number');
        row.getCell(7).value = value;
        done = true;
      }
    });
    assert.ok(done, name);
    return;
  }
  const { ranges } = wb.definedNames.getRanges(name);
  assert.equal(ranges.length, 1, `${name} names one cell`);
  const [sheet, address] = ranges[0]!.split('!') as [string, string];
  const ws = wb.getWorksheet(sheet.replace(/^'(.*)'$/, '$1'));
  assert.ok(ws, `sheet of ${name}`);
  const cell = ws.getCell(address.replaceAll('$', ''));
  assert.equal(typeof cell.value, 'number', `${name} is a number input`);
  cell.value = value;
}

/** Drops every cached formula result, so only a recalculation can fill them in. */
function clearCachedResults(wb: ExcelJS.Workbook): number {
  let n = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
          n++;
        }
      }),
    ),
  );
  return n;
}

describe('workbooks recalculated in LibreOffice', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'fabricost-recalc-'));
  const inDir = join(dir, 'in');
  const outDir = join(dir, 'out');
  const cached = new Map<string, Map<string, FormulaCell>>();
  const live = new Map<string, { expected: ScenarioResult[]; before: ScenarioResult[] }>();
  const changedProjects = new Map<string, Project>();
  let run: Recalculated;
  let rebased: { results: ScenarioResult[] };
  const input = (name: string) => join(inDir, name);

  before(async () => {
    if (!soffice) throw new Error('LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui');
    mkdirSync(inDir, { recursive: true });
    const files: string[] = [];

    // Probe: wrong cached results that a real recalculation must correct.
    const probe = new ExcelJS.Workbook();
    const ws = probe.addWorksheet('Probe');
    ws.getCell('A1').value = 2;
    ws.getCell('B1').value = 5;
    probe.definedNames.add('Probe!$B$1', 'Factor');
    ws.getCell('A2').value = { formula: 'A1*3', result: 999 };
    ws.getCell('A3').value = { formula: 'Factor*A1', result: -1 };
    await probe.xlsx.writeFile(input('probe.xlsx'));
    files.push(input('probe.xlsx'));

    for (const file of exampleFiles()) {
      const { bytes } = await exportProject(loadProject(file), file);
      const path = input(file.replace(/\.json$/, '.xlsx'));
      writeFileSync(path, bytes);
      files.push(path);
      cached.set(file, formulaCells(await readWorkbook(bytes)));
    }

    for (const c of LIVE_CASES) {
      const project = loadProject(c.file);
      const beforeResults = evaluateProject(project);
      const changed = structuredClone(project);
      changedProjects.set(c.file, changed);
      const changes = c.changes.filter((ch) => ch.when?.(project) ?? true);
      for (const ch of changes) ch.apply(changed);
      const expected = evaluateProject(changed);
      const { bytes } = await exportProject(project, c.file, beforeResults);
      const wb = await readWorkbook(bytes);
      for (const ch of changes) setNamedCell(wb, ch.name, ch.value);
      assert.ok(clearCachedResults(wb) > 100);
      const path = input(`live-${c.file.replace(/\.json$/, '.xlsx')}`);
      await wb.xlsx.writeFile(path);
      files.push(path);
      live.set(c.file, { expected, before: beforeResults });
    }

    // The Compare sheet re-based on scenario 2 by its selector cell.
    {
      const project = loadProject('sample-project.json');
      const results = evaluateProject(project);
      rebased = { results };
      const wb = await readWorkbook((await exportProject(project, 'sample-project.json', results)).bytes);
      setNamedCell(wb, BASELINE_NAME, 2);
      clearCachedResults(wb);
      await wb.xlsx.writeFile(input('baseline-2.xlsx'));
      files.push(input('baseline-2.xlsx'));
    }

    run = await recalculate(soffice, files, outDir);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the probe proves LibreOffice recalculates on load (wrong cached results are corrected)', async () => {
    const wb = await readWorkbook(run.outputs.get(input('probe.xlsx'))!);
    const ws = wb.getWorksheet('Probe')!;
    assert.equal(ws.getCell('A2').result, 6);
    assert.equal(ws.getCell('A3').result, 10);
  });

  for (const file of exampleFiles()) {
    test(`${file}: every formula cell recalculates to the engine's value (relative 1e-9)`, async (t) => {
      const mine = cached.get(file)!;
      const path = run.outputs.get(input(file.replace(/\.json$/, '.xlsx')))!;
      const wb = await readWorkbook(path);
      const theirs = formulaCells(wb);
      const mismatches: string[] = [];
      let numeric = 0;
      for (const [key, cell] of mine) {
        assert.notEqual(cell.result, undefined, `${key} carries a cached result`);
        const other = theirs.get(key);
        if (!other) {
          mismatches.push(`${key}: not a formula after LibreOffice (${cell.formula})`);
          continue;
        }
        if (typeof cell.result === 'number') numeric++;
        if (!sameValue(other.result, cell.result))
          mismatches.push(
            `${key} =${cell.formula}: engine ${String(cell.result)}, LibreOffice ${String(other.result)}`,
          );
      }
      assert.deepEqual(mismatches, []);
      assert.ok(mine.size > 100, `${file}: ${mine.size} formula cells`);
      t.diagnostic(`${mine.size} formula cells checked (${numeric} numeric)`);
      // The file opened cleanly: every sheet and defined name is still there.
      const original = await readWorkbook(join(inDir, file.replace(/\.json$/, '.xlsx')));
      assert.deepEqual(
        wb.worksheets.map((s) => s.name),
        original.worksheets.map((s) => s.name),
      );
      const names = (w: ExcelJS.Workbook) => w.definedNames.model.map((d) => d.name).sort();
      assert.deepEqual(names(wb), names(original));
    });
  }

  for (const c of LIVE_CASES) {
    test(`${c.file}: a live model; inputs changed in the workbook recompute to the engine's results`, async (t) => {
      const { expected, before: unchanged } = live.get(c.file)!;
      const wb = await readWorkbook(run.outputs.get(input(`live-${c.file.replace(/\.json$/, '.xlsx')}`))!);
      // The changes keep every fabric and BOM structure: only prices, powers and economics move.
      expected.forEach((r, i) => {
        const b = unchanged[i]!;
        assert.deepEqual(
          r.bom.map((l) => [l.componentId, l.quantity]),
          b.bom.map((l) => [l.componentId, l.quantity]),
        );
      });
      let checked = 0;
      const summary = wb.getWorksheet('Summary')!;
      for (const row of SUMMARY_ROWS) {
        const r0 = rowOfLabel(summary, row.label);
        if (r0 === undefined && row.optional) continue;
        assert.ok(r0, row.label);
        expected.forEach((r, i) => {
          if (row.value(r) === undefined) return;
          const got = shown(summary.getCell(r0, 3 + i));
          assert.ok(
            sameValue(got, row.value(r)),
            `Summary ${row.label} of ${r.name}: ${String(got)} vs ${String(row.value(r))}`,
          );
          checked++;
        });
      }
      const power = wb.getWorksheet('Power')!;
      for (const row of POWER_ROWS) {
        const r0 = rowOfLabel(power, row.label);
        assert.ok(r0, row.label);
        expected.forEach((r, i) => {
          const got = shown(power.getCell(r0, 3 + i));
          assert.ok(
            sameValue(got, row.value(r)),
            `Power ${row.label} of ${r.name}: ${String(got)} vs ${String(row.value(r))}`,
          );
          checked++;
        });
      }
      // Vendor shares, found by vendor id in each scenario's block of the Exposure sheet.
      const exposure = wb.getWorksheet('Exposure')!;
      expected.forEach((r) => {
        const start = rowOfLabel(exposure, r.name)!;
        for (const v of r.exposure.byVendor) {
          let row = start + 1;
          while (exposure.getCell(row, 1).value !== v.vendor && row < start + 500) row++;
          assert.ok(sameValue(shown(exposure.getCell(row, 4)), v.spendUsd), `${r.name} spend ${v.vendor}`);
          assert.ok(sameValue(shown(exposure.getCell(row, 5)), v.share), `${r.name} share ${v.vendor}`);
          checked += 2;
        }
      });
      // The tornado follows: every bar the engine still swings (overridden inputs are held) is at
      // the engine's TCO at low and at high for the changed inputs.
      expected.forEach((r, i) => {
        const changed = changedProjects.get(c.file)!;
        const tor = tornado(changed.scenarios[i]!, defaultCatalog, changed.catalogOverrides);
        assert.ok(tor.ok);
        const ws = wb.getWorksheet(scenarioTab('Tornado', i + 1, r.name))!;
        for (const bar of tor.value.tco) {
          const row = rowOfLabel(ws, bar.label);
          assert.ok(row, `${r.name}: tornado bar ${bar.label}`);
          assert.ok(sameValue(shown(ws.getCell(row, TORNADO_COL.atLow)), bar.atLow), `${r.name} ${bar.label} at low`);
          assert.ok(
            sameValue(shown(ws.getCell(row, TORNADO_COL.atHigh)), bar.atHigh),
            `${r.name} ${bar.label} at high`,
          );
          checked += 2;
        }
        // Reliability: MTTI, checkpoint interval, ETTR and the downtime cost follow the failure rates.
        const rel = wb.getWorksheet('Reliability');
        if (rel) {
          for (const [label, value] of [
            ['Mean time to interruption (MTTI)', r.reliability.mttiHours],
            ['Checkpoint interval (fixed, or Young/Daly from MTTI)', r.reliability.checkpointIntervalMinutes],
            ['Effective training time ratio (ETTR, Daly)', r.reliability.ettr],
            ['Network downtime cost per year', r.reliability.networkDowntimeCostUsdPerYear],
          ] as const) {
            const row = rowOfLabel(rel, label)!;
            assert.ok(sameValue(shown(rel.getCell(row, 3 + i)), value), `${r.name} ${label}`);
            checked++;
          }
        }
        // Sweeps and projections are engine values: their check cell now reads STALE.
        for (const tab of [scenarioTab('Sweep', i + 1, r.name), scenarioTab('Projection', i + 1, r.name)]) {
          assert.ok(String(shown(wb.getWorksheet(tab)!.getCell('A3'))).startsWith(STALE_PREFIX), `${tab} is STALE`);
        }
      });
      // And the totals really moved.
      assert.ok(expected.some((r, i) => r.tcoUsd !== unchanged[i]!.tcoUsd));
      assert.ok(expected.some((r, i) => r.capex.totalUsd !== unchanged[i]!.capex.totalUsd));
      // No formula was left without a recalculated result.
      for (const [key, cell] of formulaCells(wb)) assert.notEqual(cell.result, undefined, key);
      t.diagnostic(`${checked} figures equal the engine's after the input changes`);
    });
  }

  test('Compare: baseline selector set to 2 re-bases every Δ on scenario 2', async (t) => {
    const wb = await readWorkbook(run.outputs.get(input('baseline-2.xlsx'))!);
    const ws = wb.getWorksheet('Compare')!;
    const { results } = rebased;
    assert.equal(shown(ws.getCell(BASELINE_CELL.row, BASELINE_CELL.col + 1)), results[1]!.name);
    let checked = 0;
    for (const sr of SUMMARY_ROWS) {
      const row = rowOfLabel(ws, sr.label);
      if (row === undefined) continue;
      const v = (i: number) => sr.value(results[i]!) as number;
      // Within 1e-9 of the larger of the two figures (a difference of near-equal numbers).
      const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(v(0)), Math.abs(v(1)), 1e-3);
      // Baseline column: scenario 2's engine value; S1's Δ = S1 − S2; S2's own Δ = 0.
      assert.ok(close(shown(ws.getCell(row, 3)) as number, v(1)), `${sr.label} baseline`);
      assert.ok(close(shown(ws.getCell(row, 5)) as number, v(0) - v(1)), `${sr.label} Δ of S1`);
      assert.ok(close(shown(ws.getCell(row, 8)) as number, 0), `${sr.label} Δ of S2`);
      checked++;
    }
    assert.ok(checked >= 20, `${checked} rows`);
    t.diagnostic(`${checked} Compare rows re-based on scenario 2`);
  });

  test('LibreOffice run time for the whole batch', (t) => {
    t.diagnostic(`${run.outputs.size} workbooks recalculated in ${run.seconds.toFixed(1)} s`);
  });
});

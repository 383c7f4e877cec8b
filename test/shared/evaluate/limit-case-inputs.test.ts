/**
 * Issue 11's limit-case inputs, which the schema accepts, through the whole user path: parse,
 * evaluate, every analysis, the command line's report and the workbook (as written, and as a
 * spreadsheet recalculates it). No NaN, infinity or spreadsheet error may reach a person: each
 * case either has a finite worked figure or an error naming the inputs.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { after, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { runModelCli } from '../../../main/cli/run-model-cli.ts';
import { evaluateProject } from '../../../shared/evaluate/evaluate-project.ts';
import { findNonFinite } from '../../../shared/non-finite.ts';
import { sweepScenario } from '../../../shared/scaling/size-sweep.ts';
import { tornado } from '../../../shared/scaling/tornado.ts';
import { projectScenario } from '../../../shared/scaling/year-projection.ts';
import { setAtPath } from '../../../shared/scenario/object-paths.ts';
import { writeWorkbook } from '../../../workbook/workbook-writer.ts';
import { findSoffice, recalculate } from '../../workbook/libreoffice.ts';
import { readWorkbook, shown } from '../../workbook/workbook-fixtures.ts';

const sample = readFileSync(join(import.meta.dirname, '..', '..', '..', 'examples', 'sample-project.json'), 'utf8');

const CASES = {
  'compute efficiency 5e-324': { 'workload.compute.computeEfficiency': 5e-324 },
  // 5e-324 is refused (see below); the shortest write the schema allows, 0.0001 min, is the limit case.
  'checkpoint write time 0.0001 min': { 'reliability.checkpoint.writeMinutes': 0.0001 },
  'planned interruptions 1000 %/yr, fixed 100,000-minute interval': {
    'reliability.failures.plannedInterruptionsPercentPerYear': 1000,
    'reliability.checkpoint.intervalMode': 'fixed',
    'reliability.checkpoint.fixedIntervalMinutes': 100_000,
  },
} satisfies Record<string, Record<string, unknown>>;
type CaseName = keyof typeof CASES;

/** The sample project with only its first scenario, `changes` applied, as file text. */
function projectText(changes: Record<string, unknown>): string {
  const project = JSON.parse(sample) as { scenarios: unknown[] };
  let s = project.scenarios[0];
  for (const [path, value] of Object.entries(changes)) s = setAtPath(s, path, value);
  return JSON.stringify({ ...project, scenarios: [s] }, null, 2);
}

function evaluated(name: CaseName) {
  const ev = evaluateProject(projectText(CASES[name]));
  assert.ok(ev.ok, !ev.ok ? ev.message : '');
  return ev;
}

/** Text a person could see that stands for a non-finite number, or an error a spreadsheet shows. */
// "Infinity" as a number word, not inside a product name ("AMD Infinity Fabric").
const NON_FINITE_TEXT = /∞|\bNaN\b|(^|[\s$(+-])Infinity(?! Fabric)|\bn\/a\b/;

/** Every shown cell of the workbook that is not a finite figure or plain text: `Sheet!A1 value`. */
function badCells(wb: ExcelJS.Workbook): string[] {
  const bad: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = shown(cell);
        const wrong =
          (typeof v === 'number' && !Number.isFinite(v)) ||
          (typeof v === 'string' && NON_FINITE_TEXT.test(v)) ||
          (v !== null && typeof v === 'object' && 'error' in v);
        if (wrong) bad.push(`${ws.name}!${cell.address} ${JSON.stringify(v)}`);
      }),
    ),
  );
  return bad;
}

const dir = mkdtempSync(join(tmpdir(), 'fabricost-limit-cases-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('limit-case inputs: no NaN or infinity reaches a person or a workbook', () => {
  test('a vanishing compute efficiency is an error at the workload, every other figure finite', () => {
    const ev = evaluated('compute efficiency 5e-324');
    const r = ev.results[0]!;
    assert.ok(!r.efficiency.ok);
    assert.equal(r.efficiency.error.path, 'workload');
    assert.match(r.efficiency.error.message, /step time has no finite value/);
    assert.deepEqual(findNonFinite(ev.results), []);
  });

  test('a checkpoint write of 5e-324 min is refused at its field, naming the value and the range', () => {
    const ev = evaluateProject(projectText({ 'reliability.checkpoint.writeMinutes': 5e-324 }));
    assert.ok(!ev.ok && ev.failure.stage === 'parse');
    assert.deepEqual(
      ev.failure.errors.map((e) => [e.path, e.message]),
      [['scenarios[0].reliability.checkpoint.writeMinutes', 'must be a number from 0.0001 to 1440 min']],
    );
    assert.match(ev.message, /5e-324/);
  });

  test('the shortest checkpoint write: Daly interval and ETTR worked from the closed forms', () => {
    const ev = evaluated('checkpoint write time 0.0001 min');
    const r = ev.results[0]!;
    assert.ok(r.reliability.mttiHours !== null && r.efficiency.ok);
    // δ = 0.0001 min, R = 5 min (default), M = MTTI in minutes.
    // Daly: τ = sqrt(2δM)·(1 + sqrt(δ/2M)/3 + δ/(2M)/9) − δ; ETTR = τ / (M·e^(R/M)·(e^((τ+δ)/M) − 1)).
    const [d, R, M] = [0.0001, 5, r.reliability.mttiHours * 60];
    const x = d / (2 * M);
    const tau = Math.sqrt(2 * d * M) * (1 + Math.sqrt(x) / 3 + x / 9) - d;
    const ettr = tau / (M * Math.exp(R / M) * Math.expm1((tau + d) / M));
    const near = (a: number, b: number, what: string) =>
      assert.ok(Math.abs(a - b) <= 1e-12 * Math.abs(b), `${what}: ${a} vs ${b}`);
    near(r.reliability.checkpointIntervalMinutes!, tau, 'interval');
    near(r.reliability.ettr, ettr, 'ETTR');
    // Checkpointing nearly continuously, almost only the restarts are lost: ETTR just under e^(−R/M).
    assert.ok(r.reliability.ettr < Math.exp(-R / M) && r.reliability.ettr > Math.exp(-R / M) * 0.99);
    assert.deepEqual(findNonFinite(ev.results), []);
  });

  test('no training time left (ETTR 0): an error at the checkpoint settings, not "$∞"', () => {
    const ev = evaluated('planned interruptions 1000 %/yr, fixed 100,000-minute interval');
    const r = ev.results[0]!;
    assert.equal(r.reliability.ettr, 0);
    assert.ok(!r.efficiency.ok);
    assert.equal(r.efficiency.error.path, 'reliability.checkpoint');
    assert.match(r.efficiency.error.message, /no training time is left/);
    // Every accelerator-hour of the year is lost: N x 8,760 h x (1 − 0) x (1 + second-order loss).
    const n = r.accelerators;
    assert.ok(r.reliability.downtimeAcceleratorHoursPerYear >= n * 8760);
    assert.deepEqual(findNonFinite(ev.results), []);
  });

  for (const name of Object.keys(CASES) as CaseName[]) {
    test(`${name}: sweep, projection and tornado figures are finite`, () => {
      const ev = evaluated(name);
      const s = ev.project.scenarios[0]!;
      const sweep = sweepScenario(s, ev.catalog, ev.project.catalogOverrides);
      const projection = projectScenario(s, ev.catalog, ev.project.catalogOverrides);
      const t = tornado(s, ev.catalog, ev.project.catalogOverrides);
      for (const [what, r] of [
        ['sweep', sweep],
        ['projection', projection],
        ['tornado', t],
      ] as const) {
        assert.ok(r.ok, what);
        assert.deepEqual(findNonFinite(r.value), [], what);
      }
    });

    test(`${name}: the command line report prints no ∞ or NaN`, () => {
      const file = join(dir, 'limit.json');
      writeFileSync(file, projectText(CASES[name]));
      const out = runModelCli([file], { parseArgs, readFile: (p: string) => readFileSync(p, 'utf8') });
      assert.equal(out.exitCode, 0, out.stderr);
      assert.doesNotMatch(out.stdout, NON_FINITE_TEXT);
    });
  }

  test('the workbooks show no non-finite text, written and recalculated by a spreadsheet', async (t) => {
    const files: string[] = [];
    for (const [i, name] of (Object.keys(CASES) as CaseName[]).entries()) {
      const ev = evaluated(name);
      const bytes = await writeWorkbook({
        project: ev.project,
        results: ev.results,
        sourceFile: 'limit.json',
        appVersion: 'test',
        catalog: ev.catalog,
        exportedAt: new Date('2026-01-02T03:04:05.000Z'),
      });
      const wb = await readWorkbook(bytes);
      assert.deepEqual(badCells(wb), [], name);
      const file = join(dir, `limit-${i}.xlsx`);
      writeFileSync(file, bytes);
      files.push(file);
    }
    const soffice = findSoffice();
    if (soffice === undefined) {
      assert.ok(!process.env.CI, 'LibreOffice is required in CI');
      t.skip('LibreOffice (soffice) is not installed');
      return;
    }
    const outDir = mkdtempSync(join(dir, 'recalculated-'));
    const run = await recalculate(soffice, files, outDir);
    for (const file of files) {
      const wb = await readWorkbook(run.outputs.get(file)!);
      assert.deepEqual(badCells(wb), [], `${file} recalculated`);
    }
  });
});

/**
 * The Value chain and Market sheets recompute in LibreOffice to the engine's figures.
 *
 * One headless LibreOffice run (recalculation forced, see libreoffice.ts) converts the sample
 * project's workbook as exported, and a live copy in which a layer share and a cluster count
 * were changed and every cached result cleared. As exported, every formula of the two sheets
 * recalculates to its cached result (the engine's value); in the live copy, spend per company
 * and layer equals valueChainExposure with the changed share, and the market of the changed
 * year equals marketBuildOut with the changed count.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import { valueChainExposure } from '../../shared/exposure/value-chain-exposure.ts';
import { marketBuildOut } from '../../shared/market/build-out.ts';
import { marketMonteCarlo } from '../../shared/market/market-monte-carlo.ts';
import { VALUE_CHAIN_TAB } from '../../workbook/value-chain-sheet.ts';
import { MARKET_MONTE_CARLO, MARKET_TAB } from '../../workbook/market-sheet.ts';
import { findSoffice, recalculate, type Recalculated } from './libreoffice.ts';
import {
  evaluateProject,
  exportProject,
  formulaCells,
  loadProject,
  projectCatalog,
  readWorkbook,
  rowOfLabel,
  sameValue,
  shown,
} from './workbook-fixtures.ts';

const soffice = findSoffice();
const skip = soffice === undefined && !process.env.CI ? 'LibreOffice (soffice) is not installed' : false;

const FILE = 'sample-project.json';
const SHARE_NAME = 'LayerShare_dsp_transceiver_dsp';
const NEW_SHARE = 0.3;
/** The second build of the plan's first year. */
const COUNT_NAME = 'Clusters_2026_2';
const NEW_COUNT = 55;

function setNamed(wb: ExcelJS.Workbook, name: string, value: number): number {
  const { ranges } = wb.definedNames.getRanges(name);
  assert.equal(ranges.length, 1, `${name} names one cell`);
  const [sheet, address] = ranges[0]!.split('!') as [string, string];
  const cell = wb.getWorksheet(sheet.replace(/^'(.*)'$/, '$1'))!.getCell(address.replaceAll('$', ''));
  assert.equal(typeof cell.value, 'number', name);
  const was = cell.value as number;
  cell.value = value;
  return was;
}

function clearCached(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      }),
    ),
  );
}

/**
 * Spend (col B) by company id of the company table of a scenario's block, up to its Total row;
 * the table names companies (col A), mapped back to ids through the engine's names.
 */
function companySpend(ws: ExcelJS.Worksheet, r: ScenarioResult): Map<string, number> {
  const start = rowOfLabel(ws, `${r.name}: who earns the network spend`);
  assert.ok(start, r.name);
  const ids = new Map(r.exposure.byCompany.map((c) => [c.name, c.vendor]));
  const out = new Map<string, number>();
  for (let row = start + 2; !String(ws.getCell(row, 1).value).startsWith('Total'); row++) {
    const name = String(ws.getCell(row, 1).value);
    out.set(ids.get(name) ?? name, shown(ws.getCell(row, 2)) as number);
  }
  return out;
}

describe('Value chain and Market sheets in LibreOffice', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'fabricost-vc-recalc-'));
  const inDir = join(dir, 'in');
  const project = loadProject(FILE);
  const results = evaluateProject(project);
  let run: Recalculated;
  let cached: Map<string, { formula: string; result: unknown }>;

  before(async () => {
    if (!soffice) throw new Error('LibreOffice (soffice) is required in CI');
    mkdirSync(inDir, { recursive: true });
    const { bytes } = await exportProject(project, FILE, results);
    writeFileSync(join(inDir, 'as-exported.xlsx'), bytes);
    cached = formulaCells(await readWorkbook(bytes));
    const live = await readWorkbook(bytes);
    assert.equal(setNamed(live, SHARE_NAME, NEW_SHARE), 0.15);
    assert.equal(setNamed(live, COUNT_NAME, NEW_COUNT), project.buildOut!.plan[0]!.builds[1]!.count);
    clearCached(live);
    await live.xlsx.writeFile(join(inDir, 'live.xlsx'));
    run = await recalculate(soffice!, [join(inDir, 'as-exported.xlsx'), join(inDir, 'live.xlsx')], join(dir, 'out'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  test('as exported: every formula of both sheets recalculates to the engine value (relative 1e-9)', async (t) => {
    const wb = await readWorkbook(run.outputs.get(join(inDir, 'as-exported.xlsx'))!);
    const theirs = formulaCells(wb);
    const mismatches: string[] = [];
    let n = 0;
    for (const [key, cell] of cached) {
      if (!key.startsWith(`${VALUE_CHAIN_TAB}!`) && !key.startsWith(`${MARKET_TAB}!`)) continue;
      n++;
      if (!sameValue(theirs.get(key)?.result, cell.result))
        mismatches.push(
          `${key} =${cell.formula}: engine ${String(cell.result)}, LibreOffice ${String(theirs.get(key)?.result)}`,
        );
    }
    assert.deepEqual(mismatches, []);
    assert.ok(n > 1000, `${n} formulas`);
    t.diagnostic(`${n} formula cells of the Value chain and Market sheets checked`);
  });

  test('as exported: spend per company is the engine’s and sums to network capex', async () => {
    const ws = (await readWorkbook(run.outputs.get(join(inDir, 'as-exported.xlsx'))!)).getWorksheet(VALUE_CHAIN_TAB)!;
    for (const r of results) {
      const got = companySpend(ws, r);
      assert.equal(got.size, r.exposure.byCompany.length, r.name);
      for (const c of r.exposure.byCompany)
        assert.ok(sameValue(got.get(c.vendor), c.spendUsd), `${r.name} ${c.vendor}`);
      const sum = [...got.values()].reduce((a, b) => a + b, 0);
      assert.ok(sameValue(sum, r.capex.totalUsd), `${r.name}: ${sum} vs ${r.capex.totalUsd}`);
    }
  });

  test('as exported: the Monte Carlo of the plan gives P10/P50/P90 per year and company as the engine', async () => {
    const ws = (await readWorkbook(run.outputs.get(join(inDir, 'as-exported.xlsx'))!)).getWorksheet(MARKET_TAB)!;
    const mc = marketMonteCarlo(project, projectCatalog(project), MARKET_MONTE_CARLO);
    assert.ok(mc.ok);
    const section = rowOfLabel(ws, 'Year or company');
    assert.ok(section);
    const rowOf = (label: string | number) => {
      for (let r = section + 1; r < section + 200; r++) if (ws.getCell(r, 1).value === label) return r;
      assert.fail(String(label));
    };
    for (const p of [
      ...mc.value.years.map((y) => ({ label: y.year as string | number, ...y })),
      ...mc.value.companies.map((c) => ({ label: c.name, ...c })),
    ]) {
      const r = rowOf(p.label);
      // LibreOffice keeps 15 significant digits.
      [p.p10, p.p50, p.p90, p.baseUsd].forEach((v, i) =>
        assert.ok(
          sameValue(ws.getCell(r, 2 + i).value, v),
          `${String(p.label)}: ${String(ws.getCell(r, 2 + i).value)} vs ${v}`,
        ),
      );
    }
    // The spread is real: NVIDIA's P10 < typical < P90.
    const nvidia = mc.value.companies.find((c) => c.vendor === 'nvidia')!;
    assert.ok(nvidia.p10 < nvidia.baseUsd && nvidia.baseUsd < nvidia.p90);
  });

  test('live: a changed DSP layer share moves spend as the engine does with that share', async () => {
    const wb = await readWorkbook(run.outputs.get(join(inDir, 'live.xlsx'))!);
    const ws = wb.getWorksheet(VALUE_CHAIN_TAB)!;
    const catalog = projectCatalog(project);
    let moved = 0;
    for (const r of results) {
      const expected = valueChainExposure(r.bom, catalog, (sp, layer) =>
        sp.id === 'dsp-transceiver' && layer === 'dsp'
          ? NEW_SHARE
          : sp.layers.find((l) => l.layer === layer)!.share.typical,
      );
      const got = companySpend(ws, r);
      // The table keeps the exported companies; every one of them now earns the engine's new figure.
      for (const [vendor, usd] of got) {
        const want = expected.byCompany.find((c) => c.vendor === vendor)?.spendUsd ?? 0;
        assert.ok(sameValue(usd, want), `${r.name} ${vendor}: ${usd} vs ${want}`);
        const before = r.exposure.byCompany.find((c) => c.vendor === vendor)!.spendUsd;
        if (Math.abs(usd - before) > 1) moved++;
      }
      const marvell = got.get('marvell') ?? 0;
      const dsp = r.exposure.byLayer.find((l) => l.layer === 'dsp');
      // Marvell earns more where DSP modules are bought, nothing changes where none are.
      if (dsp) assert.ok(marvell > r.exposure.byCompany.find((c) => c.vendor === 'marvell')!.spendUsd, r.name);
    }
    assert.ok(moved > 0);
  });

  test('live: a changed cluster count gives the engine’s market for that year', async () => {
    const wb = await readWorkbook(run.outputs.get(join(inDir, 'live.xlsx'))!);
    const ws = wb.getWorksheet(MARKET_TAB)!;
    const changed = structuredClone(project);
    changed.buildOut!.plan[0]!.builds[1]!.count = NEW_COUNT;
    const m = marketBuildOut(changed, projectCatalog(project));
    assert.ok(m.ok);
    const y = m.value.years[0]!;
    const totalRow = rowOfLabel(ws, `${y.year} total`);
    assert.ok(totalRow);
    assert.ok(
      sameValue(shown(ws.getCell(totalRow, 6)), y.totalUsd),
      `${String(shown(ws.getCell(totalRow, 6)))} vs ${y.totalUsd}`,
    );
    assert.ok(sameValue(shown(ws.getCell(totalRow, 5)), y.accelerators));
    // Every company of that year at the engine's figure (column after the per-cluster columns).
    const yearCol = 2 + y.builds.length;
    let checked = 0;
    for (const c of y.byCompany) {
      const name = c.name;
      let r = totalRow;
      while (ws.getCell(r, 1).value !== name && r < totalRow + 400) r++;
      assert.ok(sameValue(shown(ws.getCell(r, yearCol)), c.spendUsd), `${name}`);
      checked++;
    }
    assert.ok(checked > 10);
    const all = rowOfLabel(ws, 'All years')!;
    assert.ok(sameValue(shown(ws.getCell(all, 3)), m.value.total.totalUsd));
  });
});

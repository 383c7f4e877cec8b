/**
 * The Search sheet through the export path (project text + the Search tab's settings →
 * buildProjectWorkbook → .xlsx bytes read back): present only with a search, the frontier row
 * by row equal to the engine's, the best design per objective, and bad settings refused with
 * the field named.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportRequestSchema } from '../../shared/bridge/bridge-payloads.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import { applySlips } from '../../shared/scaling/roadmap-slips.ts';
import { objectiveValues } from '../../shared/search/objectives.ts';
import { runSearch } from '../../shared/search/run-search.ts';
import type { SearchSettings } from '../../shared/search/search-settings.ts';
import { buildProjectWorkbook } from '../../workbook/project-workbook.ts';
import { SEARCH_TAB } from '../../workbook/search-sheet.ts';
import { EXAMPLES_DIR, EXPORTED_AT, readWorkbook } from './workbook-fixtures.ts';

const projectText = readFileSync(join(EXAMPLES_DIR, 'sample-project.json'), 'utf8');
const parsed = parseProject(projectText);
if (!parsed.ok) throw new Error('sample project does not parse');
const first = parsed.project.scenarios[0]!;

const settings: SearchSettings = {
  scenario: first.name,
  space: {
    switchModel: { mode: 'all' },
    tiers: { mode: 'all' },
    oversubscription: { mode: 'list', values: [1, 2, 3] },
    planes: { mode: 'list', values: [1, 2] },
  },
  constraints: { maxOversubscription: 2 },
  // With HHI the frontier keeps three rows (2 and 3 tiers, 1:1 and 1:2); the two-plane copies
  // of each cost the same and fold into them (equivalents).
  objectives: ['capex', 'tco', 'power', 'hhi'],
};

async function exported(search?: SearchSettings, text = projectText) {
  const built = await buildProjectWorkbook({
    projectText: text,
    sourceName: 'sample-project.json',
    appVersion: '0.1.0-test',
    exportedAt: EXPORTED_AT,
    ...(search ? { search } : {}),
  });
  return built;
}

describe('workbook Search sheet', () => {
  test('the frontier of the sample scenario, cheapest first, equals the engine row by row', async () => {
    const built = await exported(settings);
    assert.ok(built.ok, built.ok ? '' : built.message);
    const wb = await readWorkbook(built.bytes);
    const ws = wb.getWorksheet(SEARCH_TAB);
    assert.ok(ws, 'a Search tab');
    const engine = runSearch(first, defaultCatalog, {
      space: settings.space,
      constraints: settings.constraints!,
      objectives: settings.objectives!,
      overrides: parsed.project.catalogOverrides,
    });
    assert.ok(engine.frontier.length >= 2, `frontier ${engine.frontier.length}`);
    assert.ok(engine.equivalents >= 1, `equivalents ${engine.equivalents}`);
    assert.equal(ws.getCell('A1').value, `Design search around ${first.name}: Pareto frontier`);
    assert.equal(
      ws.getCell('A3').value,
      `${engine.candidates} candidates: ${engine.evaluated} evaluated, ${engine.pruned} pruned (tiers beyond the fewest that fit), ` +
        `${engine.infeasible} infeasible, ${engine.duplicates} duplicates; ${engine.feasible} feasible, ${engine.frontier.length} on the frontier ` +
        `(${engine.equivalents} more with identical objective values folded into them)`,
    );
    assert.equal(ws.getCell('A5').value, 'Constraints: Max oversubscription 2.');
    // Best per objective: rows 9.. (header at 8), one per chosen objective.
    const best = [9, 10, 11, 12].map((r) => [ws.getCell(r, 1).value, ws.getCell(r, 3).value, ws.getCell(r, 4).value]);
    assert.deepEqual(best, [
      ['Network capex per accelerator', engine.best.capex!.values.capex, engine.best.capex!.label],
      ['TCO per effective accelerator', engine.best.tco!.values.tco, engine.best.tco!.label],
      ['Network power per accelerator', engine.best.power!.values.power, engine.best.power!.label],
      ['Vendor HHI of network spend', engine.best.hhi!.values.hhi, engine.best.hhi!.label],
    ]);
    // Frontier header two rows below the best table, then one row per design by capex.
    const header = 15;
    assert.equal(ws.getCell(header, 2).value, 'Design');
    assert.equal(ws.getCell(header, 3).value, 'Network capex per accelerator (USD/accelerator)');
    const sorted = [...engine.frontier].sort(
      (a, b) => a.values.capex - b.values.capex || a.label.localeCompare(b.label),
    );
    sorted.forEach((d, i) => {
      const r = header + 1 + i;
      assert.equal(ws.getCell(r, 1).value, i + 1);
      assert.equal(ws.getCell(r, 2).value, d.label);
      assert.equal(ws.getCell(r, 3).value, d.values.capex);
      assert.equal(ws.getCell(r, 4).value, d.values.tco);
      assert.equal(ws.getCell(r, 5).value, d.values.power);
      assert.equal(ws.getCell(r, 6).value, d.values.hhi);
      assert.equal(ws.getCell(r, 7).value, d.networkLimitedEfficiency);
      // The design: ecosystem, switch, topology, tiers, oversubscription, planes.
      assert.equal(ws.getCell(r, 9).value, d.ecosystem);
      assert.equal(ws.getCell(r, 10).value, d.switchModel);
      assert.equal(ws.getCell(r, 11).value, d.scenario.topology.kind);
      assert.equal(ws.getCell(r, 12).value, d.tiers);
      assert.ok(Math.max(...d.scenario.topology.oversubscription) <= 2);
      assert.equal(ws.getCell(r, 13).value, d.scenario.topology.oversubscription.map((o) => `1:${o}`).join(' '));
      assert.equal(ws.getCell(r, 14).value, d.scenario.scaleOut.planes);
      const last = ws.getRow(header).cellCount;
      assert.equal(ws.getCell(header, last).value, 'Equivalent designs folded in');
      assert.equal(ws.getCell(r, last).value, d.equivalents);
    });
    // The cheapest row is marked best for capex.
    assert.ok(
      String(ws.getCell(header + 1, 8).value)
        .split(', ')
        .includes('capex'),
    );
    assert.equal(ws.getCell(header + 1 + sorted.length, 2).value, null);
  });

  test("the scenario's stored roadmap slip applies: a switch slipped past the build year is not searched", async () => {
    // The sample project with TH5 (th5-64x800g, in volume in 2023) slipped 2 years in the first
    // scenario's projection, searched over every ecosystem for a 2024 build.
    const doc = JSON.parse(projectText) as { scenarios: Record<string, unknown>[] };
    const slip = { target: 'th5-64x800g', delayYears: 2 };
    const s0 = doc.scenarios[0] as { analysis?: { projection?: Record<string, unknown> } };
    s0.analysis = { ...s0.analysis, projection: { ...s0.analysis?.projection, slips: { a: slip } } };
    const slippedText = JSON.stringify(doc);
    const reparsed = parseProject(slippedText);
    assert.ok(reparsed.ok);
    const base = reparsed.project.scenarios[0]!;
    const open: SearchSettings = {
      scenario: first.name,
      space: {
        ecosystem: { mode: 'all' },
        switchModel: { mode: 'all' },
        tiers: { mode: 'all' },
        oversubscription: { mode: 'list', values: [1, 2, 3] },
        planes: { mode: 'list', values: [1] },
      },
      constraints: { maxOversubscription: 1, minSiliconSuppliers: 2, buildYear: 2024 },
      objectives: ['capex', 'tco', 'power'],
    };
    const job = {
      space: open.space,
      constraints: open.constraints!,
      objectives: open.objectives!,
      overrides: reparsed.project.catalogOverrides,
    };
    const published = runSearch(base, defaultCatalog, job);
    assert.ok(
      published.frontier.some((d) => d.switchModel === 'th5-64x800g'),
      'unslipped, TH5 is on the frontier',
    );
    const catalog = applySlips(defaultCatalog, [slip]);
    assert.ok(catalog.ok);
    const engine = runSearch(base, catalog.value, job);
    // TH5 serves two ecosystems (ethernet-roce, ultra-ethernet): 2 x 5 tier counts x 3
    // oversubscriptions x 1 plane candidates fewer.
    assert.equal(published.candidates - engine.candidates, 30);
    const built = await exported(open, slippedText);
    assert.ok(built.ok, built.ok ? '' : built.message);
    const ws = (await readWorkbook(built.bytes)).getWorksheet(SEARCH_TAB)!;
    assert.match(String(ws.getCell('A3').value), new RegExp(`^${engine.candidates} candidates: `));
    // Three objectives: the best table is rows 9 to 11, the frontier header two rows below.
    const header = 14;
    assert.equal(ws.getCell(header, 2).value, 'Design');
    const models: unknown[] = [];
    for (let r = header + 1; ws.getCell(r, 2).value !== null; r++) models.push(ws.getCell(r, 10).value);
    assert.equal(models.length, engine.frontier.length);
    assert.ok(models.length > 0);
    assert.ok(!models.includes('th5-64x800g'), `frontier switches ${models.join(', ')}`);
    // Each frontier design, added to the project (its JSON, read back) and evaluated on the
    // published catalog as the app does, has the figures of its search row.
    for (const d of engine.frontier) {
      const added = parseProject(JSON.stringify({ ...doc, scenarios: [JSON.parse(JSON.stringify(d.scenario))] }));
      assert.ok(added.ok);
      const r = evaluateScenario(added.project.scenarios[0]!, defaultCatalog, added.project.catalogOverrides);
      assert.ok(r.ok);
      assert.deepEqual(objectiveValues(r.value), d.values, d.label);
    }
  });

  test('no Search tab without a search, nor when its scenario is no longer in the project', async () => {
    for (const search of [undefined, { ...settings, scenario: 'renamed since' }]) {
      const built = await exported(search);
      assert.ok(built.ok);
      const wb = await readWorkbook(built.bytes);
      assert.equal(wb.getWorksheet(SEARCH_TAB), undefined);
    }
  });

  test('bad settings: nothing is built and the message names the field and value', async () => {
    const built = await exported({ ...settings, constraints: { minEfficiency: 1.5 } });
    assert.deepEqual(built, {
      ok: false,
      message: 'The workbook could not be built: search constraints.minEfficiency: must be between 0 and 1 (got 1.5)',
    });
  });

  test('the export request schema takes the settings and refuses unknown fields and values', () => {
    const request = { suggestedName: 'a.xlsx', projectText, sourceName: 'a.json', search: settings };
    assert.ok(exportRequestSchema.safeParse(request).success);
    const extra = exportRequestSchema.safeParse({ ...request, search: { ...settings, script: 'x' } });
    assert.equal(extra.success, false);
    const badEco = exportRequestSchema.safeParse({
      ...request,
      search: { ...settings, space: { ecosystem: { mode: 'list', values: ['token-ring'] } } },
    });
    assert.equal(badEco.success, false);
    const empty = exportRequestSchema.safeParse({
      ...request,
      search: { ...settings, space: { planes: { mode: 'list', values: [] } } },
    });
    assert.equal(empty.success, false);
  });
});

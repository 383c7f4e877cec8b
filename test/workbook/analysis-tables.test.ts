/** The workbook's analysis tables hold the scaling engine's values, row for row. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisTables } from '../../workbook/analysis-tables.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { runProjectAnalyses } from '../../shared/evaluate/project-analyses.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import { projectScenario } from '../../shared/scaling/year-projection.ts';

const examples = join(import.meta.dirname, '..', '..', 'examples');

test('sweep and projection tables per exported scenario, values from the engine', () => {
  const parsed = parseProject(readFileSync(join(examples, 'dgx-h100-1k-infiniband.json'), 'utf8'));
  assert.ok(parsed.ok);
  const project = parsed.project;
  const second = project.scenarios[1]!;
  const analyses = runProjectAnalyses(project, defaultCatalog, [second], { sweep: true, projection: true });
  const tables = analysisTables(analyses);
  assert.deepEqual(
    tables.map((t) => t.sheet),
    // Numbered among the exported scenarios (one here) and labelled with the scenario's name,
    // "DGX H100 1k, auto media", cut at Excel's 31 characters.
    ['Sweep 1 DGX H100 1k, auto media', 'Projection 1 DGX H100 1k, auto…'],
  );
  const sweep = tables[0]!;
  assert.ok(sweep.rows.length >= 10);
  for (const row of sweep.rows.filter((_, i) => i % 7 === 0)) {
    const n = row[0] as number;
    const r = evaluateScenario({ ...second, cluster: { ...second.cluster, acceleratorCount: n } }, defaultCatalog);
    if (!r.ok) {
      assert.equal(row[1], null);
      continue;
    }
    assert.equal(row[1], r.value.capex.perAcceleratorUsd);
    assert.equal(row[2], r.value.power.perAcceleratorW);
    assert.equal(row[3], r.value.fabric.tiers);
  }
  const proj = projectScenario(second, defaultCatalog, project.catalogOverrides);
  assert.ok(proj.ok);
  const years = tables[1]!.rows.map((r) => r[0]);
  assert.deepEqual(years, proj.value.years);
  const p0 = proj.value.series[0]!.points[0]!;
  if (p0.ok) assert.equal(tables[1]!.rows[0]![1], p0.capexUsd);
});

test('an analysis that could not run is a one-row table naming the field; one not run has no table', () => {
  const failed = {
    ok: false as const,
    error: { path: 'analysis.sweep.points', value: '1', message: 'must be at least 2' },
  };
  const tables = analysisTables([{ scenario: 'A', sweep: failed }]);
  assert.deepEqual(
    tables.map((t) => [t.sheet, t.title, t.rows]),
    [['Sweep 1 A', 'Cluster-size sweep: A', [['analysis.sweep.points = 1: must be at least 2']]]],
  );
});

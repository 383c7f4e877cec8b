/**
 * evaluateProject runs the analyses a host asks for (shared/evaluate/project-analyses.ts), one
 * Result each, so the export, the browser workbook and the command line do not run them
 * themselves. Figures are checked against the scenario's own result: the tornado's base case is
 * the scenario's capex and TCO, a sweep point at the scenario's size is the scenario.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateProject } from '../../../shared/evaluate/evaluate-project.ts';
import { runProjectAnalyses } from '../../../shared/evaluate/project-analyses.ts';

const scenario = (name: string, acceleratorCount: number) => ({
  name,
  year: 2026,
  cluster: { acceleratorCount, acceleratorsPerServer: 8 },
  scaleOut: { ecosystem: 'infiniband', nicPortRateGbps: 400 },
  topology: { kind: 'rail-optimized' },
  switch: { model: 'qm9700' },
  analysis: { sweep: { points: 5 }, projection: { fromYear: 2026, toYear: 2028 } },
});
const text = JSON.stringify({ schemaVersion: 1, scenarios: [scenario('A', 8192), scenario('B', 2048)] });

describe('evaluateProject with analyses', () => {
  test('none asked: no analyses, as before', () => {
    const e = evaluateProject(text);
    assert.ok(e.ok);
    assert.deepEqual(e.analyses, []);
  });

  test('one entry per evaluated scenario in result order; only what was asked', () => {
    const e = evaluateProject(text, { analyses: { tornado: true } });
    assert.ok(e.ok);
    assert.deepEqual(
      e.analyses.map((a) => [a.scenario, Object.keys(a).sort()]),
      [
        ['A', ['scenario', 'tornado']],
        ['B', ['scenario', 'tornado']],
      ],
    );
    const only = evaluateProject(text, { scenario: 'B', analyses: { tornado: true } });
    assert.ok(only.ok);
    assert.deepEqual(
      only.analyses.map((a) => a.scenario),
      ['B'],
    );
  });

  test("the tornado's base case is the scenario's own capex and TCO", () => {
    const e = evaluateProject(text, { analyses: { tornado: true } });
    assert.ok(e.ok);
    e.analyses.forEach((a, i) => {
      const t = a.tornado;
      if (!t?.ok) assert.fail(`no tornado for ${a.scenario}`);
      assert.equal(t.value.baseCase.capexUsd, e.results[i]!.capex.totalUsd);
      assert.equal(t.value.baseCase.tcoUsd, e.results[i]!.tcoUsd);
    });
  });

  test('the sweep has the stored 5 points, or the points the host asks for; its point at 5,624 is scenario A at 5,624', () => {
    const e = evaluateProject(text, { analyses: { sweep: true, projection: true } });
    assert.ok(e.ok);
    const sweep = e.analyses[0]!.sweep;
    if (!sweep?.ok) assert.fail('no sweep');
    assert.equal(sweep.value.sizes.length, 5);
    const projection = e.analyses[0]!.projection;
    if (!projection?.ok) assert.fail('no projection');
    assert.deepEqual(projection.value.years, [2026, 2027, 2028]);
    const more = evaluateProject(text, { analyses: { sweep: true, points: 9 } });
    assert.ok(more.ok);
    const nine = more.analyses[0]!.sweep;
    if (!nine?.ok) assert.fail('no sweep');
    assert.equal(nine.value.sizes.length, 9);
    // Log-spaced from 1,000 to 1,000,000: the second of 5 points is 1,000 x 1000^(1/4) = 5,623.4 -> 5,624.
    assert.equal(sweep.value.sizes[1], 5624);
    const at5624 = evaluateProject(JSON.stringify({ schemaVersion: 1, scenarios: [scenario('A', 5624)] }));
    assert.ok(at5624.ok);
    const p = sweep.value.series[0]!.points[1]!;
    assert.ok(p.ok);
    assert.equal(p.capexPerAcceleratorUsd, at5624.results[0]!.capex.perAcceleratorUsd);
  });

  test('progress: evaluating once, then analyses scenario by scenario', () => {
    const seen: string[] = [];
    const e = evaluateProject(text, {
      analyses: { tornado: true },
      onProgress: (p) => seen.push(`${p.stage} ${p.done}/${p.total}`),
    });
    assert.ok(e.ok);
    assert.deepEqual(seen, ['evaluating 2/2', 'analyses 1/2', 'analyses 2/2']);
  });

  test('a project over the analysis bound is refused before anything runs', () => {
    // 2 scenarios x (5 sweep points + 3 projection years + 120 tornado evaluations) = 256.
    const e = evaluateProject(text, { maxAnalysisEvaluations: 255, analyses: { tornado: true } });
    assert.ok(!e.ok);
    assert.equal(e.failure.stage, 'analysis-work');
    assert.ok(evaluateProject(text, { maxAnalysisEvaluations: 256, analyses: { tornado: true } }).ok);
  });
});

describe('runProjectAnalyses', () => {
  test('a projection mode from the host replaces the stored one', () => {
    const e = evaluateProject(text);
    assert.ok(e.ok);
    const [a] = runProjectAnalyses(e.project, e.catalog, [e.project.scenarios[0]!], {
      projection: true,
      mode: 'fixed',
    });
    if (!a?.projection?.ok) assert.fail('no projection');
    assert.equal(a.projection.value.mode, 'fixed');
  });
});

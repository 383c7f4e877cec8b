import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  checkAnalysisWork,
  EXPORT_MAX_EVALUATIONS,
  scenarioAnalysisEvaluations,
  TORNADO_EVALUATIONS,
} from '../../../shared/evaluate/analysis-work.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';

const parse = (value: unknown) => {
  const r = parseProject(JSON.stringify(value));
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.project;
};

describe('analysis work bound', () => {
  test('default analyses: 31 sweep points + 9 projection years + the tornado', () => {
    const p = parse({ schemaVersion: 1, scenarios: [{ name: 'a' }] });
    const s = p.scenarios[0]!;
    const years = s.analysis.projection.toYear - s.analysis.projection.fromYear + 1;
    assert.equal(scenarioAnalysisEvaluations(s), s.analysis.sweep.points + years + TORNADO_EVALUATIONS);
    assert.equal(s.analysis.sweep.points, 31);
  });

  test('variants multiply the sweep and the projection', () => {
    const one = parse({ schemaVersion: 1, scenarios: [{ name: 'a', analysis: { sweep: { points: 100 } } }] });
    const two = parse({
      schemaVersion: 1,
      scenarios: [{ name: 'a', analysis: { sweep: { points: 100 }, variants: { a: { topology: 'rail-only' } } } }],
    });
    const years = (p: typeof one) =>
      p.scenarios[0]!.analysis.projection.toYear - p.scenarios[0]!.analysis.projection.fromYear + 1;
    assert.equal(
      scenarioAnalysisEvaluations(two.scenarios[0]!) - scenarioAnalysisEvaluations(one.scenarios[0]!),
      100 + years(one),
    );
  });

  test('the hostile 55 KB project (64 scenarios x 10,000-point sweeps) is refused with a clear message', () => {
    const scenarios = Array.from({ length: 64 }, (_, i) => ({
      name: `s${i}`,
      cluster: { acceleratorCount: 4_000_000 },
      analysis: { sweep: { points: 10_000 } },
    }));
    const text = JSON.stringify({ schemaVersion: 1, scenarios });
    assert.ok(text.length < 60_000);
    const r = checkAnalysisWork(parse({ schemaVersion: 1, scenarios }));
    assert.ok(!r.ok);
    assert.equal(r.error.path, 'scenarios[0].analysis.sweep.points');
    assert.match(
      r.error.message,
      /take 648,\d{3} design evaluations \(64 scenarios; the heaviest, "s0", 10,1\d\d\); at most 100,000 can be exported/,
    );
  });

  test('every bundled example is within the bound', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'examples');
    for (const f of ['sample-project.json', 'rail-only-100k.json', 'dragonfly-16k.json']) {
      const p = parseProject(readFileSync(join(dir, f), 'utf8'));
      assert.ok(p.ok, f);
      const r = checkAnalysisWork(p.project);
      assert.ok(r.ok && r.value < EXPORT_MAX_EVALUATIONS, f);
    }
  });
});

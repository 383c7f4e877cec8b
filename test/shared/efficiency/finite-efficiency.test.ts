import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { setAtPath } from '../../../shared/scenario/object-paths.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';

const sample = readFileSync(join(import.meta.dirname, '..', '..', '..', 'examples', 'sample-project.json'), 'utf8');

/** The sample's first scenario with `changes` applied, through parse and evaluate. */
function evaluateWith(changes: Record<string, unknown>) {
  const project = JSON.parse(sample) as { scenarios: unknown[] };
  let s = project.scenarios[0];
  for (const [path, value] of Object.entries(changes)) s = setAtPath(s, path, value);
  const parsed = parseProject(JSON.stringify({ ...project, scenarios: [s] }));
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors));
  const r = evaluateScenario(parsed.project.scenarios[0]!, defaultCatalog, parsed.project.catalogOverrides);
  assert.ok(r.ok);
  return r.value;
}

describe('efficiency limit cases never reach a person as NaN or infinity', () => {
  test('no training time left (ETTR 0): an error at the checkpoint settings, not "$∞"', () => {
    const r = evaluateWith({
      'reliability.failures.plannedInterruptionsPercentPerYear': 1000,
      'reliability.checkpoint.intervalMode': 'fixed',
      'reliability.checkpoint.fixedIntervalMinutes': 100_000,
    });
    assert.equal(r.reliability.ettr, 0);
    assert.ok(!r.efficiency.ok);
    assert.equal(r.efficiency.error.path, 'reliability.checkpoint');
    assert.match(r.efficiency.error.message, /no training time is left/);
  });

  test('a vanishing compute efficiency: an error at the workload', () => {
    const r = evaluateWith({ 'workload.compute.computeEfficiency': 5e-324 });
    assert.ok(!r.efficiency.ok);
    assert.equal(r.efficiency.error.path, 'workload');
    assert.match(r.efficiency.error.message, /step time has no finite value/);
  });

  test('ordinary inputs keep their figures', () => {
    const r = evaluateWith({});
    assert.ok(r.efficiency.ok);
    assert.ok(r.efficiency.clusterTcoUsdPerEffectiveAccelerator > r.efficiency.clusterCapexUsdPerEffectiveAccelerator);
  });
});

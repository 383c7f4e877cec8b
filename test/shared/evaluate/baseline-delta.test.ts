/** Differences from a baseline, as the compare view and the workbook's Compare sheet show them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baselineDelta } from '../../../shared/evaluate/baseline-delta.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { BOM_CATEGORIES } from '../../../shared/bom/bom-line.ts';
import { tinyCatalog } from '../../fixtures/tiny-catalog.ts';
import { scenario } from '../../fixtures/scenario.ts';

test('absolute and relative difference; no relative difference from a zero baseline', () => {
  assert.deepEqual(baselineDelta(150, 100), { absolute: 50, relative: 0.5 });
  assert.deepEqual(baselineDelta(80, 100), { absolute: -20, relative: -0.2 });
  assert.deepEqual(baselineDelta(3, 0), { absolute: 3, relative: undefined });
});

test('per-accelerator categories add up to the per-accelerator totals', () => {
  const r = evaluateScenario(scenario({ cluster: { acceleratorCount: 1024 } }), tinyCatalog);
  assert.ok(r.ok);
  const sum = (x: Record<string, number>) => BOM_CATEGORIES.reduce((s, c) => s + x[c]!, 0);
  assert.ok(Math.abs(sum(r.value.capex.perAcceleratorByCategory) - r.value.capex.perAcceleratorUsd) < 1e-9);
  assert.ok(Math.abs(sum(r.value.power.perAcceleratorByCategory) - r.value.power.perAcceleratorW) < 1e-9);
  assert.equal(r.value.capex.perAcceleratorByCategory.switches, r.value.capex.byCategory.switches / 1024);
});

/** Differences from a baseline, as the compare view and the workbook's Compare sheet show them. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  baselineDelta,
  percentagePoints,
  tcoBreakdown,
  tcoWaterfall,
} from '../../../shared/evaluate/baseline-delta.ts';
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

describe('TCO breakdown and delta waterfall', () => {
  const r = {
    accelerators: 2048,
    capex: { totalUsd: 97_700_000 },
    tcoUsd: 120_000_000,
    tcoWithDowntimeUsd: 125_000_000,
  };
  test('the documented per-accelerator example', () => {
    const b = tcoBreakdown(r, true);
    // 97.7 M / 2048 = 47,705.08; (120 - 97.7) M / 2048 = 10,888.67; 5 M / 2048 = 2,441.41.
    assert.ok(Math.abs(b.capexUsd - 47_705.078125) < 1e-6);
    assert.ok(Math.abs(b.energyUsd - 10_888.671875) < 1e-6);
    assert.ok(Math.abs(b.downtimeUsd - 2_441.40625) < 1e-6);
    assert.ok(Math.abs(b.totalUsd - 125_000_000 / 2048) < 1e-6);
    assert.deepEqual(tcoBreakdown(r, false), {
      capexUsd: 97_700_000,
      energyUsd: 22_300_000,
      downtimeUsd: 5_000_000,
      totalUsd: 125_000_000,
    });
  });
  test('the documented waterfall example; steps chain and end at the scenario total', () => {
    const base = { capexUsd: 10, energyUsd: 5, downtimeUsd: 1, totalUsd: 16 };
    const other = { capexUsd: 12, energyUsd: 4, downtimeUsd: 1, totalUsd: 17 };
    assert.deepEqual(
      tcoWaterfall(base, other).map((s) => [s.key, s.from, s.to]),
      [
        ['baseline', 0, 16],
        ['capex', 16, 18],
        ['energy', 18, 17],
        ['downtime', 17, 17],
        ['total', 0, 17],
      ],
    );
    const part = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(part, part, part, part, part, part, (a, b, c, d, e, f) => {
        const x = { capexUsd: a, energyUsd: b, downtimeUsd: c, totalUsd: a + b + c };
        const y = { capexUsd: d, energyUsd: e, downtimeUsd: f, totalUsd: d + e + f };
        const s = tcoWaterfall(x, y);
        for (let i = 2; i < 4; i++) assert.equal(s[i]!.from, s[i - 1]!.to);
        assert.ok(Math.abs(s[3]!.to - y.totalUsd) <= 1e-6 * Math.max(1, y.totalUsd));
      }),
    );
  });
  test('percentage points', () => {
    assert.ok(Math.abs(percentagePoints(0.294, 0.12) - 17.4) < 1e-9);
  });
});

/**
 * Reliability validated against published figures that were NOT used to set any default (the
 * defaults come from Llama 3's Table 5 counts and, for optics, Meta's ECOC 2025 module MTBF).
 * Scenarios run from test/fixtures/held-out-reliability.json through parseProject and
 * evaluateScenario with default failure and interrupt inputs.
 *
 * Held-out figures (both secondary, as the test names say):
 * - Crusoe, H200 InfiniBand cluster of about 1,600 GPUs (GTC 2025, via G. Lockwood's component
 *   reliability notes): of about 205 faults in 4 months, InfiniBand hardware 12.2 %, InfiniBand
 *   recoverable 4.9 % and other InfiniBand 17 %: 25 hardware faults (0.205 per day) and 70
 *   InfiniBand faults of any kind (0.574 per day) in 121.75 days.
 * - Meta RSC-1 and RSC-2 (Kokolis et al., "Revisiting Reliability in Large-Scale Machine Learning
 *   Research Clusters", HPCA 2025): 6.50 and 2.34 node failures per 1,000 node-days.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog } from '../../../shared/catalog/catalog-schema.ts';
import type { Scenario } from '../../../shared/scenario/scenario-schema.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';

const parsed = parseProject(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'held-out-reliability.json'), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
const scenario = (name: string): Scenario => parsed.project.scenarios.find((s) => s.name === name)!;

function evaluate(s: Scenario, catalog: Catalog = defaultCatalog): ScenarioResult {
  const r = evaluateScenario(s, catalog);
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value;
}

const CRUSOE_DAYS = 4 * 30.4375;
const crusoeIbHardwarePerDay = (0.122 * 205) / CRUSOE_DAYS;
const crusoeIbAllPerDay = ((0.049 + 0.122 + 0.17) * 205) / CRUSOE_DAYS;
/** The band the model's network rate must fall in for the Crusoe-like cluster. */
const withinCrusoe = (perDay: number) => perDay >= crusoeIbHardwarePerDay / 4 && perDay <= crusoeIbAllPerDay;

const RSC1_PER_NODE_DAY = 6.5e-3;
const RSC2_PER_NODE_DAY = 2.34e-3;

describe('held out: Crusoe H200 InfiniBand cluster (GTC 2025, secondary; not used for defaults)', () => {
  const r = evaluate(scenario('1,600 H200 on NDR InfiniBand'));
  test('the derived published rates: 0.205 InfiniBand hardware and 0.574 InfiniBand faults per day', () => {
    assert.ok(Math.abs(crusoeIbHardwarePerDay - 0.2054) < 1e-3, `${crusoeIbHardwarePerDay}`);
    assert.ok(Math.abs(crusoeIbAllPerDay - 0.5741) < 1e-3, `${crusoeIbAllPerDay}`);
  });
  test('network interruptions of 1,600 H200 lie within 4x below the hardware faults and under all InfiniBand faults', () => {
    // The model gives 0.071 per day (0.040-0.106 over the catalog's rate ranges): 2.9x below the
    // hardware-only count. Crusoe's counts are inferred from percentages of about 205 faults on a
    // shared cloud cluster, so only a wide band is fair; a model without network failures fails it.
    const v = r.reliability.networkInterruptionsPerDay;
    assert.ok(withinCrusoe(v), `${v} outside [${crusoeIbHardwarePerDay / 4}, ${crusoeIbAllPerDay}]`);
    const { low, high } = r.reliability.networkInterruptionsPerDayRange;
    assert.ok(low < v && v < high && high < crusoeIbHardwarePerDay, `${low} ${v} ${high}`);
  });
  test('the check is not vacuous: with every network failure rate at zero it fails', () => {
    const zeroed = structuredClone(defaultCatalog) as Catalog;
    const zero = (f: { typical: number; low?: number; high?: number }) => {
      f.typical = 0;
      if (f.low !== undefined) f.low = 0;
      if (f.high !== undefined) f.high = 0;
    };
    for (const x of [...zeroed.switches, ...zeroed.nics, ...zeroed.media]) zero(x.afrPercentPerYear);
    for (const x of zeroed.scaleUpFabrics) zero(x.afrPercentPerYear);
    const z = evaluate(scenario('1,600 H200 on NDR InfiniBand'), zeroed);
    assert.equal(z.reliability.networkInterruptionsPerDay, 0);
    assert.equal(withinCrusoe(z.reliability.networkInterruptionsPerDay), false);
    // The non-network classes are unchanged.
    assert.equal(
      z.reliability.interruptionsPerDay,
      r.reliability.interruptionsPerDay - r.reliability.networkInterruptionsPerDay,
    );
  });
});

describe('held out: Meta RSC-1 and RSC-2 node failure rates (Kokolis et al., HPCA 2025, secondary; not used for defaults)', () => {
  for (const name of ['1,600 H200 on NDR InfiniBand', '2,048 nodes of 8 H100 on NDR InfiniBand']) {
    test(`${name}: all-cause interruptions per node-day lie between RSC-2 (2.34e-3) and RSC-1 (6.50e-3)`, () => {
      const r = evaluate(scenario(name));
      const perNodeDay = r.reliability.interruptionsPerDay / r.servers;
      assert.ok(perNodeDay > RSC2_PER_NODE_DAY && perNodeDay < RSC1_PER_NODE_DAY, `${perNodeDay}`);
    });
  }
  test('2,048 nodes: mean time to interruption between RSC-1 projection (1.8 h) and RSC-2 rate (5.0 h)', () => {
    const r = evaluate(scenario('2,048 nodes of 8 H100 on NDR InfiniBand'));
    const mtti = r.reliability.mttiHours!;
    assert.ok(mtti > 24 / (2048 * RSC1_PER_NODE_DAY) && mtti < 24 / (2048 * RSC2_PER_NODE_DAY), `${mtti}`);
    assert.ok(Math.abs(24 / (2048 * RSC1_PER_NODE_DAY) - 1.8) < 0.01);
    // The model's figure is its all-cause rate: 24 h / interruptions per day.
    assert.ok(Math.abs(mtti - 24 / r.reliability.interruptionsPerDay) < 1e-9);
  });
});

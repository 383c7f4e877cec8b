/**
 * TCO discounting by value, worked by hand: the annuity factor is the sum of 1/(1+r)^t for
 * t = 1..n (end-of-year payments).
 *   2 years at 10%: 1/1.1 + 1/1.21 = 0.909091 + 0.826446 = 1.735537
 *   5 years at 8%:  0.925926 + 0.857339 + 0.793832 + 0.735030 + 0.680583 = 3.992710
 *   3 years at 0%:  3 (undiscounted)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annuityFactor, networkTco } from '../../../shared/cost/tco.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';

const near = (a: number, b: number, tol = 5e-7) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

describe('annuityFactor', () => {
  test('2 years at 10% = 1.735537', () => near(annuityFactor(2, 10), 1.735537));
  test('5 years at 8% = 3.992710', () => near(annuityFactor(5, 8), 3.99271));
  test('1 year at 5% = 1/1.05 = 0.952381', () => near(annuityFactor(1, 5), 0.952381));
  test('0% is the undiscounted count of years', () => {
    assert.equal(annuityFactor(3, 0), 3);
    assert.equal(annuityFactor(15, 0), 15);
  });
});

describe('networkTco', () => {
  test('10 M USD capex + 1 M USD/year energy over 2 years at 10% = 11,735,537 USD', () =>
    near(networkTco(10e6, 1e6, 2, 10), 11_735_537.19, 0.01));
  test('undiscounted: capex + years x energy', () => assert.equal(networkTco(10e6, 1e6, 5, 0), 15e6));
});

describe('TCO through the user path (examples/dgx-h100-1k-infiniband.json)', () => {
  const text = readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'examples', 'dgx-h100-1k-infiniband.json'),
    'utf8',
  );
  const withEconomics = (horizonYears: number, discountRatePercent: number) => {
    const project = JSON.parse(text) as { scenarios: { economics?: Record<string, number> }[] };
    const s = project.scenarios[0]!;
    s.economics = { ...s.economics, horizonYears, discountRatePercent };
    const p = parseProject(JSON.stringify(project));
    if (!p.ok) assert.fail(p.errors.map((e) => e.message).join('\n'));
    const r = evaluateScenario(p.project.scenarios[0]!, defaultCatalog);
    if (!r.ok) assert.fail(r.error.message);
    return r.value;
  };
  for (const [years, rate, factor] of [
    [2, 10, 1.735537],
    [5, 8, 3.99271],
    [5, 0, 5],
  ] as const) {
    test(`${years} years at ${rate}%: TCO = capex + network energy cost x ${factor}`, () => {
      const r = withEconomics(years, rate);
      assert.deepEqual([r.economics.horizonYears, r.economics.discountRatePercent], [years, rate]);
      // Energy: network watts x PUE x 8,760 h x USD/kWh (0.08 USD/kWh, PUE 1.3 in the example).
      near(r.power.energyCostUsdPerYear, (r.power.totalW / 1000) * 1.3 * 8760 * 0.08, 1e-6);
      near(
        r.tcoUsd,
        r.capex.totalUsd + r.power.energyCostUsdPerYear * factor,
        0.5 * 1e-6 * r.power.energyCostUsdPerYear + 1e-6,
      );
    });
  }
});

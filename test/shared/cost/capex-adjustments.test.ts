import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { adjustCapex, capexFactor, supportFactor } from '../../../shared/cost/capex-adjustments.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

test('1,000,000 USD list, 30 % off, 5 % spares, 3 % installation, 8 %/yr support', () => {
  const a = { streetDiscountPercent: 30, sparesPercent: 5, installationPercent: 3, supportPercentPerYear: 8 };
  const x = adjustCapex(1_000_000, a);
  close(x.streetDiscountUsd, 300_000);
  close(x.hardwareUsd, 700_000);
  close(x.sparesUsd, 35_000);
  close(x.installationUsd, 21_000);
  close(x.totalUsd, 756_000);
  close(x.supportUsdPerYear, 58_800);
  close(capexFactor(a), 0.756);
  close(supportFactor(a), 0.0588);
});

test('no adjustments leave capex at list exactly and cost no support', () => {
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (list) => {
      const x = adjustCapex(list, {
        streetDiscountPercent: 0,
        sparesPercent: 0,
        installationPercent: 0,
        supportPercentPerYear: 0,
      });
      assert.equal(x.totalUsd, list);
      assert.equal(x.supportUsdPerYear, 0);
    }),
  );
});

test('capex after adjustments is list × capexFactor; support is list × supportFactor', () => {
  const pct = fc.double({ min: 0, max: 50, noNaN: true });
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), pct, pct, pct, pct, (list, d, s, i, sup) => {
      const a = { streetDiscountPercent: d, sparesPercent: s, installationPercent: i, supportPercentPerYear: sup };
      const x = adjustCapex(list, a);
      close(x.totalUsd, list * capexFactor(a));
      close(x.supportUsdPerYear, list * supportFactor(a));
      assert.ok(x.totalUsd <= list * 2);
    }),
  );
});

test('through the user path: a scenario file with adjustments moves capex after adjustments and the TCO', async () => {
  const { readFileSync } = await import('node:fs');
  const { evaluateProject } = await import('../../../shared/evaluate/evaluate-project.ts');
  const text = readFileSync(new URL('../../../examples/dgx-h100-1k-infiniband.json', import.meta.url), 'utf8');
  const base = evaluateProject(text);
  assert.ok(base.ok);
  const file = JSON.parse(text) as { scenarios: { economics?: Record<string, number> }[] };
  file.scenarios[0]!.economics = {
    ...file.scenarios[0]!.economics,
    streetDiscountPercent: 30,
    sparesPercent: 5,
    installationPercent: 3,
    supportPercentPerYear: 8,
  };
  const adjusted = evaluateProject(JSON.stringify(file));
  assert.ok(adjusted.ok);
  const [b, a] = [base.results[0]!, adjusted.results[0]!];
  // The bill of materials stays at list; 30 % off, 5 % spares and 3 % installation make 0.756 of list.
  assert.equal(a.capex.totalUsd, b.capex.totalUsd);
  close(a.capex.adjusted.totalUsd, b.capex.totalUsd * 0.756);
  close(a.capex.adjusted.supportUsdPerYear, b.capex.totalUsd * 0.0588);
  const years = a.economics.horizonYears;
  assert.equal(a.economics.discountRatePercent, 0);
  close(a.tcoUsd, b.capex.totalUsd * 0.756 + (b.power.energyCostUsdPerYear + b.capex.totalUsd * 0.0588) * years);
  // The other scenarios are untouched.
  adjusted.results.slice(1).forEach((r, i) => assert.equal(r.tcoUsd, base.results[i + 1]!.tcoUsd));
  // Out of range: a clear error naming the field.
  file.scenarios[0]!.economics!.streetDiscountPercent = 95;
  const bad = evaluateProject(JSON.stringify(file));
  assert.ok(!bad.ok);
  assert.match(bad.message, /streetDiscountPercent/);
});

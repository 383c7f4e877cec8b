/** Tornado: base case from the evaluator, swings from the bill of materials, ranked by swing. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { designKey, downtimeCostOf, tornado, withFailureRate } from '../../../shared/scaling/tornado.ts';
import { scenario } from '../../fixtures/scenario.ts';

const cases = [
  scenario({ name: 'ib 1k' }),
  scenario({
    name: 'eth 100k',
    cluster: { acceleratorCount: 100_000 },
    scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400 },
    topology: { kind: 'fat-tree' },
  }),
  scenario({
    name: 'nvl72',
    cluster: { acceleratorCount: 9216, acceleratorsPerServer: 4 },
    scaleUp: { fabric: 'nvlink5', domainSize: 72 },
  }),
];

describe('tornado', () => {
  for (const s of cases) {
    test(`${s.name}: base case, ranking and swings agree with the evaluator and the BOM`, () => {
      const r = tornado(s, defaultCatalog);
      assert.ok(r.ok);
      const t = r.value;
      const e = evaluateScenario(s, defaultCatalog);
      assert.ok(e.ok);
      const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
      assert.ok(rel(t.baseCase.capexUsd, e.value.capex.totalUsd) < 1e-12);
      assert.ok(rel(t.baseCase.tcoUsd, e.value.tcoUsd) < 1e-12);
      assert.match(t.baseCase.statement, /typical value/);
      for (const chart of [t.capex, t.tco]) {
        assert.ok(chart.length > 0);
        for (let i = 0; i < chart.length; i++) {
          const b = chart[i]!;
          assert.equal(b.swing, Math.abs(b.atHigh - b.atLow));
          assert.ok(b.swing > 0);
          if (i > 0) assert.ok(chart[i - 1]!.swing >= b.swing, 'ranked by swing');
          assert.ok(b.low <= b.base && b.base <= b.high && b.low < b.high);
        }
      }
      for (const b of t.capex) {
        assert.equal(b.kind, 'price', 'only prices move capex');
        const qty = e.value.bom
          .filter((l) => l.componentId === b.inputId.slice('price:'.length))
          .reduce((a, l) => a + l.quantity, 0);
        assert.ok(rel(b.atHigh - b.atLow, qty * (b.high - b.low)) < 1e-9, b.inputId);
        assert.ok(b.atLow <= t.baseCase.capexUsd && t.baseCase.capexUsd <= b.atHigh);
        const tcoBar = t.tco.find((x) => x.inputId === b.inputId)!;
        assert.ok(rel(tcoBar.swing, b.swing) < 1e-9, 'a price moves TCO as much as capex');
      }
      for (const kind of ['pue', 'electricity'] as const) {
        assert.ok(
          t.tco.some((b) => b.kind === kind),
          `${kind} in the TCO chart`,
        );
        assert.ok(!t.capex.some((b) => b.kind === kind));
      }
    });
  }

  test('street discount, spares, installation and support scale each price bar of the TCO', () => {
    // 25 % off list, 4 % spares, 2 % installation, 10 %/yr support over 5 undiscounted years:
    // 1 USD of list price costs 0.75 × 1.06 = 0.795 USD of capex and 0.75 × 1.04 × 0.10 × 5 = 0.39 USD of support.
    const s = scenario({
      name: 'adjusted',
      economics: { streetDiscountPercent: 25, sparesPercent: 4, installationPercent: 2, supportPercentPerYear: 10 },
    });
    const e = evaluateScenario(s, defaultCatalog);
    assert.ok(e.ok);
    const r = tornado(s, defaultCatalog);
    assert.ok(r.ok);
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
    assert.ok(rel(r.value.baseCase.tcoUsd, e.value.tcoUsd) < 1e-12);
    const bar = r.value.tco.find((b) => b.kind === 'price')!;
    const capexBar = r.value.capex.find((b) => b.inputId === bar.inputId)!;
    assert.ok(rel(bar.swing, capexBar.swing * (0.795 + 0.39)) < 1e-9, bar.inputId);
    // Re-evaluated with that price at its high end: the bar's TCO at high.
    const id = bar.inputId.slice('price:'.length);
    const high = evaluateScenario(s, defaultCatalog, { priceUsd: { [id]: bar.high }, powerW: {} });
    assert.ok(high.ok);
    if (!bar.designChangesAt.includes('high')) assert.ok(rel(high.value.tcoUsd, bar.atHigh) < 1e-9);
  });

  test('design changes flagged at a swing end are exactly those where re-evaluation picks other components', () => {
    for (const s of cases) {
      const r = tornado(s, defaultCatalog);
      const e = evaluateScenario(s, defaultCatalog);
      assert.ok(r.ok && e.ok);
      const base = designKey(e.value);
      for (const b of r.value.capex) {
        const id = b.inputId.slice('price:'.length);
        for (const [end, value] of [
          ['low', b.low],
          ['high', b.high],
        ] as const) {
          const x = evaluateScenario(
            { ...s, overrides: { ...s.overrides, priceUsd: { [id]: value } } },
            defaultCatalog,
          );
          assert.ok(x.ok);
          assert.equal(b.designChangesAt.includes(end), designKey(x.value) !== base, `${s.name} ${id} ${end}`);
        }
      }
    }
  });

  test('an overridden price is held at its value, not swung', () => {
    const s = cases[0]!;
    const e = evaluateScenario(s, defaultCatalog);
    assert.ok(e.ok);
    const sw = e.value.fabric.switchModel;
    const r = tornado({ ...s, overrides: { priceUsd: { [sw]: 40_000 }, powerW: {} } }, defaultCatalog);
    assert.ok(r.ok);
    assert.ok(!r.value.capex.some((b) => b.inputId === `price:${sw}`));
    assert.deepEqual(
      r.value.held.find((h) => h.id === `price:${sw}`),
      {
        id: `price:${sw}`,
        label: r.value.held.find((h) => h.id === `price:${sw}`)!.label,
        value: 40_000,
        reason: 'user override',
      },
    );
  });

  test('failure rates swing network downtime cost when the evaluation has a reliability result', () => {
    for (const s of cases) {
      const r = tornado(s, defaultCatalog);
      const e = evaluateScenario(s, defaultCatalog);
      assert.ok(r.ok && e.ok);
      const downtime = downtimeCostOf(e.value);
      if (downtime === undefined) {
        assert.equal(r.value.tcoWithDowntime, undefined);
        continue;
      }
      const chart = r.value.tcoWithDowntime!;
      assert.ok(Math.abs(chart.baseUsd - (r.value.baseCase.tcoUsd + downtime)) < 1e-6 * chart.baseUsd);
      for (let i = 1; i < chart.bars.length; i++) assert.ok(chart.bars[i - 1]!.swing >= chart.bars[i]!.swing);
      const rates = chart.bars.filter((b) => b.kind === 'failure-rate');
      assert.ok(rates.length > 0, `${s.name}: failure-rate bars`);
      for (const b of rates) {
        const id = b.inputId.slice('failure-rate:'.length);
        const hi = evaluateScenario(s, withFailureRate(defaultCatalog, id, b.high));
        assert.ok(hi.ok);
        assert.ok(Math.abs(b.atHigh - (r.value.baseCase.tcoUsd + downtimeCostOf(hi.value)!)) < 1e-6 * b.atHigh);
        assert.ok(b.atLow <= b.atHigh, 'a higher failure rate never lowers the downtime cost');
      }
      for (const b of r.value.tco) {
        const same = chart.bars.find((x) => x.inputId === b.inputId)!;
        assert.ok(Math.abs(same.swing - b.swing) < 1e-6, 'prices and powers do not move downtime');
      }
    }
  });

  test('an unbuildable scenario is an error', () => {
    const r = tornado(scenario({ cluster: { acceleratorCount: 1001 } }), defaultCatalog);
    assert.equal(r.ok, false);
  });
});

/** Monte Carlo: reproducible from the seed, exact re-pricing, percentiles where symmetry puts them. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog, Figure } from '../../../shared/catalog/catalog-schema.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { repricingModel } from '../../../shared/scaling/bom-repricing.ts';
import {
  CANCELLED_PATH,
  driveMonteCarlo,
  runMonteCarlo,
  startMonteCarlo,
  MONTE_CARLO_METRICS,
} from '../../../shared/scaling/monte-carlo.ts';
import { designKey } from '../../../shared/scaling/tornado.ts';
import { scenario } from '../../fixtures/scenario.ts';

const s100k = scenario({
  name: 'eth 100k',
  cluster: { acceleratorCount: 100_000 },
  scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400 },
  topology: { kind: 'fat-tree' },
});
const s1k = scenario({ name: 'ib 1k' });

/** A copy of the default catalog whose every range is symmetric: typical -/+ 20%. */
function symmetricCatalog(): Catalog {
  const c = structuredClone(defaultCatalog) as Catalog;
  const sym = (f: Figure) => {
    if (f.low !== undefined && f.high !== undefined && f.high > f.low) {
      f.low = 0.8 * f.typical;
      f.high = 1.2 * f.typical;
    }
  };
  for (const m of c.media) [m.priceUsd, m.powerWPerEnd].forEach(sym);
  for (const x of [...c.switches, ...c.nics]) [x.priceUsd, x.powerW].forEach(sym);
  for (const f of c.scaleUpFabrics) [f.priceUsdPerAccelerator, f.powerWPerAccelerator].forEach(sym);
  sym(c.fiber.priceUsdPerLink);
  return c;
}

describe('Monte Carlo', () => {
  test('a fixed seed reproduces the results exactly; another seed changes them', () => {
    const o = { samples: 3000, seed: 12345, distribution: 'triangular' as const };
    const a = runMonteCarlo(s100k, defaultCatalog, o);
    const b = runMonteCarlo(s100k, defaultCatalog, o);
    const c = runMonteCarlo(s100k, defaultCatalog, { ...o, seed: 12346 });
    assert.ok(a.ok && b.ok && c.ok);
    assert.deepEqual(a.value, b.value);
    assert.notEqual(a.value.metrics.capexUsd.p50, c.value.metrics.capexUsd.p50);
    assert.equal(a.value.seed, 12345);
  });

  test('results do not depend on how the run is chunked', () => {
    const o = { samples: 2000, seed: 9, distribution: 'lognormal' as const };
    const one = startMonteCarlo(s1k, defaultCatalog, o);
    const other = startMonteCarlo(s1k, defaultCatalog, o);
    assert.ok(one.ok && other.ok);
    while (one.value.done < one.value.total) one.value.step(1);
    while (other.value.done < other.value.total) other.value.step(997);
    for (const m of MONTE_CARLO_METRICS) assert.deepEqual(one.value.values(m), other.value.values(m));
    assert.deepEqual(one.value.finish(), other.value.finish());
  });

  test('P50 of symmetric inputs lands at the base case (capex and power are linear in them)', () => {
    const c = symmetricCatalog();
    for (const distribution of ['triangular', 'uniform'] as const) {
      for (const s of [s1k, s100k]) {
        const r = runMonteCarlo(s, c, { samples: 10_000, seed: 3, distribution });
        assert.ok(r.ok);
        const m = r.value.metrics;
        for (const [key, base] of [
          ['capexUsd', r.value.baseCase.capexUsd],
          ['powerW', r.value.baseCase.powerW],
        ] as const) {
          const spread = m[key].p90 - m[key].p10;
          assert.ok(spread > 0);
          assert.ok(
            Math.abs(m[key].p50 - base) < 0.01 * spread,
            `${s.name} ${distribution} ${key}: P50 ${m[key].p50} vs base ${base}`,
          );
          assert.ok(Math.abs(m[key].mean - base) < 0.01 * spread);
        }
      }
    }
  });

  test('the base sample reproduces the evaluator, and any sample equals a full evaluation with those values', () => {
    for (const s of [s1k, s100k]) {
      const e = evaluateScenario(s, defaultCatalog);
      assert.ok(e.ok);
      const model = repricingModel(s, defaultCatalog, e.value);
      const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
      assert.ok(rel(model.base.capexUsd, e.value.capex.totalUsd) < 1e-12);
      assert.ok(rel(model.base.powerW, e.value.power.totalW) < 1e-12);
      assert.ok(rel(model.base.tcoUsd, e.value.tcoUsd) < 1e-12);
      const key = designKey(e.value);
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
            minLength: model.inputs.length,
            maxLength: model.inputs.length,
          }),
          (u) => {
            const x = model.inputs.map((i, k) => i.low + u[k]! * (i.high - i.low));
            const priceUsd: Record<string, number> = {};
            const powerW: Record<string, number> = {};
            let pue = s.economics.pue;
            let electricity = s.economics.electricityUsdPerKWh;
            model.inputs.forEach((i, k) => {
              if (i.kind === 'price') priceUsd[i.componentId!] = x[k]!;
              else if (i.kind === 'power') powerW[i.componentId!] = x[k]!;
              else if (i.kind === 'pue') pue = x[k]!;
              else electricity = x[k]!;
            });
            const full = evaluateScenario(
              {
                ...s,
                overrides: { priceUsd, powerW },
                economics: { ...s.economics, pue, electricityUsdPerKWh: electricity },
              },
              defaultCatalog,
            );
            assert.ok(full.ok);
            fc.pre(designKey(full.value) === key);
            const fast = model.evaluate(x);
            assert.ok(rel(fast.capexUsd, full.value.capex.totalUsd) < 1e-9);
            assert.ok(rel(fast.powerW, full.value.power.totalW) < 1e-9);
            assert.ok(rel(fast.energyCostUsdPerYear, full.value.power.energyCostUsdPerYear) < 1e-9);
            assert.ok(rel(fast.tcoUsd, full.value.tcoUsd) < 1e-9);
          },
        ),
        { numRuns: 60 },
      );
    }
  });

  test('samples stay between all-low and all-high, percentiles are ordered, the convention is stated', () => {
    const r = runMonteCarlo(s100k, defaultCatalog, { samples: 5000, seed: 1, distribution: 'triangular' });
    assert.ok(r.ok);
    const e = evaluateScenario(s100k, defaultCatalog);
    assert.ok(e.ok);
    const model = repricingModel(s100k, defaultCatalog, e.value);
    const lo = model.evaluate(model.inputs.map((i) => i.low));
    const hi = model.evaluate(model.inputs.map((i) => i.high));
    const m = r.value.metrics;
    assert.ok(m.capexUsd.min >= lo.capexUsd - 1e-6 && m.capexUsd.max <= hi.capexUsd + 1e-6);
    assert.ok(m.tcoUsd.min >= lo.tcoUsd - 1e-6 && m.tcoUsd.max <= hi.tcoUsd + 1e-6);
    for (const k of MONTE_CARLO_METRICS) {
      const d = m[k];
      assert.equal(d.count, 5000);
      assert.ok(d.min <= d.p10 && d.p10 <= d.p50 && d.p50 <= d.p90 && d.p90 <= d.max);
    }
    assert.ok(Math.abs(m.capexPerAcceleratorUsd.p50 - m.capexUsd.p50 / 100_000) < 1e-6);
    assert.match(r.value.quantileConvention, /90th|xx-th percentile/);
    assert.equal(r.value.sampling, 'latin-hypercube');
  });

  test('progress is reported per chunk and a cancelled run stops with an error', async () => {
    const seen: number[] = [];
    const controller = new AbortController();
    const r = runMonteCarlo(s1k, defaultCatalog, {
      samples: 5000,
      seed: 2,
      distribution: 'uniform',
      chunkSize: 1000,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done >= 2000) controller.abort();
      },
    });
    assert.deepEqual(seen, [1000, 2000]);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.path, CANCELLED_PATH);

    const run = startMonteCarlo(s1k, defaultCatalog, { samples: 3000, seed: 2, distribution: 'uniform' });
    assert.ok(run.ok);
    let yields = 0;
    const driven = await driveMonteCarlo(run.value, { chunkSize: 700, yieldControl: async () => void yields++ });
    const direct = runMonteCarlo(s1k, defaultCatalog, { samples: 3000, seed: 2, distribution: 'uniform' });
    assert.ok(driven.ok && direct.ok);
    assert.deepEqual(driven.value, direct.value);
    assert.equal(yields, Math.ceil(3000 / 700));
    const again = startMonteCarlo(s1k, defaultCatalog, { samples: 3000, seed: 2, distribution: 'uniform' });
    assert.ok(again.ok);
    const stopped = await driveMonteCarlo(again.value, {
      chunkSize: 700,
      isCancelled: () => again.value.done >= 1400,
      yieldControl: async () => {},
    });
    assert.equal(stopped.ok, false);
    assert.equal(again.value.done, 1400);
  });

  test('bad settings and unbuildable scenarios are errors', () => {
    assert.equal(runMonteCarlo(s1k, defaultCatalog, { samples: 1, seed: 1, distribution: 'uniform' }).ok, false);
    assert.equal(runMonteCarlo(s1k, defaultCatalog, { samples: 100, seed: -1, distribution: 'uniform' }).ok, false);
    assert.equal(
      runMonteCarlo(scenario({ cluster: { acceleratorCount: 1001 } }), defaultCatalog, {
        samples: 100,
        seed: 1,
        distribution: 'uniform',
      }).ok,
      false,
    );
    const run = startMonteCarlo(s1k, defaultCatalog, { samples: 100, seed: 1, distribution: 'uniform' });
    assert.ok(run.ok);
    assert.equal(run.value.finish().ok, false, 'no summary before every sample is done');
  });
});

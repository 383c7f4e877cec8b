/** Size sweeps: log sizes, tier transitions at the radix limits, build limits, crossovers between variants. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import {
  driveSweep,
  logSizes,
  SWEEP_CANCELLED_PATH,
  sweepScenario,
  sweepSizes,
  tierTransitions,
  type SweepPoint,
} from '../../../shared/scaling/size-sweep.ts';
import { crossovers } from '../../../shared/scaling/crossovers.ts';
import { scenario } from '../../fixtures/scenario.ts';

describe('logSizes', () => {
  test('ascending whole-server sizes within the range, at most `points`, both ends when they are whole servers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 2, max: 400 }),
        fc.integer({ min: 1, max: 72 }),
        (from, factor, points, g) => {
          const to = from * factor;
          const sizes = logSizes(from, to, points, g);
          assert.ok(sizes.length >= 1 && sizes.length <= points);
          for (const [i, n] of sizes.entries()) {
            assert.equal(n % g, 0);
            if (i > 0) assert.ok(n > sizes[i - 1]!);
          }
          const lo = Math.max(g, Math.ceil(from / g) * g);
          assert.equal(sizes[0], lo);
          if (Math.floor(to / g) * g > lo) assert.equal(sizes.at(-1), Math.floor(to / g) * g);
        },
      ),
    );
    assert.deepEqual(logSizes(1000, 1e6, 4, 8), [1000, 10_000, 100_000, 1_000_000]);
  });
});

/** One port per accelerator, one per server, no scale-up: endpoints = accelerators, radix forced to k. */
const radixScenario = (kind: 'leaf-spine' | 'fat-tree', k: number) =>
  scenario({
    cluster: { acceleratorCount: 8, acceleratorsPerServer: 1 },
    scaleUp: { fabric: 'none', domainSize: 1 },
    topology: { kind },
    switch: { radix: k },
  });

const okPoints = (points: readonly SweepPoint[]) => points.filter((p): p is Extract<SweepPoint, { ok: true }> => p.ok);

describe('tier transitions at the radix limits', () => {
  test('leaf-spine: 1 tier up to k, 2 tiers up to k^2/2, not buildable beyond', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 24 }).map((h) => 2 * h),
        (k) => {
          const sizes = Array.from({ length: (k * k) / 2 + 20 }, (_, i) => i + 1);
          const r = sweepSizes(radixScenario('leaf-spine', k), defaultCatalog, { sizes });
          assert.ok(r.ok);
          const s = r.value.series[0]!;
          assert.deepEqual(s.tierTransitions, [
            { fromTiers: 1, toTiers: 2, lastAccelerators: k, firstAccelerators: k + 1 },
          ]);
          assert.equal(s.feasibility.length, 1);
          const f = s.feasibility[0]!;
          assert.deepEqual(
            [f.lastAccelerators, f.firstAccelerators, f.buildable],
            [(k * k) / 2, (k * k) / 2 + 1, false],
          );
          assert.equal(f.error?.path, 'cluster.acceleratorCount');
        },
      ),
      { numRuns: 12 },
    );
  });

  test('fat-tree (auto tiers): 2 -> 3 tiers just above k^2/2 and 3 -> 4 just above k^3/4', () => {
    for (const k of [4, 8, 12]) {
      const sizes = Array.from({ length: (k * k * k) / 4 + 10 }, (_, i) => i + 1);
      const r = sweepSizes(radixScenario('fat-tree', k), defaultCatalog, { sizes });
      assert.ok(r.ok);
      const t = r.value.series[0]!.tierTransitions;
      assert.deepEqual(
        t.map((x) => [x.fromTiers, x.toTiers, x.lastAccelerators, x.firstAccelerators]),
        [
          [1, 2, k, k + 1],
          [2, 3, (k * k) / 2, (k * k) / 2 + 1],
          [3, 4, (k * k * k) / 4, (k * k * k) / 4 + 1],
        ],
        `k = ${k}`,
      );
    }
  });

  test('tierTransitions skips infeasible points between buildable ones', () => {
    const p = (n: number, tiers: number): SweepPoint => ({
      accelerators: n,
      ok: true,
      tiers,
      switches: 1,
      transceivers: 0,
      cables: 0,
      capexUsd: 1,
      capexPerAcceleratorUsd: 1,
      powerW: 1,
      powerPerAcceleratorW: 1,
      usdPerGbps: 1,
      tcoUsd: 1,
      switchModel: 'x',
    });
    const gap: SweepPoint = { accelerators: 3, ok: false, error: { path: 'p', value: '3', message: 'm' } };
    assert.deepEqual(tierTransitions([p(1, 1), p(2, 1), gap, p(4, 2)]), [
      { fromTiers: 1, toTiers: 2, lastAccelerators: 2, firstAccelerators: 4 },
    ]);
  });
});

describe('sweeps of a scenario and its variants', () => {
  const base = scenario({
    cluster: { acceleratorCount: 1024 },
    scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400 },
    topology: { kind: 'fat-tree' },
    analysis: {
      sweep: { fromAccelerators: 1000, toAccelerators: 1_000_000, points: 25 },
      variants: { a: { topology: 'rail-only' }, c: { switchLinkMedium: 'lpo', label: 'LPO' } },
    },
  });

  test('every point is the evaluation of the scenario at that size', () => {
    const r = sweepScenario(base, defaultCatalog);
    assert.ok(r.ok);
    assert.deepEqual(
      r.value.series.map((s) => s.name),
      [base.name, 'rail-only', 'LPO'],
    );
    assert.equal(r.value.series[1]!.topology, 'rail-only');
    for (const s of r.value.series) assert.equal(s.points.length, r.value.sizes.length);
    const series = r.value.series[1]!;
    for (const p of series.points.filter((_, i) => i % 6 === 0)) {
      const e = evaluateScenario(
        {
          ...base,
          topology: { ...base.topology, kind: 'rail-only' },
          cluster: { ...base.cluster, acceleratorCount: p.accelerators },
        },
        defaultCatalog,
      );
      assert.equal(p.ok, e.ok);
      if (p.ok && e.ok) {
        assert.equal(p.capexPerAcceleratorUsd, e.value.capex.perAcceleratorUsd);
        assert.equal(p.tiers, e.value.fabric.tiers);
        assert.equal(p.transceivers, e.value.fabric.transceivers);
        assert.equal(p.switches, e.value.fabric.switches.total);
      }
    }
  });

  test('crossovers are exactly the changes of the lower series, per metric and pair', () => {
    const r = sweepScenario(base, defaultCatalog);
    assert.ok(r.ok);
    const [a, b] = r.value.series;
    let expected = 0;
    let last = 0;
    for (let i = 0; i < r.value.sizes.length; i++) {
      const pa = a!.points[i]!;
      const pb = b!.points[i]!;
      if (!pa.ok || !pb.ok) continue;
      const sign = Math.sign(pa.capexPerAcceleratorUsd - pb.capexPerAcceleratorUsd);
      if (sign === 0) continue;
      if (last !== 0 && sign !== last) expected++;
      last = sign;
    }
    const raw = crossovers(
      { name: a!.name, x: r.value.sizes, values: a!.points.map((p) => (p.ok ? p.capexPerAcceleratorUsd : undefined)) },
      { name: b!.name, x: r.value.sizes, values: b!.points.map((p) => (p.ok ? p.capexPerAcceleratorUsd : undefined)) },
      'capexPerAcceleratorUsd',
    );
    assert.equal(raw.length, expected);
    const found = r.value.crossovers.filter(
      (c) =>
        c.metric === 'capexPerAcceleratorUsd' &&
        [c.lowerBefore, c.lowerAfter].sort().join() === [a!.name, b!.name].sort().join(),
    );
    // Reported: the sign changes whose new lead reaches 1 %, with ties merged.
    assert.equal(r.value.crossoverMateriality, 0.01);
    const material = raw.filter((c) => c.advantage >= 0.01);
    assert.ok(found.length <= material.length);
    for (const c of found) {
      assert.ok(c.valuesBefore[0] < c.valuesBefore[1] && c.valuesAfter[1] < c.valuesAfter[0]);
      assert.ok(c.before < c.at);
      assert.ok(c.advantage >= 0.01);
      assert.ok(raw.some((x) => x.at === c.at));
    }
  });

  test('a bad variant patch is an error of the sweep with its path; bad sizes are refused', () => {
    const r = sweepSizes(base, defaultCatalog, {
      sizes: [1024],
      variants: [{ name: 'x', patch: { topology: { kind: 'torus' } } }],
    });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.path, 'variants[0].topology.kind');
    assert.equal(sweepSizes(base, defaultCatalog, { sizes: [0] }).ok, false);
    const backwards = sweepScenario(
      scenario({ analysis: { sweep: { fromAccelerators: 5000, toAccelerators: 100 } } }),
      defaultCatalog,
    );
    assert.equal(backwards.ok, false);
    if (!backwards.ok) assert.equal(backwards.error.path, 'analysis.sweep.toAccelerators');
  });

  test('sizes not buildable for a series give points with the evaluator error, not a failed sweep', () => {
    const r = sweepSizes(base, defaultCatalog, { sizes: [1001, 1024] });
    assert.ok(r.ok);
    const [odd, even] = r.value.series[0]!.points;
    assert.equal(odd!.ok, false);
    assert.equal(even!.ok, true);
    assert.equal(okPoints(r.value.series[0]!.points).length, 1);
  });
});

describe('driveSweep (the worker path)', () => {
  const base = scenario({
    cluster: { acceleratorCount: 1024 },
    scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400 },
    topology: { kind: 'fat-tree' },
  });
  const sizes = logSizes(1000, 200_000, 40, 8);
  const variants = [{ name: 'rail-only', patch: { topology: { kind: 'rail-only' } } }];
  test('gives the same sweep as sweepSizes, with progress counting sizes x series', async () => {
    const seen: number[] = [];
    const r = await driveSweep(
      base,
      defaultCatalog,
      { sizes, variants },
      { chunkSize: 25, onProgress: (p) => seen.push(p.done), yieldControl: () => Promise.resolve() },
    );
    assert.deepEqual(r, sweepSizes(base, defaultCatalog, { sizes, variants }));
    const total = sizes.length * 2;
    assert.deepEqual(seen, [...Array.from({ length: Math.ceil(total / 25) - 1 }, (_, i) => (i + 1) * 25), total]);
  });
  test('a cancel between chunks ends with an error at analysis.sweep', async () => {
    let chunks = 0;
    const r = await driveSweep(
      base,
      defaultCatalog,
      { sizes },
      { chunkSize: 10, isCancelled: () => chunks >= 1, yieldControl: async () => void chunks++ },
    );
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.path, SWEEP_CANCELLED_PATH);
  });
});

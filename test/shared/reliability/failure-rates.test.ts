/**
 * Failure rates per component class from the BOM and the plan (docs/model.md): counts match the
 * BOM, catalog AFRs are used, LPO and CPO factors touch only their
 * media, and dual-homing and planes lower the interrupt probability where they should.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { dualHomingFactor, planeFactor } from '../../../shared/reliability/interrupt-probability.ts';
import { evaluate, llama3LikeScenario } from './llama3-like.ts';
import type { ScenarioInput } from '../../../shared/scenario/scenario-schema.ts';

const afrOf = (id: string) =>
  [...defaultCatalog.media, ...defaultCatalog.switches, ...defaultCatalog.nics, ...defaultCatalog.scaleUpFabrics].find(
    (c) => c.id === id,
  )?.afrPercentPerYear.typical;

describe('interrupt probability credits', () => {
  test('dual-homing: 1 - coverage; planes: 1 - coverage·(m-1)/m, none for one plane', () => {
    assert.equal(dualHomingFactor('single', 0.9), 1);
    assert.ok(Math.abs(dualHomingFactor('dual', 0.9) - 0.1) < 1e-12);
    assert.equal(planeFactor(1, 0.9), 1);
    assert.ok(Math.abs(planeFactor(2, 0.9) - 0.55) < 1e-12);
    assert.ok(planeFactor(8, 0.9) < planeFactor(4, 0.9));
  });
});

describe('failure rates of the Llama-3-like fabric', () => {
  const r = evaluate(llama3LikeScenario());
  const rows = r.reliability.byClass;
  test('every network BOM line with a catalog AFR has a row with its quantity and AFR; fibre has none', () => {
    const rated = r.bom.filter((l) => l.category !== 'switches' && afrOf(l.componentId) !== undefined);
    for (const line of rated) {
      const row = rows.find((x) => x.componentId === line.componentId && x.where === (line.linkClass ?? ''));
      assert.ok(row, line.componentId);
      assert.equal(row.count, line.quantity);
      assert.equal(row.afrPercentPerYear, afrOf(line.componentId));
    }
    assert.ok(!rows.some((x) => x.componentId === defaultCatalog.fiber.id));
  });
  test('switch rows follow the plan tiers; accelerators, hosts, software and planned rows the cluster', () => {
    const switches = rows.filter((x) => x.class === 'switch');
    assert.deepEqual(
      switches.map((x) => [x.where, x.count]),
      r.fabric.switches.byTier.map((t) => [t.tier, t.count]),
    );
    assert.equal(rows.find((x) => x.class === 'accelerator')?.count, 16384);
    assert.equal(rows.find((x) => x.class === 'host')?.count, 2048);
    assert.ok(
      rows.filter((x) => !x.network).every((x) => ['accelerator', 'host', 'software', 'planned'].includes(x.class)),
    );
  });
  test('network interruptions are the sum of network rows; the catalog range brackets them', () => {
    const sum = rows.filter((x) => x.network).reduce((s, x) => s + x.interruptionsPerDay, 0);
    assert.ok(Math.abs(sum - r.reliability.networkInterruptionsPerDay) < 1e-12);
    const range = r.reliability.networkInterruptionsPerDayRange;
    assert.ok(range.low <= sum && sum <= range.high && range.low < range.high);
  });
});

describe('LPO and CPO factors, dual-homing and planes', () => {
  const run = (over: Partial<ScenarioInput>) => evaluate(llama3LikeScenario(16384, over)).reliability.byClass;
  test('the LPO factor scales LPO modules only', () => {
    const lpo = { year: 2026, media: { leafSpine: 'lpo' as const } };
    const base = run(lpo);
    const half = run({ ...lpo, reliability: { failures: { lpoAfrFactor: 0.5 } } });
    for (let i = 0; i < base.length; i++) {
      const factor = base[i]!.componentId.startsWith('lpo') ? 0.5 : 1;
      assert.ok(
        Math.abs(half[i]!.afrPercentPerYear - factor * base[i]!.afrPercentPerYear) < 1e-12,
        base[i]!.componentId,
      );
    }
    assert.ok(base.some((x) => x.componentId.startsWith('lpo')));
  });
  test('the CPO factor (vendor claim 0.1 as a bound) scales co-packaged ports only', () => {
    const cpo = {
      year: 2027,
      scaleOut: { ecosystem: 'ethernet-roce' as const, nicPortRateGbps: 800 },
      media: { leafSpine: 'cpo' as const, spineCore: 'cpo' as const },
    };
    const base = run(cpo);
    const claim = run({ ...cpo, reliability: { failures: { cpoAfrFactor: 0.1 } } });
    const ports = base.filter((x) => x.class === 'cpo-port');
    assert.ok(ports.length > 0);
    for (let i = 0; i < base.length; i++) {
      const factor = base[i]!.class === 'cpo-port' ? 0.1 : 1;
      assert.ok(Math.abs(claim[i]!.interruptionsPerDay - factor * base[i]!.interruptionsPerDay) < 1e-12);
    }
  });
  test('dual-homing lowers q of access links and leaf switches only', () => {
    // Dual-homing needs two ports per NIC or per GPU: each GPU's two ports go to two leaves.
    const twoPorts = {
      scaleOut: { ecosystem: 'ethernet-roce' as const, nicPortRateGbps: 400, nicPortsPerAccelerator: 2 },
    };
    const single = run(twoPorts);
    const dual = run({ ...twoPorts, reliability: { resilience: { nicHoming: 'dual' } } });
    for (let i = 0; i < single.length; i++) {
      const s = single[i]!;
      const access = s.where === 'accelerator-leaf' || (s.class === 'switch' && s.where === 'leaf');
      assert.ok(Math.abs(dual[i]!.interruptProbability - s.interruptProbability * (access ? 0.1 : 1)) < 1e-12, s.where);
    }
  });
  test('two planes with two ports per accelerator lower link and switch q, not NIC or accelerator q', () => {
    const two = run({
      year: 2026,
      scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400, nicPortsPerAccelerator: 2, planes: 2 },
    });
    // Defaults: NIC 0.5, link parts 0.6 (both calibrated to Llama 3), everything else 1.
    const base = (cls: string) => (cls === 'nic' ? 0.5 : ['transceiver', 'cable', 'cpo-port'].includes(cls) ? 0.6 : 1);
    for (const x of two) {
      const credited = ['switch', 'transceiver', 'cable', 'cpo-port'].includes(x.class);
      const want = base(x.class) * (credited ? planeFactor(2, 0.9) : 1);
      assert.ok(Math.abs(x.interruptProbability - want) < 1e-12, x.class);
    }
    const onePortEightPlanes = run({ scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400, planes: 8 } });
    assert.ok(onePortEightPlanes.every((x) => x.interruptProbability === base(x.class)));
  });
  test('a scale-up domain spanning servers adds its switching as a network class', () => {
    const nvl72 = run({
      year: 2025,
      cluster: { acceleratorCount: 16416, acceleratorsPerServer: 4 },
      scaleUp: { fabric: 'nvlink5', domainSize: 72 },
    });
    const up = nvl72.find((x) => x.class === 'scale-up');
    assert.ok(up && up.network);
    assert.equal(up.count, 16416);
    assert.equal(up.afrPercentPerYear, afrOf('nvlink5'));
  });
});

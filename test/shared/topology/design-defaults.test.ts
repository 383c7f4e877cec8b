/**
 * Defaults and refusals of the topology inputs, through the user path (project JSON →
 * parseProject → evaluateScenario on the shipped catalog): the automatic scalable unit, idle
 * leaf ports of a forced unit, per-boundary oversubscription lists, reserved ports with a
 * forced unit, and small rail-only rails sharing a switch. Counts are worked by hand below.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog, findSwitch } from '../../../shared/catalog/default-catalog.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';
import type { Result } from '../../../shared/model-error.ts';

function evaluateJson(scenario: Record<string, unknown>): Result<ScenarioResult> {
  const parsed = parseProject(JSON.stringify({ schemaVersion: 1, scenarios: [{ name: 'case', ...scenario }] }));
  if (!parsed.ok) assert.fail(JSON.stringify(parsed.errors));
  return evaluateScenario(parsed.project.scenarios[0]!, defaultCatalog);
}

function ok(scenario: Record<string, unknown>): ScenarioResult {
  const r = evaluateJson(scenario);
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value;
}

const tiers = (r: ScenarioResult) => r.fabric.switches.byTier.map((t) => [t.tier, t.count, t.idlePorts]);
const sn5600Price = findSwitch(defaultCatalog, 'sn5600')!.priceUsd.typical;

describe('8,192 GPUs on Spectrum-X with an SN5600 (128 ports at 400G), other inputs default', () => {
  const spx = {
    cluster: { acceleratorCount: 8192 },
    scaleOut: { ecosystem: 'spectrum-x' },
    switch: { model: 'sn5600' },
  };

  test('auto scalable unit: 64 servers fill a rail leaf; 2 tiers, 128 leaves + 64 spines, no idle port', () => {
    // 1,024 DGX-class servers x 8 rails; a rail leaf has 64 endpoint ports (128 at 1:1), so a
    // 64-server unit takes 8 leaves: 16 units x 8 = 128 leaves; 128 x 64 uplinks / 128 = 64 spines.
    const r = ok(spx);
    assert.equal(r.fabric.radix, 128);
    assert.equal(r.fabric.tiers, 2);
    assert.deepEqual(tiers(r), [
      ['leaf', 128, 0],
      ['spine', 64, 0],
    ]);
    assert.equal(r.fabric.switches.total, 192);
    assert.deepEqual(r.fabric.scalableUnit, {
      servers: 64,
      auto: true,
      fillsLeaves: true,
      idleLeafPorts: 0,
      idleLeafPortShare: 0,
    });
    assert.equal(r.capex.byCategory.switches, 192 * sn5600Price);
    assert.ok(r.capex.networkShareOfCluster < 0.2, `network share ${r.capex.networkShareOfCluster}`);
  });

  test('a forced 32-server unit is built, 3 tiers and 640 switches, with a quarter of leaf ports idle', () => {
    // 32 servers use half of a leaf's 64 endpoint ports: 256 leaves, 8,192 of their 32,768 ports
    // idle (0.25); 256 x 64 uplinks exceed one 128-port spine block, so a third tier: 256 + 128.
    const r = ok({ ...spx, topology: { scalableUnitServers: 32 } });
    assert.equal(r.fabric.tiers, 3);
    assert.deepEqual(tiers(r), [
      ['leaf', 256, 8192],
      ['spine', 256, 0],
      ['core', 128, 0],
    ]);
    assert.equal(r.fabric.switches.total, 640);
    assert.equal(r.fabric.switches.byTier[0]!.idlePortShare, 0.25);
    assert.deepEqual(r.fabric.scalableUnit, {
      servers: 32,
      auto: false,
      fillsLeaves: false,
      idleLeafPorts: 8192,
      idleLeafPortShare: 0.25,
    });
    assert.equal(r.capex.byCategory.switches, 640 * sn5600Price);
  });
});

describe('reserved leaf ports with a forced scalable unit', () => {
  const dgx = {
    year: 2024,
    cluster: { acceleratorCount: 1024 },
    topology: { kind: 'rail-optimized', scalableUnitServers: 32, reservedPortsPerLeaf: 1 },
    switch: { model: 'qm9700' },
  };

  test('DGX H100 SuperPOD, 32-server units, 1 reserved port: refused, not spilled onto 64 leaves', () => {
    const r = evaluateJson(dgx);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.path, 'topology.reservedPortsPerLeaf');
    assert.equal(r.error.value, '1');
    assert.match(r.error.message, /31 endpoint ports/);
    assert.match(r.error.message, /2 leaves per rail instead of 1/);
    assert.match(r.error.message, /"auto" or at most 31/);
  });

  test('without the reservation the published 32 leaves and 16 spines hold', () => {
    const r = ok({ ...dgx, topology: { ...dgx.topology, reservedPortsPerLeaf: 0 } });
    assert.deepEqual(tiers(r), [
      ['leaf', 32, 0],
      ['spine', 16, 0],
    ]);
  });

  test('auto unit with the reservation: 31-server units, 5 leaves per rail', () => {
    // 128 servers in units of 31: 4 full + 1 of 4 → 5 leaves per rail, 40 leaves; 40 x 31 - 1,024
    // = 216 idle endpoint ports. 40 x 32 uplinks / 64 = 20 spines, rounded up to divide 32 → 32.
    const r = ok({ ...dgx, topology: { ...dgx.topology, scalableUnitServers: 'auto' } });
    assert.deepEqual(tiers(r), [
      ['leaf', 40, 216],
      ['spine', 32, 768],
    ]);
    assert.equal(r.fabric.scalableUnit?.servers, 31);
    assert.equal(r.fabric.scalableUnit?.fillsLeaves, true);
  });
});

describe('oversubscription lists apply per boundary or are refused', () => {
  const ft = { cluster: { acceleratorCount: 65536 }, topology: { kind: 'fat-tree', tiers: 3 } };

  test('3 tiers with [1, 1, 7]: refused, naming the extra value 7', () => {
    const r = evaluateJson({ ...ft, topology: { ...ft.topology, oversubscription: [1, 1, 7] } });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.path, 'topology.oversubscription');
    assert.equal(r.error.value, '[1, 1, 7]');
    assert.match(r.error.message, /2 tier boundaries \(leaf-spine, spine-core\)/);
    assert.match(r.error.message, /extra value 7 /);
  });

  test('3 tiers with [1, 7]: the 7 applies at the spine-core boundary', () => {
    // Leaves 32 down / 32 up (2,048 leaves); spines 56 down / 8 up: a spine block holds 56 leaves,
    // 2,048 / 56 → 36 full blocks of 32 spines + one of 32 = 1,184 spines. Cores per spine
    // position: 37 spines x 8 uplinks / 64 = 4.6 → 5, rounded up to divide 8 → 8; 32 x 8 = 256.
    const r = ok({ ...ft, topology: { ...ft.topology, oversubscription: [1, 7] } });
    const [leaf, spine, core] = r.fabric.switches.byTier;
    assert.equal(leaf!.count, 2048);
    assert.equal(spine!.count, 37 * 32);
    assert.equal(core!.count, 256);
    assert.equal(r.fabric.links.byClass.find((c) => c.class === 'spine-core')?.count, 1184 * 8);
  });

  test('auto tiers with a list longer than the boundaries the size needs: refused with the fix', () => {
    const r = evaluateJson({
      cluster: { acceleratorCount: 1024 },
      topology: { kind: 'fat-tree', oversubscription: [1, 7] },
    });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.match(r.error.message, /a 2-tier fabric has 1 tier boundary \(leaf-spine\)/);
    assert.match(r.error.message, /set topology.tiers to 3/);
  });

  test('a direct network refuses any ratio but 1', () => {
    const r = evaluateJson({ topology: { kind: 'dragonfly', oversubscription: [3] } });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.path, 'topology.oversubscription');
  });
});

describe('rail-only: small rails share a switch', () => {
  test('64 GPUs in 8 domains of 8: 8 rails of 8 endpoints on one 64-port switch', () => {
    const r = ok({ cluster: { acceleratorCount: 64 }, topology: { kind: 'rail-only' }, switch: { model: 'qm9700' } });
    assert.equal(r.fabric.tiers, 1);
    assert.deepEqual(tiers(r), [['leaf', 1, 0]]);
  });

  test('1,024 GPUs: rails of 128 endpoints need 2 tiers each and share nothing', () => {
    // Each rail: 128 endpoints / 32 = 4 leaves + 2 spines; 8 rails → 32 leaves, 16 spines.
    const r = ok({ cluster: { acceleratorCount: 1024 }, topology: { kind: 'rail-only' }, switch: { model: 'qm9700' } });
    assert.deepEqual(tiers(r), [
      ['leaf', 32, 0],
      ['spine', 16, 0],
    ]);
  });

  test('200 GPUs: 8 rails of 25 endpoints, two per 64-port switch → 4 switches', () => {
    const r = ok({ cluster: { acceleratorCount: 200 }, topology: { kind: 'rail-only' }, switch: { model: 'qm9700' } });
    assert.deepEqual(tiers(r), [['leaf', 4, 4 * 64 - 200]]);
  });
});

describe('mixed switch models per tier', () => {
  const qm9700 = findSwitch(defaultCatalog, 'qm9700')!;
  const q3400 = findSwitch(defaultCatalog, 'q3400')!;
  const th5 = findSwitch(defaultCatalog, 'th5-64x800g')!;
  const th6 = findSwitch(defaultCatalog, 'th6-64x1600g')!;
  const xdrOverNdr = {
    year: 2026,
    cluster: { acceleratorCount: 8192 },
    switch: { model: 'qm9700', byTier: { spine: { model: 'q3400' } } },
  };

  test('XDR spines over NDR leaves, 8,192 GPUs: 256 QM9700 leaves under 32 Q3400 spines, 2 tiers', () => {
    // Leaves: 64 ports at 400G, 32 down / 32 up → 8,192 / 32 = 256 leaves. Q3400: 72 x 1.6T = 288
    // ports at 400G, all down at the top: 256 x 32 / 288 = 28.4 → 29, rounded up to divide 32 → 32.
    const r = ok(xdrOverNdr);
    assert.equal(r.fabric.tiers, 2);
    assert.deepEqual(
      r.fabric.switches.byTier.map((t) => [t.tier, t.model, t.count, t.radix, t.idlePorts]),
      [
        ['leaf', 'qm9700', 256, 64, 0],
        ['spine', 'q3400', 32, 288, 32 * 288 - 8192],
      ],
    );
    const lines = r.bom.filter((l) => l.category === 'switches').map((l) => [l.componentId, l.tier, l.quantity]);
    assert.deepEqual(lines, [
      ['qm9700', 'leaf', 256],
      ['q3400', 'spine', 32],
    ]);
    assert.equal(r.capex.byCategory.switches, 256 * qm9700.priceUsd.typical + 32 * q3400.priceUsd.typical);
    assert.equal(r.power.byCategory.switches, 256 * qm9700.powerW.typical + 32 * q3400.powerW.typical);
    // The same cluster on QM9700 alone needs 3 tiers and 640 switches.
    const uniform = ok({ ...xdrOverNdr, switch: { model: 'qm9700' } });
    assert.equal(uniform.fabric.tiers, 3);
    assert.equal(uniform.fabric.switches.total, 640);
  });

  test('64-port leaves under 128-port spines (800G Ethernet, TH5 under TH6): 128 + 32 switches', () => {
    // TH5: 64 x 800G, 32 down / 32 up → 4,096 / 32 = 128 leaves; TH6 at 800G: 128 ports,
    // 128 x 32 / 128 = 32 spines, every port used.
    const r = ok({
      year: 2026,
      cluster: { acceleratorCount: 4096 },
      scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 800 },
      switch: { model: 'th5-64x800g', byTier: { spine: { model: 'th6-64x1600g' } } },
    });
    assert.deepEqual(
      r.fabric.switches.byTier.map((t) => [t.tier, t.model, t.count, t.radix, t.idlePorts]),
      [
        ['leaf', 'th5-64x800g', 128, 64, 0],
        ['spine', 'th6-64x1600g', 32, 128, 0],
      ],
    );
    assert.equal(r.capex.byCategory.switches, 128 * th5.priceUsd.typical + 32 * th6.priceUsd.typical);
  });

  test('a per-tier radix override counts against that tier only', () => {
    // Spines limited to 256 of the Q3400's 288 ports: 256 x 32 / 256 = 32 spines, none idle.
    const r = ok({ ...xdrOverNdr, switch: { model: 'qm9700', byTier: { spine: { model: 'q3400', radix: 256 } } } });
    assert.deepEqual(
      r.fabric.switches.byTier.map((t) => [t.tier, t.count, t.radix, t.idlePorts]),
      [
        ['leaf', 256, 64, 0],
        ['spine', 32, 256, 0],
      ],
    );
  });

  test('refusals name the tier input: unknown model, too large a radix, a direct network', () => {
    const unknown = evaluateJson({ ...xdrOverNdr, switch: { model: 'qm9700', byTier: { spine: { model: 'nope' } } } });
    assert.ok(!unknown.ok && unknown.error.path === 'switch.byTier.spine.model');
    const wrongEcosystem = evaluateJson({
      ...xdrOverNdr,
      switch: { model: 'qm9700', byTier: { core: { model: 'sn5600' } } },
    });
    assert.ok(!wrongEcosystem.ok && wrongEcosystem.error.path === 'switch.byTier.core.model');
    if (!wrongEcosystem.ok) assert.match(wrongEcosystem.error.message, /infiniband/);
    const big = evaluateJson({ ...xdrOverNdr, switch: { model: 'qm9700', byTier: { leaf: { radix: 65 } } } });
    assert.ok(!big.ok && big.error.path === 'switch.byTier.leaf.radix');
    if (!big.ok) assert.match(big.error.message, /at most 64/);
    const df = evaluateJson({ topology: { kind: 'dragonfly' }, switch: { byTier: { spine: { model: 'qm9700' } } } });
    assert.ok(!df.ok && df.error.path === 'switch.byTier.spine');
  });
});

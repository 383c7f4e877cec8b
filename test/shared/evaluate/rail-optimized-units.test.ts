/**
 * Rail-optimized scalable units that span several leaves, and partial last units, through the
 * user path (test/fixtures/rail-optimized-units.json → parseProject → evaluateScenario). DGX H100
 * servers (8 rails of 400G) on QM9700 leaves of 64 ports at 1:1: 32 endpoint ports and 32 uplinks
 * per leaf; two tiers hold at most 64 leaves (k). Worked by hand:
 *   leaves = 8 rails x (whole units x ceil(unit / 32) + ceil(servers of the partial unit / 32));
 *   two-tier capacity = (whole units that fit in 64 leaves x unit + servers of one more unit on
 *   the leaves left) x 8 GPUs;
 *   idle leaf ports = leaves x 32 - GPUs.
 * The notes and error messages are the text users read under the fabric tables and in the CLI.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';
import type { Result } from '../../../shared/model-error.ts';
import { planRailOptimized } from '../../../shared/topology/rail-optimized.ts';
import { request } from '../topology/request.ts';

const file = join(import.meta.dirname, '..', '..', 'fixtures', 'rail-optimized-units.json');
const parsed = parseProject(readFileSync(file, 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
const results = new Map<string, Result<ScenarioResult>>(
  parsed.project.scenarios.map((s) => [s.name, evaluateScenario(s, defaultCatalog)]),
);

function ok(name: string): ScenarioResult {
  const r = results.get(name);
  assert.ok(r, name);
  if (!r.ok) assert.fail(`${name}: ${r.error.path}: ${r.error.message}`);
  return r.value;
}
function refused(name: string) {
  const r = results.get(name);
  assert.ok(r && !r.ok, `${name} should be refused`);
  return r.error;
}
const tiers = (r: ScenarioResult) => r.fabric.switches.byTier.map((t) => [t.tier, t.count, t.idlePorts]);
const spans = (su: number, leaves: number) => `a scalable unit of ${su} servers spans ${leaves} leaves per rail`;
const lastLeaf = (fill: number) =>
  `rail leaves have 32 endpoint ports but a scalable unit fills ${fill} of them on its last leaf per rail; ` +
  'a scalable unit of a multiple of 32 servers leaves none idle';
const capacity = (endpoints: number, max: number) =>
  `rail-optimized fat-tree needs room for ${endpoints} endpoints, but 2 tiers hold at most ${max} at radix 64 ` +
  'with this oversubscription and grouping; add tiers or planes, or pick a larger radix';

describe('a 48-server unit spans 2 leaves per rail (32 + 16)', () => {
  test('4 whole units: 64 leaves, 32 spines, 512 idle leaf ports (12.5%); both notes', () => {
    const r = ok('48-server units, 4 units');
    assert.equal(r.fabric.tiers, 2);
    // 8 x 4 x 2 = 64 leaves; 64 x 32 = 2,048 uplinks over 32 spines; 64 x 32 - 1,536 = 512 idle.
    assert.deepEqual(tiers(r), [
      ['leaf', 64, 512],
      ['spine', 32, 0],
    ]);
    assert.equal(r.fabric.links.byClass.find((c) => c.class === 'leaf-spine')?.count, 2048);
    assert.deepEqual(r.fabric.scalableUnit, {
      servers: 48,
      auto: false,
      fillsLeaves: false,
      idleLeafPorts: 512,
      idleLeafPortShare: 0.125,
    });
    assert.deepEqual(r.fabric.notes, [spans(48, 2), lastLeaf(16)]);
    // 64 leaves hold exactly 4 units: the two-tier capacity is 4 x 48 x 8 = 1,536, not 2,048.
    assert.equal(r.fabric.maxEndpointsPerPlane, 1536);
  });
  test('3 units and a partial one of 6 servers: 8 x (3 x 2 + 1) = 56 leaves, 592 idle, 32 spines with 256 idle', () => {
    const r = ok('48-server units, 150 servers');
    // 56 x 32 uplinks = 1,792 over ceil(1,792 / 64) = 28 spines, rounded up to 32 so 32 uplinks stripe evenly.
    assert.deepEqual(tiers(r), [
      ['leaf', 56, 56 * 32 - 1200],
      ['spine', 32, 32 * 64 - 1792],
    ]);
    assert.equal(r.fabric.scalableUnit?.idleLeafPorts, 592);
    assert.equal(r.fabric.scalableUnit?.idleLeafPortShare, 592 / (56 * 64));
    assert.deepEqual(r.fabric.notes, [spans(48, 2), lastLeaf(16)]);
  });
  test('one server past 4 units needs a third tier: 8 x (4 x 2 + 1) = 72 leaves, 760 idle', () => {
    const r = ok('48-server units, 193 servers');
    assert.equal(r.fabric.tiers, 3);
    assert.deepEqual(r.fabric.switches.byTier[0], {
      tier: 'leaf',
      model: 'qm9700',
      count: 72,
      radix: 64,
      portsUsed: 1544 + 72 * 32,
      idlePorts: 72 * 32 - 1544,
      idlePortShare: 760 / (72 * 64),
    });
    // Three tiers hold 2,048 leaves = 128 units of 48 servers = 49,152 GPUs (k^3/4 x 3/4).
    assert.equal(r.fabric.maxEndpointsPerPlane, 49152);
  });
  test('...and on 2 forced tiers is refused naming the 1,536 the grouping holds', () => {
    const e = refused('48-server units, 193 servers on 2 tiers');
    assert.equal(e.path, 'topology.tiers');
    assert.equal(e.message, capacity(1544, 1536));
  });
});

describe('a 96-server unit spans 3 whole leaves per rail', () => {
  test('2 units and a partial one of 64 servers fill 64 leaves exactly: 2,048 GPUs on 2 tiers, no idle port', () => {
    const r = ok('96-server units, 256 servers');
    assert.deepEqual(tiers(r), [
      ['leaf', 64, 0],
      ['spine', 32, 0],
    ]);
    assert.equal(r.fabric.scalableUnit?.fillsLeaves, true);
    // The unit is a multiple of 32: only the spanning note.
    assert.deepEqual(r.fabric.notes, [spans(96, 3)]);
    // floor(64 / 24) = 2 units; the 16 leaves left hold 64 servers of a third: (192 + 64) x 8.
    assert.equal(r.fabric.maxEndpointsPerPlane, 2048);
  });
  test('one server more on 2 tiers is refused at 2,048', () => {
    const e = refused('96-server units, 257 servers on 2 tiers');
    assert.equal(e.message, capacity(2056, 2048));
  });
});

describe('an 80-server unit spans 3 leaves per rail, the third half filled', () => {
  test('2 units and a partial one of 64 servers: 64 leaves, 256 idle (2 units x 8 rails x 16)', () => {
    const r = ok('80-server units, 224 servers');
    assert.deepEqual(tiers(r), [
      ['leaf', 64, 256],
      ['spine', 32, 0],
    ]);
    assert.equal(r.fabric.scalableUnit?.idleLeafPortShare, 0.0625);
    assert.deepEqual(r.fabric.notes, [spans(80, 3), lastLeaf(16)]);
    assert.equal(r.fabric.maxEndpointsPerPlane, 1792);
  });
  test('one server more on 2 tiers is refused at 1,792', () => {
    assert.equal(refused('80-server units, 225 servers on 2 tiers').message, capacity(1800, 1792));
  });
});

describe('reserved ports per leaf', () => {
  test('a forced 32-server unit with a UFM port per leaf would spill onto a second leaf per rail: refused', () => {
    const e = refused('32-server units, a UFM port per leaf');
    assert.equal(e.path, 'topology.reservedPortsPerLeaf');
    assert.equal(e.value, '1');
    assert.equal(
      e.message,
      'reserving 1 port per leaf leaves 31 endpoint ports on a rail leaf, too few for the 32-server scalable ' +
        'unit: each unit would spill onto 2 leaves per rail instead of 1. Reservations are per leaf; set ' +
        'topology.scalableUnitServers to "auto" or at most 31, or reserve fewer ports',
    );
  });
  test('two reserved ports leave 30: the 32-server unit is refused, naming ports in the plural', () => {
    const e = refused('32-server units, 2 ports reserved per leaf');
    assert.equal(
      e.message,
      'reserving 2 ports per leaf leaves 30 endpoint ports on a rail leaf, too few for the 32-server scalable ' +
        'unit: each unit would spill onto 2 leaves per rail instead of 1. Reservations are per leaf; set ' +
        'topology.scalableUnitServers to "auto" or at most 30, or reserve fewer ports',
    );
  });
  test('the automatic unit takes the 30 ports left: 4 units of 30 servers on 32 leaves, no note, no idle port', () => {
    const r = ok('automatic units, 2 ports reserved per leaf');
    assert.deepEqual(tiers(r), [
      ['leaf', 32, 0],
      ['spine', 16, 0],
    ]);
    assert.deepEqual(r.fabric.scalableUnit, {
      servers: 30,
      auto: true,
      fillsLeaves: true,
      idleLeafPorts: 0,
      idleLeafPortShare: 0,
    });
    assert.deepEqual(r.fabric.notes, []);
    // 64 leaves of 30 servers' ports: 8 units x 30 x 8.
    assert.equal(r.fabric.maxEndpointsPerPlane, 1920);
  });
});

describe('planes and a single tier', () => {
  test('8 rails over 2 planes: 4 rails per plane, 16 leaves and 8 spines in each, 2,048 GPUs a plane on 2 tiers', () => {
    const r = ok('8 rails on 2 planes');
    assert.equal(r.fabric.planes, 2);
    // Per plane: 128 servers = 4 units of 32, 4 rails x 4 = 16 leaves; 16 x 32 uplinks / 64 = 8 spines.
    assert.deepEqual(tiers(r), [
      ['leaf', 32, 0],
      ['spine', 16, 0],
    ]);
    assert.deepEqual(
      r.fabric.links.byClass.map((c) => [c.class, c.count]),
      [
        ['accelerator-leaf', 1024],
        ['leaf-spine', 1024],
      ],
    );
    // 64 leaves a plane at 2 tiers, 4 per unit: 16 units x 32 servers x 4 rails.
    assert.equal(r.fabric.maxEndpointsPerPlane, 2048);
    assert.deepEqual(r.fabric.notes, []);
  });
  test('8 NIC ports over 3 planes is refused on the planes field', () => {
    const e = refused('8 rails on 3 planes');
    assert.equal(e.path, 'scaleOut.planes');
    assert.equal(e.message, 'must divide the 8 NIC ports of a server evenly');
  });
  test('...and by the planner itself, for callers that skip the scenario check', () => {
    // 8 GPUs x 2 NIC ports: 16 ports, which 3 planes cannot share.
    const r = planRailOptimized(request({ kind: 'rail-optimized', nicPortsPerAccelerator: 2, planes: 3 }));
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.path, 'scaleOut.planes');
      assert.equal(r.error.message, "each server's 16 NIC ports must split evenly over the planes");
    }
  });
  test('one tier is one switch for all rails: a 64-server unit and a reserved port spill nothing, no note', () => {
    // 56 NICs on one 64-port switch with a port reserved: 63 endpoint ports, 7 idle. On two tiers a
    // 64-server unit would spill past 63 ports; on one tier there is no rail leaf to spill from.
    const r = ok('one tier: 7 servers on one switch, a 64-server unit and a reserved port');
    assert.equal(r.fabric.tiers, 1);
    assert.equal(r.fabric.topology, 'rail-optimized');
    assert.deepEqual(tiers(r), [['leaf', 1, 7]]);
    assert.deepEqual(r.fabric.scalableUnit, {
      servers: 64,
      auto: false,
      fillsLeaves: true,
      idleLeafPorts: 0,
      idleLeafPortShare: 0,
    });
    assert.deepEqual(r.fabric.notes, []);
    assert.equal(r.fabric.maxEndpointsPerPlane, 63);
  });
});

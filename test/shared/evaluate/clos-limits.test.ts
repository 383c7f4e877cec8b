/**
 * Folded-Clos sizes that do not fit, through the user path (test/fixtures/clos-limits.json →
 * parseProject → evaluateScenario), with the sentences users read. DGX H100 servers on QM9700
 * switches of 64 ports at 1:1, worked by hand: a leaf has 32 endpoint ports and 32 uplinks; two
 * tiers hold 64 leaves x 32 = 2,048 GPUs (k^2/2); one tier is one switch of 64 ports; 128-port
 * spines take 128 leaves, so 4,096 GPUs on two tiers.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sizeClos } from '../../../shared/topology/clos-planner.ts';
import { scenarioFile } from '../../fixtures/scenario-file.ts';

const { evaluate, refused } = scenarioFile('clos-limits.json');
const tail = 'with this oversubscription and grouping; add tiers or planes, or pick a larger radix';

describe('leaf-spine', () => {
  test('4,096 GPUs: refused on the accelerator count, naming the 2,048 two tiers hold', () => {
    const e = refused('leaf-spine, 4,096 GPUs');
    assert.deepEqual(
      [e.path, e.value, e.message],
      [
        'cluster.acceleratorCount',
        '4096',
        `leaf-spine needs room for 4096 endpoints, but up to 2 tiers hold at most 2048 at radix 64 ${tail}`,
      ],
    );
  });
  test('three forced tiers: a leaf-spine has two at most', () => {
    const e = refused('leaf-spine on 3 tiers');
    assert.deepEqual([e.path, e.value, e.message], ['topology.tiers', '3', 'leaf-spine has at most 2 tiers']);
  });
});

describe('fat-tree on forced tiers', () => {
  test('4,096 GPUs on 2 tiers: refused on the tiers field', () => {
    const e = refused('fat-tree, 4,096 GPUs on 2 tiers');
    assert.deepEqual(
      [e.path, e.value, e.message],
      [
        'topology.tiers',
        '2',
        `fat-tree needs room for 4096 endpoints, but 2 tiers hold at most 2048 at radix 64 ${tail}`,
      ],
    );
  });
  test('128 GPUs on 1 tier: one switch holds 64', () => {
    const e = refused('fat-tree, 128 GPUs on 1 tier');
    assert.equal(e.message, `fat-tree needs room for 128 endpoints, but 1 tier holds at most 64 at radix 64 ${tail}`);
  });
  test('128-port spines: the radix of each tier tried is named', () => {
    const e = refused('fat-tree, 8,192 GPUs on 2 tiers with 128-port spines');
    assert.equal(
      e.message,
      `fat-tree needs room for 8192 endpoints, but 2 tiers hold at most 4096 at radix 64 (leaf), 128 (spine) ${tail}`,
    );
  });
  test('a tier not tried does not enter the message (spine radix on 1 tier, core radix on 2)', () => {
    assert.equal(
      refused('fat-tree, 128 GPUs on 1 tier with 128-port spines').message,
      `fat-tree needs room for 128 endpoints, but 1 tier holds at most 64 at radix 64 ${tail}`,
    );
    assert.equal(
      refused('fat-tree, 8,192 GPUs on 2 tiers with 128-port cores').message,
      `fat-tree needs room for 8192 endpoints, but 2 tiers hold at most 2048 at radix 64 ${tail}`,
    );
  });
});

test('a fat-tree that fits: 1,024 GPUs on 32 leaves and 16 spines, no notes', () => {
  const r = evaluate('fat-tree, 1,024 GPUs');
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const f = r.value.fabric;
  assert.deepEqual(
    [f.topology, f.tiers, f.switches.byTier.map((t) => [t.tier, t.count, t.idlePorts])],
    [
      'fat-tree',
      2,
      [
        ['leaf', 32, 0],
        ['spine', 16, 0],
      ],
    ],
  );
  assert.equal(f.maxEndpointsPerPlane, 2048);
  assert.deepEqual(f.notes, []);
  assert.equal(f.scalableUnit, null);
});

describe('oversubscription lists longer than the boundaries of the tiers built', () => {
  const advice = (tiers: number) =>
    `would apply to no boundary; give one value per boundary, leaf first (or one value for all), or set topology.tiers to ${tiers}`;
  const cases: [string, string, string][] = [
    [
      'fat-tree, 1 tier with two ratios',
      '[1, 3]',
      `a 1-tier fabric has no tier boundaries, so the extra values 1, 3 ${advice(3)}`,
    ],
    [
      'fat-tree, 2 tiers with three ratios',
      '[1, 1, 7]',
      `a 2-tier fabric has 1 tier boundary (leaf-spine), so the extra values 1, 7 ${advice(4)}`,
    ],
    [
      'fat-tree, 3 tiers with three ratios',
      '[1, 1, 7]',
      `a 3-tier fabric has 2 tier boundaries (leaf-spine, spine-core), so the extra value 7 ${advice(4)}`,
    ],
    [
      'fat-tree, 4 tiers with four ratios',
      '[1, 1, 1, 7]',
      `a 4-tier fabric has 3 tier boundaries (leaf-spine, spine-core, core-super-core), so the extra value 7 ${advice(5)}`,
    ],
  ];
  for (const [name, value, message] of cases) {
    test(name, () => {
      const e = refused(name);
      assert.deepEqual([e.path, e.value, e.message], ['topology.oversubscription', value, message]);
    });
  }
});

describe('reserved ports that leave no endpoint port', () => {
  const message = 'leaves of radix 64 have no endpoint ports left at this oversubscription; reserve fewer ports';
  test('one forced tier with all 64 ports reserved', () => {
    const e = refused('fat-tree, 1 tier with every port reserved');
    assert.deepEqual([e.path, e.value, e.message], ['topology.reservedPortsPerLeaf', '64', message]);
  });
  test('32 reserved of the 32 endpoint ports of a 1:1 leaf', () => {
    const e = refused('fat-tree, every endpoint port reserved');
    assert.deepEqual([e.path, e.value, e.message], ['topology.reservedPortsPerLeaf', '32', message]);
  });
});

test('radix-2 switches still build three tiers: one port down and one up at every tier', () => {
  // The smallest middle tier has one downlink; sizeClos must not mistake it for none.
  const r = sizeClos({
    endpoints: 2,
    radix: 2,
    tiers: 3,
    maxTiers: 5,
    oversubscription: [1],
    reservedPortsPerLeaf: 0,
    label: 'fat-tree',
    accelerators: 2,
  });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.deepEqual([r.value.tiers, r.value.endpointsPerLeaf], [3, 1]);
});

test('one tier with a single endpoint port left (radix 4, 3 reserved) holds one endpoint', () => {
  const r = sizeClos({
    endpoints: 1,
    radix: 4,
    tiers: 1,
    maxTiers: 5,
    oversubscription: [1],
    reservedPortsPerLeaf: 3,
    label: 'fat-tree',
    accelerators: 1,
  });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.deepEqual([r.value.tiers, r.value.endpointsPerLeaf, r.value.maxEndpoints], [1, 1, 1]);
});

describe('deep builds name the radix of every tier they tried', () => {
  // Radix 8 at 1:1: 4 endpoint ports a leaf, 4 down at a spine and a super-core, 8 down at a
  // radix-16 core, all 8 down at the top. 4 tiers: 4 x 8 x 8 = 256 leaves, 1,024 endpoints;
  // 5 tiers: 4 x 8 x 4 x 8 = 1,024 leaves, 4,096 endpoints.
  test('4 tiers', () => {
    assert.equal(
      refused('fat-tree, 2,048 GPUs on 4 tiers of radix 8 with radix-16 cores').message,
      `fat-tree needs room for 2048 endpoints, but 4 tiers hold at most 1024 at radix 8 (leaf), 8 (spine), 16 (core), 8 (super-core) ${tail}`,
    );
  });
  test('5 tiers', () => {
    assert.equal(
      refused('fat-tree, 8,192 GPUs on 5 tiers of radix 8 with radix-16 cores').message,
      `fat-tree needs room for 8192 endpoints, but 5 tiers hold at most 4096 at radix 8 (leaf), 8 (spine), 16 (core), 8 (super-core), 8 (super-core-2) ${tail}`,
    );
  });
});

test('automatic tiers with every port of a switch reserved: the reserved-ports refusal, as on one forced tier', () => {
  const e = refused('fat-tree, auto tiers with every port reserved');
  assert.deepEqual(
    [e.path, e.value, e.message],
    [
      'topology.reservedPortsPerLeaf',
      '64',
      'leaves of radix 64 have no endpoint ports left at this oversubscription; reserve fewer ports',
    ],
  );
});

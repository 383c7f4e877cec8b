/**
 * Inputs a topology cannot use, refused on the field with what it applies to, through the user
 * path (test/fixtures/topology-inputs.json → parseProject → evaluateScenario).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scenarioFile } from '../../fixtures/scenario-file.ts';

const { evaluate } = scenarioFile('topology-inputs.json');
const refusal = (name: string) => {
  const r = evaluate(name);
  assert.equal(r.ok, false, `${name} should be refused`);
  return r.ok ? [] : [r.error.path, r.error.value, r.error.message];
};

for (const kind of ['dragonfly', 'dragonfly-plus', 'slim-fly']) {
  test(`${kind}: an oversubscription list with any ratio but 1 is refused`, () => {
    assert.deepEqual(refusal(`${kind} with a ratio`), [
      'topology.oversubscription',
      '[1, 3]',
      `a ${kind} network has no tier boundaries for an oversubscription to apply to; set it to [1] ` +
        '(its ratios follow from the dragonfly parameters or the radix)',
    ]);
  });
}

const podClosOnly = 'applies to leaf-spine, fat-tree, rail-optimized topologies, not dragonfly';
for (const [name, path, value] of [
  ['dragonfly with a switch link rate', 'topology.switchLinkRateGbps', '800'],
  ['dragonfly with backup ports', 'topology.backupPortsPerLeaf', '8'],
  ['dragonfly with servers per leaf', 'topology.serversPerLeaf', '16'],
  ['dragonfly with pods', 'topology.podAccelerators', '512'],
] as const) {
  test(`${name}: refused on ${path}`, () => {
    assert.deepEqual(refusal(name), [path, value, podClosOnly]);
  });
}

test('dual-homed NICs on a Slim Fly', () => {
  assert.deepEqual(refusal('slim-fly with dual-homed NICs'), [
    'reliability.resilience.nicHoming',
    'dual',
    'dual-homed NICs are built for leaf-spine, fat-tree, rail-optimized and rail-only topologies, not slim-fly',
  ]);
});

test('per-tier switch models with a pod-Clos input or with dual homing: refused naming the input', () => {
  assert.deepEqual(refusal('fat-tree with backup ports and 128-port spines'), [
    'switch.byTier',
    'topology.backupPortsPerLeaf',
    'per-tier switch models are not combined with topology.backupPortsPerLeaf yet; use one switch model, ' +
      'or leave that input at its default',
  ]);
  assert.deepEqual(refusal('fat-tree with dual-homed NICs and 128-port spines'), [
    'switch.byTier',
    'dual-homed NICs',
    'per-tier switch models are not combined with dual-homed NICs yet; use one switch model, or leave that input at its default',
  ]);
});

test('naming the scenario switch for a tier is no per-tier change: backup ports still plan', () => {
  const r = evaluate('fat-tree with backup ports and the same spine model');
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  // 8 of 64 leaf ports go to backup servers: 32 active downlinks and 24 uplinks (32 : 24).
  assert.deepEqual(r.value.fabric.notes, ['leaf: 32 x 400G active downlinks + 8 backup, 24 x 400G uplinks (1.333:1)']);
  assert.deepEqual(
    r.value.fabric.switches.byTier.map((t) => [t.tier, t.count]),
    [
      ['leaf', 32],
      ['spine', 12],
    ],
  );
});

/**
 * Dragonfly and dragonfly+ figures worked by hand at small radices.
 *
 * Dragonfly at radix 8, balanced: p = h = floor(9 / 4) = 2, a = 4, so at
 * most a x h + 1 = 9 groups of 4 routers and 8 endpoints (72 endpoints). Local links: a(a - 1)/2
 * = 6 per group; global links use every global port, floor(a x h x g / 2), none for one group.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { planDragonfly } from '../../../shared/topology/dragonfly.ts';
import { planDragonflyPlus } from '../../../shared/topology/dragonfly-plus.ts';
import { request } from './request.ts';

const dragonfly = (accelerators: number, radix = 8) =>
  planDragonfly(request({ kind: 'dragonfly', radix, accelerators, dragonfly: { mode: 'balanced', p: 0, a: 0, h: 0 } }));

function planned(accelerators: number) {
  const r = dragonfly(accelerators);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

describe('dragonfly at radix 8', () => {
  test('one group (8 GPUs): 4 routers, 6 local links, no global link, 2 hops at most', () => {
    const p = planned(8);
    assert.equal(p.topology, 'dragonfly');
    // Ports: 8 endpoints + 2 x 6 local = 20 of 4 x 8 = 32; 12 idle.
    assert.deepEqual(
      p.switchTiers.map((t) => [t.tier, t.count, t.portsUsed, t.idlePorts]),
      [['router', 4, 20, 12]],
    );
    assert.deepEqual(
      p.links.map((l) => [l.class, l.count]),
      [
        ['accelerator-leaf', 8],
        ['local', 6],
        ['global', 0],
      ],
    );
    assert.equal(p.switchHopBound, 2);
    assert.deepEqual(p.notes, ['dragonfly p=2, a=4, h=2, 1 of at most 9 groups']);
  });
  test('two groups (16 GPUs): 8 routers, 12 local and 8 global links, 4 hops at most', () => {
    const p = planned(16);
    // Ports: 16 + 2 x 12 + 2 x 8 = 56 of 64; 8 idle.
    assert.deepEqual(
      p.switchTiers.map((t) => [t.count, t.portsUsed, t.idlePorts]),
      [[8, 56, 8]],
    );
    assert.deepEqual(
      p.links.map((l) => l.count),
      [16, 12, 8],
    );
    assert.equal(p.switchHopBound, 4);
    assert.equal(p.maxEndpointsPerPlane, 72);
    assert.deepEqual(p.notes, ['dragonfly p=2, a=4, h=2, 2 of at most 9 groups']);
  });
  test('80 GPUs need 10 groups of 8: refused, naming the 72 that 9 groups hold', () => {
    const r = dragonfly(80);
    assert.deepEqual(r.ok ? r : [r.error.path, r.error.value, r.error.message], [
      'cluster.acceleratorCount',
      '80',
      'a dragonfly with p=2, a=4, h=2 reaches at most 72 endpoints per plane (9 groups); needs 10 groups. ' +
        'Use more planes, a larger radix or dragonfly+',
    ]);
  });
  test('radix 2 leaves no terminal port: refused on the radix', () => {
    const r = dragonfly(8, 2);
    assert.deepEqual(r.ok ? r : [r.error.path, r.error.value, r.error.message], [
      'switch.radix',
      '2',
      'a dragonfly router needs a radix of at least 3',
    ]);
  });
});

/**
 * Dragonfly+ at radix 4, balanced: p = L = h = 2, so groups of 2 leaves and 2 spines (complete
 * bipartite: 4 local links) and at most L x h + 1 = 5 groups of 4 endpoints (20 endpoints).
 */
describe('dragonfly+ at radix 4', () => {
  const plus = (accelerators: number, over: Partial<Parameters<typeof request>[0]> = {}) =>
    planDragonflyPlus(
      request({
        kind: 'dragonfly-plus',
        radix: 4,
        accelerators,
        acceleratorsPerServer: 4,
        scaleUpDomain: 4,
        dragonfly: { mode: 'balanced', p: 0, a: 0, h: 0 },
        ...over,
      }),
    );
  const planned = (accelerators: number) => {
    const r = plus(accelerators);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    return r.value;
  };
  test('one group (4 GPUs): leaves full (4 endpoints + 4 local), spines half used, 3 hops at most', () => {
    const p = planned(4);
    assert.equal(p.topology, 'dragonfly-plus');
    assert.deepEqual(
      p.switchTiers.map((t) => [t.tier, t.count, t.portsUsed, t.idlePorts]),
      [
        ['leaf', 2, 8, 0],
        ['spine', 2, 4, 4],
      ],
    );
    assert.deepEqual(
      p.links.map((l) => [l.class, l.count]),
      [
        ['accelerator-leaf', 4],
        ['local', 4],
        ['global', 0],
      ],
    );
    assert.equal(p.switchHopBound, 3);
    assert.deepEqual(p.notes, ['dragonfly+ p=2, L=2, h=2, 1 of at most 5 groups']);
  });
  test('two groups (8 GPUs): 4 global links fill the spines, 4 hops at most', () => {
    const p = planned(8);
    // Spines: 8 local + 2 x 4 global = 16 of 16 ports.
    assert.deepEqual(
      p.switchTiers.map((t) => [t.count, t.portsUsed, t.idlePorts]),
      [
        [4, 16, 0],
        [4, 16, 0],
      ],
    );
    assert.deepEqual(
      p.links.map((l) => l.count),
      [8, 8, 4],
    );
    assert.equal(p.switchHopBound, 4);
    assert.equal(p.maxEndpointsPerPlane, 20);
  });
  test('24 GPUs need 6 groups: refused, naming the 20 that 5 groups hold', () => {
    const r = plus(24);
    assert.deepEqual(r.ok ? r : [r.error.path, r.error.value, r.error.message], [
      'cluster.acceleratorCount',
      '24',
      'a dragonfly+ with p=2, a=2, h=2 reaches at most 20 endpoints per plane (5 groups); needs 6',
    ]);
  });
  test('explicit p = 3, a = 2, h = 3 at radix 4: both port sums named', () => {
    const r = plus(4, { dragonfly: { mode: 'explicit', p: 3, a: 2, h: 3 } });
    assert.deepEqual(r.ok ? r : [r.error.path, r.error.value, r.error.message], [
      'topology.dragonfly',
      'p=3, a=2, h=3',
      'leaves use p + a = 5 and spines a + h = 5 ports; both must be at most the radix 4',
    ]);
  });
  test('no global port (h = 0) or no terminal port (p = 0, radix 1): refused on the radix', () => {
    for (const r of [
      plus(4, { dragonfly: { mode: 'explicit', p: 2, a: 2, h: 0 } }),
      plus(4, { dragonfly: { mode: 'explicit', p: 0, a: 2, h: 2 } }),
      plus(4, { radix: 1 }),
    ]) {
      assert.deepEqual(r.ok ? r : [r.error.path, r.error.message], [
        'switch.radix',
        'a dragonfly+ switch needs a radix of at least 2',
      ]);
    }
  });
});

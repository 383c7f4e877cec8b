/**
 * Dragonfly figures worked by hand at radix 8, balanced: p = h = floor(9 / 4) = 2, a = 4, so at
 * most a x h + 1 = 9 groups of 4 routers and 8 endpoints (72 endpoints). Local links: a(a - 1)/2
 * = 6 per group; global links use every global port, floor(a x h x g / 2), none for one group.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { planDragonfly } from '../../../shared/topology/dragonfly.ts';
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

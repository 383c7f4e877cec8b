/** Plan arithmetic shared by every planner: bundles, idle shares, link sums, planes and rail sums. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  idlePortShare,
  linksOf,
  mergeBundles,
  replicatePlanes,
  sumPlans,
  switchToSwitchLinks,
  type FabricPlan,
} from '../../../shared/topology/fabric-plan.ts';

const plan = (over: Partial<FabricPlan>): FabricPlan => ({
  topology: 'rail-only',
  tiers: 1,
  endpoints: 64,
  planes: 1,
  switchTiers: [{ tier: 'leaf', level: 1, count: 1, radix: 64, portsUsed: 64, portsReserved: 0, idlePorts: 0 }],
  links: [{ class: 'accelerator-leaf', count: 64 }],
  switchHopBound: 1,
  maxEndpointsPerPlane: 64,
  notes: ['a'],
  ...over,
});

test('mergeBundles sums equal widths, drops empty ones and lists the widest first', () => {
  assert.deepEqual(
    mergeBundles([
      { linksPerPair: 2, pairs: 3 },
      { linksPerPair: 1, pairs: 5 },
      { linksPerPair: 2, pairs: 1 },
      { linksPerPair: 0, pairs: 4 },
      { linksPerPair: 3, pairs: 0 },
      { linksPerPair: 4, pairs: 2 },
    ]),
    [
      { linksPerPair: 4, pairs: 2 },
      { linksPerPair: 2, pairs: 4 },
      { linksPerPair: 1, pairs: 5 },
    ],
  );
});

test('idle share: 8,192 of 256 x 128 ports is 0.25; an empty tier is 0, not NaN', () => {
  assert.equal(idlePortShare({ count: 256, radix: 128, idlePorts: 8192 }), 0.25);
  assert.equal(idlePortShare({ count: 0, radix: 128, idlePorts: 0 }), 0);
});

test('links of a class (0 when absent) and switch-to-switch links (all but accelerator-leaf)', () => {
  const p = plan({
    links: [
      { class: 'accelerator-leaf', count: 1024 },
      { class: 'leaf-spine', count: 512 },
      { class: 'spine-core', count: 256 },
    ],
  });
  assert.deepEqual([linksOf(p, 'leaf-spine'), linksOf(p, 'spine-core'), linksOf(p, 'global')], [512, 256, 0]);
  assert.equal(switchToSwitchLinks(p), 768);
});

describe('sumPlans: rails of two sizes side by side', () => {
  const oneTier = plan({
    links: [{ class: 'accelerator-leaf', count: 64, bundles: [{ linksPerPair: 1, pairs: 64 }] }],
  });
  const twoTier = plan({
    tiers: 2,
    endpoints: 65,
    switchTiers: [
      { tier: 'spine', level: 2, count: 2, radix: 64, portsUsed: 96, portsReserved: 0, idlePorts: 32 },
      { tier: 'leaf', level: 1, count: 3, radix: 64, portsUsed: 161, portsReserved: 0, idlePorts: 31 },
    ],
    links: [
      { class: 'accelerator-leaf', count: 65 },
      { class: 'leaf-spine', count: 96, bundles: [{ linksPerPair: 16, pairs: 6 }] },
      { class: 'spine-core', count: 10 },
    ],
    switchHopBound: 3,
    notes: ['a', 'b'],
  });
  const sum = sumPlans(oneTier, twoTier);
  test('tiers add by name and list leaf first; the deeper plan sets tiers and hop bound', () => {
    assert.deepEqual(
      sum.switchTiers.map((t) => [t.tier, t.count, t.portsUsed, t.idlePorts]),
      [
        ['leaf', 4, 225, 31],
        ['spine', 2, 96, 32],
      ],
    );
    assert.deepEqual([sum.tiers, sum.endpoints, sum.switchHopBound], [2, 129, 3]);
    assert.deepEqual(sum.notes, ['a', 'b']);
  });
  test('links add by class; bundles merge, a class with bundles on one side keeps them, one with none gets none', () => {
    assert.deepEqual(sum.links, [
      { class: 'accelerator-leaf', count: 129, bundles: [{ linksPerPair: 1, pairs: 64 }] },
      { class: 'leaf-spine', count: 96, bundles: [{ linksPerPair: 16, pairs: 6 }] },
      { class: 'spine-core', count: 10 },
    ]);
    // Order does not matter for the sums.
    assert.deepEqual(
      sumPlans(twoTier, oneTier).links.find((l) => l.class === 'accelerator-leaf'),
      { class: 'accelerator-leaf', count: 129, bundles: [{ linksPerPair: 1, pairs: 64 }] },
    );
    assert.equal(sumPlans(twoTier, oneTier).tiers, 2);
    // A plan that lists its spine first still sums to leaf first.
    assert.deepEqual(
      sumPlans(twoTier, oneTier).switchTiers.map((t) => t.tier),
      ['leaf', 'spine'],
    );
  });
});

test('replicatePlanes multiplies switches, ports, links and bundle pairs', () => {
  const p = replicatePlanes(
    plan({ links: [{ class: 'accelerator-leaf', count: 64, bundles: [{ linksPerPair: 8, pairs: 8 }] }] }),
    4,
  );
  assert.deepEqual(
    [p.planes, p.endpoints, p.switchTiers[0]!.count, p.switchTiers[0]!.portsUsed, p.links[0]],
    [4, 256, 4, 256, { class: 'accelerator-leaf', count: 256, bundles: [{ linksPerPair: 8, pairs: 32 }] }],
  );
});

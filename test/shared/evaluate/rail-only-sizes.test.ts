/**
 * Rail-only fabrics at small and uneven sizes, through the user path (test/fixtures/
 * rail-only-sizes.json → parseProject → evaluateScenario), and the shared-switch packing against
 * a rail-by-rail first-fit oracle. QM9700 switches of 64 ports; worked by hand: a rail of up to
 * 64 endpoints fits one switch; rails that small share switches, floor(64 / rail) per switch,
 * longest rails first; a rail of 65 needs a leaf-spine of its own: ceil(65 / 32) = 3 leaves and
 * 3 x 32 uplinks / 64 = 2 spines.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';
import { planRailOnly, sharedRailSwitches } from '../../../shared/topology/rail-only.ts';
import { request } from '../topology/request.ts';
import { scenarioFile } from '../../fixtures/scenario-file.ts';

const { evaluated } = scenarioFile('rail-only-sizes.json');
const fabric = (name: string): ScenarioResult['fabric'] => evaluated(name).fabric;
const summary = (f: ScenarioResult['fabric']) => ({
  topology: f.topology,
  tiers: f.tiers,
  switches: f.switches.byTier.map((t) => [t.tier, t.count, t.idlePorts]),
  links: f.links.byClass.map((c) => [c.class, c.count]),
  maxEndpointsPerPlane: f.maxEndpointsPerPlane,
});
const FORWARDED = 'traffic between rails is forwarded through the scale-up domain';
const sharing = (n: number) =>
  `rails small enough for one switch share switches: up to ${n} rails per switch, ` +
  'each rail on its own ports (a partition or VLAN per rail)';

describe('DGX H100: 8 rails, one per GPU rank', () => {
  test('256 GPUs: rails of 32, two per switch: 4 switches, none idle', () => {
    const f = fabric('256 GPUs: rails of 32 share switches');
    assert.deepEqual(summary(f), {
      topology: 'rail-only',
      tiers: 1,
      switches: [['leaf', 4, 0]],
      links: [['accelerator-leaf', 256]],
      maxEndpointsPerPlane: 512, // 8 rails x 64 endpoints on one tier
    });
    assert.deepEqual(f.notes, [FORWARDED, sharing(2)]);
  });
  test('200 GPUs: rails of 25, two per switch: 4 switches, 4 x (64 - 50) = 56 ports idle', () => {
    assert.deepEqual(summary(fabric('200 GPUs: rails of 25')).switches, [['leaf', 4, 56]]);
  });
  test('136 GPUs: rails of 17, three per switch: 3 switches (3 + 3 + 2 rails), 192 - 136 = 56 idle', () => {
    const f = fabric('136 GPUs: 17 domains');
    assert.deepEqual(summary(f).switches, [['leaf', 3, 56]]);
    assert.deepEqual(f.notes, [FORWARDED, sharing(3)]);
  });
  test('512 GPUs: rails of 64 fill a switch each: 8 switches and no sharing note', () => {
    const f = fabric('512 GPUs: a switch per rail');
    assert.deepEqual(summary(f).switches, [['leaf', 8, 0]]);
    assert.deepEqual(f.notes, [FORWARDED]);
  });
  test('520 GPUs: rails of 65 take 3 leaves and 2 spines each', () => {
    const f = fabric('520 GPUs: rails of 65 need two tiers');
    assert.deepEqual(summary(f), {
      topology: 'rail-only',
      tiers: 2,
      // 8 x 3 leaves with 3 x 32 - 65 = 31 idle each; 8 x 2 spines with 128 - 96 = 32 idle each.
      switches: [
        ['leaf', 24, 248],
        ['spine', 16, 256],
      ],
      links: [
        ['accelerator-leaf', 520],
        ['leaf-spine', 768],
      ],
      maxEndpointsPerPlane: 8 * 2048,
    });
    assert.deepEqual(f.notes, [FORWARDED]);
  });
});

describe('GB200 NVL72: 72 rails, a partial last domain lengthens the first rails', () => {
  test('76 GPUs: 4 rails of 2 and 68 of 1 on 2 shared switches (64 + 12 ports), 52 idle', () => {
    const f = fabric('NVL72, 76 GPUs: a rack and a tray');
    assert.deepEqual(summary(f), {
      topology: 'rail-only',
      tiers: 1,
      switches: [['leaf', 2, 52]],
      links: [['accelerator-leaf', 76]],
      maxEndpointsPerPlane: 72 * 64,
    });
    assert.deepEqual(f.notes, [FORWARDED, sharing(64)]);
  });
  test('4,612 GPUs: 4 two-tier rails of 65 beside 68 one-switch rails of 64; nothing shared', () => {
    const f = fabric('NVL72, 4,612 GPUs: 64 racks and a tray');
    assert.deepEqual(summary(f), {
      topology: 'rail-only',
      tiers: 2,
      // 68 + 4 x 3 leaves (4 x 31 idle); 4 x 2 spines (4 x 32 idle).
      switches: [
        ['leaf', 80, 124],
        ['spine', 8, 128],
      ],
      links: [
        ['accelerator-leaf', 4612],
        ['leaf-spine', 384],
      ],
      maxEndpointsPerPlane: 72 * 2048,
    });
    assert.deepEqual(f.notes, [FORWARDED]);
  });
});

describe('the planner on its own', () => {
  test('4 GPUs in a domain of 8: 4 rails of one endpoint, no empty rails', () => {
    const r = planRailOnly(request({ kind: 'rail-only', accelerators: 4, acceleratorsPerServer: 4 }));
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.deepEqual(
      [r.value.endpoints, r.value.switchTiers.map((t) => [t.count, t.portsUsed]), r.value.links],
      [4, [[1, 4]], [{ class: 'accelerator-leaf', count: 4 }]],
    );
  });
  test('no accelerators: refused on the count', () => {
    const r = planRailOnly(request({ kind: 'rail-only', accelerators: 0 }));
    assert.deepEqual(r.ok ? r : [r.error.path, r.error.message], ['cluster.acceleratorCount', 'must be at least 1']);
  });
  test('ports of a domain that do not split over the planes: refused on the planes', () => {
    // 8 GPUs x 2 NIC ports: 16 ports, which 3 planes cannot share.
    const r = planRailOnly(request({ kind: 'rail-only', nicPortsPerAccelerator: 2, planes: 3 }));
    assert.deepEqual(r.ok ? r : [r.error.path, r.error.message], [
      'scaleOut.planes',
      'the 16 ports of a scale-up domain must split evenly over the planes',
    ]);
  });
  test('a rail larger than 5 tiers hold: refused naming the rail', () => {
    // Radix 4 at 1:1: 5 tiers (3 middle tiers of 2 down ports, a top of 4) hold 2 x 2 x 2 x 4 = 32
    // leaves of 2 endpoints: 64 per rail.
    const r = planRailOnly(request({ kind: 'rail-only', radix: 4, accelerators: 8 * 65 }));
    assert.deepEqual(r.ok ? r : [r.error.path, r.error.message], [
      'cluster.acceleratorCount',
      'each rail of a rail-only fabric needs room for 65 endpoints, but up to 5 tiers hold at most 64 at radix 4 ' +
        'with this oversubscription and grouping; add tiers or planes, or pick a larger radix',
    ]);
  });
});

/** Rail by rail, longest first, each into the first switch with room (the definition). */
function firstFit(groups: { rails: number; endpoints: number }[], capacity: number) {
  const free: number[] = [];
  for (const g of [...groups].sort((a, b) => b.endpoints - a.endpoints)) {
    for (let i = 0; i < g.rails; i++) {
      const at = free.findIndex((f) => f >= g.endpoints);
      if (at >= 0) free[at]! -= g.endpoints;
      else free.push(capacity - g.endpoints);
    }
  }
  return free.length;
}

describe('shared rail switches', () => {
  test('worked cases: 8 rails of 8 on 1 switch; 3 of 40 and 5 of 20 on 4 (40 + 20 three times, then 20 + 20)', () => {
    assert.deepEqual(sharedRailSwitches([{ rails: 8, endpoints: 8 }], 64), {
      switches: 1,
      endpoints: 64,
      railsPerSwitch: 8,
    });
    // 40-rails first: 3 switches with 24 free; each takes one 20-rail; the last two 20-rails share a 4th.
    assert.deepEqual(
      sharedRailSwitches(
        [
          { rails: 5, endpoints: 20 },
          { rails: 3, endpoints: 40 },
        ],
        64,
      ),
      { switches: 4, endpoints: 220, railsPerSwitch: 3 },
    );
  });
  test('equals rail-by-rail first fit, longest first, for any two rail lengths (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        (r1, e1, r2, e2, extra) => {
          const capacity = Math.max(e1, e2) + extra - 1;
          const groups = [
            { rails: r1, endpoints: e1 },
            { rails: r2, endpoints: e2 },
          ].filter((g) => g.rails > 0);
          const got = sharedRailSwitches(groups, capacity);
          assert.equal(got.switches, firstFit(groups, capacity));
          assert.equal(got.endpoints, r1 * e1 + r2 * e2);
          const per = groups.map((g) => Math.floor(capacity / g.endpoints));
          assert.equal(got.railsPerSwitch, per.length ? Math.max(...per) : 0);
        },
      ),
      { numRuns: 2000, seed: 23 },
    );
  });
});

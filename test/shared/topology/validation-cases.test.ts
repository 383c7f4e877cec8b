/**
 * Published validation cases from reference/topologies.md §7 reproduced exactly: NVIDIA
 * SuperPOD tables (V2, V3), k-ary fat-tree (V9), DeepSeek Table 3 (FT2, FT3, MPFT, DF, SF),
 * Alibaba HPN parameters (V6) and the rail-only illustration (§4).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { planTopology } from '../../../shared/topology/plan-topology.ts';
import { linksOf, switchToSwitchLinks, totalSwitches, type FabricPlan } from '../../../shared/topology/fabric-plan.ts';
import { dragonflyCounts } from '../../../shared/topology/dragonfly.ts';
import { slimFlyCounts } from '../../../shared/topology/slim-fly.ts';
import { dragonflyPlusCounts } from '../../../shared/topology/dragonfly-plus.ts';
import { countFoldedClos, groupSize } from '../../../shared/topology/folded-clos.ts';
import { request } from './request.ts';
import type { TopologyRequest } from '../../../shared/topology/topology-request.ts';

function plan(over: Partial<TopologyRequest>): FabricPlan {
  const r = planTopology(request(over));
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value;
}
const tierCount = (p: FabricPlan, tier: string): number => p.switchTiers.find((t) => t.tier === tier)?.count ?? 0;

describe('V2: NVIDIA DGX B200 SuperPOD (32 nodes/SU, 8x400G NDR, radix 64)', () => {
  const rows = [
    { su: 2, gpus: 512, leaf: 16, spine: 8, core: 0, nl: 512, ls: 512, sc: 0 },
    { su: 4, gpus: 1024, leaf: 32, spine: 16, core: 0, nl: 1024, ls: 1024, sc: 0 },
    { su: 8, gpus: 2048, leaf: 64, spine: 32, core: 0, nl: 2048, ls: 2048, sc: 0 },
    { su: 16, gpus: 4096, leaf: 128, spine: 128, core: 64, nl: 4096, ls: 4096, sc: 4096 },
    { su: 32, gpus: 8192, leaf: 256, spine: 256, core: 128, nl: 8192, ls: 8192, sc: 8192 },
    { su: 64, gpus: 16384, leaf: 512, spine: 512, core: 256, nl: 16384, ls: 16384, sc: 16384 },
  ];
  for (const row of rows) {
    test(`${row.su} SU: ${row.leaf} leaf / ${row.spine} spine / ${row.core} core`, () => {
      const p = plan({ kind: 'rail-optimized', accelerators: row.gpus });
      assert.equal(tierCount(p, 'leaf'), row.leaf);
      assert.equal(tierCount(p, 'spine'), row.spine);
      assert.equal(tierCount(p, 'core'), row.core);
      assert.equal(linksOf(p, 'accelerator-leaf'), row.nl);
      assert.equal(linksOf(p, 'leaf-spine'), row.ls);
      assert.equal(linksOf(p, 'spine-core'), row.sc);
      assert.equal(p.tiers, row.core ? 3 : 2);
    });
  }
  test('the 2- to 3-tier transition sits at k^2/2 = 2,048 GPUs', () => {
    assert.equal(plan({ kind: 'rail-optimized', accelerators: 2048 }).tiers, 2);
    assert.equal(plan({ kind: 'rail-optimized', accelerators: 2056 }).tiers, 3);
  });
});

describe('V3: NVIDIA DGX B300 Spectrum-X twin-planar (64 nodes/SU, 2x400G per GPU on 2 planes)', () => {
  // One node-leaf cable per GPU carries 2x400G; counted here as 400G logical links (2 per cable).
  const rows = [
    { su: 1, leaf: 16, spine: 8 },
    { su: 2, leaf: 32, spine: 16 },
    { su: 4, leaf: 64, spine: 32 },
    { su: 8, leaf: 128, spine: 64 },
    { su: 16, leaf: 256, spine: 128 },
  ];
  for (const row of rows) {
    test(`${row.su} SU: ${row.leaf} leaf / ${row.spine} spine, 2 tiers`, () => {
      const gpus = row.su * 512;
      const p = plan({
        kind: 'rail-optimized',
        accelerators: gpus,
        nicPortsPerAccelerator: 2,
        planes: 2,
        radix: 128,
        scalableUnitServers: 64,
      });
      assert.equal(p.tiers, 2);
      assert.equal(tierCount(p, 'leaf'), row.leaf);
      assert.equal(tierCount(p, 'spine'), row.spine);
      assert.equal(linksOf(p, 'accelerator-leaf'), 2 * gpus);
      assert.equal(linksOf(p, 'leaf-spine'), 2 * gpus);
    });
  }
});

describe('V9: k-ary fat-tree (Al-Fares 2008; HPN Table 1; DeepSeek FT3)', () => {
  const rows = [
    { k: 48, hosts: 27648, switches: 2880, links: 55296 },
    { k: 64, hosts: 65536, switches: 5120, links: 131072 },
    { k: 128, hosts: 524288, switches: 20480, links: 1048576 },
  ];
  for (const row of rows) {
    test(`k=${row.k}: ${row.hosts} hosts, ${row.switches} switches, ${row.links} switch links`, () => {
      const p = plan({ kind: 'fat-tree', accelerators: row.hosts, radix: row.k });
      assert.equal(p.tiers, 3);
      assert.equal(p.endpoints, row.hosts);
      assert.equal(totalSwitches(p), row.switches);
      assert.equal(switchToSwitchLinks(p), row.links);
      assert.equal(p.maxEndpointsPerPlane, row.k ** 3 / 4);
      assert.equal(tierCount(p, 'core'), (row.k / 2) ** 2);
    });
  }
});

describe('DeepSeek Table 3 (Zhao et al., ISCA 2025)', () => {
  test('FT2, k=64: 2,048 endpoints, 96 switches, 2,048 links', () => {
    const p = plan({ kind: 'leaf-spine', accelerators: 2048 });
    assert.equal(totalSwitches(p), 96);
    assert.equal(switchToSwitchLinks(p), 2048);
  });
  test('MPFT, 8 planes, k=64: 16,384 endpoints, 768 switches, 16,384 links', () => {
    const p = plan({ kind: 'leaf-spine', accelerators: 16384, planes: 8 });
    assert.equal(p.endpoints, 16384);
    assert.equal(p.planes, 8);
    assert.equal(totalSwitches(p), 768);
    assert.equal(switchToSwitchLinks(p), 16384);
  });
  test('DF, p=16 a=32 h=16 g=511: 16,352 routers, 261,632 endpoints, 384,272 links', () => {
    const c = dragonflyCounts(16, 32, 16, 511);
    assert.equal(c.routers, 16352);
    assert.equal(c.endpoints, 261632);
    assert.equal(c.localLinks + c.globalLinks, 384272);
    const full = dragonflyCounts(16, 32, 16, 513);
    assert.equal(full.routers, 16416);
    assert.equal(full.endpoints, 262656);
    assert.equal(full.globalLinks, (513 * 512) / 2);
  });
  test('DF through the planner: balanced radix 64 reproduces the same counts', () => {
    const p = plan({ kind: 'dragonfly', accelerators: 261632 });
    assert.equal(tierCount(p, 'router'), 16352);
    assert.equal(switchToSwitchLinks(p), 384272);
    assert.equal(p.switchTiers[0]?.idlePorts, 16352); // radix 64, 63 used
  });
  test('SF, q=28: 1,568 routers, 32,928 endpoints, 32,928 links, radix 63', () => {
    const c = slimFlyCounts(28);
    assert.ok(c);
    assert.equal(c.routers, 1568);
    assert.equal(c.networkRadix, 42);
    assert.equal(c.endpointsPerRouter, 21);
    assert.equal(c.routerRadix, 63);
    assert.equal(c.endpoints, 32928);
    assert.equal(c.links, 32928);
  });
});

describe('Dragonfly+ (Megafly) counts', () => {
  test('p = L = h = k/2 gives (k/2)^2((k/2)^2 + 1) endpoints at g_max', () => {
    const k = 16;
    const c = dragonflyPlusCounts(k / 2, k / 2, k / 2, (k / 2) ** 2 + 1);
    assert.equal(c.endpoints, (k / 2) ** 2 * ((k / 2) ** 2 + 1));
    assert.equal(c.switches, 2 * (k / 2) * ((k / 2) ** 2 + 1));
    assert.equal(c.globalLinks, (c.groups * (c.groups - 1)) / 2);
  });
});

describe('V6: Alibaba HPN pod (dual-plane, 51.2T, 15,360 GPUs)', () => {
  test('240 ToR, 120 Agg, 14,400 ToR-Agg links, 960 Agg-Core links', () => {
    // Per plane: 15,360 endpoints at 200G; ToR 128 active + 8 backup down, 60 x 400G up;
    // Agg 120 x 400G down, 8 x 400G up (15:1). Port units of the upper tiers are 400G.
    const perPlane = countFoldedClos({
      tiers: 3,
      leaves: 15360 / 128,
      endpoints: 15360,
      leaf: { radix: 196, endpointsPerLeaf: 128, reservedPorts: 8, up: 60 },
      middle: [{ radix: 128, down: 120, up: 8 }],
      topRadix: 128,
    });
    const tors = perPlane.switchTiers[0]!.count * 2;
    const aggs = perPlane.switchTiers[1]!.count * 2;
    assert.equal(tors, 240);
    assert.equal(aggs, 120);
    assert.equal(perPlane.links.find((l) => l.class === 'leaf-spine')!.count * 2, 14400);
    assert.equal(perPlane.links.find((l) => l.class === 'spine-core')!.count * 2, 960);
    assert.equal(15360 / 1024, 15); // segments of 1,024 GPUs
    assert.equal(perPlane.switchTiers[0]!.portsReserved * 2, 240 * 8);
  });
});

describe('Rail-only illustration (reference/topologies.md §4, N = 32,768, K = 8, k = 64)', () => {
  test('rail-optimized FT3: 1,024 + 1,024 + 512 switches, 65,536 switch links', () => {
    const p = plan({ kind: 'rail-optimized', accelerators: 32768 });
    assert.deepEqual(
      p.switchTiers.map((t) => t.count),
      [1024, 1024, 512],
    );
    assert.equal(switchToSwitchLinks(p), 65536);
  });
  test('rail-only at 32,768: each rail of 4,096 exceeds k^2/2 = 2,048 and needs 3 tiers', () => {
    // The §4 table's "128 leaf + 64 spine" per rail cannot stripe 32 uplinks per leaf over 64
    // spines, and contradicts §4's own rule (2 tiers only if N/K <= k^2/2). We follow the rule.
    const p = plan({ kind: 'rail-only', accelerators: 32768 });
    assert.equal(p.tiers, 3);
    assert.deepEqual(
      p.switchTiers.map((t) => t.count),
      [1024, 1024, 512],
    );
  });
  test('rail-only at 16,384 (rails of k^2/2): -40% switches and -50% switch links vs rail-optimized', () => {
    const only = plan({ kind: 'rail-only', accelerators: 16384 });
    const opt = plan({ kind: 'rail-optimized', accelerators: 16384 });
    assert.equal(only.tiers, 2);
    assert.equal(totalSwitches(only), 8 * (64 + 32));
    assert.equal(totalSwitches(opt), 512 + 512 + 256);
    assert.equal(1 - totalSwitches(only) / totalSwitches(opt), 0.4);
    assert.equal(switchToSwitchLinks(only), 16384);
    assert.equal(switchToSwitchLinks(opt), 32768);
  });
});

describe('Spine rule (§2.2)', () => {
  test('20 leaves x 32 uplinks at k=64: 10 spines rounded up to 16', () => {
    assert.equal(groupSize(20, 32, 64), 16);
  });
  test('H100 SuperPOD 4 SU with one UFM port per leaf (31 nodes per SU): 32 leaves, 16 spines', () => {
    const p = plan({
      kind: 'rail-optimized',
      accelerators: 4 * 31 * 8,
      scalableUnitServers: 31,
      reservedPortsPerLeaf: 1,
    });
    assert.equal(tierCount(p, 'leaf'), 32);
    assert.equal(tierCount(p, 'spine'), 16);
    assert.equal(linksOf(p, 'accelerator-leaf'), 992);
    assert.equal(p.switchTiers[0]!.portsReserved, 32);
  });
});

/**
 * Published validation cases at the formula level: DeepSeek Table 3's dragonfly and Slim Fly
 * counts, the dragonfly+ maximum, Alibaba HPN's per-plane Clos (V6), the 2- to 3-tier
 * transition and the spine rule. The published tables as a user meets them (NVIDIA SuperPOD
 * B200, B300 and H100, k-ary fat-trees, DeepSeek Table 3 with its Slim Fly refusal, rail-only)
 * run from project files: test/shared/evaluate/published-scenario-files.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { planTopology } from '../../../shared/topology/plan-topology.ts';
import type { FabricPlan } from '../../../shared/topology/fabric-plan.ts';
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

describe('V2: NVIDIA DGX B200 SuperPOD (32 nodes/SU, 8x400G NDR, radix 64)', () => {
  test('the 2- to 3-tier transition sits at k^2/2 = 2,048 GPUs', () => {
    assert.equal(plan({ kind: 'rail-optimized', accelerators: 2048 }).tiers, 2);
    assert.equal(plan({ kind: 'rail-optimized', accelerators: 2056 }).tiers, 3);
  });
});

describe('DeepSeek Table 3 (Zhao et al., ISCA 2025)', () => {
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

describe('Spine rule (§2.2)', () => {
  test('20 leaves x 32 uplinks at k=64: 10 spines rounded up to 16', () => {
    assert.equal(groupSize(20, 32, 64), 16);
  });
});

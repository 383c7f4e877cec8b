/**
 * Hierarchical collectives over the network levels (docs/model.md): reduction to the flat forms on
 * one level, the 1/k scale-out payload, oversubscription,
 * keeping a group inside the scale-up domain, and the rail-only all-to-all forwarding penalty
 * against the paper's 8.2-11.2% (§5 T27).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  hierarchicalAllReduceSeconds,
  hierarchicalAllToAllSeconds,
  pointToPointSeconds,
  ranksPerBlock,
} from '../../../shared/efficiency/hierarchical-collectives.ts';
import { treeAllReduceSeconds, allToAllSeconds } from '../../../shared/efficiency/collective-time.ts';
import { networkLevels, type NetworkLevel } from '../../../shared/efficiency/network-levels.ts';
import { scaleOutBusBandwidthGBps, scaleUpBusBandwidthGBps } from '../../../shared/efficiency/bus-bandwidth.ts';
import { communicationSchema } from '../../../shared/scenario/workload-schema.ts';

const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-30);
const one = (N: number, B: number, a: number): NetworkLevel[] => [
  { acceleratorsPerBlock: N, busBytesPerSecond: B, latencySeconds: a },
];
const two = (k: number, N: number, up: number, out: number, aUp = 0, aOut = 0): NetworkLevel[] => [
  { acceleratorsPerBlock: k, busBytesPerSecond: up, latencySeconds: aUp },
  { acceleratorsPerBlock: N, busBytesPerSecond: out, latencySeconds: aOut },
];

describe('ranksPerBlock', () => {
  test('a group fills blocks in order: 128 ranks at stride 128 → 56 in a 7,168 pod, 1 in a domain', () => {
    assert.equal(ranksPerBlock(7168, 128, 128), 56);
    assert.equal(ranksPerBlock(8, 128, 128), 1);
    assert.equal(ranksPerBlock(16384, 128, 128), 128);
  });
});

describe('hierarchical all-reduce', () => {
  test('on one level it is the flat tree all-reduce', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4096 }),
        fc.double({ min: 0, max: 1e11, noNaN: true }),
        fc.double({ min: 1e8, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1e-4, noNaN: true }),
        (g, S, B, a) =>
          close(hierarchicalAllReduceSeconds(one(g, B, a), 1, g, S), treeAllReduceSeconds(g, S, B, a), 1e-9),
      ),
    );
  });
  test('two levels: each GPU sends S/k over the scale-out network (§1.1)', () => {
    const k = 8;
    const m = 128;
    const S = 1e9;
    const t = hierarchicalAllReduceSeconds(two(k, k * m, 369e9, 47e9), 1, k * m, S);
    const expected = (2 * (k - 1) * S) / k / 369e9 + (2 * (m - 1) * (S / k)) / m / 47e9;
    assert.ok(close(t, expected));
  });
  test('a group kept inside the domain is never slower than the same group spread across domains', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2, 4, 8, 16, 32, 64),
        fc.constantFrom(1, 2, 4, 8),
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        fc.double({ min: 1e9, max: 2e12, noNaN: true }),
        fc.double({ min: 1e9, max: 2e12, noNaN: true }),
        fc.double({ min: 0, max: 2e-5, noNaN: true }),
        fc.double({ min: 0, max: 2e-5, noNaN: true }),
        (g, spread, S, up, out, aUp, aOut) => {
          const N = 1 << 16;
          const inside = networkLevels({
            accelerators: N,
            domainSize: g,
            scaleUpBusBytesPerSecond: up,
            scaleOutBusBytesPerSecond: out,
            scaleUpLatencySeconds: aUp,
            scaleOutLatencySeconds: aOut,
            clos: undefined,
            acceleratorsPerEndpoint: 1,
          });
          const crossing = networkLevels({
            accelerators: N,
            domainSize: Math.max(1, g / (2 * spread)),
            scaleUpBusBytesPerSecond: up,
            scaleOutBusBytesPerSecond: out,
            scaleUpLatencySeconds: aUp,
            scaleOutLatencySeconds: aOut,
            clos: undefined,
            acceleratorsPerEndpoint: 1,
          });
          const tIn = hierarchicalAllReduceSeconds(inside, 1, g, S);
          const tCross = hierarchicalAllReduceSeconds(crossing, 1, g, S);
          assert.ok(tIn <= tCross * (1 + 1e-12), `inside ${tIn} > crossing ${tCross}`);
        },
      ),
    );
  });
  test('oversubscription above the pod slows a data-parallel group that spans pods, and only that', () => {
    const levels = (ratio: number) =>
      networkLevels({
        accelerators: 16384,
        domainSize: 8,
        scaleUpBusBytesPerSecond: 369e9,
        scaleOutBusBytesPerSecond: 47e9,
        scaleUpLatencySeconds: 3e-6,
        scaleOutLatencySeconds: 10e-6,
        clos: { radix: 128, tiers: 3, oversubscription: [1, ratio], reservedPortsPerLeaf: 0 },
        acceleratorsPerEndpoint: 1,
      });
    const S = 12.66e9;
    const spanning = [1, 3, 7, 15].map((r) => hierarchicalAllReduceSeconds(levels(r), 128, 128, S));
    for (let i = 1; i < spanning.length; i++) assert.ok(spanning[i]! > spanning[i - 1]!);
    // A group inside one pod does not see the pod uplinks.
    const inPod = [1, 7].map((r) => hierarchicalAllReduceSeconds(levels(r), 8, 128, S));
    assert.equal(inPod[0], inPod[1]);
  });
});

describe('hierarchical all-to-all', () => {
  test('on one level it is the pairwise all-to-all', () => {
    assert.ok(
      close(hierarchicalAllToAllSeconds(one(64, 47e9, 1e-5), 1, 64, 64e6), allToAllSeconds(64, 64e6, 47e9, 1e-5)),
    );
  });
  test('EP = 64 inside an NVL72 domain puts nothing on the NIC; across NVL8 domains 56/64 crosses it (§1.4)', () => {
    const S = 1e9;
    const nvl72 = hierarchicalAllToAllSeconds(two(72, 1 << 16, 900e9, 50e9), 1, 64, S);
    assert.ok(close(nvl72, (S * 63) / 64 / 900e9));
    const nvl8 = hierarchicalAllToAllSeconds(two(8, 1 << 16, 369e9, 47e9), 1, 64, S);
    assert.ok(close(nvl8, (S * 56) / 64 / 47e9));
  });
  test('T27: rail-only forwarding through the scale-up domain adds 8.2-11.2% to all-to-all', () => {
    const c = communicationSchema.parse({});
    const up = scaleUpBusBandwidthGBps(900, 0.82) * 1e9; // NVLink 4 ring (catalog)
    const out = scaleOutBusBandwidthGBps(400, 1, c.scaleOutBusEfficiency) * 1e9;
    for (const n of [64, 256, 1024]) {
      const levels = two(8, 1 << 16, up, out, c.scaleUpLatencyUs * 1e-6, c.scaleOutLatencyUs * 1e-6);
      const S = 4e9; // large messages, as the paper's bandwidth-bound MoE all-to-all
      const fat = hierarchicalAllToAllSeconds(levels, 1, n, S);
      const rail = hierarchicalAllToAllSeconds(levels, 1, n, S, up);
      const overhead = rail / fat - 1;
      assert.ok(overhead >= 0.082 && overhead <= 0.112, `n=${n}: overhead ${(100 * overhead).toFixed(2)}%`);
    }
  });
  test('rail-aligned groups (one rank per domain) need no forwarding', () => {
    const levels = two(8, 1 << 16, 369e9, 47e9);
    assert.equal(
      hierarchicalAllToAllSeconds(levels, 8, 64, 1e9, 369e9),
      hierarchicalAllToAllSeconds(levels, 8, 64, 1e9),
    );
  });
});

describe('point-to-point', () => {
  test('pipeline neighbours inside the domain use the domain; across it the NIC', () => {
    const levels = two(8, 1 << 16, 369e9, 47e9, 3e-6, 10e-6);
    assert.ok(close(pointToPointSeconds(levels, 2, 4, 1e8), 3e-6 + 1e8 / 369e9));
    assert.ok(close(pointToPointSeconds(levels, 8, 16, 1e8), 10e-6 + 1e8 / 47e9));
    assert.equal(pointToPointSeconds(levels, 8, 1, 1e8), 0);
  });
});

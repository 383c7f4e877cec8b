/**
 * Sizes and inputs a topology cannot build: planTopology returns ok:false naming the input
 * field (path) and the limit (the message carries the number), never a plan and never a throw.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planTopology } from '../../../shared/topology/plan-topology.ts';
import type { FabricPlan } from '../../../shared/topology/fabric-plan.ts';
import type { TopologyRequest } from '../../../shared/topology/topology-request.ts';
import type { ModelError, Result } from '../../../shared/model-error.ts';
import { request } from './request.ts';

const SEED = 7331;

function plan(over: Partial<TopologyRequest>): FabricPlan {
  const r = planTopology(request(over));
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value;
}

function failure(over: Partial<TopologyRequest>): ModelError {
  const r: Result<FabricPlan> = planTopology(request(over));
  assert.equal(r.ok, false, `expected ok:false for ${JSON.stringify(over)}`);
  if (r.ok) throw new Error('unreachable');
  assert.ok(r.error.path.length > 0 && r.error.message.trim().length > 0);
  return r.error;
}

/** The message names `n` as a whole number (not as part of a longer number). */
function assertMentions(message: string, n: number): void {
  assert.match(message, new RegExp(`(^|[^0-9])${n}([^0-9]|$)`), `message should name ${n}: "${message}"`);
}

/** One accelerator per server and per domain: accelerators = endpoints per plane. */
const single = { acceleratorsPerServer: 1, scaleUpDomain: 1 } as const;

describe('leaf-spine beyond its 2-tier capacity', () => {
  test('k = 64, non-blocking: 2,048 GPUs plan, 2,056 fail naming 2048', () => {
    assert.equal(plan({ kind: 'leaf-spine', accelerators: 2048 }).tiers, 2);
    const e = failure({ kind: 'leaf-spine', accelerators: 2056 });
    assert.equal(e.path, 'cluster.acceleratorCount');
    assert.equal(e.value, '2056');
    assertMentions(e.message, 2048);
    assertMentions(e.message, 64);
  });

  test('any even k, oversubscription r, reserved ports: k * (floor(k r/(r+1)) - reserved) is the limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 32 }).map((x) => 2 * x),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        (k, r, reserved) => {
          const down = Math.floor((k * r) / (r + 1));
          const limit = k * (down - reserved);
          fc.pre(down - reserved >= 1 && limit > k - reserved);
          const over = {
            ...single,
            kind: 'leaf-spine' as const,
            radix: k,
            oversubscription: [r],
            reservedPortsPerLeaf: reserved,
          };
          const p = plan({ ...over, accelerators: limit });
          assert.equal(p.tiers, 2);
          assert.equal(p.maxEndpointsPerPlane, limit);
          const e = failure({ ...over, accelerators: limit + 1 });
          assert.equal(e.path, 'cluster.acceleratorCount');
          assert.equal(e.value, String(limit + 1));
          assertMentions(e.message, limit);
        },
      ),
      { numRuns: 100, seed: SEED },
    );
  });

  test('leaf-spine refuses a forced third tier, naming the 2-tier maximum', () => {
    const e = failure({ kind: 'leaf-spine', accelerators: 4096, tiers: 3 });
    assert.equal(e.path, 'topology.tiers');
    assert.equal(e.value, '3');
    assertMentions(e.message, 2);
  });

  test('a forced tier count too small names the tiers field and the capacity', () => {
    const e = failure({ kind: 'fat-tree', accelerators: 1024, tiers: 1 });
    assert.equal(e.path, 'topology.tiers');
    assert.equal(e.value, '1');
    assertMentions(e.message, 64);
  });

  test('fat-tree beyond 5 tiers: radix 4 holds 2 * 2^5 = 64 endpoints', () => {
    assert.equal(plan({ ...single, kind: 'fat-tree', radix: 4, accelerators: 64 }).tiers, 5);
    const e = failure({ ...single, kind: 'fat-tree', radix: 4, accelerators: 65 });
    assert.equal(e.path, 'cluster.acceleratorCount');
    assertMentions(e.message, 64);
  });

  test('rail-only beyond the capacity of one rail: radix 8, 8 rails of at most 2 * 4^5 = 2,048', () => {
    assert.equal(plan({ kind: 'rail-only', radix: 8, accelerators: 8 * 2048 }).tiers, 5);
    const e = failure({ kind: 'rail-only', radix: 8, accelerators: 8 * 2048 + 8 });
    assert.equal(e.path, 'cluster.acceleratorCount');
    assertMentions(e.message, 2048);
  });

  test('reserved ports that leave a leaf no endpoint port name reservedPortsPerLeaf', () => {
    const e = failure({ kind: 'fat-tree', radix: 4, accelerators: 1024, reservedPortsPerLeaf: 2 });
    assert.equal(e.path, 'topology.reservedPortsPerLeaf');
    assert.equal(e.value, '2');
    assertMentions(e.message, 4);
  });
});

describe('dragonfly beyond a*p*(a*h + 1) endpoints', () => {
  test('balanced, any radix 3..40: the limit plans, one more endpoint fails naming it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), (k) => {
        const p = Math.floor((k + 1) / 4);
        const a = 2 * p;
        const h = p;
        const limit = a * p * (a * h + 1);
        const ok = plan({ ...single, kind: 'dragonfly', radix: k, accelerators: limit });
        assert.equal(ok.switchTiers[0]!.count, a * (a * h + 1));
        assert.equal(ok.maxEndpointsPerPlane, limit);
        const e = failure({ ...single, kind: 'dragonfly', radix: k, accelerators: limit + 1 });
        assert.equal(e.path, 'cluster.acceleratorCount');
        assert.equal(e.value, String(limit + 1));
        assertMentions(e.message, limit);
        assertMentions(e.message, a * h + 1);
      }),
      { numRuns: 38, seed: SEED + 1 },
    );
  });

  test('explicit p, a, h within the radix: same limit, per plane', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(1, 2, 4),
        (p, a, h, planes) => {
          const k = p + (a - 1) + h;
          const limit = a * p * (a * h + 1);
          const over = {
            kind: 'dragonfly' as const,
            radix: k,
            acceleratorsPerServer: 4,
            scaleUpDomain: 4,
            planes,
            dragonfly: { mode: 'explicit' as const, p, a, h },
          };
          fc.pre((limit * planes) % 4 === 0);
          assert.equal(plan({ ...over, accelerators: limit * planes }).endpoints, limit * planes);
          const e = failure({ ...over, accelerators: limit * planes + 4 });
          assert.equal(e.path, 'cluster.acceleratorCount');
          assertMentions(e.message, limit);
        },
      ),
      { numRuns: 100, seed: SEED + 2 },
    );
  });

  test('explicit p + (a - 1) + h above the radix names topology.dragonfly, the port sum and the radix', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 32 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 20 }),
        (p, a, h, excess) => {
          const used = p + (a - 1) + h;
          const k = used - excess;
          fc.pre(k >= 2);
          const e = failure({
            kind: 'dragonfly',
            radix: k,
            accelerators: 64,
            dragonfly: { mode: 'explicit', p, a, h },
          });
          assert.equal(e.path, 'topology.dragonfly');
          assertMentions(e.message, used);
          assertMentions(e.message, k);
          assert.ok(e.value.includes(`p=${p}`) && e.value.includes(`a=${a}`) && e.value.includes(`h=${h}`), e.value);
        },
      ),
      { numRuns: 100, seed: SEED + 3 },
    );
  });
});

describe('dragonfly+ and Slim Fly beyond their size', () => {
  test('dragonfly+ balanced radix k: (k/2)^2 ((k/2)^2 + 1) endpoints plan, one more fails naming it', () => {
    for (const k of [4, 6, 8, 12, 16]) {
      const half = k / 2;
      const limit = half * half * (half * half + 1);
      assert.equal(
        plan({ ...single, kind: 'dragonfly-plus', radix: k, accelerators: limit }).maxEndpointsPerPlane,
        limit,
      );
      const e = failure({ ...single, kind: 'dragonfly-plus', radix: k, accelerators: limit + 1 });
      assert.equal(e.path, 'cluster.acceleratorCount');
      assertMentions(e.message, limit);
    }
  });

  test('dragonfly+ explicit leaf or spine port count above the radix names topology.dragonfly', () => {
    const e = failure({ kind: 'dragonfly-plus', radix: 8, dragonfly: { mode: 'explicit', p: 4, a: 5, h: 2 } });
    assert.equal(e.path, 'topology.dragonfly');
    assertMentions(e.message, 9);
    assertMentions(e.message, 8);
  });

  test('Slim Fly: the largest MMS graph within the radix is the limit', () => {
    // Radix 20: q = 9 (delta 1): k' = 13, p = 7, router radix 20, 2 * 81 * 7 = 1,134 endpoints.
    assert.equal(plan({ ...single, kind: 'slim-fly', radix: 20, accelerators: 1134 }).switchTiers[0]!.count, 162);
    const e = failure({ ...single, kind: 'slim-fly', radix: 20, accelerators: 1135 });
    assert.equal(e.path, 'cluster.acceleratorCount');
    assertMentions(e.message, 1134);
    assertMentions(e.message, 20);
    // Below radix 8 (q = 3: k' = 5, p = 3) no Slim Fly exists at all.
    const small = failure({ ...single, kind: 'slim-fly', radix: 7, accelerators: 1 });
    assert.equal(small.path, 'switch.radix');
    assert.equal(small.message, 'a Slim Fly router needs a radix of at least 8 (q = 3)');
    // Radix 8 holds the q = 3 graph: 18 routers of 3 endpoints.
    assert.equal(plan({ ...single, kind: 'slim-fly', radix: 8, accelerators: 54 }).switchTiers[0]!.count, 18);
  });
});

describe('inputs every topology checks', () => {
  const kinds = [
    'fat-tree',
    'leaf-spine',
    'rail-optimized',
    'rail-only',
    'dragonfly',
    'dragonfly-plus',
    'slim-fly',
  ] as const;

  test('planes that do not divide the NIC ports of a server name scaleOut.planes and the port count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom(1, 2, 4, 8),
        fc.constantFrom(1, 2),
        fc.integer({ min: 2, max: 24 }),
        (kind, G, n, planes) => {
          fc.pre((G * n) % planes !== 0);
          const e = failure({
            kind,
            acceleratorsPerServer: G,
            scaleUpDomain: G,
            nicPortsPerAccelerator: n,
            planes,
            accelerators: 64 * G,
          });
          assert.equal(e.path, 'scaleOut.planes');
          assert.equal(e.value, String(planes));
          assertMentions(e.message, G * n);
        },
      ),
      { numRuns: 100, seed: SEED + 4 },
    );
  });

  test('rail-only: planes that divide a server but not a scale-up domain name scaleOut.planes', () => {
    // 8 GPUs per server in scale-up domains of 2: 8 ports per server, 2 per domain; 4 planes.
    const e = failure({ kind: 'rail-only', acceleratorsPerServer: 8, scaleUpDomain: 2, planes: 4 });
    assert.equal(e.path, 'scaleOut.planes');
    assert.equal(e.value, '4');
    assertMentions(e.message, 2);
  });

  test('accelerators that are not a multiple of the server size name cluster.acceleratorCount and the size', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.integer({ min: 2, max: 72 }),
        fc.integer({ min: 1, max: 5000 }),
        (kind, G, N) => {
          fc.pre(N % G !== 0);
          const e = failure({ kind, acceleratorsPerServer: G, scaleUpDomain: G, accelerators: N });
          assert.equal(e.path, 'cluster.acceleratorCount');
          assert.equal(e.value, String(N));
          assertMentions(e.message, G);
        },
      ),
      { numRuns: 100, seed: SEED + 5 },
    );
  });

  test('a scale-up domain that neither divides nor is a multiple of the server size names scaleUp.domainSize', () => {
    const e = failure({ kind: 'rail-only', acceleratorsPerServer: 4, scaleUpDomain: 6, accelerators: 1024 });
    assert.equal(e.path, 'scaleUp.domainSize');
    assert.equal(e.value, '6');
    assertMentions(e.message, 4);
  });

  test('a radix below 2 names switch.radix', () => {
    const e = failure({ kind: 'fat-tree', radix: 1 });
    assert.equal(e.path, 'switch.radix');
    assert.equal(e.value, '1');
    assertMentions(e.message, 2);
  });
});

describe('error values and limits are consistent', () => {
  test('dragonfly, dragonfly+ and Slim Fly report the accelerator count as the value of cluster.acceleratorCount', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('dragonfly' as const, 'dragonfly-plus' as const, 'slim-fly' as const),
        fc.constantFrom(1, 2),
        fc.constantFrom(1, 2),
        fc.integer({ min: 4, max: 16 }),
        fc.integer({ min: 1, max: 4000 }),
        (kind, n, planes, k, servers) => {
          const r = planTopology(
            request({ kind, nicPortsPerAccelerator: n, planes, radix: k, accelerators: 8 * servers }),
          );
          if (r.ok || r.error.path !== 'cluster.acceleratorCount') return;
          assert.equal(r.error.value, String(8 * servers));
        },
      ),
      { numRuns: 200, seed: SEED + 6 },
    );
  });

  test('folded-Clos kinds report the accelerator count (not endpoints per plane or rail) as the value of cluster.acceleratorCount', () => {
    // 136 GPUs x 2 NIC ports at radix 16 exceed the 128-endpoint leaf-spine: value is "272".
    assert.equal(failure({ kind: 'leaf-spine', radix: 16, accelerators: 136, nicPortsPerAccelerator: 2 }).value, '136');
    // 272 GPUs on 2 planes: 136 endpoints per plane; value is "136".
    assert.equal(failure({ kind: 'leaf-spine', radix: 16, accelerators: 272, planes: 2 }).value, '272');
    // 8 rails of 2,049 endpoints: value is "2049".
    assert.equal(failure({ kind: 'rail-only', radix: 8, accelerators: 8 * 2048 + 8 }).value, String(8 * 2048 + 8));
  });

  test('the capacity named in a Clos sizing error is below the endpoints it cannot hold (all but rail-optimized)', () => {
    const pattern = /needs room for (\d+) endpoints, but .* hold at most (\d+)/;
    let seen = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('fat-tree' as const, 'leaf-spine' as const, 'rail-only' as const),
        fc.integer({ min: 2, max: 16 }).map((x) => 2 * x),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom<TopologyRequest['tiers']>('auto', 1, 2, 3),
        fc.integer({ min: 1, max: 2000 }),
        (kind, k, r, tiers, servers) => {
          const res = planTopology(
            request({ kind, radix: k, oversubscription: [r], tiers, accelerators: 8 * servers }),
          );
          if (res.ok) return;
          const m = pattern.exec(res.error.message);
          if (!m) return;
          seen++;
          assert.ok(Number(m[2]) < Number(m[1]), res.error.message);
        },
      ),
      { numRuns: 300, seed: SEED + 7 },
    );
    assert.ok(seen > 30, `only ${seen} sizing errors seen`);
  });

  test('rail-optimized: the capacity named in a sizing error accounts for scalable units', () => {
    // radix 16, SU of 5 servers x 8 GPUs: 2 tiers hold 2 SU = 80 GPUs. At 88 GPUs (3 SU), forced
    // 2 tiers fail, but the message says "needs room for 88 endpoints, but 2 tiers ... hold at most 128".
    const e = failure({ kind: 'rail-optimized', radix: 16, scalableUnitServers: 5, accelerators: 88, tiers: 2 });
    assert.equal(e.path, 'topology.tiers');
    const m = /hold at most (\d+)/.exec(e.message);
    assert.ok(m, e.message);
    assert.ok(Number(m[1]) < 88, e.message);
    assertMentions(e.message, 80);
  });
});

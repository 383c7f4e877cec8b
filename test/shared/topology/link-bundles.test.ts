/**
 * Link bundles (parallel links per box pair) that cable counting relies on: worked examples,
 * and a property test against the explicit switch graph (explicit-graph.ts) — every link is
 * in exactly one bundle, and the bundles equal the graph's pair multiplicities.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { packedServerBundles } from '../../../shared/topology/link-bundles.ts';
import { planTopology } from '../../../shared/topology/plan-topology.ts';
import { bundledLinks, mergeBundles, type LinkBundle } from '../../../shared/topology/fabric-plan.ts';
import type { LinkClass, TopologyKind } from '../../../shared/scenario/scenario-schema.ts';
import { buildExplicitGraph, type ExplicitGraph } from './explicit-graph.ts';
import { request } from './request.ts';

describe('worked examples', () => {
  test('servers of 8 ports on 32-port leaves: 8 links per (server, leaf) pair', () => {
    assert.deepEqual(packedServerBundles(1024, 8, 32), [{ linksPerPair: 8, pairs: 128 }]);
  });
  test('servers of 8 ports on 12-port leaves: every other server straddles two leaves', () => {
    // ports 0-7 leaf 0 | 8-11 leaf 0, 12-15 leaf 1 | 16-23 leaf 1
    assert.deepEqual(packedServerBundles(24, 8, 12), [
      { linksPerPair: 8, pairs: 2 },
      { linksPerPair: 4, pairs: 2 },
    ]);
  });
  test('2-tier leaf-spine, k = 64 full build: each leaf has one link to each spine', () => {
    const r = planTopology(request({ kind: 'leaf-spine', accelerators: 2048 }));
    assert.ok(r.ok);
    const ls = r.value.links.find((l) => l.class === 'leaf-spine');
    assert.deepEqual([ls?.count, ls?.bundles], [2048, [{ linksPerPair: 1, pairs: 2048 }]]);
  });
  test('2-tier, 32 leaves over 16 spines: two links per leaf-spine pair (NVIDIA 4-SU pod)', () => {
    const r = planTopology(request({ kind: 'rail-optimized', accelerators: 1024 }));
    assert.ok(r.ok);
    const ls = r.value.links.find((l) => l.class === 'leaf-spine');
    assert.deepEqual([ls?.count, ls?.bundles], [1024, [{ linksPerPair: 2, pairs: 512 }]]);
  });
  test('dragonfly local and global links have one link per router pair (no bundles)', () => {
    const r = planTopology(request({ kind: 'dragonfly', accelerators: 16384, radix: 128 }));
    assert.ok(r.ok);
    for (const cls of ['local', 'global'] as const) {
      assert.equal(r.value.links.find((l) => l.class === cls)?.bundles, undefined, cls);
    }
    assert.deepEqual(r.value.links.find((l) => l.class === 'accelerator-leaf')?.bundles, [
      { linksPerPair: 8, pairs: 2048 },
    ]);
  });
});

/** Pair multiplicities of the explicit graph, by link class. */
function graphBundles(g: ExplicitGraph, kind: TopologyKind): Map<LinkClass, LinkBundle[]> {
  const hist = new Map<LinkClass, Map<number, number>>();
  const add = (cls: LinkClass, m: number) => {
    const h = hist.get(cls) ?? new Map<number, number>();
    h.set(m, (h.get(m) ?? 0) + 1);
    hist.set(cls, h);
  };
  const clos = ['fat-tree', 'leaf-spine', 'rail-optimized', 'rail-only'].includes(kind);
  if (clos) {
    g.adj.forEach((neighbours, s) => {
      const level = g.switches[s]!.level;
      const mult = new Map<number, number>();
      for (const t of neighbours) if (g.switches[t]!.level > level) mult.set(t, (mult.get(t) ?? 0) + 1);
      const cls: LinkClass = level === 1 ? 'leaf-spine' : level === 2 ? 'spine-core' : 'core-super';
      for (const m of mult.values()) add(cls, m);
    });
  }
  if (!kind.startsWith('rail')) {
    const pairs = new Map<string, number>();
    for (const e of g.endpoints) {
      const key = `${e.server}|${e.switch}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    for (const m of pairs.values()) add('accelerator-leaf', m);
  }
  return new Map(
    [...hist].map(([cls, h]) => [cls, mergeBundles([...h].map(([linksPerPair, pairs]) => ({ linksPerPair, pairs })))]),
  );
}

describe('bundles match the explicit graph (property)', () => {
  const kinds: TopologyKind[] = [
    'fat-tree',
    'leaf-spine',
    'rail-optimized',
    'rail-only',
    'dragonfly',
    'dragonfly-plus',
  ];
  test('every link is in one bundle and bundle widths equal the wired pair multiplicities', () => {
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom(...kinds),
          G: fc.constantFrom(1, 2, 4, 8),
          servers: fc.integer({ min: 1, max: 160 }),
          radix: fc.integer({ min: 2, max: 16 }).map((x) => 2 * x),
          over: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 2 }),
          planes: fc.constantFrom(1, 1, 2),
        }),
        ({ kind, G, servers, radix, over, planes }) => {
          const req = request({
            kind,
            accelerators: servers * G,
            acceleratorsPerServer: G,
            scaleUpDomain: G,
            planes: G % planes === 0 ? planes : 1,
            radix,
            oversubscription: over,
            scalableUnitServers: 4,
          });
          const plan = planTopology(req);
          if (!plan.ok) return;
          const built = buildExplicitGraph(req);
          if (!built.ok) return;
          const expected = graphBundles(built.graph, kind);
          for (const l of plan.value.links) {
            const covered = bundledLinks(l.bundles);
            assert.ok(covered <= l.count, `${l.class}: bundles cover ${covered} of ${l.count} links`);
            const want = expected.get(l.class);
            if (!want) continue;
            // Links outside the bundles count as one link per pair.
            const got = mergeBundles([...(l.bundles ?? []), { linksPerPair: 1, pairs: l.count - covered }]);
            assert.deepEqual(got, want, `${l.class} ${JSON.stringify(req)}`);
          }
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
  });
  test('4- and 5-tier fat-trees of radix 4, every size: upper-tier stripes equal the explicit graph', () => {
    // Radix 4 at 1:1 has 2 ports each way, so spine-core and core-super groups fill up at a few
    // dozen endpoints: the random cases above rarely reach full blocks above the spines.
    let checked = 0;
    for (const tiers of [4, 5]) {
      for (let servers = 1; servers <= 64; servers++) {
        const req = request({
          kind: 'fat-tree',
          accelerators: 2 * servers,
          acceleratorsPerServer: 2,
          scaleUpDomain: 2,
          radix: 4,
          tiers,
        });
        const plan = planTopology(req);
        const built = buildExplicitGraph(req);
        if (!plan.ok || !built.ok) continue;
        const expected = graphBundles(built.graph, 'fat-tree');
        for (const l of plan.value.links) {
          const want = expected.get(l.class);
          if (!want) continue;
          const got = mergeBundles([
            ...(l.bundles ?? []),
            { linksPerPair: 1, pairs: l.count - bundledLinks(l.bundles) },
          ]);
          assert.deepEqual(got, want, `${tiers} tiers, ${servers} servers, ${l.class}`);
        }
        checked++;
      }
    }
    // 4 tiers hold 16 leaves (2 x 2 x 4), 5 tiers 32: every size up to those is planned and checked.
    assert.equal(checked, 16 + 32);
  });
});

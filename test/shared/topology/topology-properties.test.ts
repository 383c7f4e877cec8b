/**
 * Property tests of the topology planners against an independently built explicit switch
 * graph (explicit-graph.ts) over small random requests: counts per tier and link class, port
 * conservation, endpoint attachment, hop bounds, integrality, monotonicity in cluster size,
 * the fewest-tiers rule and the multi-plane modifier.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planTopology } from '../../../shared/topology/plan-topology.ts';
import { switchToSwitchLinks, totalSwitches, type FabricPlan } from '../../../shared/topology/fabric-plan.ts';
import type { TopologyRequest } from '../../../shared/topology/topology-request.ts';
import { LINK_CLASSES, type TopologyKind } from '../../../shared/scenario/scenario-schema.ts';
import type { Result } from '../../../shared/model-error.ts';
import {
  buildExplicitGraph,
  switchDegree,
  switchDistances,
  tierSummary,
  type ExplicitGraph,
} from './explicit-graph.ts';
import { request } from './request.ts';

const ALL_KINDS: TopologyKind[] = [
  'fat-tree',
  'leaf-spine',
  'rail-optimized',
  'rail-only',
  'dragonfly',
  'dragonfly-plus',
  'slim-fly',
];
const CLOS_KINDS: TopologyKind[] = ['fat-tree', 'leaf-spine', 'rail-optimized', 'rail-only'];

/** Largest accelerator count the explicit-graph properties build. */
const MAX_ACCELERATORS = 3000;
const SEED = 20240611;

interface Shape {
  kind: TopologyKind;
  G: number;
  n: number;
  /** scaleUpDomain = G * 2^kExp (G/2 when kExp = -1 and G is even, else G). */
  kExp: number;
  /** Index into the divisors of G * n (mod their count); -1 picks 3 (often invalid). */
  planeIndex: number;
  radix: number;
  oversubscription: number[];
  reserved: number;
  su: number | 'auto';
  /** Clos kinds: per-tier radix (index 0 = leaf), undefined entries take the radix. */
  radixByTier: (number | undefined)[] | undefined;
  dragonfly: TopologyRequest['dragonfly'];
}

const shapeArb = (kinds: TopologyKind[]): fc.Arbitrary<Shape> =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    G: fc.constantFrom(1, 2, 4, 8),
    n: fc.constantFrom(1, 1, 2),
    kExp: fc.constantFrom(-1, 0, 0, 1, 2),
    planeIndex: fc.oneof(
      { weight: 6, arbitrary: fc.constant(0) },
      { weight: 6, arbitrary: fc.nat(7) },
      { weight: 1, arbitrary: fc.constant(-1) },
    ),
    radix: fc.integer({ min: 2, max: 16 }).map((x) => 2 * x),
    oversubscription: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    reserved: fc.constantFrom(0, 0, 0, 1, 2),
    su: fc.oneof(fc.constant('auto' as const), fc.integer({ min: 1, max: 16 })),
    radixByTier: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      {
        weight: 2,
        arbitrary: fc.array(
          fc.option(
            fc.integer({ min: 2, max: 24 }).map((x) => 2 * x),
            { nil: undefined },
          ),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
      },
    ),
    dragonfly: fc.oneof(
      fc.constant({ mode: 'balanced' as const, p: 1, a: 1, h: 1 }),
      fc.record({
        mode: fc.constant('explicit' as const),
        p: fc.integer({ min: 1, max: 4 }),
        a: fc.integer({ min: 1, max: 8 }),
        h: fc.integer({ min: 0, max: 4 }),
      }),
    ),
  });

function divisors(x: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= x; d++) if (x % d === 0) out.push(d);
  return out;
}

function toRequest(s: Shape, servers: number, tiers: TopologyRequest['tiers'] = 'auto'): TopologyRequest {
  const K = s.kExp >= 0 ? s.G * 2 ** s.kExp : s.G % 2 === 0 ? s.G / 2 : s.G;
  const ds = divisors(s.G * s.n);
  const planes = s.planeIndex < 0 ? 3 : ds[s.planeIndex % ds.length]!;
  return request({
    kind: s.kind,
    accelerators: servers * s.G,
    acceleratorsPerServer: s.G,
    scaleUpDomain: K,
    nicPortsPerAccelerator: s.n,
    planes,
    radix: s.radix,
    tiers,
    // Direct networks refuse ratios (a test below pins that); Clos kinds get per-boundary lists.
    oversubscription: CLOS_KINDS.includes(s.kind) ? s.oversubscription : [1],
    scalableUnitServers: s.su,
    radixByTier: CLOS_KINDS.includes(s.kind) ? s.radixByTier : undefined,
    reservedPortsPerLeaf: s.reserved,
    dragonfly: s.dragonfly,
  });
}

/** Small cluster sizes, biased to very small so that radix-4..8 fabrics still fit. */
const serversArb = (G: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: 1, max: 16 }),
    fc.integer({ min: 1, max: 128 }),
    fc.integer({ min: 1, max: Math.floor(MAX_ACCELERATORS / G) }),
  );

const caseArb = (kinds: TopologyKind[]): fc.Arbitrary<{ shape: Shape; servers: number }> =>
  shapeArb(kinds).chain((shape) => serversArb(shape.G).map((servers) => ({ shape, servers })));

/** Every ok:false names the input field and says what is allowed. */
function assertErrorShape(r: Result<FabricPlan>): void {
  if (r.ok) return;
  assert.equal(typeof r.error.path, 'string');
  assert.ok(r.error.path.length > 0, 'error path is empty');
  assert.match(r.error.path, /^[a-zA-Z]+(\.[a-zA-Z]+)+$/, `error path "${r.error.path}" is not a dotted field path`);
  assert.equal(typeof r.error.message, 'string');
  assert.ok(r.error.message.trim().length > 0, 'error message is empty');
  assert.equal(typeof r.error.value, 'string');
}

function describeCase(req: TopologyRequest): string {
  const { kind, accelerators, acceleratorsPerServer, scaleUpDomain, nicPortsPerAccelerator, planes, radix } = req;
  return JSON.stringify({
    kind,
    accelerators,
    acceleratorsPerServer,
    scaleUpDomain,
    nicPortsPerAccelerator,
    planes,
    radix,
    tiers: req.tiers,
    oversubscription: req.oversubscription,
    scalableUnitServers: req.scalableUnitServers,
    radixByTier: req.radixByTier,
    reservedPortsPerLeaf: req.reservedPortsPerLeaf,
    dragonfly: req.dragonfly,
  });
}

function planLinks(plan: FabricPlan): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of plan.links) m.set(l.class, (m.get(l.class) ?? 0) + l.count);
  return m;
}

/** Counts of the plan equal those of the explicit graph, tier by tier and class by class. */
function assertPlanMatchesGraph(plan: FabricPlan, g: ExplicitGraph, ctx: string): void {
  assert.equal(plan.tiers, g.tiers, `tiers ${ctx}`);
  const summary = tierSummary(g);
  const planTiers = plan.switchTiers.filter((t) => t.count > 0);
  assert.deepEqual(planTiers.map((t) => t.tier).sort(), [...summary.keys()].sort(), `tier names ${ctx}`);
  for (const t of planTiers) {
    const s = summary.get(t.tier)!;
    assert.equal(t.count, s.count, `${t.tier} count ${ctx}`);
    assert.equal(t.level, s.level, `${t.tier} level ${ctx}`);
    assert.equal(t.radix, s.radix, `${t.tier} radix ${ctx}`);
    assert.equal(t.portsUsed, s.portsUsed, `${t.tier} portsUsed ${ctx}`);
    assert.equal(t.portsReserved, s.portsReserved, `${t.tier} portsReserved ${ctx}`);
    assert.equal(t.idlePorts, t.count * t.radix - t.portsUsed, `${t.tier} idlePorts ${ctx}`);
    assert.ok(t.idlePorts >= 0, `${t.tier} idlePorts < 0 ${ctx}`);
  }
  const links = planLinks(plan);
  assert.equal(new Set(plan.links.map((l) => l.class)).size, plan.links.length, `a link class is listed twice ${ctx}`);
  for (const cls of LINK_CLASSES) {
    assert.equal(links.get(cls) ?? 0, g.linkCounts.get(cls) ?? 0, `${cls} links ${ctx}`);
  }
}

/** Every number in the plan is a finite, non-negative whole number. */
function assertWholeCounts(plan: FabricPlan, ctx: string): void {
  const nums: [string, number][] = [
    ['tiers', plan.tiers],
    ['endpoints', plan.endpoints],
    ['planes', plan.planes],
    ['switchHopBound', plan.switchHopBound],
    ['maxEndpointsPerPlane', plan.maxEndpointsPerPlane],
  ];
  for (const t of plan.switchTiers) {
    for (const key of ['level', 'count', 'radix', 'portsUsed', 'portsReserved', 'idlePorts'] as const) {
      nums.push([`${t.tier}.${key}`, t[key]]);
    }
  }
  for (const l of plan.links) nums.push([`links.${l.class}`, l.count]);
  for (const [name, v] of nums) {
    assert.ok(Number.isSafeInteger(v) && v >= 0, `${name} = ${v} is not a non-negative whole number ${ctx}`);
  }
  assert.ok(plan.tiers >= 1 && plan.planes >= 1 && plan.switchHopBound >= 1, `tiers/planes/hop bound >= 1 ${ctx}`);
}

/** Deterministic sample of up to `max` items. */
function sample<T>(items: T[], max: number, salt: number): T[] {
  if (items.length <= max) return items;
  const out: T[] = [];
  const step = items.length / max;
  for (let i = 0; i < max; i++) out.push(items[Math.floor(i * step + (salt % Math.max(1, Math.floor(step))))]!);
  return out;
}

/**
 * Every endpoint pair of a network is within `bound` switches (sampled sources, all targets).
 * Returns the most switches seen on a shortest endpoint-to-endpoint path.
 */
function assertHopBound(g: ExplicitGraph, bound: number, ctx: string): number {
  let most = 0;
  for (const nw of g.networks) {
    const withEndpoints = [...new Set(nw.endpoints.map((e) => g.endpoints[e]!.switch))];
    for (const src of sample(withEndpoints, 8, nw.endpoints.length)) {
      const dist = switchDistances(g, src);
      for (const dst of withEndpoints) {
        const d = dist[dst]!;
        assert.ok(d >= 0, `switch ${dst} unreachable from ${src} in plane ${nw.plane} rail ${nw.rail} ${ctx}`);
        assert.ok(d + 1 <= bound, `${d + 1} switches between endpoints > switchHopBound ${bound} ${ctx}`);
        most = Math.max(most, d + 1);
      }
    }
  }
  return most;
}

/**
 * Rail-only: accelerators A, B in different domains and of different ranks have no path
 * through the switches alone, but do with one forward through a scale-up domain (to the
 * accelerator of the other's rank), within the hop bound.
 */
function assertRailOnlyCrossRail(
  req: TopologyRequest,
  g: ExplicitGraph,
  bound: number,
  salt: number,
  ctx: string,
): number {
  const { accelerators: N, scaleUpDomain: K, nicPortsPerAccelerator: n } = req;
  const domains = Math.ceil(N / K);
  if (domains < 2 || K < 2) return 0;
  const ep = (acc: number, port: number) => g.endpoints[acc * n + port]!;
  const shared = g.networks.some((nw) => nw.rail === -1);
  const reach = (a: number, b: number, port: number): boolean => {
    const d = switchDistances(g, ep(a, port).switch)[ep(b, port).switch]!;
    return d >= 0 && d + 1 <= bound;
  };
  let checked = 0;
  for (let i = 0; i < 6; i++) {
    const A = (salt * 7919 + i * 104729) % N;
    const B = (A + K * (1 + ((salt + i) % (domains - 1))) + 1 + (i % (K - 1))) % N;
    const dA = Math.floor(A / K);
    const dB = Math.floor(B / K);
    if (dA === dB || A % K === B % K) continue;
    checked++;
    for (let pa = 0; pa < n; pa++) {
      for (let pb = 0; pb < n; pb++) {
        // Small rails may share a switch (each on its own ports); only separate switches are checked.
        if (shared) continue;
        const d = switchDistances(g, ep(A, pa).switch)[ep(B, pb).switch]!;
        assert.equal(d, -1, `rails ${A % K} and ${B % K} are joined by switches ${ctx}`);
      }
    }
    let ok = false;
    for (let port = 0; port < n && !ok; port++) {
      const viaSource = dA * K + (B % K); // A forwards to the rank-of-B accelerator of its domain
      const viaDest = dB * K + (A % K); // or B's domain receives on A's rail
      if (viaSource < N && reach(viaSource, B, port)) ok = true;
      if (viaDest < N && reach(A, viaDest, port)) ok = true;
    }
    assert.ok(ok, `accelerators ${A} and ${B} not connected through one scale-up hop ${ctx}`);
  }
  return checked;
}

describe('planner counts equal an explicitly built switch graph', () => {
  test('switch counts per tier, links per class, port conservation, endpoints, hop bounds', () => {
    let built = 0;
    let mixedBuilt = 0;
    let crossRailPairs = 0;
    const seenKinds = new Set<string>();
    fc.assert(
      fc.property(caseArb(ALL_KINDS), ({ shape, servers }) => {
        const req = toRequest(shape, servers);
        const ctx = describeCase(req);
        const r = planTopology(req);
        assertErrorShape(r);
        const graph = buildExplicitGraph(req);
        assert.equal(
          r.ok,
          graph.ok,
          `planner ok=${r.ok} but explicit build ok=${graph.ok} (${graph.ok ? '' : graph.reason}; ${r.ok ? '' : r.error.message}) ${ctx}`,
        );
        if (!r.ok || !graph.ok) return;
        built++;
        if (req.radixByTier?.some((x, i) => x !== undefined && x !== req.radix && i < r.value.tiers)) mixedBuilt++;
        seenKinds.add(req.kind);
        const plan = r.value;
        const g = graph.graph;
        assertWholeCounts(plan, ctx);
        assertPlanMatchesGraph(plan, g, ctx);

        // Port conservation on every switch.
        g.switches.forEach((s, i) => {
          assert.ok(
            switchDegree(g, i) <= s.radix,
            `switch ${i} (${s.tier}) uses ${switchDegree(g, i)} > ${s.radix} ports ${ctx}`,
          );
        });

        // Endpoints: every accelerator port on exactly one switch, N*n/P per plane.
        const perPlane = (req.accelerators * req.nicPortsPerAccelerator) / req.planes;
        assert.equal(plan.planes, req.planes, ctx);
        assert.equal(plan.endpoints, req.accelerators * req.nicPortsPerAccelerator, ctx);
        assert.equal(plan.endpoints / plan.planes, perPlane, ctx);
        assert.ok(
          plan.maxEndpointsPerPlane >= perPlane,
          `maxEndpointsPerPlane ${plan.maxEndpointsPerPlane} < ${perPlane} ${ctx}`,
        );
        assert.equal(g.endpoints.length, plan.endpoints);
        assert.equal(
          g.attached.reduce((a, b) => a + b, 0),
          plan.endpoints,
        );
        for (let plane = 0; plane < req.planes; plane++) {
          assert.equal(g.endpoints.filter((e) => e.plane === plane).length, perPlane, ctx);
        }
        for (const e of g.endpoints) {
          const sw = g.switches[e.switch]!;
          assert.equal(sw.level, 1, `endpoints attach to tier 1 ${ctx}`);
          const nw = g.networks[sw.network]!;
          assert.equal(nw.plane, e.plane, ctx);
        }

        const most = assertHopBound(g, plan.switchHopBound, ctx);
        if (CLOS_KINDS.includes(req.kind)) {
          // With the fewest tiers, some endpoints sit in different (T-1)-blocks: the bound 2T-1 is reached.
          assert.equal(
            most,
            plan.switchHopBound,
            `switchHopBound ${plan.switchHopBound} is never reached (max ${most}) ${ctx}`,
          );
        }
        if (req.kind === 'rail-only')
          crossRailPairs += assertRailOnlyCrossRail(req, g, plan.switchHopBound, servers, ctx);
      }),
      { numRuns: 600, seed: SEED },
    );
    // Mixed per-tier radixes (small upper tiers) make more requests unbuildable than uniform ones.
    assert.ok(built > 200, `only ${built} of 600 random requests were buildable`);
    assert.ok(mixedBuilt > 40, `only ${mixedBuilt} buildable requests with per-tier radixes`);
    assert.deepEqual([...seenKinds].sort(), [...ALL_KINDS].sort());
    assert.ok(crossRailPairs > 20, `only ${crossRailPairs} rail-only cross-rail pairs checked`);
  });

  test('forced tier counts build the same graph as the planner (except the 1-leaf case pinned below)', () => {
    let built = 0;
    fc.assert(
      fc.property(caseArb(CLOS_KINDS), fc.integer({ min: 1, max: 5 }), ({ shape, servers }, tiers) => {
        const req = toRequest(shape, servers, tiers);
        const ctx = describeCase(req);
        const r = planTopology(req);
        assertErrorShape(r);
        const graph = buildExplicitGraph(req);
        assert.equal(r.ok, graph.ok, `planner ok=${r.ok}, explicit ok=${graph.ok} ${ctx}`);
        if (!r.ok || !graph.ok) return;
        built++;
        assertWholeCounts(r.value, ctx);
        assertPlanMatchesGraph(r.value, graph.graph, ctx);
        assert.equal(r.value.tiers, tiers, `forced ${tiers} tiers ${ctx}`);
      }),
      { numRuns: 300, seed: SEED + 1 },
    );
    assert.ok(built > 60, `only ${built} forced-tier requests were buildable`);
  });

  test('forced tiers = 2 is honoured when the network fits one leaf', () => {
    // fat-tree, 16 accelerators, radix 64, tiers: 2 → 1 leaf of 32 down + 32 up ports, 1 spine.
    const r = planTopology(request({ kind: 'fat-tree', accelerators: 16, tiers: 2 }));
    assert.ok(r.ok);
    assert.equal(r.value.tiers, 2);
    assert.deepEqual(
      r.value.switchTiers.map((t) => [t.tier, t.count]),
      [
        ['leaf', 1],
        ['spine', 1],
      ],
    );
    assert.equal(r.value.links.find((l) => l.class === 'leaf-spine')?.count, 32);
  });
});

describe('integrality and error shape over wider inputs', () => {
  test('no negative, non-integer or non-finite count; ok:false names a field and a reason', () => {
    const wide = fc.record({
      shape: shapeArb(ALL_KINDS),
      servers: fc.integer({ min: 1, max: 40000 }),
      tiers: fc.constantFrom<TopologyRequest['tiers']>('auto', 'auto', 1, 2, 3, 4, 5),
      ratios: fc.array(fc.constantFrom(1, 1.5, 2, 3, 4, 7), { minLength: 1, maxLength: 4 }),
    });
    let oks = 0;
    let fails = 0;
    fc.assert(
      fc.property(wide, ({ shape, servers, tiers, ratios }) => {
        const req = { ...toRequest(shape, servers, tiers), oversubscription: ratios };
        const r = planTopology(req);
        assertErrorShape(r);
        if (!r.ok) {
          fails++;
          return;
        }
        oks++;
        assertWholeCounts(r.value, describeCase(req));
        for (const t of r.value.switchTiers) {
          assert.ok(t.portsUsed <= t.count * t.radix, `${t.tier} uses more ports than it has ${describeCase(req)}`);
          assert.ok(t.portsReserved <= t.portsUsed, describeCase(req));
        }
      }),
      { numRuns: 1000, seed: SEED + 2 },
    );
    assert.ok(oks > 50 && fails > 50, `ok ${oks}, failed ${fails}: both outcomes should be exercised`);
  });
});

describe('monotonicity in cluster size', () => {
  for (const kind of ALL_KINDS) {
    test(`${kind}: switches, links and tiers never drop as accelerators grow`, () => {
      const arb = fc.record({
        // Leaf-spine has one tier boundary: a longer ratio list is refused at every size.
        shape: shapeArb([kind]).map((sh) =>
          kind === 'leaf-spine' ? { ...sh, oversubscription: sh.oversubscription.slice(0, 1) } : sh,
        ),
        a: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 1200 })),
        b: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 1200 })),
      });
      let compared = 0;
      fc.assert(
        fc.property(arb, ({ shape, a, b }) => {
          const [s1, s2] = a <= b ? [a, b] : [b, a];
          const r1 = planTopology(toRequest(shape, s1));
          const r2 = planTopology(toRequest(shape, s2));
          assertErrorShape(r1);
          assertErrorShape(r2);
          const ctx = `${describeCase(toRequest(shape, s1))} vs ${s2} servers`;
          // A smaller cluster may need fewer tiers than a per-boundary ratio list names.
          if (r2.ok && !r1.ok) assert.equal(r1.error.path, 'topology.oversubscription', ctx);
          if (!r1.ok || !r2.ok) return;
          compared++;
          const totalLinks = (p: FabricPlan) => p.links.reduce((s, l) => s + l.count, 0);
          assert.ok(totalSwitches(r1.value) <= totalSwitches(r2.value), `switches drop: ${ctx}`);
          assert.ok(totalLinks(r1.value) <= totalLinks(r2.value), `links drop: ${ctx}`);
          assert.ok(switchToSwitchLinks(r1.value) <= switchToSwitchLinks(r2.value), `switch links drop: ${ctx}`);
          assert.ok(r1.value.tiers <= r2.value.tiers, `tiers drop: ${ctx}`);
        }),
        { numRuns: 300, seed: SEED + 3 },
      );
      assert.ok(compared > 60, `only ${compared} comparable pairs`);
    });
  }
});

describe('auto tiers pick the fewest tiers that fit', () => {
  test('forcing one tier fewer than the auto plan fails (planner) and does not fit (explicit graph)', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseArb(CLOS_KINDS), ({ shape, servers }) => {
        const req = toRequest(shape, servers);
        const r = planTopology(req);
        assertErrorShape(r);
        if (!r.ok || r.value.tiers <= 1) return;
        checked++;
        const fewer = { ...req, tiers: r.value.tiers - 1 };
        const f = planTopology(fewer);
        assertErrorShape(f);
        assert.equal(f.ok, false, `${r.value.tiers - 1} tiers also fit: ${describeCase(fewer)}`);
        if (!f.ok) assert.equal(f.error.path, 'topology.tiers');
        assert.equal(
          buildExplicitGraph(fewer).ok,
          false,
          `explicit graph fits ${r.value.tiers - 1} tiers: ${describeCase(fewer)}`,
        );
      }),
      { numRuns: 400, seed: SEED + 4 },
    );
    assert.ok(checked > 80, `only ${checked} multi-tier plans`);
  });
});

describe('multi-plane modifier', () => {
  /** The P-plane plan is P copies of the per-plane plan. */
  function assertReplicated(multi: FabricPlan, single: FabricPlan, P: number, ctx: string): void {
    assert.equal(multi.planes, P * single.planes, ctx);
    assert.equal(multi.endpoints, P * single.endpoints, ctx);
    assert.equal(multi.tiers, single.tiers, ctx);
    assert.equal(multi.switchHopBound, single.switchHopBound, ctx);
    assert.equal(multi.maxEndpointsPerPlane, single.maxEndpointsPerPlane, ctx);
    assert.deepEqual(
      multi.switchTiers.map((t) => [t.tier, t.level, t.radix, t.count, t.portsUsed, t.portsReserved, t.idlePorts]),
      single.switchTiers.map((t) => [
        t.tier,
        t.level,
        t.radix,
        P * t.count,
        P * t.portsUsed,
        P * t.portsReserved,
        P * t.idlePorts,
      ]),
      ctx,
    );
    for (const cls of LINK_CLASSES) {
      assert.equal(planLinks(multi).get(cls) ?? 0, P * (planLinks(single).get(cls) ?? 0), `${cls} ${ctx}`);
    }
  }

  test('P planes over servers of G (or ports n) = P x one plane over servers of G/P (or ports n/P)', () => {
    let compared = 0;
    const arb = fc.record({
      shape: shapeArb(ALL_KINDS),
      servers: fc.integer({ min: 1, max: 1500 }),
      P: fc.constantFrom(2, 4),
      byPorts: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ shape, servers, P, byPorts }) => {
        const base = toRequest({ ...shape, planeIndex: 0 }, servers);
        let multi: TopologyRequest;
        let single: TopologyRequest;
        if (byPorts) {
          multi = { ...base, nicPortsPerAccelerator: P, planes: P };
          single = { ...base, nicPortsPerAccelerator: 1, planes: 1 };
        } else {
          fc.pre(base.acceleratorsPerServer % P === 0 && base.scaleUpDomain % P === 0);
          multi = { ...base, planes: P };
          single = {
            ...base,
            accelerators: base.accelerators / P,
            acceleratorsPerServer: base.acceleratorsPerServer / P,
            scaleUpDomain: base.scaleUpDomain / P,
            planes: 1,
          };
        }
        const ctx = `${describeCase(multi)} vs ${describeCase(single)}`;
        const m = planTopology(multi);
        const s = planTopology(single);
        assertErrorShape(m);
        assertErrorShape(s);
        assert.equal(m.ok, s.ok, `one fits, the other not: ${ctx}`);
        if (!m.ok || !s.ok) return;
        compared++;
        assertReplicated(m.value, s.value, P, ctx);
      }),
      { numRuns: 400, seed: SEED + 5 },
    );
    assert.ok(compared > 60, `only ${compared} comparable multi-plane pairs`);
  });
});

describe('maxEndpointsPerPlane is reachable with the same tiers', () => {
  /** Plans the largest whole-server cluster within the plan's stated per-plane capacity. */
  function atCapacity(req: TopologyRequest, plan: FabricPlan): { servers: number; r: Result<FabricPlan> } {
    const perServer = (req.acceleratorsPerServer * req.nicPortsPerAccelerator) / req.planes;
    const servers = Math.floor(plan.maxEndpointsPerPlane / perServer);
    return { servers, r: planTopology({ ...req, accelerators: servers * req.acceleratorsPerServer }) };
  }

  test('every kind but rail-optimized: the largest cluster within maxEndpointsPerPlane plans with the same tiers', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseArb(ALL_KINDS.filter((k) => k !== 'rail-optimized')), ({ shape, servers }) => {
        const req = toRequest(shape, servers);
        const r = planTopology(req);
        if (!r.ok) return;
        const cap = atCapacity(req, r.value);
        fc.pre(cap.servers <= 5_000_000);
        checked++;
        const ctx = `${describeCase(req)} at ${cap.servers} servers (maxEndpointsPerPlane ${r.value.maxEndpointsPerPlane})`;
        assert.ok(cap.servers >= servers, ctx);
        assert.ok(cap.r.ok, `capacity does not plan: ${ctx}`);
        assert.equal(cap.r.value.tiers, r.value.tiers, `capacity needs other tiers: ${ctx}`);
        assert.equal(cap.r.value.maxEndpointsPerPlane, r.value.maxEndpointsPerPlane, ctx);
      }),
      { numRuns: 400, seed: SEED + 6 },
    );
    assert.ok(checked > 100, `only ${checked} checked`);
  });

  test('rail-optimized: maxEndpointsPerPlane accounts for the scalable-unit grouping', () => {
    // radix 16, non-blocking: 8 endpoint ports per leaf, 16 leaves under a 2-tier top. SU = 5
    // servers of 8 GPUs: every SU needs 8 rail leaves holding 5 endpoints each, so 2 tiers hold
    // 2 SU = 80 GPUs. The plan says 128; 88 GPUs (3 SU) already need 3 tiers.
    const base = request({ kind: 'rail-optimized', radix: 16, scalableUnitServers: 5 });
    const at80 = planTopology({ ...base, accelerators: 80 });
    assert.ok(at80.ok);
    assert.equal(at80.value.tiers, 2);
    const at88 = planTopology({ ...base, accelerators: 88 });
    assert.ok(at88.ok);
    assert.equal(at88.value.tiers, 3);
    assert.equal(at80.value.maxEndpointsPerPlane, 80);
  });
});

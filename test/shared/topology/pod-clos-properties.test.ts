/**
 * Property tests of the pod-structured Clos planner (pod-clos.ts) against a port-by-port
 * oracle (explicit-pod-clos.ts) over small random requests: switch and link counts, ports in
 * use per tier, standby ports, pods of which the last may be smaller; port conservation with dual-homing (every NIC port attached
 * exactly once, the ports of a dual-homed NIC on distinct leaves); and, with none of the new
 * inputs, agreement with the plain planners.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planPodClos } from '../../../shared/topology/pod-clos.ts';
import { planTopology } from '../../../shared/topology/plan-topology.ts';
import type { FabricPlan } from '../../../shared/topology/fabric-plan.ts';
import type { TopologyRequest } from '../../../shared/topology/topology-request.ts';
import { buildPodClosOracle } from './explicit-pod-clos.ts';
import { request } from './request.ts';

const SEED = 20241125;

const requests = fc
  .record({
    kind: fc.constantFrom('leaf-spine' as const, 'fat-tree' as const, 'rail-optimized' as const),
    G: fc.constantFrom(1, 2, 4, 8),
    n: fc.constantFrom(1, 2),
    P: fc.constantFrom(1, 2),
    dual: fc.boolean(),
    radix: fc.constantFrom(8, 12, 16, 32),
    m: fc.constantFrom(1, 2),
    backup: fc.integer({ min: 0, max: 2 }),
    reserved: fc.integer({ min: 0, max: 1 }),
    r0: fc.constantFrom(1, 3),
    r1: fc.constantFrom(1, 2),
    rx: fc.constantFrom(1, 3, 7),
    rack: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    su: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    pods: fc.integer({ min: 0, max: 4 }),
    podUnits: fc.integer({ min: 1, max: 6 }),
    podRest: fc.integer({ min: 1, max: 48 }),
    servers: fc.integer({ min: 1, max: 60 }),
    tiers: fc.constantFrom('auto' as const, 'auto' as const, 'auto' as const, 2, 3),
  })
  .map((x): TopologyRequest => {
    // Pods hold whole scalable units (rail-optimized) or whole racks, and sit under a tier.
    const kind = x.pods > 0 && x.kind === 'leaf-spine' ? 'fat-tree' : x.kind;
    const su = x.pods > 0 && kind === 'rail-optimized' ? (x.su ?? 4) : x.su;
    const rack = kind === 'rail-optimized' ? undefined : x.rack;
    const serversPerPod = x.podUnits * (kind === 'rail-optimized' ? su! : (rack ?? 1));
    // x.pods - 1 whole pods and a last pod of 1 to serversPerPod servers (whole or smaller).
    const servers = x.pods > 0 ? (x.pods - 1) * serversPerPod + 1 + ((x.podRest - 1) % serversPerPod) : x.servers;
    const ports = x.G * x.n;
    // A dual-homed unit: two NIC ports, or the accelerator's ports.
    const homing = x.dual ? (x.n === 2 ? 2 : x.G >= 2 ? 2 : 1) : 1;
    return {
      ...request({}),
      kind,
      accelerators: servers * x.G,
      acceleratorsPerServer: x.G,
      scaleUpDomain: x.G,
      nicPortsPerAccelerator: x.n,
      planes: ports % x.P === 0 ? x.P : 1,
      radix: x.radix,
      tiers: x.tiers,
      oversubscription: x.r1 === 1 ? [x.r0] : [x.r0, x.r1],
      scalableUnitServers: su ?? 'auto',
      reservedPortsPerLeaf: x.reserved,
      nicPortRateGbps: 100,
      switchLinkRateGbps: 100 * x.m,
      backupPortsPerLeaf: x.backup,
      serversPerLeaf: rack ?? 'auto',
      podAccelerators: x.pods > 0 ? serversPerPod * x.G : 0,
      podOversubscription: x.rx,
      homingPorts: homing,
    };
  });

const describeCase = (r: TopologyRequest) => JSON.stringify({ ...r, dragonfly: undefined, scaleUpDomain: undefined });

function byTier(plan: FabricPlan): Map<string, { count: number; used: number }> {
  return new Map(plan.switchTiers.map((t) => [t.tier, { count: t.count, used: t.portsUsed }]));
}

describe('pod-structured Clos against the port-by-port oracle', () => {
  test('same switches, ports in use, links and standby ports; refusals agree', () => {
    let built = 0;
    let podded = 0;
    let dualBuilt = 0;
    fc.assert(
      fc.property(requests, (req) => {
        const ctx = describeCase(req);
        const r = planPodClos(req);
        if (r.ok && r.value.tiers === 1) return; // single-switch builds are outside the oracle
        const o = buildPodClosOracle(req);
        assert.equal(
          r.ok,
          o.ok,
          `planner ${r.ok ? 'built' : r.error.message}; oracle ${o.ok ? 'built' : o.reason} ${ctx}`,
        );
        if (!r.ok || !o.ok) return;
        built++;
        if ((req.podAccelerators ?? 0) > 0) podded++;
        const plan = r.value;
        const oracle = o.value;
        assert.equal(plan.tiers, oracle.tiers, ctx);
        const tiers = new Map<string, { count: number; used: number }>();
        for (const s of oracle.switches) {
          const t = tiers.get(s.tier) ?? { count: 0, used: 0 };
          t.count++;
          t.used += s.used;
          tiers.set(s.tier, t);
          assert.ok(s.used <= s.radix, `a ${s.tier} uses ${s.used} of ${s.radix} ports ${ctx}`);
        }
        assert.deepEqual(byTier(plan), tiers, ctx);
        for (const t of plan.switchTiers) assert.ok(t.idlePorts >= 0, `${t.tier} idle ${t.idlePorts} ${ctx}`);
        for (const l of plan.links) assert.equal(l.count, oracle.links.get(l.class), `${l.class} ${ctx}`);
        assert.equal(plan.links.length, oracle.links.size, ctx);
        assert.equal(plan.standbyEndpoints, oracle.standby, ctx);

        // Port conservation: every NIC port is cabled to exactly one leaf.
        const ports = req.accelerators * req.nicPortsPerAccelerator;
        assert.equal(oracle.ports.length, ports);
        assert.equal(plan.endpoints, ports, ctx);
        assert.ok(oracle.ports.every((p) => p.leaf !== ''));
        const leafLinks = plan.links.find((l) => l.class === 'accelerator-leaf')!.count;
        assert.equal(leafLinks, ports + oracle.standby, ctx);
        assert.equal(plan.switchTiers[0]!.count, oracle.leafLoad.size, ctx);

        // Dual-homing: the ports of one unit land on distinct leaves.
        if ((req.homingPorts ?? 1) > 1) {
          dualBuilt++;
          const seen = new Map<string, Set<string>>();
          for (const p of oracle.ports) {
            const key = `${p.server}/${p.unit}`;
            const leaves = seen.get(key) ?? new Set<string>();
            assert.ok(!leaves.has(p.leaf), `unit ${key} has two ports on leaf ${p.leaf} ${ctx}`);
            leaves.add(p.leaf);
            seen.set(key, leaves);
          }
        }
        if (plan.pods) {
          assert.ok(plan.pods.oversubscription <= (req.podOversubscription ?? 1) + 1e-9, ctx);
          assert.equal(plan.pods.count, Math.ceil(req.accelerators / plan.pods.accelerators), ctx);
        }
      }),
      { numRuns: 500, seed: SEED },
    );
    assert.ok(built > 100, `only ${built} requests were buildable`);
    assert.ok(podded > 20, `only ${podded} podded requests were buildable`);
    assert.ok(dualBuilt > 30, `only ${dualBuilt} dual-homed requests were buildable`);
  });

  test('with none of the new inputs it plans what the plain planners plan', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('leaf-spine' as const, 'fat-tree' as const, 'rail-optimized' as const),
        fc.constantFrom(1, 2, 8),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom(8, 16, 32),
        fc.constantFrom(1, 3),
        fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
        (kind, G, servers, radix, r0, su) => {
          const req: TopologyRequest = {
            ...request({}),
            kind,
            accelerators: servers * G,
            acceleratorsPerServer: G,
            scaleUpDomain: G,
            radix,
            oversubscription: [r0],
            scalableUnitServers: su ?? 'auto',
            nicPortRateGbps: 400,
            switchLinkRateGbps: 400,
          };
          const plain = planTopology(req);
          const pod = planPodClos(req);
          assert.equal(pod.ok, plain.ok, describeCase(req));
          if (!plain.ok || !pod.ok) return;
          compared++;
          assert.deepEqual(
            pod.value.switchTiers.map((t) => [t.tier, t.count, t.portsUsed, t.idlePorts]),
            plain.value.switchTiers.map((t) => [t.tier, t.count, t.portsUsed, t.idlePorts]),
            describeCase(req),
          );
          assert.deepEqual(
            pod.value.links.map((l) => [l.class, l.count]),
            plain.value.links.map((l) => [l.class, l.count]),
          );
        },
      ),
      { numRuns: 300, seed: SEED + 1 },
    );
    assert.ok(compared > 150, `only ${compared} compared`);
  });
});

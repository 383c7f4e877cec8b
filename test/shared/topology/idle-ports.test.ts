/**
 * Property tests of idle ports under the automatic scalable unit: a rail-optimized fabric with
 * `scalableUnitServers: 'auto'` leaves fewer than one leaf's endpoint ports idle per rail (only
 * the last, partial unit), none when the servers are a whole number of units, and every tier's
 * idle share lies in [0, 1]. A forced unit never leaves fewer leaf ports idle than auto.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planTopology } from '../../../shared/topology/plan-topology.ts';
import { idlePortShare } from '../../../shared/topology/fabric-plan.ts';
import { splitPorts } from '../../../shared/topology/clos-planner.ts';
import { request } from './request.ts';

const SEED = 20261201;

const caseArb = fc.record({
  G: fc.constantFrom(1, 2, 4, 8),
  n: fc.constantFrom(1, 2),
  planesExp: fc.constantFrom(0, 0, 1),
  radix: fc.integer({ min: 2, max: 64 }).map((x) => 2 * x),
  ratio: fc.constantFrom(1, 1, 2, 3, 7),
  reserved: fc.constantFrom(0, 0, 1, 2),
  servers: fc.integer({ min: 1, max: 6000 }),
  forced: fc.integer({ min: 1, max: 200 }),
});

describe('idle ports with the automatic scalable unit', () => {
  test('fewer than one leaf of endpoint ports idle per rail; none at whole units; shares in [0, 1]', () => {
    let multiTier = 0;
    let whole = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const planes = 2 ** c.planesExp;
        fc.pre((c.G * c.n) % planes === 0);
        const req = request({
          kind: 'rail-optimized',
          accelerators: c.servers * c.G,
          acceleratorsPerServer: c.G,
          scaleUpDomain: c.G,
          nicPortsPerAccelerator: c.n,
          planes,
          radix: c.radix,
          oversubscription: [c.ratio],
          reservedPortsPerLeaf: c.reserved,
          scalableUnitServers: 'auto',
        });
        const r = planTopology(req);
        if (!r.ok) return;
        const p = r.value;
        for (const t of p.switchTiers) {
          const share = idlePortShare(t);
          assert.ok(share >= 0 && share <= 1, `${t.tier} idle share ${share}`);
        }
        if (p.tiers === 1) return;
        multiTier++;
        const rails = (c.G * c.n) / planes;
        const perLeaf = splitPorts(c.radix, c.ratio).down - c.reserved;
        const leaf = p.switchTiers[0]!;
        assert.equal(p.scalableUnit?.servers, perLeaf);
        assert.equal(p.scalableUnit?.fillsLeaves, true);
        // Idle leaf ports are endpoint ports no server uses: at most perLeaf - 1 per rail and plane.
        assert.ok(leaf.idlePorts <= planes * rails * (perLeaf - 1), JSON.stringify({ c, idle: leaf.idlePorts }));
        assert.equal(leaf.idlePorts, planes * rails * (Math.ceil(c.servers / perLeaf) * perLeaf - c.servers));
        if (c.servers % perLeaf === 0) {
          whole++;
          assert.equal(leaf.idlePorts, 0);
        }
        // A forced unit of the same request leaves at least as many leaf ports idle.
        const f = planTopology({ ...req, scalableUnitServers: c.forced, reservedPortsPerLeaf: 0 });
        const a = planTopology({ ...req, reservedPortsPerLeaf: 0 });
        if (f.ok && a.ok && f.value.tiers === a.value.tiers) {
          assert.ok(f.value.switchTiers[0]!.idlePorts >= a.value.switchTiers[0]!.idlePorts);
        }
      }),
      { numRuns: 500, seed: SEED },
    );
    assert.ok(multiTier > 200, `only ${multiTier} multi-tier plans`);
    assert.ok(whole > 5, `only ${whole} whole-unit plans`);
  });
});

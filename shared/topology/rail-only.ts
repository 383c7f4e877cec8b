/**
 * Rail-only (Wang et al., arXiv 2307.12169): no spine across rails. Accelerators of the same
 * rank in every scale-up domain form a rail with its own full-bisection Clos; traffic between
 * rails is forwarded inside the scale-up domain. Rails per plane = K x n / P.
 */
import { fail, ok, type Result } from '../model-error.ts';
import { radixAt, sizeClos } from './clos-planner.ts';
import { replicatePlanes, sumPlans, type FabricPlan } from './fabric-plan.ts';
import type { TopologyRequest } from './topology-request.ts';

/**
 * Example: 32,768 GPUs, K = 8, radix 64 → 8 rails of 4,096 endpoints, each 128 leaves and
 * 64 spines: 1,536 switches (docs/model.md, "Topology counting").
 */
export function planRailOnly(req: TopologyRequest): Result<FabricPlan> {
  const K = req.scaleUpDomain;
  const railsPerPlane = (K * req.nicPortsPerAccelerator) / req.planes;
  if (!Number.isInteger(railsPerPlane)) {
    return fail(
      'scaleOut.planes',
      req.planes,
      `the ${K * req.nicPortsPerAccelerator} ports of a scale-up domain must split evenly over the planes`,
    );
  }
  const fullDomains = Math.floor(req.accelerators / K);
  const partial = req.accelerators - fullDomains * K;
  // A partial last domain adds one endpoint to the first ceil(partial*n/P) rails.
  const longRails = Math.ceil((partial * req.nicPortsPerAccelerator) / req.planes);
  const groups: { rails: number; endpoints: number }[] = [
    { rails: longRails, endpoints: fullDomains + 1 },
    { rails: railsPerPlane - longRails, endpoints: fullDomains },
  ].filter((g) => g.rails > 0 && g.endpoints > 0);
  const sizedGroups = [];
  for (const g of groups) {
    const sized = sizeClos({
      endpoints: g.endpoints,
      radix: req.radix,
      radixByTier: req.radixByTier,
      tiers: req.tiers,
      maxTiers: 5,
      oversubscription: req.oversubscription,
      reservedPortsPerLeaf: req.reservedPortsPerLeaf,
      label: 'each rail of a rail-only fabric',
      accelerators: req.accelerators,
    });
    if (!sized.ok) return sized;
    sizedGroups.push({ ...g, c: sized.value });
  }
  if (sizedGroups.length === 0) return fail('cluster.acceleratorCount', req.accelerators, 'must be at least 1');
  if (sizedGroups.every((g) => g.c.tiers === 1)) {
    const shared = sharedRailSwitches(sizedGroups, radixAt(req, 1) - req.reservedPortsPerLeaf);
    if (shared.switches < sizedGroups.reduce((t, g) => t + g.rails, 0)) {
      return ok(replicatePlanes(sharedPlan(req, shared, sizedGroups[0]!.c.maxEndpoints * railsPerPlane), req.planes));
    }
  }
  let plan: FabricPlan | undefined;
  for (const g of sizedGroups) {
    const c = g.c;
    const rail: FabricPlan = {
      topology: 'rail-only',
      tiers: c.tiers,
      endpoints: g.endpoints,
      planes: 1,
      switchTiers: c.switchTiers,
      links: c.links,
      switchHopBound: 2 * c.tiers - 1,
      maxEndpointsPerPlane: c.maxEndpoints * railsPerPlane,
      notes: ['traffic between rails is forwarded through the scale-up domain'],
    };
    const all = replicatePlanes(rail, g.rails);
    const merged = { ...all, planes: 1 };
    plan = plan ? sumPlans(plan, merged) : merged;
  }
  return ok(replicatePlanes({ ...plan!, planes: 1 }, req.planes));
}

/**
 * Packs single-switch rails into shared switches, first fit with the longest rails first:
 * whole rails only (a rail never spans two switches). `capacity` is the endpoint ports of a
 * switch (radix less reserved ports). Rails come in at most two lengths, so switches are kept
 * as runs of equal free space, independent of the rail count.
 * Example: 8 rails of 8 endpoints at capacity 64 → 1 switch.
 */
export function sharedRailSwitches(
  groups: readonly { rails: number; endpoints: number }[],
  capacity: number,
): { switches: number; endpoints: number; railsPerSwitch: number } {
  const runs: { count: number; free: number }[] = [];
  let endpoints = 0;
  let railsPerSwitch = 0;
  for (const g of [...groups].sort((a, b) => b.endpoints - a.endpoints)) {
    const perSwitch = Math.floor(capacity / g.endpoints);
    railsPerSwitch = Math.max(railsPerSwitch, perSwitch);
    let left = g.rails;
    const next: { count: number; free: number }[] = [];
    for (const run of runs) {
      // Each switch of the run takes as many rails as fit, in order, until the rails run out.
      const fit = Math.floor(run.free / g.endpoints);
      const filled = fit > 0 ? Math.min(run.count, Math.floor(left / fit)) : 0;
      left -= filled * fit;
      if (filled > 0) next.push({ count: filled, free: run.free - fit * g.endpoints });
      const rest = run.count - filled;
      if (rest > 0 && fit > 0 && left > 0) {
        next.push({ count: 1, free: run.free - left * g.endpoints });
        left = 0;
        if (rest > 1) next.push({ count: rest - 1, free: run.free });
      } else if (rest > 0) next.push({ count: rest, free: run.free });
    }
    if (left > 0) {
      const full = Math.floor(left / perSwitch);
      if (full > 0) next.push({ count: full, free: capacity - perSwitch * g.endpoints });
      const tail = left - full * perSwitch;
      if (tail > 0) next.push({ count: 1, free: capacity - tail * g.endpoints });
    }
    runs.splice(0, runs.length, ...next);
    endpoints += g.rails * g.endpoints;
  }
  return { switches: runs.reduce((t, r) => t + r.count, 0), endpoints, railsPerSwitch };
}

function sharedPlan(
  req: TopologyRequest,
  shared: { switches: number; endpoints: number; railsPerSwitch: number },
  maxEndpointsPerPlane: number,
): FabricPlan {
  const reserved = shared.switches * req.reservedPortsPerLeaf;
  const used = shared.endpoints + reserved;
  const radix = radixAt(req, 1);
  return {
    topology: 'rail-only',
    tiers: 1,
    endpoints: shared.endpoints,
    planes: 1,
    switchTiers: [
      {
        tier: 'leaf',
        level: 1,
        count: shared.switches,
        radix,
        portsUsed: used,
        portsReserved: reserved,
        idlePorts: shared.switches * radix - used,
      },
    ],
    links: [{ class: 'accelerator-leaf', count: shared.endpoints }],
    switchHopBound: 1,
    maxEndpointsPerPlane,
    notes: [
      'traffic between rails is forwarded through the scale-up domain',
      `rails small enough for one switch share switches: up to ${shared.railsPerSwitch} rails per switch, ` +
        'each rail on its own ports (a partition or VLAN per rail)',
    ],
  };
}

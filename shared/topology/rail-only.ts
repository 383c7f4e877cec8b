/**
 * Rail-only (Wang et al., arXiv 2307.12169): no spine across rails. Accelerators of the same
 * rank in every scale-up domain form a rail with its own full-bisection Clos; traffic between
 * rails is forwarded inside the scale-up domain. Rails per plane = K x n / P.
 */
import { fail, ok, type Result } from '../model-error.ts';
import { sizeClos } from './clos-planner.ts';
import { replicatePlanes, sumPlans, type FabricPlan } from './fabric-plan.ts';
import type { TopologyRequest } from './topology-request.ts';

/**
 * Example: 32,768 GPUs, K = 8, radix 64 → 8 rails of 4,096 endpoints, each 128 leaves and
 * 64 spines: 1,536 switches (reference/topologies.md §4 illustration).
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
  let plan: FabricPlan | undefined;
  for (const g of groups) {
    const sized = sizeClos({
      endpoints: g.endpoints,
      radix: req.radix,
      tiers: req.tiers,
      maxTiers: 5,
      oversubscription: req.oversubscription,
      reservedPortsPerLeaf: req.reservedPortsPerLeaf,
      label: 'each rail of a rail-only fabric',
      accelerators: req.accelerators,
    });
    if (!sized.ok) return sized;
    const c = sized.value;
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
  if (!plan) return fail('cluster.acceleratorCount', req.accelerators, 'must be at least 1');
  return ok(replicatePlanes({ ...plan, planes: 1 }, req.planes));
}

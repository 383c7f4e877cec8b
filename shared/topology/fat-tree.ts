/**
 * Leaf-spine (at most 2 tiers) and general multi-tier fat-tree (folded Clos, up to 5 tiers)
 * over every endpoint of a plane, with oversubscription per tier.
 */
import { ok, type Result } from '../model-error.ts';
import { sizeClos } from './clos-planner.ts';
import { replicatePlanes, type FabricPlan } from './fabric-plan.ts';
import { endpointsPerPlane, serverPortsPerPlane, type TopologyRequest } from './topology-request.ts';
import { packedServerBundles } from './link-bundles.ts';

/**
 * Example: 2,048 endpoints, radix 64, non-blocking leaf-spine → 64 leaves, 32 spines, 2,048
 * leaf-spine links (DeepSeek FT2 column).
 */
export function planFatTree(req: TopologyRequest, maxTiers = 5): Result<FabricPlan> {
  const endpoints = endpointsPerPlane(req);
  const sized = sizeClos({
    endpoints,
    radix: req.radix,
    radixByTier: req.radixByTier,
    tiers: req.tiers,
    maxTiers,
    oversubscription: req.oversubscription,
    reservedPortsPerLeaf: req.reservedPortsPerLeaf,
    label: maxTiers === 2 ? 'leaf-spine' : 'fat-tree',
    accelerators: req.accelerators,
  });
  if (!sized.ok) return sized;
  const c = sized.value;
  return ok(
    replicatePlanes(
      {
        topology: req.kind,
        tiers: c.tiers,
        endpoints,
        planes: 1,
        switchTiers: c.switchTiers,
        // Each server's ports fill leaves in order (a top-of-rack leaf).
        links: c.links.map((l) =>
          l.class === 'accelerator-leaf'
            ? { ...l, bundles: packedServerBundles(endpoints, serverPortsPerPlane(req), c.endpointsPerLeaf) }
            : l,
        ),
        switchHopBound: 2 * c.tiers - 1,
        maxEndpointsPerPlane: c.maxEndpoints,
        notes: [],
      },
      req.planes,
    ),
  );
}

/** Leaf-spine: a folded Clos of one or two tiers. */
export function planLeafSpine(req: TopologyRequest): Result<FabricPlan> {
  return planFatTree(req, 2);
}

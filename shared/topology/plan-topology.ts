/**
 * Entry point of the topology planners: checks the inputs every topology shares, then
 * dispatches to the planner of the requested kind.
 */
import { fail, type Result } from '../model-error.ts';
import type { TopologyKind } from '../scenario/scenario-schema.ts';
import { planDragonfly } from './dragonfly.ts';
import { planDragonflyPlus } from './dragonfly-plus.ts';
import type { FabricPlan } from './fabric-plan.ts';
import { planFatTree, planLeafSpine } from './fat-tree.ts';
import { planRailOnly } from './rail-only.ts';
import { planRailOptimized } from './rail-optimized.ts';
import { planSlimFly } from './slim-fly.ts';
import { needsPodClos, planPodClos, POD_CLOS_KINDS } from './pod-clos.ts';
import type { TopologyRequest } from './topology-request.ts';

/** Direct networks: no leaf-to-spine boundary for an oversubscription ratio. */
const DIRECT_KINDS: ReadonlySet<TopologyKind> = new Set(['dragonfly', 'dragonfly-plus', 'slim-fly']);

const PLANNERS: Record<TopologyKind, (r: TopologyRequest) => Result<FabricPlan>> = {
  'leaf-spine': planLeafSpine,
  'fat-tree': planFatTree,
  'rail-optimized': planRailOptimized,
  'rail-only': planRailOnly,
  dragonfly: planDragonfly,
  'dragonfly-plus': planDragonflyPlus,
  'slim-fly': planSlimFly,
};

/**
 * Plans the scale-out fabric. Example: planTopology({ kind: 'fat-tree', accelerators: 65536,
 * radix: 64, ... }) → 3 tiers, 5,120 switches (k-ary fat-tree, k = 64).
 */
export function planTopology(req: TopologyRequest): Result<FabricPlan> {
  if (req.accelerators % req.acceleratorsPerServer !== 0) {
    return fail(
      'cluster.acceleratorCount',
      req.accelerators,
      `must be a multiple of the ${req.acceleratorsPerServer} accelerators per server`,
    );
  }
  if (req.scaleUpDomain % req.acceleratorsPerServer !== 0 && req.acceleratorsPerServer % req.scaleUpDomain !== 0) {
    return fail(
      'scaleUp.domainSize',
      req.scaleUpDomain,
      `must divide or be a multiple of the ${req.acceleratorsPerServer} accelerators per server`,
    );
  }
  const portsPerServer = req.acceleratorsPerServer * req.nicPortsPerAccelerator;
  if (portsPerServer % req.planes !== 0) {
    return fail('scaleOut.planes', req.planes, `must divide the ${portsPerServer} NIC ports of a server evenly`);
  }
  if (req.radix < 2) return fail('switch.radix', req.radix, 'must be at least 2 ports');
  if (DIRECT_KINDS.has(req.kind) && req.oversubscription.some((r) => r !== 1)) {
    return fail(
      'topology.oversubscription',
      `[${req.oversubscription.join(', ')}]`,
      `a ${req.kind} network has no tier boundaries for an oversubscription to apply to; set it to [1] ` +
        '(its ratios follow from the dragonfly parameters or the radix)',
    );
  }
  if ((req.podOversubscription ?? 1) !== 1 && (req.podAccelerators ?? 0) === 0) {
    return fail(
      'topology.podOversubscription',
      req.podOversubscription,
      'applies between pods; set topology.podAccelerators to the pod size, or leave the ratio at 1',
    );
  }
  const structure = structureInputs(req);
  if (structure && !(POD_CLOS_KINDS as readonly string[]).includes(req.kind)) {
    return fail(structure.path, structure.value, `applies to ${POD_CLOS_KINDS.join(', ')} topologies, not ${req.kind}`);
  }
  if ((req.homingPorts ?? 1) > 1 && DIRECT_KINDS.has(req.kind)) {
    return fail(
      'reliability.resilience.nicHoming',
      'dual',
      `dual-homed NICs are built for leaf-spine, fat-tree, rail-optimized and rail-only topologies, not ${req.kind}`,
    );
  }
  if (needsPodClos(req)) {
    if (req.radixByTier?.some((r) => r !== undefined && r !== req.radix)) {
      const set = structureInputs(req);
      return fail(
        'switch.byTier',
        set?.path ?? 'dual-homed NICs',
        `per-tier switch models are not combined with ${set?.path ?? 'dual-homed NICs'} yet; ` +
          'use one switch model, or leave that input at its default',
      );
    }
    return planPodClos(req);
  }
  return PLANNERS[req.kind](req);
}

/** The first structure input (pod-clos.ts) a request sets, for errors on other topologies. */
function structureInputs(req: TopologyRequest): { path: string; value: unknown } | undefined {
  if (req.switchLinkRateGbps !== undefined && req.switchLinkRateGbps !== req.nicPortRateGbps) {
    return { path: 'topology.switchLinkRateGbps', value: req.switchLinkRateGbps };
  }
  if ((req.backupPortsPerLeaf ?? 0) > 0) return { path: 'topology.backupPortsPerLeaf', value: req.backupPortsPerLeaf };
  if ((req.serversPerLeaf ?? 'auto') !== 'auto') return { path: 'topology.serversPerLeaf', value: req.serversPerLeaf };
  if ((req.podAccelerators ?? 0) > 0) return { path: 'topology.podAccelerators', value: req.podAccelerators };
  return undefined;
}

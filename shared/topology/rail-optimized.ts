/**
 * Rail-optimized fat-tree (DGX SuperPOD style): within a scalable unit (SU) the NIC port of
 * the same rank on every server goes to the same rail leaf, so same-rail traffic is one hop;
 * traffic between rails crosses the spine. Leaves per SU = rails x ceil(servers in SU /
 * endpoints per leaf); tiers above the leaves follow the folded-Clos spine rule.
 *
 * The automatic unit is one rail leaf's endpoint ports: a 64-port leaf at 1:1 takes 32
 * servers per unit, a 128-port leaf 64, so no leaf port is left idle by the grouping.
 * Reserved ports are per leaf: a forced unit that no longer fits a leaf once the reservation
 * is taken is refused rather than spilled onto a second leaf per rail.
 */
import { fail, ok, type Result } from '../model-error.ts';
import { sizeClos } from './clos-planner.ts';
import { replicatePlanes, type FabricPlan } from './fabric-plan.ts';
import { endpointsPerPlane, type TopologyRequest } from './topology-request.ts';

/**
 * Example: 16 SU of 32 DGX B200 (4,096 GPUs, radix 64, non-blocking) → 128 leaves,
 * 128 spines, 64 cores (NVIDIA B200 SuperPOD table).
 */
export function planRailOptimized(req: TopologyRequest): Result<FabricPlan> {
  const servers = req.accelerators / req.acceleratorsPerServer;
  const rails = (req.acceleratorsPerServer * req.nicPortsPerAccelerator) / req.planes;
  if (!Number.isInteger(rails)) {
    return fail(
      'scaleOut.planes',
      req.planes,
      `each server's ${req.acceleratorsPerServer * req.nicPortsPerAccelerator} NIC ports must split evenly over the planes`,
    );
  }
  const forced = req.scalableUnitServers === 'auto' ? undefined : req.scalableUnitServers;
  // 'auto': one unit per rail leaf, so a unit is exactly a leaf's endpoint ports.
  const unitFor = (endpointsPerLeaf: number): number => forced ?? endpointsPerLeaf;
  const leavesFor = (endpointsPerLeaf: number): number => {
    const su = unitFor(endpointsPerLeaf);
    const fullUnits = Math.floor(servers / su);
    const lastUnit = servers - fullUnits * su;
    return rails * (fullUnits * Math.ceil(su / endpointsPerLeaf) + Math.ceil(lastUnit / endpointsPerLeaf));
  };
  const endpoints = endpointsPerPlane(req);
  const sized = sizeClos({
    endpoints,
    radix: req.radix,
    radixByTier: req.radixByTier,
    tiers: req.tiers,
    maxTiers: 5,
    oversubscription: req.oversubscription,
    reservedPortsPerLeaf: req.reservedPortsPerLeaf,
    leavesFor,
    capacityFor: (maxLeaves, endpointsPerLeaf) => {
      // Whole scalable units first, then as many servers of one more unit as the rest holds (fewer
      // leaves than a unit takes are left, so always fewer servers than a unit).
      const su = unitFor(endpointsPerLeaf);
      const perUnit = rails * Math.ceil(su / endpointsPerLeaf);
      const units = Math.floor(maxLeaves / perUnit);
      const rest = maxLeaves - units * perUnit;
      const partialServers = Math.floor(rest / rails) * endpointsPerLeaf;
      return (units * su + partialServers) * rails;
    },
    label: 'rail-optimized fat-tree',
    accelerators: req.accelerators,
  });
  if (!sized.ok) return sized;
  const c = sized.value;
  const su = unitFor(c.endpointsPerLeaf);
  const reserved = req.reservedPortsPerLeaf;
  // Only a forced unit can spill (an automatic one is a leaf's endpoint ports), and only when
  // ports are reserved; the comparison below says so on its own.
  if (c.tiers > 1) {
    const without = Math.ceil(su / (c.endpointsPerLeaf + reserved));
    const withReserve = Math.ceil(su / c.endpointsPerLeaf);
    if (withReserve > without) {
      return fail(
        'topology.reservedPortsPerLeaf',
        reserved,
        `reserving ${reserved} port${reserved === 1 ? '' : 's'} per leaf leaves ${c.endpointsPerLeaf} endpoint ports on ` +
          `a rail leaf, too few for the ${su}-server scalable unit: each unit would spill onto ` +
          `${withReserve} leaves per rail instead of ${without}. Reservations are per leaf; set ` +
          `topology.scalableUnitServers to "auto" or at most ${c.endpointsPerLeaf * without}, or reserve fewer ports`,
      );
    }
  }
  const notes: string[] = [];
  if (c.tiers > 1 && su > c.endpointsPerLeaf) {
    notes.push(`a scalable unit of ${su} servers spans ${Math.ceil(su / c.endpointsPerLeaf)} leaves per rail`);
  }
  const fill = su % c.endpointsPerLeaf;
  if (c.tiers > 1 && fill !== 0) {
    notes.push(
      `rail leaves have ${c.endpointsPerLeaf} endpoint ports but a scalable unit fills ${fill} of them on its last leaf ` +
        `per rail; a scalable unit of a multiple of ${c.endpointsPerLeaf} servers leaves none idle`,
    );
  }
  return ok(
    replicatePlanes(
      {
        topology: 'rail-optimized',
        tiers: c.tiers,
        endpoints,
        planes: 1,
        switchTiers: c.switchTiers,
        links: c.links,
        switchHopBound: 2 * c.tiers - 1,
        maxEndpointsPerPlane: c.maxEndpoints,
        scalableUnit: { servers: su, auto: forced === undefined, fillsLeaves: c.tiers === 1 || fill === 0 },
        notes,
      },
      req.planes,
    ),
  );
}

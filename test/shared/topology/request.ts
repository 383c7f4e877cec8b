/** Builds a TopologyRequest for tests with DGX-like defaults. */
import type { TopologyRequest } from '../../../shared/topology/topology-request.ts';

export function request(over: Partial<TopologyRequest>): TopologyRequest {
  return {
    kind: 'fat-tree',
    accelerators: 1024,
    acceleratorsPerServer: 8,
    scaleUpDomain: 8,
    nicPortsPerAccelerator: 1,
    planes: 1,
    radix: 64,
    tiers: 'auto',
    oversubscription: [1],
    scalableUnitServers: 32,
    reservedPortsPerLeaf: 0,
    dragonfly: { mode: 'balanced', p: 16, a: 32, h: 16 },
    ...over,
  };
}

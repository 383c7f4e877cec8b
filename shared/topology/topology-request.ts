/**
 * The normalized inputs every topology planner reads, derived from a scenario by
 * plan-topology.ts. Counts are whole numbers; radix is in ports at the NIC port rate.
 */
import type { TopologyKind } from '../scenario/scenario-schema.ts';

export interface TopologyRequest {
  kind: TopologyKind;
  /** N, accelerators in the cluster. */
  accelerators: number;
  /** G, accelerators per server. */
  acceleratorsPerServer: number;
  /** K, accelerators per scale-up domain (rail-only rails = K per plane and port). */
  scaleUpDomain: number;
  /** n, scale-out NIC ports per accelerator. */
  nicPortsPerAccelerator: number;
  /** P, independent planes; each gets N*n/P endpoints. */
  planes: number;
  /** k, effective switch radix at the NIC port rate. */
  radix: number;
  /**
   * Folded Clos only: effective radix per tier level where it differs from `radix`, index 0 =
   * leaf (mixed switch models per tier). Example: [64, 128] puts 64-port leaves under 128-port
   * spines; missing or undefined entries use `radix`.
   */
  radixByTier?: readonly (number | undefined)[];
  tiers: 'auto' | number;
  /** Oversubscription per tier boundary, leaf first; the last value repeats. */
  oversubscription: readonly number[];
  /**
   * Servers per scalable unit (rail-optimized), or 'auto' for the unit that fills a rail
   * leaf's endpoint ports (endpoints per leaf servers).
   */
  scalableUnitServers: 'auto' | number;
  reservedPortsPerLeaf: number;
  dragonfly: { mode: 'balanced' | 'explicit'; p: number; a: number; h: number };
  /** B, NIC port rate in Gb/s (needed with switchLinkRateGbps). */
  nicPortRateGbps?: number;
  /** U, rate of switch-to-switch links in Gb/s, a whole multiple of B; unset = B. */
  switchLinkRateGbps?: number;
  /** Leaf ports cabled to standby servers, taken from the uplink side (Alibaba HPN: 8). */
  backupPortsPerLeaf?: number;
  /** Servers under one leaf (a rack ToR), or auto to fill the leaf. */
  serversPerLeaf?: 'auto' | number;
  /** Accelerators per pod; 0 or unset = no pods. */
  podAccelerators?: number;
  /** Downlink to uplink bandwidth at the top of each pod. */
  podOversubscription?: number;
  /** Ports that must land on different leaves (a dual-homed NIC's ports); 1 = single homing. */
  homingPorts?: number;
}

/** NIC ports of one server in one plane. Example: 8 GPUs x 1 port / 1 plane = 8. */
export function serverPortsPerPlane(r: TopologyRequest): number {
  return (r.acceleratorsPerServer * r.nicPortsPerAccelerator) / r.planes;
}

/** Endpoints in one plane. Example: 1,024 GPUs x 1 port / 1 plane = 1,024. */
export function endpointsPerPlane(r: TopologyRequest): number {
  return (r.accelerators * r.nicPortsPerAccelerator) / r.planes;
}

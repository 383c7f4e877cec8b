/**
 * The figures a search minimizes, read from a scenario result. All four are "lower is better".
 */
import type { ScenarioResult } from '../evaluate/scenario-result.ts';
import type { Objective } from './design-space.ts';

/** Objective values of one design, in the units below. */
export interface ObjectiveValues {
  /** Network capex per accelerator, USD. */
  capex: number;
  /**
   * Cluster TCO per effective accelerator, USD: accelerators, servers, network and energy over
   * the horizon, divided by N x network-limited efficiency x ETTR (so downtime counts).
   * NaN when the workload cannot be split over the cluster.
   */
  tco: number;
  /** Network IT power per accelerator, W. */
  power: number;
  /** Vendor HHI of network spend, 0 to 10,000. */
  hhi: number;
}

/**
 * Example: the default scenario (1,024 H100 on InfiniBand) gives capex ≈ its
 * `capex.perAcceleratorUsd` and hhi = its `exposure.hhi`.
 */
export function objectiveValues(r: ScenarioResult): ObjectiveValues {
  return {
    capex: r.capex.perAcceleratorUsd,
    tco: r.efficiency.ok ? r.efficiency.clusterTcoUsdPerEffectiveAccelerator : NaN,
    power: r.power.perAcceleratorW,
    hhi: r.exposure.hhi,
  };
}

export const OBJECTIVE_UNITS: Record<Objective, string> = {
  capex: 'USD/accelerator',
  tco: 'USD/effective accelerator',
  power: 'W/accelerator',
  hhi: 'HHI',
};

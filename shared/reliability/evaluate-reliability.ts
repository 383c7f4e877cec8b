/**
 * The reliability part of a scenario evaluation (docs/model.md, "Reliability"):
 * failure rates per component class, the job's interruption rate and the network's share,
 * the checkpoint interval, the effective training time ratio, and the accelerator-hours and
 * dollars lost per year, all causes and network-caused. Closed-form: one row per component
 * class, never per component.
 */
import type { BomLine } from '../bom/bom-line.ts';
import type { Catalog } from '../catalog/catalog-schema.ts';
import { annuityFactor } from '../cost/tco.ts';
import type { CheckpointIntervalMode } from '../scenario/reliability-schema.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { checkpointIntervalMinutes } from './checkpoint-interval.ts';
import { downtimeAcceleratorHoursPerYear, hoursLostPerInterruption, networkPart } from './downtime-cost.ts';
import { dalyEttr } from './effective-training-time.ts';
import { failureRates, type ComponentFailures } from './failure-rates.ts';
import { mttiHours } from './interruption-rate.ts';

export interface ReliabilityResult {
  byClass: ComponentFailures[];
  interruptionsPerDay: number;
  networkInterruptionsPerDay: number;
  /** Network interruptions per day with every catalog failure rate at its low and high figure. */
  networkInterruptionsPerDayRange: { low: number; high: number };
  /** Network share of the job's interruption rate, 0..1. */
  networkShare: number;
  /** Mean time to interruption, hours; null when nothing interrupts. */
  mttiHours: number | null;
  checkpointMode: CheckpointIntervalMode;
  /** Compute time between checkpoints, minutes; null when never checkpointing. */
  checkpointIntervalMinutes: number | null;
  /** Restart plus half a checkpoint interval, hours. */
  hoursLostPerInterruption: number;
  /** Effective training time ratio, (0, 1]. */
  ettr: number;
  downtimeAcceleratorHoursPerYear: number;
  networkDowntimeAcceleratorHoursPerYear: number;
  acceleratorHourUsd: number;
  downtimeCostUsdPerYear: number;
  networkDowntimeCostUsdPerYear: number;
  /** Network downtime cost over the TCO horizon, discounted like energy in the TCO. */
  networkDowntimeCostOverHorizonUsd: number;
}

export interface ReliabilityInput {
  scenario: Scenario;
  catalog: Catalog;
  bom: readonly BomLine[];
  servers: number;
  switchTiers: readonly { tier: string; level: number; count: number; model?: string }[];
  switchModelId: string;
}

/**
 * Example: the Llama-3-like 16,384-H100 RoCE Clos with default inputs → about 8.5
 * interruptions per day, 0.7 of them network-caused, MTTI 2.8 h, ETTR about 0.9.
 */
export function evaluateReliability(x: ReliabilityInput): ReliabilityResult {
  const s = x.scenario;
  const r = s.reliability;
  const N = s.cluster.acceleratorCount;
  const rates = failureRates({
    catalog: x.catalog,
    reliability: r,
    accelerators: N,
    servers: x.servers,
    bom: x.bom,
    switchTiers: x.switchTiers,
    switchModelId: x.switchModelId,
    planesPerAccelerator: Math.min(s.scaleOut.nicPortsPerAccelerator, s.scaleOut.planes),
  });
  let total = 0;
  let network = 0;
  for (const row of rates.rows) {
    total += row.interruptionsPerDay;
    if (row.network) network += row.interruptionsPerDay;
  }
  const share = total > 0 ? network / total : 0;
  const mtti = mttiHours(total);
  const cp = r.checkpoint;
  const interval = checkpointIntervalMinutes(
    cp.intervalMode,
    cp.fixedIntervalMinutes,
    cp.writeMinutes,
    mtti === null ? null : mtti * 60,
  );
  const ettr = dalyEttr(interval, cp.writeMinutes, cp.restartMinutes, mtti === null ? null : mtti * 60);
  const hours = downtimeAcceleratorHoursPerYear(N, ettr, r.secondOrderLossFraction);
  const networkHours = networkPart(hours, share);
  const e = s.economics;
  const networkCost = networkHours * r.acceleratorHourUsd;
  return {
    byClass: rates.rows,
    interruptionsPerDay: total,
    networkInterruptionsPerDay: network,
    networkInterruptionsPerDayRange: rates.networkRange,
    networkShare: share,
    mttiHours: mtti,
    checkpointMode: cp.intervalMode,
    checkpointIntervalMinutes: interval,
    hoursLostPerInterruption: hoursLostPerInterruption(cp.restartMinutes, interval),
    ettr,
    downtimeAcceleratorHoursPerYear: hours,
    networkDowntimeAcceleratorHoursPerYear: networkHours,
    acceleratorHourUsd: r.acceleratorHourUsd,
    downtimeCostUsdPerYear: hours * r.acceleratorHourUsd,
    networkDowntimeCostUsdPerYear: networkCost,
    networkDowntimeCostOverHorizonUsd: networkCost * annuityFactor(e.horizonYears, e.discountRatePercent),
  };
}

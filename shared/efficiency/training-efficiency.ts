/**
 * What a step time means for the cluster's useful output and its cost
 * (docs/model.md, "Collectives and network levels"): network-limited efficiency, MFU, tokens per
 * day, and cluster capex and TCO per effective accelerator, where an effective accelerator is
 * one accelerator's worth of useful work after exposed communication and failures:
 * N x network-limited efficiency x ETTR. A cheaper network that slows training shows up as a
 * higher cost per effective accelerator.
 */
import { annuityFactor } from '../cost/tco.ts';
import { HOURS_PER_YEAR } from '../power/power-rollup.ts';

export const SECONDS_PER_DAY = 86_400;

/**
 * Share of the step not spent waiting on exposed communication, (T_step - T_exposed) / T_step
 * (the network's contribution is T_comm_exposed / T_step). Example: 5.0 s step with
 * 0.5 s exposed → 0.9.
 */
export function networkLimitedEfficiency(stepSeconds: number, exposedCommunicationSeconds: number): number {
  return stepSeconds > 0 ? (stepSeconds - exposedCommunicationSeconds) / stepSeconds : 1;
}

/**
 * Model FLOPs utilization (PaLM's definition, as Llama 3 uses it): model FLOPs per step / (T_step x N x peak). Example:
 * 2.43e12 FLOPs/token x 16,777,216 tokens in 6.2 s on 16,384 GPUs of 989 TFLOP/s → 40.6%.
 */
export function modelFlopsUtilization(
  modelFlopsPerStep: number,
  stepSeconds: number,
  accelerators: number,
  peakFlopsPerSecond: number,
): number {
  return modelFlopsPerStep / (stepSeconds * accelerators * peakFlopsPerSecond);
}

/** Tokens per day at a step time. Example: 16,777,216 tokens every 6.2 s → 233.8 billion per day. */
export function tokensPerDay(tokensPerStep: number, stepSeconds: number): number {
  return (tokensPerStep * SECONDS_PER_DAY) / stepSeconds;
}

/**
 * Accelerators' worth of useful work: N x network-limited efficiency x ETTR.
 * Example: 16,384 x 0.9 x 0.9 = 13,271.
 */
export function effectiveAccelerators(accelerators: number, networkEfficiency: number, ettr: number): number {
  return accelerators * networkEfficiency * ettr;
}

/**
 * Cluster TCO in USD: accelerators, servers and network capex, plus the whole cluster's
 * facility energy (IT power x PUE) over the horizon, discounted like the network TCO.
 * Example: 1e9 USD capex, 20 MW IT at PUE 1.3 and 0.08 USD/kWh for 5 years →
 * 1e9 + 20e3 kW x 8,760 h x 1.3 x 0.08 x 5 = 1.0911e9 USD.
 */
export function clusterTcoUsd(
  clusterCapexUsd: number,
  clusterItPowerW: number,
  pue: number,
  usdPerKWh: number,
  horizonYears: number,
  discountRatePercent: number,
): number {
  const energyUsdPerYear = (clusterItPowerW / 1000) * HOURS_PER_YEAR * pue * usdPerKWh;
  return clusterCapexUsd + energyUsdPerYear * annuityFactor(horizonYears, discountRatePercent);
}

/** USD per effective accelerator; Infinity when nothing useful is produced. Example: 1e9 / 13,271 = 75,352. */
export function usdPerEffectiveAccelerator(usd: number, effective: number): number {
  return effective > 0 ? usd / effective : Number.POSITIVE_INFINITY;
}

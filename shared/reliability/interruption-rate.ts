/**
 * Job interruption rate of a series system of independent, exponentially failing components
 * (docs/model.md, "Reliability"): Λ_job = Σ n_i·λ_i·q_i per hour, with
 * λ_i = AFR_i / 8,760 h (AFR read as failures per component-year); interruptions per day
 * = 24·Λ; mean time to interruption MTTI = 1/Λ.
 */
import { HOURS_PER_YEAR } from '../power/power-rollup.ts';

/** Failures per hour of one component at an AFR in %/yr. Example: 1.5 %/yr → 1.712e-6 per hour. */
export function failuresPerHour(afrPercentPerYear: number): number {
  return afrPercentPerYear / 100 / HOURS_PER_YEAR;
}

/**
 * Interruptions per day from `count` components at an AFR with interrupt probability q.
 * Example: 16,384 accelerators at 11.06 %/yr, q = 1 → 4.96 per day (Llama 3: 268 in 54 days).
 */
export function interruptionsPerDay(count: number, afrPercentPerYear: number, interruptProbability: number): number {
  return 24 * count * failuresPerHour(afrPercentPerYear) * interruptProbability;
}

/** Mean time to interruption in hours, null when nothing interrupts. Example: 8.63 per day → 2.78 h. */
export function mttiHours(interruptionsPerDayTotal: number): number | null {
  return interruptionsPerDayTotal > 0 ? 24 / interruptionsPerDayTotal : null;
}

/**
 * Meta's per-node form, MTTF_job = 1 / (N_nodes · r_f), with r_f in failures per node-day
 * (Kokolis et al., HPCA 2025). Example: 2,048 nodes (16,384 GPUs) at 6.50e-3 → 1.80 h (the paper: 1.8 h).
 */
export function nodeMttiHours(nodes: number, failuresPerNodeDay: number): number {
  return 24 / (nodes * failuresPerNodeDay);
}

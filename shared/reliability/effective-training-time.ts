/**
 * Effective training time ratio (ETTR): useful compute time over wall-clock time under
 * interruptions, checkpoint writes and restarts (docs/model.md, "Reliability").
 * All times in one unit (minutes here): τ = compute time between checkpoints, δ = blocking
 * checkpoint write, R = restart (detection, rescheduling, reload), M = mean time to interruption.
 */

/** ln(e^x − 1) without overflow for large x. */
function logExpm1(x: number): number {
  return x > 30 ? x + Math.log1p(-Math.exp(-x)) : Math.log(Math.expm1(x));
}

/**
 * ETTR from Daly's expected wall-clock time T_w = M·e^(R/M)·(e^((τ+δ)/M) − 1)·T_s/τ (Daly 2006):
 * ETTR = T_s/T_w = τ / (M·e^(R/M)·(e^((τ+δ)/M) − 1)), evaluated in logarithms so that it stays
 * in (0, 1] for any realistic input (it only rounds to 0 when restarts are hundreds of MTTIs
 * long). With no interruptions (M = null) it is τ/(τ+δ), or 1 when never checkpointing
 * (τ = null). Example: τ = 12.59, δ = 0.5, R = 5, M = 166.9 → 0.897.
 */
export function dalyEttr(
  intervalMinutes: number | null,
  writeMinutes: number,
  restartMinutes: number,
  mttiMinutes: number | null,
): number {
  if (intervalMinutes === null) return 1;
  if (mttiMinutes === null) return intervalMinutes / (intervalMinutes + writeMinutes);
  const M = mttiMinutes;
  const log =
    Math.log(intervalMinutes) - Math.log(M) - restartMinutes / M - logExpm1((intervalMinutes + writeMinutes) / M);
  return Math.min(1, Math.exp(log));
}

/**
 * First-order waste W ≈ δ/τ + (τ/2 + R)/M, ETTR ≈ 1 − W; can go negative when
 * interruptions outpace the interval. Example: τ = 12.9, δ = 0.5, R = 5, M = 166.9 → 0.892.
 */
export function firstOrderEttr(
  intervalMinutes: number,
  writeMinutes: number,
  restartMinutes: number,
  mttiMinutes: number,
): number {
  return 1 - (writeMinutes / intervalMinutes + (intervalMinutes / 2 + restartMinutes) / mttiMinutes);
}

/**
 * Meta's closed form (Kokolis et al., HPCA 2025, as transcribed): E[ETTR] ≈ (1 − N_nodes·r_f·(u0 + Δt_cp/2)) /
 * (1 + w_cp/Δt_cp), with r_f per node per minute here. Example: 256 nodes at 6.5e-3 per
 * node-day, u0 = 5, Δt = 60, w = 0 → 0.960 (the paper: "over 0.9").
 */
export function metaEttr(
  nodes: number,
  failuresPerNodeMinute: number,
  restartMinutes: number,
  intervalMinutes: number,
  writeMinutes: number,
): number {
  return (
    (1 - nodes * failuresPerNodeMinute * (restartMinutes + intervalMinutes / 2)) / (1 + writeMinutes / intervalMinutes)
  );
}

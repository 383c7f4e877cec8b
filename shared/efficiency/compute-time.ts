/**
 * Compute side of a training step, in Megatron's analytic form (Narayanan et al. 2021, Eq. 4;
 * reference/efficiency-reliability.md §1.6): a dense transformer spends 6 FLOPs per parameter
 * per token (forward 2, backward 4), 8 with full activation recomputation (one more forward).
 * Attention-score FLOPs are left out, as in Eq. 4.
 */
import type { ActivationRecompute } from '../scenario/workload-schema.ts';

/**
 * FLOPs per token executed: 6·P, or 8·P with full recomputation (P = active parameters).
 * Example: 175e9 parameters with recomputation → 1.4e12 FLOPs per token.
 */
export function flopsPerToken(activeParameters: number, recompute: ActivationRecompute): number {
  return (recompute === 'full' ? 8 : 6) * activeParameters;
}

/**
 * Model FLOPs per token for MFU (PaLM/Llama 3 definition without the attention term): 6·P,
 * whatever the recomputation. Example: 405e9 → 2.43e12.
 */
export function modelFlopsPerToken(activeParameters: number): number {
  return 6 * activeParameters;
}

/**
 * Seconds of pure compute per step: FLOPs per token x tokens / (accelerators x achieved
 * FLOP/s each). Example: 405e9 parameters, 16,777,216 tokens, 16,384 accelerators at 989 TFLOP/s
 * x 0.55 → 4.077e19 / 8.912e18 = 4.57 s.
 */
export function computeSeconds(
  flopsPerTokenExecuted: number,
  tokensPerStep: number,
  accelerators: number,
  achievedFlopsPerSecondPerAccelerator: number,
): number {
  return (flopsPerTokenExecuted * tokensPerStep) / (accelerators * achievedFlopsPerSecondPerAccelerator);
}

/**
 * End-to-end training time in days, Megatron Eq. 4: T ≈ 8·T_tokens·P / (n·X) with
 * recomputation (6·T·P/(n·X) without). Example: 175e9 parameters, 300e9 tokens, 1,024 A100
 * at X = 140 TFLOP/s, with recomputation → 33.9 days (paper: 34, §5 T11).
 */
export function trainingDays(
  tokens: number,
  parameters: number,
  accelerators: number,
  achievedFlopsPerSecondPerAccelerator: number,
  recompute: ActivationRecompute,
): number {
  return (
    (flopsPerToken(parameters, recompute) * tokens) / (accelerators * achievedFlopsPerSecondPerAccelerator) / 86400
  );
}

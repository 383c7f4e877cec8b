/**
 * Compute side of a training step. Model FLOPs follow the PaLM / Llama 3 MFU definition
 * (Chowdhery et al. 2022, appendix B): 6·P per token for the weights plus 12·L·h·s for the
 * attention scores (QKᵀ and the value product, forward and backward), so attention cost grows
 * with the sequence length: about 2% of a 175B model at 2K tokens, 8% of Llama 3 405B at 8K,
 * more than the weights at 128K. Executed FLOPs add what recomputation replays:
 * - full: one more forward pass of every layer, 2·P + 4·L·h·s per token (Megatron's 8·P);
 * - selective (Korthikanti et al. 2022, §5): only the attention core is recomputed, 4·L·h·s;
 * - none: nothing.
 */
import type { ActivationRecompute } from '../scenario/workload-schema.ts';

/** The transformer shape the FLOP counts need. */
export interface TransformerShape {
  /** Parameters used per token (all of them for a dense model). */
  activeParameters: number;
  layers: number;
  hiddenSize: number;
  sequenceLength: number;
}

/**
 * Attention-score FLOPs per token, forward and backward: 12·L·h·s. Example: Llama 3 405B
 * (126 layers, h 16,384) at 8,192 tokens → 2.03e11, 8.4% of 6·P = 2.43e12.
 */
export function attentionFlopsPerToken(x: TransformerShape): number {
  return 12 * x.layers * x.hiddenSize * x.sequenceLength;
}

/**
 * Model FLOPs per token for MFU: 6·P + 12·L·h·s, whatever the recomputation. Example:
 * GPT-3 175B (96 layers, h 12,288, s 2,048) → 1.05e12 + 2.90e10 = 1.079e12.
 */
export function modelFlopsPerToken(x: TransformerShape): number {
  return 6 * x.activeParameters + attentionFlopsPerToken(x);
}

/**
 * FLOPs per token executed, recomputation included. Example: GPT-3 175B at 2,048 tokens,
 * full recomputation → 1.079e12 + 3.5e11 + 9.66e9 = 1.4387e12; selective → 1.0887e12.
 */
export function flopsPerToken(x: TransformerShape, recompute: ActivationRecompute): number {
  const model = modelFlopsPerToken(x);
  const attentionForward = attentionFlopsPerToken(x) / 3;
  if (recompute === 'full') return model + 2 * x.activeParameters + attentionForward;
  if (recompute === 'selective') return model + attentionForward;
  return model;
}

/**
 * Seconds of pure compute per step: FLOPs per token x tokens / (accelerators x achieved
 * FLOP/s each). Example: 405e9 parameters at 6 FLOPs, 16,777,216 tokens, 16,384 accelerators
 * at 989 TFLOP/s x 0.55 → 4.077e19 / 8.912e18 = 4.57 s.
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
 * End-to-end training time in days, Megatron Eq. 4: T ≈ 8·T_tokens·P / (n·X) with full
 * recomputation (6·T·P/(n·X) without; attention left out as in Eq. 4). Example: 175e9
 * parameters, 300e9 tokens, 1,024 A100 at X = 140 TFLOP/s, with recomputation → 33.9 days
 * (paper: 34; Narayanan et al. 2021, §5.1).
 */
export function trainingDays(
  tokens: number,
  parameters: number,
  accelerators: number,
  achievedFlopsPerSecondPerAccelerator: number,
  recompute: ActivationRecompute,
): number {
  const perToken = (recompute === 'full' ? 8 : 6) * parameters;
  return (perToken * tokens) / (accelerators * achievedFlopsPerSecondPerAccelerator) / 86400;
}

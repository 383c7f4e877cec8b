/**
 * Compute efficiency (share of peak FLOP/s the step's kernels reach, with no communication and
 * no pipeline bubble) derived from the accelerator and the per-accelerator shapes, instead of
 * one fixed figure. A layer's forward pass on one accelerator costs
 *   matrix time  = (2·b·s·P/(L·t) + 4·b·s²·h/t) / (peak x η_mm(h/t)),
 *   memory time  = κ x (activation bytes the layer writes) / memory bandwidth,
 * where η_mm(d) = η_max·d/(d + d½) is the share of peak a matrix multiply of per-accelerator
 * width d = h/t reaches (narrow shards fill the tensor cores less well), and the memory-bound
 * work (layer norms, GeLU, softmax, dropout, residual adds) moves κ bytes per activation byte
 * stored (activation-memory.ts: Korthikanti's per-layer bytes, replicated without sequence
 * parallelism, s² attention scores without a fused kernel). The backward pass is twice the
 * forward, so the ratio holds for the whole step.
 * Efficiency = ideal matrix time at peak / (matrix time + memory time).
 *
 * η_max, d½ and κ are estimates, set once for all accelerators so that Korthikanti et al. 2022
 * Table 5 (A100) and Llama 3 405B (H100) are reproduced; see docs/efficiency.md.
 */
import { storedLayerActivationBytes, type LayerShape } from './activation-memory.ts';

export interface AcceleratorSpeed {
  /** Peak dense FLOP/s at the training precision. */
  peakFlopsPerSecond: number;
  /** Memory (HBM) bandwidth, bytes/s. */
  memoryBytesPerSecond: number;
}

export interface EfficiencyConstants {
  /** η_max: share of peak a wide matrix multiply reaches. */
  matmulPeakShare: number;
  /** d½: per-accelerator matrix width at which η_mm is half of η_max. */
  matmulHalfWidth: number;
  /** κ: bytes of memory traffic per activation byte the layer stores. */
  memoryTrafficFactor: number;
}

export interface ComputeEfficiency {
  efficiency: number;
  /** η_mm(h/t). */
  matmulEfficiency: number;
  /** Share of a layer's forward time spent in memory-bound work, 0..1. */
  memoryBoundShare: number;
}

/**
 * Example: GPT-3 175B layer on A100 (312 TFLOP/s, 2,039 GB/s), s 2,048, b 1, t 8, sequence
 * parallel, unfused attention, η_max 0.75, d½ 270, κ 2: matrix 9.28e11 + 2.58e10 FLOPs at
 * 312e12 x 0.638 → 4.79 ms; memory 2 x 3.59e8 B / 2.039e12 → 0.35 ms; ideal 3.06 ms →
 * efficiency 0.595.
 */
export function deriveComputeEfficiency(
  layer: LayerShape,
  parametersPerLayer: number,
  speed: AcceleratorSpeed,
  k: EfficiencyConstants,
): ComputeEfficiency {
  const tokens = layer.microBatchSequences * layer.sequenceLength;
  const t = layer.tensor;
  const weightFlops = (2 * tokens * parametersPerLayer) / t;
  const scoreFlops = (4 * tokens * layer.sequenceLength * layer.hiddenSize) / t;
  const share = (width: number) => (k.matmulPeakShare * width) / (width + k.matmulHalfWidth);
  const matmulEfficiency = share(layer.hiddenSize / t);
  const peak = speed.peakFlopsPerSecond;
  const ideal = (weightFlops + scoreFlops) / peak;
  // Score products (QKᵀ, softmax·V) are batched per head: their width is the head size.
  const matrix =
    weightFlops / peak / matmulEfficiency + scoreFlops / peak / share(layer.hiddenSize / layer.attentionHeads);
  const memory = (k.memoryTrafficFactor * storedLayerActivationBytes(layer)) / speed.memoryBytesPerSecond;
  return { efficiency: ideal / (matrix + memory), matmulEfficiency, memoryBoundShare: memory / (matrix + memory) };
}

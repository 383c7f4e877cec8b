/**
 * Activation bytes a transformer layer keeps for its backward pass, per accelerator and per
 * micro-batch, after Korthikanti et al. 2022 ("Reducing Activation Recomputation in Large
 * Transformer Models", §4, Eq. 1-6), for 2-byte activations with 1-byte dropout masks:
 * - no parallelism: s·b·h·(34 + 5·a·s/h) bytes;
 * - tensor parallel t: s·b·h·(10 + 24/t + 5·a·s/(h·t)) (layer norms and dropouts replicated);
 * - tensor + sequence parallel: s·b·h·(34 + 5·a·s/h)/t;
 * - selective recomputation drops the 5·a·s/h attention-score term (recomputed);
 * - full recomputation keeps only the layer input, 2·s·b·h (divided by t with sequence
 *   parallelism), plus one layer's full set while that layer's backward runs.
 * A fused attention kernel (FlashAttention style) never stores the s x s scores, so the score
 * term is absent whatever the recomputation. Other activation widths scale linearly.
 */
import type { ActivationRecompute, AttentionKernel } from '../scenario/workload-schema.ts';

export interface LayerShape {
  microBatchSequences: number;
  sequenceLength: number;
  hiddenSize: number;
  attentionHeads: number;
  tensor: number;
  sequenceParallel: boolean;
  attentionKernel: AttentionKernel;
  activationBytesPerValue: number;
}

/** The attention-score term 5·a·s/h of Korthikanti's formulas; 0 with a fused kernel. */
function scoreTerm(x: LayerShape): number {
  return x.attentionKernel === 'fused' ? 0 : (5 * x.attentionHeads * x.sequenceLength) / x.hiddenSize;
}

/**
 * Bytes of activations one layer stores per micro-batch per accelerator with no
 * recomputation. Example: GPT-3 175B layer (h 12,288, 96 heads), s 2,048, b 1, t 8, unfused:
 * s·b·h = 2.517e7; without sequence parallelism x (10 + 3 + 10) = 5.79e8 B; with it
 * x (34 + 80)/8 = 3.59e8 B.
 */
export function storedLayerActivationBytes(x: LayerShape): number {
  const sbh = x.sequenceLength * x.microBatchSequences * x.hiddenSize;
  const att = scoreTerm(x);
  const perValue = x.sequenceParallel ? (34 + att) / x.tensor : 10 + (24 + att) / x.tensor;
  return sbh * perValue * (x.activationBytesPerValue / 2);
}

/**
 * Bytes one layer keeps per micro-batch between its forward and its backward pass, per the
 * recomputation mode. Example: the 175B layer above with selective recomputation and
 * sequence parallelism → s·b·h·34/8 = 1.07e8 B; full recomputation without sequence
 * parallelism → 2·s·b·h = 5.03e7 B.
 */
export function keptLayerActivationBytes(x: LayerShape, recompute: ActivationRecompute): number {
  const sbh = x.sequenceLength * x.microBatchSequences * x.hiddenSize;
  const scale = x.activationBytesPerValue / 2;
  if (recompute === 'full') return ((2 * sbh) / (x.sequenceParallel ? x.tensor : 1)) * scale;
  if (recompute === 'selective') return storedLayerActivationBytes({ ...x, attentionKernel: 'fused' });
  return storedLayerActivationBytes(x);
}

/**
 * Layer-passes the first pipeline stage holds at its peak (Megatron's 1F1B schedules, which
 * Korthikanti §4.2.3 sums to L·(1 + (p-1)/(p·v)) layers when there are enough micro-batches):
 * each of its v chunks holds L/(p·v) layers; warm-up runs p-1 passes without interleaving,
 * 2(p-1) + (v-1)·p chunk-passes with it, plus the one in flight, but never more than the m·v
 * chunk-passes of the step. Without pipelining one micro-batch is in flight.
 * Example: L 96, p 8, v 3, m 64 → min(2·7 + 2·8 + 1, 192) = 31 chunk-passes of 4 layers = 124
 * layers (96 x (1 + 7/24) = 124). L 126, p 16, v 4, m 16 → min(79, 64) x 126/64 = 126.
 */
export function layersInFlight(layers: number, pipeline: number, interleave: number, microBatches: number): number {
  if (pipeline <= 1) return layers;
  const warmUp = interleave > 1 ? 2 * (pipeline - 1) + (interleave - 1) * pipeline : pipeline - 1;
  const chunkPasses = Math.min(warmUp + 1, Math.max(1, microBatches) * interleave);
  return (chunkPasses * layers) / (pipeline * interleave);
}

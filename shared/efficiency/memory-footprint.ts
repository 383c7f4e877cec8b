/**
 * Accelerator memory a training plan needs, per accelerator of the first pipeline stage (the
 * fullest): weights, gradients, optimizer state and activations. Sharding (ZeRO / FSDP
 * vocabulary, Rajbhandari et al. 2020):
 * - none: every data-parallel replica keeps all three for its tensor x pipeline shard;
 * - optimizer: optimizer state split over the data-parallel ranks (ZeRO-1, Megatron's
 *   distributed optimizer);
 * - full: gradients and optimizer state split too, and weights kept split except the
 *   stage's working copy gathered for the step (FSDP without resharding after the forward
 *   pass, as in Llama 3 §3.3.2).
 * With expert parallelism e, the expert share (1 - active share) of the parameters is split e
 * ways as well; an approximation that treats every non-active parameter as an expert weight.
 */
import type { OptimizerSharding } from '../scenario/workload-schema.ts';

export interface MemoryInput {
  parameters: number;
  activeParameterShare: number;
  tensor: number;
  pipeline: number;
  data: number;
  expert: number;
  weightBytesPerParameter: number;
  gradientBytesPerParameter: number;
  optimizerBytesPerParameter: number;
  sharding: OptimizerSharding;
  /** Activation bytes held at the peak (kept layers x layers in flight, plus a working layer). */
  activationBytes: number;
}

export interface MemoryFootprint {
  weightBytes: number;
  gradientBytes: number;
  optimizerBytes: number;
  activationBytes: number;
  totalBytes: number;
}

/**
 * Example: 22B (Korthikanti Table 5) on 8 GPUs, TP 8, no sharding, 2 + 4 + 12 bytes per
 * parameter: 2.75e9 parameters each → 5.5 + 11 + 33 = 49.5 GB (paper's Figure 1: 45.6 GiB
 * = 48.9 GB) before activations.
 */
export function memoryFootprint(x: MemoryInput): MemoryFootprint {
  const shared = x.parameters * x.activeParameterShare;
  const experts = x.parameters - shared;
  const perShard = (shared + experts / x.expert) / (x.tensor * x.pipeline);
  const d = x.data;
  const weightBytes = perShard * x.weightBytesPerParameter;
  const gradientBytes = (perShard * x.gradientBytesPerParameter) / (x.sharding === 'full' ? d : 1);
  const optimizerBytes = (perShard * x.optimizerBytesPerParameter) / (x.sharding === 'none' ? 1 : d);
  return {
    weightBytes,
    gradientBytes,
    optimizerBytes,
    activationBytes: x.activationBytes,
    totalBytes: weightBytes + gradientBytes + optimizerBytes + x.activationBytes,
  };
}

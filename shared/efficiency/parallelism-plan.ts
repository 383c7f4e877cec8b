/**
 * Resolves the parallelism of a training workload on a cluster: tensor (TP), pipeline (PP),
 * data (DP) and expert (EP) degrees, with TP x PP x DP = accelerators and EP formed inside the
 * data-parallel groups (Megatron's layout). In auto mode TP is kept inside the scale-up domain
 * (docs/model.md, "Collectives and network levels": placement) and DP fills the cluster.
 * Returns an error naming the workload input to change when the workload cannot be split.
 */
import { fail, ok, type Result } from '../model-error.ts';
import type { ParallelismMode, Workload } from '../scenario/workload-schema.ts';

export interface ParallelismPlan {
  mode: ParallelismMode;
  tensor: number;
  pipeline: number;
  data: number;
  expert: number;
  /** Model chunks per pipeline stage (interleaved schedule). */
  interleave: number;
  microBatchSequences: number;
  /** Sequences per optimizer step (tokens per step / sequence length). */
  sequencesPerStep: number;
  /** Micro-batches each pipeline runs per step: sequences / (DP x micro-batch); at least 1. */
  microBatchesPerStep: number;
  /** Layers held by one pipeline stage. */
  layersPerStage: number;
  /** True when every tensor-parallel group fits in one scale-up domain. */
  tensorInsideScaleUp: boolean;
}

/**
 * Largest divisor of `domainSize` that is at most `cap`. Example: largestDivisorUpTo(72, 8)
 * = 8; largestDivisorUpTo(12, 8) = 6; largestDivisorUpTo(1, 8) = 1.
 */
export function largestDivisorUpTo(domainSize: number, cap: number): number {
  for (let d = Math.min(cap, domainSize); d > 1; d--) if (domainSize % d === 0) return d;
  return 1;
}

/**
 * Example: auto on 16,384 accelerators in domains of 8, Llama-3-like defaults (TP up to 8,
 * PP 16, 16M tokens of 8,192) → TP 8, PP 16, DP 128, 2,048 sequences, 16 micro-batches.
 */
export function planParallelism(w: Workload, accelerators: number, domainSize: number): Result<ParallelismPlan> {
  const p = w.parallelism;
  const m = w.model;
  const pipeline = p.pipeline;
  let tensor: number;
  let data: number;
  if (p.mode === 'auto') {
    tensor = largestDivisorUpTo(domainSize, p.tensor);
    if (accelerators % (tensor * pipeline) !== 0) {
      return fail(
        'workload.parallelism.pipeline',
        pipeline,
        `tensor ${tensor} x pipeline ${pipeline} = ${tensor * pipeline} must divide the ${accelerators} accelerators`,
      );
    }
    data = accelerators / (tensor * pipeline);
  } else {
    tensor = p.tensor;
    data = p.data;
    const product = tensor * pipeline * data;
    if (product !== accelerators) {
      return fail(
        'workload.parallelism.data',
        data,
        `tensor ${tensor} x pipeline ${pipeline} x data ${data} = ${product} must equal the ${accelerators} accelerators`,
      );
    }
  }
  if (data % p.expert !== 0) {
    return fail(
      'workload.parallelism.expert',
      p.expert,
      `must divide the data-parallel degree ${data} (expert groups form inside data-parallel groups)`,
    );
  }
  if (pipeline * p.pipelineInterleave > m.layers) {
    return fail(
      'workload.parallelism.pipeline',
      pipeline,
      `${pipeline} stages x ${p.pipelineInterleave} chunks need at least that many layers; the model has ${m.layers}`,
    );
  }
  const sequencesPerStep = m.tokensPerStep / m.sequenceLength;
  const perMicroBatch = data * p.microBatchSequences;
  if (sequencesPerStep < perMicroBatch) {
    return fail(
      'workload.model.tokensPerStep',
      m.tokensPerStep,
      `${data} data-parallel replicas x ${p.microBatchSequences}-sequence micro-batches need at least ` +
        `${perMicroBatch * m.sequenceLength} tokens per step at ${m.sequenceLength} tokens per sequence`,
    );
  }
  return ok({
    mode: p.mode,
    tensor,
    pipeline,
    data,
    expert: p.expert,
    interleave: p.pipelineInterleave,
    microBatchSequences: p.microBatchSequences,
    sequencesPerStep,
    microBatchesPerStep: sequencesPerStep / perMicroBatch,
    layersPerStage: m.layers / pipeline,
    tensorInsideScaleUp: tensor <= domainSize && domainSize % tensor === 0,
  });
}

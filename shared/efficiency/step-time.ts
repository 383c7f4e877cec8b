/**
 * Time of one training step (reference/efficiency-reliability.md §1.6):
 * T_step = T_compute x (1 + bubble) + T_comm_exposed, with the communication each parallelism
 * generates (§1.3) priced by the hierarchical collectives over the network levels.
 *
 * Per step and per accelerator (b = micro-batch sequences, s = sequence length, h = hidden
 * size, m = micro-batches per pipeline, L/p = layers per stage, a = activation bytes):
 * - TP: 4 all-reduces of b·s·h·a bytes per layer per micro-batch (2 forward, 2 backward; 6
 *   with full recomputation), over TP ranks at stride 1 (§1.3, Megatron).
 * - PP: 2·v·m point-to-point messages of b·s·h·a/t bytes (activations forward, gradients
 *   backward; Megatron's scatter-gather splits them over the TP ranks).
 * - DP: one all-reduce of the gradient shard P·g/(t·p) bytes over DP ranks at stride t·p (§1.3;
 *   FSDP as in Llama 3 has the same volume). All parameters are reduced over the whole DP group.
 * - EP: 4 all-to-alls of b·s·h·a·k/t bytes per layer per micro-batch (dispatch and combine,
 *   forward and backward; k = experts per token), over EP ranks at stride t·p; every layer is
 *   treated as a mixture-of-experts layer when EP > 1.
 * Overlap: a share f of each parallelism's communication runs concurrently with compute, but
 * concurrent communication cannot exceed the compute time; the rest is exposed. Exposed time
 * is split over the parallelisms in proportion to their communication time. Pipeline bubble:
 * (p-1)/(v·m) of the compute time (interleaved 1F1B, §1.3).
 */
import type { Workload } from '../scenario/workload-schema.ts';
import { computeSeconds, flopsPerToken } from './compute-time.ts';
import {
  hierarchicalAllReduceSeconds,
  hierarchicalAllToAllSeconds,
  pointToPointSeconds,
} from './hierarchical-collectives.ts';
import type { NetworkLevel } from './network-levels.ts';
import type { ParallelismPlan } from './parallelism-plan.ts';

export const PARALLELISMS = ['tensor', 'pipeline', 'data', 'expert'] as const;
export type Parallelism = (typeof PARALLELISMS)[number];

export interface CommunicationFigures {
  /** "all-reduce", "send-receive" or "all-to-all". */
  collective: string;
  /** Ranks in one group of this parallelism. */
  ranks: number;
  /** Bytes per call (all-reduce buffer, message, or all-to-all send buffer per rank). */
  bytesPerCall: number;
  callsPerStep: number;
  /** Communication time per step, seconds. */
  seconds: number;
  /** Part of it not hidden behind compute, seconds. */
  exposedSeconds: number;
}

export interface StepTime {
  computeSeconds: number;
  bubbleSeconds: number;
  communication: Record<Parallelism, CommunicationFigures>;
  communicationSeconds: number;
  exposedCommunicationSeconds: number;
  stepSeconds: number;
}

export interface StepTimeInput {
  workload: Workload;
  plan: ParallelismPlan;
  accelerators: number;
  levels: readonly NetworkLevel[];
  /** Set when all-to-all traffic to other rails is forwarded through the scale-up domain. */
  forwardingBusBytesPerSecond: number | undefined;
}

function figures(collective: string, ranks: number, bytes: number, calls: number, perCall: number) {
  return { collective, ranks, bytesPerCall: bytes, callsPerStep: calls, seconds: calls * perCall, exposedSeconds: 0 };
}

/**
 * Example: Llama-3-like defaults on 16,384 H100 (TP 8, PP 16, DP 128) → compute 4.57 s,
 * TP about 0.64 s, DP about 0.57 s of communication per step.
 */
export function stepTime(x: StepTimeInput): StepTime {
  const { plan: pl, levels } = x;
  const m = x.workload.model;
  const c = x.workload.compute;
  const recompute = m.activationRecompute === 'full';
  const parameters = m.parametersBillions * 1e9;
  const active = parameters * m.activeParameterShare;
  const compute = computeSeconds(
    flopsPerToken(active, m.activationRecompute),
    m.tokensPerStep,
    x.accelerators,
    c.peakTflopsPerAccelerator * 1e12 * c.computeEfficiency,
  );
  const t = pl.tensor;
  const activationBytes = pl.microBatchSequences * m.sequenceLength * m.hiddenSize * m.activationBytesPerValue;
  const layerCalls = pl.layersPerStage * pl.microBatchesPerStep * (recompute ? 6 : 4);

  const tpBytes = activationBytes;
  const tensor = figures(
    'all-reduce',
    t,
    tpBytes,
    t > 1 ? layerCalls : 0,
    hierarchicalAllReduceSeconds(levels, 1, t, tpBytes),
  );
  const ppBytes = activationBytes / t;
  const pipeline = figures(
    'send-receive',
    pl.pipeline,
    ppBytes,
    pl.pipeline > 1 ? 2 * pl.interleave * pl.microBatchesPerStep : 0,
    pointToPointSeconds(levels, t, pl.pipeline, ppBytes),
  );
  const dpBytes = (parameters * m.gradientBytesPerParameter) / (t * pl.pipeline);
  const data = figures(
    'all-reduce',
    pl.data,
    dpBytes,
    pl.data > 1 ? 1 : 0,
    hierarchicalAllReduceSeconds(levels, t * pl.pipeline, pl.data, dpBytes),
  );
  const epBytes = (activationBytes * m.expertsPerToken) / t;
  const expert = figures(
    'all-to-all',
    pl.expert,
    epBytes,
    pl.expert > 1 ? layerCalls : 0,
    hierarchicalAllToAllSeconds(levels, t * pl.pipeline, pl.expert, epBytes, x.forwardingBusBytesPerSecond),
  );

  const communication = { tensor, pipeline, data, expert };
  const total = tensor.seconds + pipeline.seconds + data.seconds + expert.seconds;
  const hidden = Math.min(c.overlapFraction * total, compute);
  const exposed = total - hidden;
  if (total > 0) {
    for (const k of PARALLELISMS) communication[k].exposedSeconds = (communication[k].seconds * exposed) / total;
  }
  const bubble = (compute * (pl.pipeline - 1)) / (pl.interleave * pl.microBatchesPerStep);
  return {
    computeSeconds: compute,
    bubbleSeconds: bubble,
    communication,
    communicationSeconds: total,
    exposedCommunicationSeconds: exposed,
    stepSeconds: compute + bubble + exposed,
  };
}

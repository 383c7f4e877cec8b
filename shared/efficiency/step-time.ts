/**
 * Time of one training step (reference formulas: Calculon, Isaev et al. SC'23; Megatron-LM):
 * T_step = T_compute + T_bubble + Σ exposed communication, with the communication each
 * parallelism generates priced by the hierarchical collectives over the network levels.
 *
 * Per step and per accelerator (b = micro-batch sequences, s = sequence length, h = hidden
 * size, m = micro-batches per pipeline, L/p = layers per stage, a = activation bytes):
 * - TP: 4 all-reduces of b·s·h·a bytes per layer per micro-batch (2 forward, 2 backward; 6
 *   with full recomputation, which replays the forward ones). With sequence parallelism each
 *   becomes a reduce-scatter plus an all-gather of the same bus volume (Korthikanti et al.
 *   2022 §4.2.2), at the ring bandwidth: NVLink SHARP speeds up all-reduce only.
 * - PP: 2·v·m point-to-point messages of b·s·h·a/t bytes (activations forward, gradients
 *   backward; Megatron's scatter-gather splits them over the TP ranks).
 * - DP: one all-reduce (or reduce-scatter + all-gather when sharded: same volume) of the
 *   gradient shard P·g/(t·p) bytes over DP ranks at stride t·p, with in-network reduction on
 *   the scale-out levels when the switches have it.
 * - EP: 4 all-to-alls of b·s·h·a·k/t bytes per layer per micro-batch (dispatch and combine,
 *   forward and backward; k = experts per token), over EP ranks at stride t·p; every layer is
 *   treated as a mixture-of-experts layer when EP > 1.
 * Overlap, per parallelism: TP hides f_tp of its time (Megatron: 0). PP and EP hide f of
 * theirs. DP hides f_dp of its time but at most the backward pass of the last micro-batch
 * window: the gradients of a chunk are final only during the last micro-batch's backward
 * through it; with v interleaved chunks the chunks finish p chunk-passes apart, so the window
 * is ((v-1)·p + 1) backward chunk-passes of one micro-batch. Hidden time in all never exceeds
 * the compute time. Pipeline bubble: (p-1)/(v·m) of the compute plus the exposed TP and PP
 * time, which run inside each micro-batch's slot.
 */
import type { Workload } from '../scenario/workload-schema.ts';
import { computeSeconds, flopsPerToken, modelFlopsPerToken, type TransformerShape } from './compute-time.ts';
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
  /** "all-reduce", "reduce-scatter + all-gather", "send-receive" or "all-to-all". */
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
  /** Backward time of the last micro-batch window the data-parallel reduction can hide in. */
  dataOverlapWindowSeconds: number;
  stepSeconds: number;
}

export interface StepTimeInput {
  workload: Workload;
  plan: ParallelismPlan;
  accelerators: number;
  levels: readonly NetworkLevel[];
  /** Share of peak FLOP/s the compute kernels reach (derived or the override). */
  computeEfficiency: number;
  /** Set when all-to-all traffic to other rails is forwarded through the scale-up domain. */
  forwardingBusBytesPerSecond: number | undefined;
  /** Index of the first network level whose switches reduce in the network; Infinity for none. */
  inNetworkFromLevel: number;
}

function figures(collective: string, ranks: number, bytes: number, calls: number, perCall: number) {
  return { collective, ranks, bytesPerCall: bytes, callsPerStep: calls, seconds: calls * perCall, exposedSeconds: 0 };
}

/** The FLOP-count shape of a workload. */
export function transformerShape(w: Workload): TransformerShape {
  const m = w.model;
  return {
    activeParameters: m.parametersBillions * 1e9 * m.activeParameterShare,
    layers: m.layers,
    hiddenSize: m.hiddenSize,
    sequenceLength: m.sequenceLength,
  };
}

/**
 * Example: GPT-3 175B on 64 A100 (TP 8, PP 8 with 3 chunks, 64 micro-batches of one 2,048-token
 * sequence), full recomputation, compute efficiency 0.58 → compute 16.0 s, TP 1.8 s exposed,
 * bubble 0.6 s: about 18.4 s (Korthikanti et al. 2022 Table 5: 18.13 s).
 */
export function stepTime(x: StepTimeInput): StepTime {
  const { plan: pl, levels } = x;
  const m = x.workload.model;
  const c = x.workload.compute;
  const shape = transformerShape(x.workload);
  const executedPerToken = flopsPerToken(shape, m.activationRecompute);
  const achieved = c.peakTflopsPerAccelerator * 1e12 * x.computeEfficiency;
  const compute = computeSeconds(executedPerToken, m.tokensPerStep, x.accelerators, achieved);
  const t = pl.tensor;
  const activationBytes = pl.microBatchSequences * m.sequenceLength * m.hiddenSize * m.activationBytesPerValue;
  const layerCalls = pl.layersPerStage * pl.microBatchesPerStep * (m.activationRecompute === 'full' ? 6 : 4);

  // With sequence parallelism the TP collectives are reduce-scatter + all-gather, which NVLink
  // SHARP does not accelerate (all-gather is not a reduction): they run at the ring bandwidth.
  const sequenceParallel = t > 1 && x.workload.parallelism.sequenceParallel === 'on';
  const tpLevels = sequenceParallel
    ? levels.map((l) => ({
        acceleratorsPerBlock: l.acceleratorsPerBlock,
        busBytesPerSecond: l.busBytesPerSecond,
        latencySeconds: l.latencySeconds,
      }))
    : levels;
  const tensor = figures(
    sequenceParallel ? 'reduce-scatter + all-gather' : 'all-reduce',
    t,
    activationBytes,
    t > 1 ? layerCalls : 0,
    hierarchicalAllReduceSeconds(tpLevels, 1, t, activationBytes),
  );
  const ppBytes = activationBytes / t;
  const pipeline = figures(
    'send-receive',
    pl.pipeline,
    ppBytes,
    pl.pipeline > 1 ? 2 * pl.interleave * pl.microBatchesPerStep : 0,
    pointToPointSeconds(levels, t, pl.pipeline, ppBytes),
  );
  const dpBytes = (m.parametersBillions * 1e9 * m.gradientBytesPerParameter) / (t * pl.pipeline);
  const data = figures(
    'all-reduce',
    pl.data,
    dpBytes,
    pl.data > 1 ? 1 : 0,
    hierarchicalAllReduceSeconds(levels, t * pl.pipeline, pl.data, dpBytes, x.inNetworkFromLevel),
  );
  const epBytes = (activationBytes * m.expertsPerToken) / t;
  const expert = figures(
    'all-to-all',
    pl.expert,
    epBytes,
    pl.expert > 1 ? layerCalls : 0,
    hierarchicalAllToAllSeconds(levels, t * pl.pipeline, pl.expert, epBytes, x.forwardingBusBytesPerSecond),
  );

  // Backward share of the executed work: everything but the first forward pass.
  const forwardShare = modelFlopsPerToken(shape) / 3 / executedPerToken;
  const backwardPerChunkPass = (compute * (1 - forwardShare)) / pl.microBatchesPerStep / pl.interleave;
  const window = Math.min(compute, ((pl.interleave - 1) * pl.pipeline + 1) * backwardPerChunkPass);

  // Hidden time shares one budget, the compute time, filled in this order: TP and PP run in
  // every micro-batch's slot, then EP, then DP in its window (so more overlap of one never
  // exposes another's).
  let budget = compute;
  const hide = (wanted: number) => {
    const h = Math.min(wanted, budget);
    budget -= h;
    return h;
  };
  const communication = { tensor, pipeline, data, expert };
  const hidden: Record<Parallelism, number> = { tensor: 0, pipeline: 0, data: 0, expert: 0 };
  hidden.tensor = hide(c.tensorOverlapFraction * tensor.seconds);
  hidden.pipeline = hide(c.overlapFraction * pipeline.seconds);
  hidden.expert = hide(c.overlapFraction * expert.seconds);
  hidden.data = hide(Math.min(c.dataOverlapFraction * data.seconds, window));
  let total = 0;
  let exposed = 0;
  for (const k of PARALLELISMS) {
    const f = communication[k];
    f.exposedSeconds = f.seconds - hidden[k];
    total += f.seconds;
    exposed += f.exposedSeconds;
  }
  const bubble =
    ((compute + tensor.exposedSeconds + pipeline.exposedSeconds) * (pl.pipeline - 1)) /
    (pl.interleave * pl.microBatchesPerStep);
  return {
    computeSeconds: compute,
    bubbleSeconds: bubble,
    communication,
    communicationSeconds: total,
    exposedCommunicationSeconds: exposed,
    dataOverlapWindowSeconds: window,
    stepSeconds: compute + bubble + exposed,
  };
}

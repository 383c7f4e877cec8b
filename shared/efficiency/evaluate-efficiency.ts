/**
 * The parallel-efficiency part of a scenario evaluation: per-tier bus bandwidth, network
 * levels, parallelism, step time, and what they mean for throughput and cost. A workload that
 * cannot be split over the cluster gives `{ ok: false, error }` here, never a failed
 * evaluation. Closed-form: O(tiers) per call.
 */
import { fail, type ModelError } from '../model-error.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import type { FabricPlan } from '../topology/fabric-plan.ts';
import {
  resolveScaleUpBusEfficiency,
  scaleOutBusBandwidthGBps,
  scaleUpBusBandwidthGBps,
  type ScaleUpBusEfficiency,
} from './bus-bandwidth.ts';
import {
  keptLayerActivationBytes,
  layersInFlight,
  storedLayerActivationBytes,
  type LayerShape,
} from './activation-memory.ts';
import { modelFlopsPerToken } from './compute-time.ts';
import { deriveComputeEfficiency } from './compute-efficiency.ts';
import { memoryFootprint, type MemoryFootprint } from './memory-footprint.ts';
import { networkLevels } from './network-levels.ts';
import { planParallelism, type ParallelismPlan } from './parallelism-plan.ts';
import { stepTime, transformerShape, type CommunicationFigures, type Parallelism } from './step-time.ts';
import {
  clusterTcoUsd,
  effectiveAccelerators,
  modelFlopsUtilization,
  networkLimitedEfficiency,
  tokensPerDay,
  usdPerEffectiveAccelerator,
} from './training-efficiency.ts';

export interface EfficiencyLevel {
  acceleratorsPerBlock: number;
  busBandwidthGBps: number;
  /** All-reduce bus bandwidth where in-switch reduction makes it differ, GB/s. */
  allReduceBusBandwidthGBps?: number;
  latencyUs: number;
}

export interface EfficiencyFigures {
  ok: true;
  parallelism: ParallelismPlan;
  /** Per-accelerator bus bandwidth of the scale-up domain and of the scale-out NICs, GB/s. */
  busBandwidthGBps: { scaleUp: number; scaleUpAllReduce: number; scaleOut: number };
  /** Scale-up bus efficiencies used (workload overrides, else the fabric's catalog figures). */
  scaleUpBusEfficiency: ScaleUpBusEfficiency;
  /** The hierarchy collectives run over, innermost (the scale-up domain) first. */
  levels: EfficiencyLevel[];
  /** Share of peak the compute kernels reach, and whether it was derived or given. */
  computeEfficiency: number;
  computeEfficiencySource: 'derived' | 'override';
  /** Share of a layer's time in memory-bound kernels (derived efficiency only, else 0). */
  memoryBoundShare: number;
  /** Memory per accelerator of the fullest pipeline stage, bytes, against the capacity. */
  memory: MemoryFootprint & { capacityBytes: number; fits: boolean };
  /** True when the data-parallel all-reduce uses in-network reduction on the scale-out levels. */
  inNetworkReduction: boolean;
  computeSeconds: number;
  bubbleSeconds: number;
  communication: Record<Parallelism, CommunicationFigures>;
  exposedCommunicationSeconds: number;
  /** Backward time of the last micro-batch window the data-parallel reduction may hide in. */
  dataOverlapWindowSeconds: number;
  stepSeconds: number;
  /** (T_step - exposed communication) / T_step, 0..1. */
  networkLimitedEfficiency: number;
  /** Model FLOPs utilization (6 FLOPs per active parameter per token), 0..1. */
  mfu: number;
  achievedTflopsPerAccelerator: number;
  tokensPerDay: number;
  /** Tokens per day after failures (x ETTR). */
  effectiveTokensPerDay: number;
  /** N x network-limited efficiency x ETTR. */
  effectiveAccelerators: number;
  /** Accelerators, servers and network capex plus cluster energy over the horizon, USD. */
  clusterTcoUsd: number;
  clusterCapexUsdPerEffectiveAccelerator: number;
  clusterTcoUsdPerEffectiveAccelerator: number;
  notes: string[];
}

export type EfficiencyResult = EfficiencyFigures | { ok: false; error: ModelError };

export interface EfficiencyInput {
  scenario: Scenario;
  plan: FabricPlan;
  /** Catalog bidirectional scale-up bandwidth per accelerator, GB/s (0 for no scale-up fabric). */
  scaleUpBidirectionalGBps: number;
  /** The scale-up fabric's catalog bus efficiencies (ring and all-reduce figures). */
  scaleUpCatalogBusEfficiency: { ring: { typical: number }; allReduce: { typical: number } };
  clusterCapexUsd: number;
  clusterItPowerW: number;
  /** Effective training time ratio from the reliability model, 0..1. */
  ettr: number;
  /** The scale-out switch reduces in the network (catalog capability, e.g. InfiniBand SHARP). */
  scaleOutInNetworkReduction: boolean;
}

const GB = 1e9;

function gb(bytes: number): string {
  return `${(bytes / GB).toFixed(1)} GB`;
}

const CLOS_TOPOLOGIES = new Set(['leaf-spine', 'fat-tree', 'rail-optimized', 'rail-only']);

/**
 * Example: the Llama-3-like 16,384-H100 RoCE Clos with default workload → TP 8, PP 16, DP 128,
 * scale-up 369 GB/s and scale-out 47 GB/s bus bandwidth, a step of about 6 s.
 */
export function evaluateEfficiency(x: EfficiencyInput): EfficiencyResult {
  const s = x.scenario;
  const w = s.workload;
  const N = s.cluster.acceleratorCount;
  const k = s.scaleUp.domainSize;
  const plan = planParallelism(w, N, k);
  if (!plan.ok) return plan;
  const comm = w.communication;
  const upEfficiency = resolveScaleUpBusEfficiency(x.scaleUpCatalogBusEfficiency, comm);
  const up = scaleUpBusBandwidthGBps(x.scaleUpBidirectionalGBps, upEfficiency.ring);
  const upAllReduce = scaleUpBusBandwidthGBps(x.scaleUpBidirectionalGBps, upEfficiency.allReduce);
  const out = scaleOutBusBandwidthGBps(
    s.scaleOut.nicPortRateGbps,
    s.scaleOut.nicPortsPerAccelerator,
    comm.scaleOutBusEfficiency,
  );
  const kind = s.topology.kind;
  const railOnly = kind === 'rail-only';
  const ports = s.scaleOut.nicPortsPerAccelerator;
  const levels = networkLevels({
    accelerators: N,
    domainSize: k,
    scaleUpBusBytesPerSecond: up * 1e9,
    scaleUpAllReduceBusBytesPerSecond: upAllReduce * 1e9,
    scaleOutBusBytesPerSecond: out * 1e9,
    scaleUpLatencySeconds: comm.scaleUpLatencyUs * 1e-6,
    scaleOutLatencySeconds: comm.scaleOutLatencyUs * 1e-6,
    clos: CLOS_TOPOLOGIES.has(kind)
      ? {
          radix: x.plan.switchTiers[0]?.radix ?? 2,
          radixByTier: x.plan.switchTiers.map((t) => t.radix),
          tiers: x.plan.tiers,
          oversubscription: s.topology.oversubscription,
          reservedPortsPerLeaf: s.topology.reservedPortsPerLeaf,
          ...(x.plan.blocks ? { blocks: x.plan.blocks } : {}),
        }
      : undefined,
    acceleratorsPerEndpoint: railOnly ? k : x.plan.planes / ports,
  });
  const forwards = railOnly || ports < x.plan.planes;
  const pl = plan.value;
  const m = w.model;
  const c = w.compute;
  const layer: LayerShape = {
    microBatchSequences: pl.microBatchSequences,
    sequenceLength: m.sequenceLength,
    hiddenSize: m.hiddenSize,
    attentionHeads: m.attentionHeads,
    tensor: pl.tensor,
    sequenceParallel: pl.tensor > 1 && w.parallelism.sequenceParallel === 'on',
    attentionKernel: m.attentionKernel,
    activationBytesPerValue: m.activationBytesPerValue,
  };
  const shape = transformerShape(w);
  const derived = deriveComputeEfficiency(
    layer,
    shape.activeParameters / m.layers,
    { peakFlopsPerSecond: c.peakTflopsPerAccelerator * 1e12, memoryBytesPerSecond: c.memoryBandwidthGBps * 1e9 },
    c,
  );
  const computeEfficiency = c.computeEfficiency ?? derived.efficiency;

  const inFlight = layersInFlight(m.layers, pl.pipeline, pl.interleave, pl.microBatchesPerStep);
  // While one layer's backward runs, what recomputation rebuilt for it is held too.
  const kept = keptLayerActivationBytes(layer, m.activationRecompute);
  const working = m.activationRecompute === 'none' ? 0 : storedLayerActivationBytes(layer) - kept;
  const memory = memoryFootprint({
    parameters: m.parametersBillions * 1e9,
    activeParameterShare: m.activeParameterShare,
    tensor: pl.tensor,
    pipeline: pl.pipeline,
    data: pl.data,
    expert: pl.expert,
    weightBytesPerParameter: m.weightBytesPerParameter,
    gradientBytesPerParameter: m.gradientBytesPerParameter,
    optimizerBytesPerParameter: m.optimizerBytesPerParameter,
    sharding: w.parallelism.optimizerSharding,
    activationBytes: kept * inFlight + working,
  });
  const capacity = c.memoryCapacityGB * GB;
  const fits = memory.totalBytes <= capacity;
  const notes: string[] = [];
  if (!fits) {
    const message =
      `needs ${gb(memory.totalBytes)} per accelerator, ${gb(memory.totalBytes - capacity)} more than its ` +
      `${gb(capacity)} (weights ${gb(memory.weightBytes)}, gradients ${gb(memory.gradientBytes)}, optimizer ` +
      `${gb(memory.optimizerBytes)}, activations ${gb(memory.activationBytes)}); recompute activations, shard ` +
      'the optimizer, or add tensor or pipeline ranks';
    if (c.memoryCheck === 'refuse') return fail('workload.compute.memoryCapacityGB', c.memoryCapacityGB, message);
    notes.push(`memory: ${message}`);
  }

  const inNetwork = comm.inNetworkReduction === 'auto' && x.scaleOutInNetworkReduction;
  const st = stepTime({
    workload: w,
    plan: pl,
    accelerators: N,
    levels,
    computeEfficiency,
    forwardingBusBytesPerSecond: forwards ? up * 1e9 : undefined,
    inNetworkFromLevel: inNetwork ? 1 : Number.POSITIVE_INFINITY,
  });
  const modelFlopsPerStep = modelFlopsPerToken(shape) * m.tokensPerStep;
  const efficiency = networkLimitedEfficiency(st.stepSeconds, st.exposedCommunicationSeconds);
  const perDay = tokensPerDay(w.model.tokensPerStep, st.stepSeconds);
  const effective = effectiveAccelerators(N, efficiency, x.ettr);
  const e = s.economics;
  const tco = clusterTcoUsd(
    x.clusterCapexUsd,
    x.clusterItPowerW,
    e.pue,
    e.electricityUsdPerKWh,
    e.horizonYears,
    e.discountRatePercent,
  );
  if (!plan.value.tensorInsideScaleUp) {
    notes.push(
      `tensor parallelism ${plan.value.tensor} does not fit the scale-up domain of ${k}: it crosses the scale-out network`,
    );
  }
  if (!CLOS_TOPOLOGIES.has(kind)) notes.push(`${kind}: global-link taper is not modelled; full NIC bandwidth assumed`);
  if (forwards && plan.value.expert > 1)
    notes.push('all-to-all to other rails is forwarded through the scale-up domain');
  return {
    ok: true,
    parallelism: plan.value,
    busBandwidthGBps: { scaleUp: up, scaleUpAllReduce: upAllReduce, scaleOut: out },
    scaleUpBusEfficiency: upEfficiency,
    computeEfficiency,
    computeEfficiencySource: c.computeEfficiency === undefined ? 'derived' : 'override',
    memoryBoundShare: c.computeEfficiency === undefined ? derived.memoryBoundShare : 0,
    memory: { ...memory, capacityBytes: capacity, fits },
    inNetworkReduction: inNetwork,
    levels: levels.map((l) => ({
      acceleratorsPerBlock: l.acceleratorsPerBlock,
      busBandwidthGBps: l.busBytesPerSecond / 1e9,
      ...(l.allReduceBusBytesPerSecond === undefined
        ? {}
        : { allReduceBusBandwidthGBps: l.allReduceBusBytesPerSecond / 1e9 }),
      latencyUs: l.latencySeconds * 1e6,
    })),
    computeSeconds: st.computeSeconds,
    bubbleSeconds: st.bubbleSeconds,
    communication: st.communication,
    exposedCommunicationSeconds: st.exposedCommunicationSeconds,
    dataOverlapWindowSeconds: st.dataOverlapWindowSeconds,
    stepSeconds: st.stepSeconds,
    networkLimitedEfficiency: efficiency,
    mfu: modelFlopsUtilization(modelFlopsPerStep, st.stepSeconds, N, c.peakTflopsPerAccelerator * 1e12),
    achievedTflopsPerAccelerator: modelFlopsPerStep / (st.stepSeconds * N) / 1e12,
    tokensPerDay: perDay,
    effectiveTokensPerDay: perDay * x.ettr,
    effectiveAccelerators: effective,
    clusterTcoUsd: tco,
    clusterCapexUsdPerEffectiveAccelerator: usdPerEffectiveAccelerator(x.clusterCapexUsd, effective),
    clusterTcoUsdPerEffectiveAccelerator: usdPerEffectiveAccelerator(tco, effective),
    notes,
  };
}

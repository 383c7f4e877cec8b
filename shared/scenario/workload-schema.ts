/**
 * The training workload a scenario runs, for the parallel-efficiency model (shared/efficiency):
 * model size and shape, batch, parallelism, compute speed and the per-tier communication
 * factors. Every input is declared once with unit, range, default and description.
 *
 * Defaults describe a Llama-3-405B-like dense model (arXiv:2407.21783 §3.3, Table 4), with
 * the communication factors of docs/model.md, "Collectives and network levels".
 */
import { z } from 'zod';
import { enumField, numberField, optionalNumberField } from './field.ts';

export const PARALLELISM_MODES = ['auto', 'explicit'] as const;
export type ParallelismMode = (typeof PARALLELISM_MODES)[number];

export const ACTIVATION_RECOMPUTE = ['none', 'selective', 'full'] as const;
export type ActivationRecompute = (typeof ACTIVATION_RECOMPUTE)[number];

export const ATTENTION_KERNELS = ['fused', 'unfused'] as const;
export type AttentionKernel = (typeof ATTENTION_KERNELS)[number];

export const OPTIMIZER_SHARDING = ['none', 'optimizer', 'full'] as const;
export type OptimizerSharding = (typeof OPTIMIZER_SHARDING)[number];

export const ON_OFF = ['on', 'off'] as const;
export const IN_NETWORK_REDUCTION = ['auto', 'off'] as const;
export const MEMORY_CHECK = ['refuse', 'report'] as const;

export const modelSchema = z
  .object({
    parametersBillions: numberField({
      min: 0.001,
      max: 100_000,
      default: 405,
      unit: 'billion parameters',
      description: 'Model parameters, all experts included (Llama 3 405B: 405)',
    }),
    activeParameterShare: numberField({
      min: 0,
      max: 1,
      exclusiveMin: true,
      default: 1,
      unit: 'ratio',
      description: 'Share of the parameters used per token: 1 for a dense model, active/total for a mixture of experts',
    }),
    layers: numberField({
      min: 1,
      max: 10_000,
      default: 126,
      int: true,
      unit: 'layers',
      description: 'Transformer layers (Llama 3 405B: 126)',
    }),
    hiddenSize: numberField({
      min: 1,
      max: 1_000_000,
      default: 16384,
      int: true,
      unit: 'values',
      description: 'Hidden (model) dimension (Llama 3 405B: 16,384)',
    }),
    sequenceLength: numberField({
      min: 1,
      max: 100_000_000,
      default: 8192,
      int: true,
      unit: 'tokens',
      description: 'Tokens per training sequence (Llama 3 pre-training: 8,192)',
    }),
    tokensPerStep: numberField({
      min: 1,
      max: 1e12,
      default: 16_777_216,
      int: true,
      unit: 'tokens',
      description: 'Global batch: tokens per optimizer step (Llama 3: 16M)',
    }),
    attentionHeads: numberField({
      min: 1,
      max: 100_000,
      default: 128,
      int: true,
      unit: 'heads',
      description: 'Attention heads (Llama 3 405B: 128); sets the attention-score memory of an unfused kernel',
    }),
    attentionKernel: enumField(
      ATTENTION_KERNELS,
      'fused',
      'fused: FlashAttention-style kernel that never stores the sequence x sequence scores; unfused: scores, softmax and dropout written to memory (Megatron-LM in 2022)',
    ),
    activationRecompute: enumField(
      ACTIVATION_RECOMPUTE,
      'full',
      'Activation recomputation: none; selective (attention core recomputed, Korthikanti et al. 2022); full (one extra forward pass of every layer, 8 instead of 6 FLOPs per parameter per token)',
    ),
    weightBytesPerParameter: numberField({
      min: 0.5,
      max: 16,
      default: 2,
      unit: 'B',
      description: 'Bytes per weight held for the forward and backward passes (2 = BF16)',
    }),
    optimizerBytesPerParameter: numberField({
      min: 0,
      max: 64,
      default: 12,
      unit: 'B',
      description:
        'Optimizer state bytes per parameter (Adam in mixed precision: FP32 master weight, momentum and variance = 12)',
    }),
    gradientBytesPerParameter: numberField({
      min: 0.5,
      max: 16,
      default: 4,
      unit: 'B',
      description: 'Bytes per gradient element in the data-parallel reduction (2 = BF16; 4 = FP32, as in Llama 3)',
    }),
    activationBytesPerValue: numberField({
      min: 0.5,
      max: 8,
      default: 2,
      unit: 'B',
      description: 'Bytes per activation value sent between tensor, pipeline and expert ranks (2 = BF16)',
    }),
    expertsPerToken: numberField({
      min: 1,
      max: 256,
      default: 2,
      int: true,
      unit: 'experts',
      description: 'Experts each token is routed to (top-k); used only when expert parallelism is above 1',
    }),
  })
  .strict();

export const parallelismSchema = z
  .object({
    mode: enumField(
      PARALLELISM_MODES,
      'auto',
      'auto: tensor parallelism kept inside the scale-up domain and data parallelism fills the cluster; explicit: all degrees as given',
    ),
    tensor: numberField({
      min: 1,
      max: 4096,
      default: 8,
      int: true,
      unit: 'ranks',
      description: 'Tensor-parallel degree (auto: the largest divisor of the scale-up domain size up to this value)',
    }),
    pipeline: numberField({
      min: 1,
      max: 4096,
      default: 16,
      int: true,
      unit: 'stages',
      description: 'Pipeline-parallel degree (Llama 3 405B: 16)',
    }),
    data: numberField({
      min: 1,
      max: 4_000_000,
      default: 8,
      int: true,
      unit: 'replicas',
      description: 'Data-parallel degree (explicit mode; auto derives it from the cluster size)',
    }),
    expert: numberField({
      min: 1,
      max: 4096,
      default: 1,
      int: true,
      unit: 'ranks',
      description:
        'Expert-parallel degree, formed inside the data-parallel groups (must divide the data-parallel degree)',
    }),
    pipelineInterleave: numberField({
      min: 1,
      max: 128,
      default: 4,
      int: true,
      unit: 'chunks',
      description:
        'Model chunks per pipeline stage (interleaved 1F1B); the bubble is (stages-1)/(chunks x micro-batches). Default is an estimate',
    }),
    microBatchSequences: numberField({
      min: 1,
      max: 65536,
      default: 1,
      int: true,
      unit: 'sequences',
      description: 'Sequences per micro-batch',
    }),
    sequenceParallel: enumField(
      ON_OFF,
      'on',
      'Sequence parallelism (Korthikanti et al. 2022): layer norms and dropouts split over the tensor ranks; the tensor all-reduces become reduce-scatter + all-gather of the same volume',
    ),
    optimizerSharding: enumField(
      OPTIMIZER_SHARDING,
      'full',
      'What is split over the data-parallel ranks: none; optimizer (optimizer state, ZeRO-1 / distributed optimizer); full (gradients, optimizer state and resting weights, FSDP as in Llama 3)',
    ),
  })
  .strict();

export const computeSchema = z
  .object({
    peakTflopsPerAccelerator: numberField({
      min: 0.001,
      max: 1e6,
      default: 989,
      unit: 'TFLOP/s',
      description: 'Peak dense FLOP/s of one accelerator at the training precision (H100 SXM BF16: 989)',
    }),
    memoryBandwidthGBps: numberField({
      min: 1,
      max: 1e6,
      default: 3350,
      unit: 'GB/s',
      description: 'Memory (HBM) bandwidth of one accelerator (H100 SXM: 3,350)',
    }),
    memoryCapacityGB: numberField({
      min: 0.1,
      max: 1e5,
      default: 80,
      unit: 'GB',
      description: 'Memory (HBM) capacity of one accelerator (H100 SXM: 80)',
    }),
    memoryCheck: enumField(
      MEMORY_CHECK,
      'refuse',
      'refuse: a plan whose weights, gradients, optimizer state and activations exceed the memory capacity gets no step time; report: the shortfall is noted and the step time still given',
    ),
    computeEfficiency: optionalNumberField({
      min: 0,
      max: 1,
      exclusiveMin: true,
      unit: 'ratio',
      description:
        'Override: share of peak the compute kernels reach with no communication and no bubble. Empty: derived from peak FLOP/s, memory bandwidth and the per-accelerator matrix shapes',
    }),
    matmulPeakShare: numberField({
      min: 0.01,
      max: 1,
      default: 0.72,
      unit: 'ratio',
      description: 'Share of peak a wide matrix multiply reaches (estimate, set with Korthikanti et al. 2022 Table 5)',
    }),
    matmulHalfWidth: numberField({
      min: 0,
      max: 1e6,
      default: 250,
      unit: 'values',
      description:
        'Per-accelerator matrix width (hidden size / tensor ranks) at which a matrix multiply reaches half that share (estimate)',
    }),
    memoryTrafficFactor: numberField({
      min: 0,
      max: 100,
      default: 0.5,
      unit: 'ratio',
      description: 'Bytes of memory traffic of the memory-bound kernels per activation byte a layer stores (estimate)',
    }),
    tensorOverlapFraction: numberField({
      min: 0,
      max: 1,
      default: 0,
      unit: 'ratio',
      description:
        'Share of tensor-parallel communication hidden behind compute (Megatron-LM: 0, it waits on each collective)',
    }),
    dataOverlapFraction: numberField({
      min: 0,
      max: 1,
      default: 1,
      unit: 'ratio',
      description:
        'Share of the data-parallel gradient reduction that may overlap the backward pass; never more than the last micro-batch window',
    }),
    overlapFraction: numberField({
      min: 0,
      max: 1,
      default: 0.5,
      unit: 'ratio',
      description:
        'Share of pipeline and expert-parallel communication that runs concurrently with compute (at most the compute time in all); estimate',
    }),
  })
  .strict();

export const communicationSchema = z
  .object({
    scaleUpBusEfficiency: optionalNumberField({
      min: 0,
      max: 1,
      exclusiveMin: true,
      unit: 'ratio',
      description:
        "Bus bandwidth over line rate in the scale-up domain for collectives without in-switch reduction (8xH100 ring: 370/450 GB/s); absent: the fabric's catalog figure",
    }),
    scaleUpAllReduceBusEfficiency: optionalNumberField({
      min: 0,
      max: 2,
      exclusiveMin: true,
      unit: 'ratio',
      description:
        "Ring-equivalent bus bandwidth over line rate of an all-reduce in the scale-up domain, with in-switch reduction where the fabric has it (8xH100 NVLS: 480/450 GB/s); absent: the fabric's catalog figure",
    }),
    scaleOutBusEfficiency: numberField({
      min: 0,
      max: 1,
      exclusiveMin: true,
      default: 0.94,
      unit: 'ratio',
      description: 'Measured bus bandwidth over line rate per scale-out NIC port (400G NIC ring: 47/50 GB/s)',
    }),
    scaleUpLatencyUs: numberField({
      min: 0,
      max: 10_000,
      default: 3,
      unit: 'us',
      description: 'Latency of one collective step inside the scale-up domain (NVLS 2-GPU all-reduce about 6 us)',
    }),
    scaleOutLatencyUs: numberField({
      min: 0,
      max: 10_000,
      default: 10,
      unit: 'us',
      description: 'Latency of one collective step over the scale-out network (Llama 3: up to tens of us)',
    }),
    inNetworkReduction: enumField(
      IN_NETWORK_REDUCTION,
      'auto',
      'auto: data-parallel all-reduce uses in-network reduction (InfiniBand SHARP) where the scale-out switch supports it, sending each byte once instead of 2(n-1)/n times; off: ring/tree in the hosts',
    ),
  })
  .strict();

export const workloadSchema = z
  .object({
    model: modelSchema.prefault({}),
    parallelism: parallelismSchema.prefault({}),
    compute: computeSchema.prefault({}),
    communication: communicationSchema.prefault({}),
  })
  .strict();

export type Workload = z.output<typeof workloadSchema>;
export type WorkloadInput = z.input<typeof workloadSchema>;

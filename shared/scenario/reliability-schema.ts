/**
 * Failure and recovery inputs for the reliability model (shared/reliability): failure rates of
 * the components the catalog does not carry, LPO and CPO rate factors, the probability that a
 * failure of each component class interrupts the job, resilience (dual-homing, planes),
 * checkpointing and the value of an accelerator-hour.
 *
 * Calibrated defaults (docs/model.md, "Reliability", "Fitted vs independent"): accelerator, host,
 * software and planned rates are Llama 3's 54-day counts on 16,384 H100 (Table 5) per
 * component-year; the NIC and link interrupt probabilities are set so that a Llama-3-like
 * 16k-GPU RoCE Clos on the default catalog gives about 0.7 network-caused interruptions per day
 * (Llama 3: 0.65 switch/cable + 0.13 NIC = 0.78). The link probability (0.6) was refitted when
 * cable counting stopped sharing twin-port cables between switch pairs joined by one link.
 */
import { z } from 'zod';
import { enumField, numberField } from './field.ts';

export const CHECKPOINT_INTERVAL_MODES = ['young', 'daly', 'fixed'] as const;
export type CheckpointIntervalMode = (typeof CHECKPOINT_INTERVAL_MODES)[number];

export const NIC_HOMING = ['single', 'dual'] as const;
export type NicHoming = (typeof NIC_HOMING)[number];

const afrFactor = (what: string, claim: string) =>
  numberField({
    min: 0.01,
    max: 100,
    default: 1,
    unit: 'ratio',
    description: `Multiplier on the catalog failure rate of ${what} (1 = as catalogued). ${claim}`,
  });

const probability = (def: number, what: string) =>
  numberField({
    min: 0,
    max: 1,
    default: def,
    unit: 'ratio',
    description: `Probability that a failure of ${what} interrupts the training job`,
  });

export const failureSchema = z
  .object({
    acceleratorAfrPercentPerYear: numberField({
      min: 0,
      max: 1000,
      default: 11.06,
      unit: '%/yr',
      description:
        'Failures per accelerator-year (Llama 3: 268 GPU, HBM, SRAM, GPU-processor, thermal and SDC interruptions in 54 days on 16,384 GPUs)',
    }),
    hostAfrPercentPerYear: numberField({
      min: 0,
      max: 1000,
      default: 15.18,
      unit: '%/yr',
      description:
        'Failures per server-year outside accelerators and NICs (Llama 3: 46 host, SSD, PSU, chassis, CPU and memory interruptions on 2,048 servers in 54 days)',
    }),
    softwareInterruptionsPercentPerYear: numberField({
      min: 0,
      max: 1000,
      default: 2.6,
      unit: '%/yr',
      description:
        'Software interruptions per accelerator-year (Llama 3: 63 software-bug, NCCL-watchdog and dependency interruptions in 54 days)',
    }),
    plannedInterruptionsPercentPerYear: numberField({
      min: 0,
      max: 1000,
      default: 1.94,
      unit: '%/yr',
      description: 'Planned interruptions per accelerator-year (Llama 3: 47 in 54 days on 16,384 GPUs)',
    }),
    lpoAfrFactor: afrFactor(
      'LPO modules',
      'No LPO reliability data exists; set it for sensitivity (fewer active parts, but more dependent on host SerDes).',
    ),
    cpoAfrFactor: afrFactor(
      'co-packaged optical ports',
      'The vendor "10x more resiliency" claim is 0.1: a sensitivity bound, not data.',
    ),
  })
  .strict();

export const interruptProbabilitySchema = z
  .object({
    accelerator: probability(1, 'an accelerator (synchronous training stops)'),
    host: probability(1, 'a server'),
    nic: probability(
      0.5,
      "a scale-out NIC (calibrated: the catalog NIC rate, 1 %/yr, would give 3.5x Llama 3's NIC interruptions at 1)",
    ),
    switch: probability(1, 'a scale-out switch, before dual-homing and plane credits'),
    link: probability(
      0.6,
      "a transceiver, cable or co-packaged optical port (calibrated: 1 would give 1.4x Llama 3's switch and cable interruptions), before dual-homing and plane credits",
    ),
    scaleUp: probability(1, 'the scale-up switching of a domain spanning servers'),
  })
  .strict();

export const resilienceSchema = z
  .object({
    nicHoming: enumField(
      NIC_HOMING,
      'single',
      'single, or dual: the ports of each NIC go to different leaf switches (Alibaba HPN dual-ToR); the fabric is built so, and most access-link and leaf failures do not stop the job',
    ),
    dualHomingCoverage: numberField({
      min: 0,
      max: 1,
      default: 0.9,
      unit: 'ratio',
      description: 'With dual-homing, share of access-link and leaf-switch failures the job rides through (assumption)',
    }),
    planeFailoverCoverage: numberField({
      min: 0,
      max: 1,
      default: 0.9,
      unit: 'ratio',
      description:
        'With ports on m >= 2 planes, the job rides through this share times (m-1)/m of link and switch failures (assumption)',
    }),
  })
  .strict();

export const checkpointSchema = z
  .object({
    intervalMode: enumField(
      CHECKPOINT_INTERVAL_MODES,
      'daly',
      'Checkpoint interval: Young (sqrt(2 x write x MTTI)), Daly (higher order), or fixed',
    ),
    fixedIntervalMinutes: numberField({
      min: 0,
      max: 100_000,
      exclusiveMin: true,
      default: 60,
      unit: 'min',
      description: 'Compute time between checkpoints when the mode is fixed',
    }),
    // At least 0.0001 min (6 ms): copying even 10 GB of accelerator memory at 2 TB/s takes 5 ms.
    // Shorter writes are not physical, and a spreadsheet cannot hold them (a subnormal such as
    // 5e-324 reads as 0 there, and the exported Daly formulas divide 0 by 0).
    writeMinutes: numberField({
      min: 0.0001,
      max: 1440,
      default: 0.25,
      unit: 'min',
      description:
        'Blocking time to write one checkpoint (estimate: Llama 3 checkpoints of 1 MB-4 GB per GPU share 2 TB/s of storage, 0-33 s over 16k GPUs)',
    }),
    restartMinutes: numberField({
      min: 0,
      max: 1440,
      default: 5,
      unit: 'min',
      description: 'Time from an interruption to training again: detection, rescheduling and reload (Meta: 5-20 min)',
    }),
  })
  .strict();

export const reliabilitySchema = z
  .object({
    failures: failureSchema.prefault({}),
    interruptProbability: interruptProbabilitySchema.prefault({}),
    resilience: resilienceSchema.prefault({}),
    checkpoint: checkpointSchema.prefault({}),
    acceleratorHourUsd: numberField({
      min: 0,
      max: 10_000,
      default: 2,
      unit: 'USD/h',
      description:
        'Value of one accelerator-hour for the cost of downtime (H100 on-demand about 2.7-12.3 USD, late 2026)',
    }),
    secondOrderLossFraction: numberField({
      min: 0,
      max: 10,
      default: 0,
      unit: 'ratio',
      description:
        'Extra loss from pre-empted neighbouring jobs per unit of direct loss (0 for a dedicated cluster; Meta shared clusters about 0.19)',
    }),
  })
  .strict();

export type Reliability = z.output<typeof reliabilitySchema>;
export type ReliabilityInput = z.input<typeof reliabilitySchema>;

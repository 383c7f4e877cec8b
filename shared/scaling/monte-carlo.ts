/**
 * Monte Carlo uncertainty of network capex, power, energy cost and TCO. Every uncertain input
 * (see bom-repricing.ts: component prices and powers with catalog ranges, PUE, electricity
 * price) is drawn from its low / typical / high range with the chosen distribution
 * (distributions.ts; triangular by default), the draws stratified by a Latin hypercube
 * (latin-hypercube.ts) seeded by the scenario's stored seed through mulberry32
 * (seeded-random.ts). Inputs are independent. Each sample re-prices the base case's fixed
 * design, so 10,000 samples take milliseconds and the same seed gives identical results
 * whatever the chunking.
 *
 * The work is chunked so that a Web Worker or a worker thread can report progress and stop on
 * request: `startMonteCarlo` returns a run whose `step(n)` computes the next n samples, and
 * `finish()` summarizes (percentiles with the stated convention, histogram, CDF).
 * `runMonteCarlo` does it all synchronously; `driveMonteCarlo` does it between yields to the
 * host's event loop (the host passes the yield, so this module stays free of timers and I/O).
 *
 * Example:
 * ```ts
 * const r = runMonteCarlo(s, defaultCatalog, { samples: 10_000, seed: 42, distribution: 'triangular' });
 * if (r.ok) r.value.metrics.capexUsd.p90; // 90th percentile of network capex, USD
 * ```
 */
import type { Catalog } from '../catalog/catalog-schema.ts';
import type { Overrides } from '../components/pricing.ts';
import { evaluateScenario } from '../evaluate/evaluate-scenario.ts';
import { fail, ok, type Result } from '../model-error.ts';
import type { DistributionKind } from '../scenario/analysis-schema.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { repricingModel, type HeldInput, type Outcome, type UncertainInput } from './bom-repricing.ts';
import { sampleRange } from './distributions.ts';
import { latinHypercube } from './latin-hypercube.ts';
import { QUANTILE_CONVENTION, summarize, type DistributionSummary } from './percentiles.ts';

export interface MonteCarloSettings {
  /** Number of samples, at least 2. */
  samples: number;
  /** Seed, a whole number 0 .. 2^32 - 1. */
  seed: number;
  distribution: DistributionKind;
}

export interface MonteCarloOptions extends MonteCarloSettings {
  projectOverrides?: Overrides;
}

export const MONTE_CARLO_METRICS = [
  'capexUsd',
  'capexPerAcceleratorUsd',
  'powerW',
  'energyCostUsdPerYear',
  'tcoUsd',
] as const;
export type MonteCarloMetric = (typeof MONTE_CARLO_METRICS)[number];

export interface MonteCarloResult {
  scenario: string;
  samples: number;
  seed: number;
  distribution: DistributionKind;
  sampling: 'latin-hypercube';
  generator: 'mulberry32';
  quantileConvention: string;
  method: string;
  baseCase: Outcome & { capexPerAcceleratorUsd: number };
  inputs: UncertainInput[];
  held: HeldInput[];
  /** Uncertain inputs left out of the sampling, with the reason. */
  notSampled: string[];
  /** Network capex, USD; per accelerator, USD; power, W; energy cost, USD/yr; TCO, USD. */
  metrics: Record<MonteCarloMetric, DistributionSummary>;
}

export interface MonteCarloProgress {
  done: number;
  total: number;
}

/** A Monte Carlo in progress; see the module comment. */
export interface MonteCarloRun {
  readonly total: number;
  readonly done: number;
  /** Computes up to `maxSamples` more samples; returns the progress after them. */
  step(maxSamples: number): MonteCarloProgress;
  /** The samples computed so far of one metric (a copy). */
  values(metric: MonteCarloMetric): Float64Array;
  /** Summary of every sample; an error before all samples are done. */
  finish(): Result<MonteCarloResult>;
}

export const MONTE_CARLO_METHOD =
  'Independent inputs sampled by Latin hypercube over their low / typical / high ranges; each sample re-prices the ' +
  "base case's design (plan, switch, NIC and media as chosen at typical values).";

/**
 * Inputs the Monte Carlo does not sample, with the reason. Failure rates move the downtime cost
 * non-linearly (checkpoint interval, training-time ratio), which the fixed-design re-pricing
 * cannot follow; the tornado swings them one at a time instead.
 */
export const MONTE_CARLO_NOT_SAMPLED = [
  'failure rates: downtime cost is not linear in them and is not re-priced per sample; see the tornado',
];

/**
 * Prepares a run: evaluates the scenario (its error, if it cannot be built), lists the inputs
 * and draws the Latin hypercube design.
 */
export function startMonteCarlo(s: Scenario, catalog: Catalog, o: MonteCarloOptions): Result<MonteCarloRun> {
  if (!Number.isInteger(o.samples) || o.samples < 2 || o.samples > 10_000_000) {
    return fail('analysis.monteCarlo.samples', o.samples, 'must be a whole number from 2 to 10000000');
  }
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) {
    return fail('analysis.monteCarlo.seed', o.seed, 'must be a whole number from 0 to 4294967295');
  }
  const evaluated = evaluateScenario(s, catalog, o.projectOverrides);
  if (!evaluated.ok) return evaluated;
  const model = repricingModel(s, catalog, evaluated.value, o.projectOverrides);
  const n = o.samples;
  const d = model.inputs.length;
  const design = latinHypercube(n, d, o.seed);
  const out: Record<MonteCarloMetric, Float64Array> = {
    capexUsd: new Float64Array(n),
    capexPerAcceleratorUsd: new Float64Array(n),
    powerW: new Float64Array(n),
    energyCostUsdPerYear: new Float64Array(n),
    tcoUsd: new Float64Array(n),
  };
  const x = new Float64Array(d);
  let done = 0;
  const N = model.accelerators;
  return ok({
    total: n,
    get done() {
      return done;
    },
    step(maxSamples: number): MonteCarloProgress {
      const end = Math.min(n, done + Math.max(1, Math.floor(maxSamples)));
      for (let i = done; i < end; i++) {
        for (let j = 0; j < d; j++) x[j] = sampleRange(o.distribution, rangeOf(model.inputs[j]!), design[i * d + j]!);
        const r = model.evaluate(x);
        out.capexUsd[i] = r.capexUsd;
        out.capexPerAcceleratorUsd[i] = r.capexUsd / N;
        out.powerW[i] = r.powerW;
        out.energyCostUsdPerYear[i] = r.energyCostUsdPerYear;
        out.tcoUsd[i] = r.tcoUsd;
      }
      done = end;
      return { done, total: n };
    },
    values: (metric) => out[metric].slice(0, done),
    finish(): Result<MonteCarloResult> {
      if (done < n) return fail('analysis.monteCarlo.samples', n, `only ${done} of ${n} samples are done`);
      return ok({
        scenario: s.name,
        samples: n,
        seed: o.seed,
        distribution: o.distribution,
        sampling: 'latin-hypercube',
        generator: 'mulberry32',
        quantileConvention: QUANTILE_CONVENTION,
        method: MONTE_CARLO_METHOD,
        baseCase: { ...model.base, capexPerAcceleratorUsd: model.base.capexUsd / N },
        inputs: model.inputs,
        held: model.held,
        notSampled: [...MONTE_CARLO_NOT_SAMPLED],
        metrics: {
          capexUsd: summarize(out.capexUsd),
          capexPerAcceleratorUsd: summarize(out.capexPerAcceleratorUsd),
          powerW: summarize(out.powerW),
          energyCostUsdPerYear: summarize(out.energyCostUsdPerYear),
          tcoUsd: summarize(out.tcoUsd),
        },
      });
    },
  });
}

const rangeOf = (i: UncertainInput) => ({ low: i.low, typical: i.base, high: i.high });

export interface RunOptions extends MonteCarloOptions {
  /** Samples per chunk between progress reports (default 1,000). */
  chunkSize?: number;
  onProgress?: (p: MonteCarloProgress) => void;
  /** Checked between chunks; when aborted the run stops with an error. */
  signal?: { readonly aborted: boolean };
}

/** Error path and message of a cancelled run. */
export const CANCELLED_PATH = 'analysis.monteCarlo';

/** Runs every sample synchronously, reporting progress per chunk. */
export function runMonteCarlo(s: Scenario, catalog: Catalog, o: RunOptions): Result<MonteCarloResult> {
  const run = startMonteCarlo(s, catalog, o);
  if (!run.ok) return run;
  const chunk = o.chunkSize ?? 1000;
  while (run.value.done < run.value.total) {
    if (o.signal?.aborted) return fail(CANCELLED_PATH, run.value.done, 'cancelled before all samples were done');
    const p = run.value.step(chunk);
    o.onProgress?.(p);
  }
  return run.value.finish();
}

export interface DriveOptions {
  chunkSize?: number;
  onProgress?: (p: MonteCarloProgress) => void;
  isCancelled?: () => boolean;
  /** Resolves when the host has had a chance to handle messages (e.g. `setImmediate`). */
  yieldControl: () => Promise<void>;
}

/**
 * Steps `run` chunk by chunk, yielding to the host between chunks so that progress is posted and
 * a cancel message can arrive. Resolves to the result, or to a cancellation error.
 */
export async function driveMonteCarlo(run: MonteCarloRun, o: DriveOptions): Promise<Result<MonteCarloResult>> {
  const chunk = o.chunkSize ?? 1000;
  while (run.done < run.total) {
    if (o.isCancelled?.()) return fail(CANCELLED_PATH, run.done, 'cancelled before all samples were done');
    const p = run.step(chunk);
    o.onProgress?.(p);
    await o.yieldControl();
  }
  if (o.isCancelled?.()) return fail(CANCELLED_PATH, run.done, 'cancelled before all samples were done');
  return run.finish();
}

/** The Monte Carlo stored with the scenario (`analysis.monteCarlo`), optionally with other samples or seed. */
export function monteCarloSettings(s: Scenario, change: Partial<MonteCarloSettings> = {}): MonteCarloSettings {
  const m = s.analysis.monteCarlo;
  return { samples: m.samples, seed: m.seed, distribution: m.distribution, ...change };
}

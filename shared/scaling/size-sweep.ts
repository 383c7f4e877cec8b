/**
 * Cluster-size sweeps: a scenario (and variants of it) evaluated at many accelerator counts,
 * with the figures a chart or table needs per point (tiers, switches, transceivers, capex and
 * power per accelerator), the tier transitions of each series (for step charts), the size
 * beyond which a topology cannot be built, and the crossovers where one series becomes cheaper
 * (or lower-power) per accelerator than another.
 *
 * Sizes are log-spaced and rounded to whole servers; sizes that round to the same count are
 * merged, so a sweep may hold fewer points than asked for at the small end.
 *
 * Example: `sweepSizes(s, defaultCatalog, { sizes: logSizes(1000, 1e6, 31, 8), variants: [
 * { name: 'rail-only', patch: { topology: { kind: 'rail-only' } } }] })` gives two series of 31
 * points, and a crossover where rail-only undercuts the scenario per accelerator, if it does.
 */
import type { Catalog } from '../catalog/catalog-schema.ts';
import type { Overrides } from '../components/pricing.ts';
import { evaluateScenario } from '../evaluate/evaluate-scenario.ts';
import { fail, ok, type ModelError, type Result } from '../model-error.ts';
import type { VariantSlotId } from '../scenario/analysis-schema.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { allCrossovers, CROSSOVER_MATERIALITY, type Crossover } from './crossovers.ts';
import { storedVariants, variantScenarios, type ScenarioVariant } from './scenario-variants.ts';

/**
 * `points` log-spaced accelerator counts from `from` to `to`, each rounded to a multiple of
 * `multipleOf` (at least one multiple, never above `to` rounded down), ascending, without
 * repeats. Example: logSizes(1000, 1e6, 4, 8) = [1000, 10000, 100000, 1000000].
 */
export function logSizes(from: number, to: number, points: number, multipleOf: number): number[] {
  const lo = Math.max(multipleOf, Math.ceil(from / multipleOf) * multipleOf);
  const hi = Math.max(lo, Math.floor(to / multipleOf) * multipleOf);
  if (points <= 1 || hi === lo) return [lo];
  const out: number[] = [];
  const ratio = hi / lo;
  for (let i = 0; i < points; i++) {
    const raw = lo * Math.pow(ratio, i / (points - 1));
    const n = Math.min(hi, Math.max(lo, Math.round(raw / multipleOf) * multipleOf));
    if (out.length === 0 || n > out[out.length - 1]!) out.push(n);
  }
  return out;
}

/** One size of one series; the figures are present when `ok`. */
export type SweepPoint =
  | {
      accelerators: number;
      ok: true;
      tiers: number;
      switches: number;
      transceivers: number;
      /** Cable assemblies plus fibres. */
      cables: number;
      capexUsd: number;
      capexPerAcceleratorUsd: number;
      powerW: number;
      powerPerAcceleratorW: number;
      usdPerGbps: number;
      tcoUsd: number;
      switchModel: string;
    }
  | { accelerators: number; ok: false; error: ModelError };

/** A change of tier count between consecutive buildable sizes. */
export interface TierTransition {
  fromTiers: number;
  toTiers: number;
  /** Largest size with `fromTiers`. */
  lastAccelerators: number;
  /** Smallest size with `toTiers`. */
  firstAccelerators: number;
}

/** Where a series stops (or starts) being buildable. */
export interface FeasibilityChange {
  /** Last size of the previous state (buildable or not). */
  lastAccelerators: number;
  /** First size of the new state. */
  firstAccelerators: number;
  buildable: boolean;
  /** The error at `firstAccelerators` when the series stops being buildable. */
  error?: ModelError;
}

export interface SweepSeries {
  name: string;
  /** Stored variant slot, when the series came from one. */
  slot?: VariantSlotId;
  /** The scenario's topology kind for this series. */
  topology: Scenario['topology']['kind'];
  points: SweepPoint[];
  tierTransitions: TierTransition[];
  feasibility: FeasibilityChange[];
}

export interface SizeSweep {
  sizes: number[];
  /** The scenario first, then its variants. */
  series: SweepSeries[];
  /**
   * Crossovers between every pair of series, per accelerator, capex then power; leads below
   * `crossoverMateriality` count as ties and are not reported.
   */
  crossovers: Crossover[];
  /** Smallest lead reported as a crossover, as a fraction of the higher value (0.01 = 1 %). */
  crossoverMateriality: number;
}

export interface SweepOptions {
  sizes: readonly number[];
  variants?: readonly ScenarioVariant[];
  projectOverrides?: Overrides;
}

function point(s: Scenario, catalog: Catalog, n: number, overrides: Overrides | undefined): SweepPoint {
  const r = evaluateScenario({ ...s, cluster: { ...s.cluster, acceleratorCount: n } }, catalog, overrides);
  if (!r.ok) return { accelerators: n, ok: false, error: r.error };
  const v = r.value;
  return {
    accelerators: n,
    ok: true,
    tiers: v.fabric.tiers,
    switches: v.fabric.switches.total,
    transceivers: v.fabric.transceivers,
    cables: v.fabric.cables,
    capexUsd: v.capex.totalUsd,
    capexPerAcceleratorUsd: v.capex.perAcceleratorUsd,
    powerW: v.power.totalW,
    powerPerAcceleratorW: v.power.perAcceleratorW,
    usdPerGbps: v.usdPerGbps,
    tcoUsd: v.tcoUsd,
    switchModel: v.fabric.switchModel,
  };
}

/**
 * Tier changes between consecutive buildable points (infeasible points in between are skipped).
 * Example: leaf-spine at radix 64 with one port per accelerator: 1 tier up to 64, then 2.
 */
export function tierTransitions(points: readonly SweepPoint[]): TierTransition[] {
  const out: TierTransition[] = [];
  let prev: Extract<SweepPoint, { ok: true }> | undefined;
  for (const p of points) {
    if (!p.ok) continue;
    if (prev && p.tiers !== prev.tiers) {
      out.push({
        fromTiers: prev.tiers,
        toTiers: p.tiers,
        lastAccelerators: prev.accelerators,
        firstAccelerators: p.accelerators,
      });
    }
    prev = p;
  }
  return out;
}

/** Changes between buildable and not buildable along the sweep. */
export function feasibilityChanges(points: readonly SweepPoint[]): FeasibilityChange[] {
  const out: FeasibilityChange[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.ok === b.ok) continue;
    out.push({
      lastAccelerators: a.accelerators,
      firstAccelerators: b.accelerators,
      buildable: b.ok,
      ...(b.ok ? {} : { error: b.error }),
    });
  }
  return out;
}

/** Checks the sizes and builds the series' scenarios: the part of a sweep that can fail up front. */
function prepareSweep(
  s: Scenario,
  o: SweepOptions,
): Result<{ name: string; slot?: VariantSlotId; scenario: Scenario }[]> {
  for (const n of o.sizes) {
    if (!Number.isInteger(n) || n < 1)
      return fail('sizes', n, 'sizes must be whole numbers of accelerators, at least 1');
  }
  return variantScenarios(s, o.variants ?? []);
}

/** The sweep from every series' points: transitions, feasibility and crossovers. */
function assembleSweep(
  sizes: readonly number[],
  all: readonly { name: string; slot?: VariantSlotId; scenario: Scenario }[],
  pointsOf: readonly SweepPoint[][],
): SizeSweep {
  const series: SweepSeries[] = all.map((v, i) => {
    const points = pointsOf[i]!;
    return {
      name: v.name,
      ...(v.slot ? { slot: v.slot } : {}),
      topology: v.scenario.topology.kind,
      points,
      tierTransitions: tierTransitions(points),
      feasibility: feasibilityChanges(points),
    };
  });
  const metric = (pick: (p: Extract<SweepPoint, { ok: true }>) => number) =>
    series.map((x) => ({
      name: x.name,
      x: x.points.map((p) => p.accelerators),
      values: x.points.map((p) => (p.ok ? pick(p) : undefined)),
    }));
  return {
    sizes: [...sizes],
    series,
    crossovers: [
      ...allCrossovers(
        metric((p) => p.capexPerAcceleratorUsd),
        'capexPerAcceleratorUsd',
        CROSSOVER_MATERIALITY,
      ),
      ...allCrossovers(
        metric((p) => p.powerPerAcceleratorW),
        'powerPerAcceleratorW',
        CROSSOVER_MATERIALITY,
      ),
    ],
    crossoverMateriality: CROSSOVER_MATERIALITY,
  };
}

/**
 * Evaluates the scenario and each variant at every size. Sizes must be positive whole numbers;
 * a size that is not a multiple of a series' accelerators per server gives an infeasible point
 * with the evaluator's error. An invalid variant patch is an error of the whole sweep.
 */
export function sweepSizes(s: Scenario, catalog: Catalog, o: SweepOptions): Result<SizeSweep> {
  const all = prepareSweep(s, o);
  if (!all.ok) return all;
  const points = all.value.map((v) => o.sizes.map((n) => point(v.scenario, catalog, n, o.projectOverrides)));
  return ok(assembleSweep(o.sizes, all.value, points));
}

/** Path of the error a cancelled sweep ends with. */
export const SWEEP_CANCELLED_PATH = 'analysis.sweep';

export interface SweepDriveOptions {
  /** Points (size x series) evaluated between yields. */
  chunkSize: number;
  onProgress?: (p: { done: number; total: number }) => void;
  isCancelled?: () => boolean;
  /** Lets other work (a cancel message, a repaint) in between chunks. */
  yieldControl: () => Promise<void>;
}

/**
 * The same sweep as `sweepSizes`, evaluated in chunks with progress between them, for a worker.
 * `done` and `total` count evaluated points (sizes x series). A cancel ends with an error at
 * `analysis.sweep`. Example: 10,000 sizes x 2 series in chunks of 500 report progress 40 times.
 */
export async function driveSweep(
  s: Scenario,
  catalog: Catalog,
  o: SweepOptions,
  d: SweepDriveOptions,
): Promise<Result<SizeSweep>> {
  const all = prepareSweep(s, o);
  if (!all.ok) return all;
  const total = all.value.length * o.sizes.length;
  const points: SweepPoint[][] = all.value.map(() => []);
  let done = 0;
  for (let k = 0; k < all.value.length; k++) {
    for (const n of o.sizes) {
      points[k]!.push(point(all.value[k]!.scenario, catalog, n, o.projectOverrides));
      done++;
      if (done % d.chunkSize === 0 && done < total) {
        d.onProgress?.({ done, total });
        await d.yieldControl();
        if (d.isCancelled?.()) return fail(SWEEP_CANCELLED_PATH, done, 'the sweep was cancelled');
      }
    }
  }
  d.onProgress?.({ done: total, total });
  return ok(assembleSweep(o.sizes, all.value, points));
}

/** Sizes of the sweep stored with the scenario, rounded to its accelerators per server. */
export function storedSweepSizes(s: Scenario, points?: number): Result<number[]> {
  const w = s.analysis.sweep;
  if (w.toAccelerators < w.fromAccelerators) {
    return fail(
      'analysis.sweep.toAccelerators',
      w.toAccelerators,
      `must be at least analysis.sweep.fromAccelerators (${w.fromAccelerators})`,
    );
  }
  return ok(logSizes(w.fromAccelerators, w.toAccelerators, points ?? w.points, s.cluster.acceleratorsPerServer));
}

/**
 * The sweep stored with the scenario (`analysis.sweep` and `analysis.variants`), sizes rounded to
 * the scenario's accelerators per server. `points` overrides the stored point count.
 */
export function sweepScenario(
  s: Scenario,
  catalog: Catalog,
  projectOverrides?: Overrides,
  points?: number,
): Result<SizeSweep> {
  const sizes = storedSweepSizes(s, points);
  if (!sizes.ok) return sizes;
  return sweepSizes(s, catalog, {
    sizes: sizes.value,
    variants: storedVariants(s),
    ...(projectOverrides ? { projectOverrides } : {}),
  });
}

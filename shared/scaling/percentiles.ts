/**
 * Percentiles and distribution summaries of Monte Carlo outputs, for tables and for histogram
 * and CDF charts.
 *
 * Convention: Pxx is the xx-th percentile, the value at or below which xx% of the samples lie
 * (P90 is NOT an exceedance level: 10% of outcomes are above it). Quantiles interpolate
 * linearly between order statistics, Hyndman and Fan type 7 (R's default, NumPy's "linear",
 * Excel's PERCENTILE.INC): with sorted x[0..n-1] and h = (n - 1) p,
 * Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 *
 * Example: quantileSorted([1, 2, 3, 4], 0.9) = 3.7; quantileSorted([1, 2, 3, 4], 0.5) = 2.5.
 */

/** The convention, stated in every result that carries percentiles. */
export const QUANTILE_CONVENTION =
  'Pxx is the xx-th percentile: xx% of samples lie at or below it (P90 is not an exceedance level). ' +
  'Linear interpolation between order statistics (Hyndman-Fan type 7, R default, Excel PERCENTILE.INC).';

/** Quantile p (0..1) of ascending `sorted` data (type 7). NaN for no data. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(Math.max(p, 0), 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Quantile p (0..1) of data in any order (type 7; sorts a copy). NaN for no data.
 * Example: quantile([4, 1, 3, 2], 0.9) = 3.7.
 */
export function quantile(values: ArrayLike<number>, p: number): number {
  return quantileSorted(Float64Array.from(values).sort(), p);
}

/** The median (type 7: the mean of the two middle values for even counts). Example: median([3, 1, 2, 10]) = 2.5. */
export const median = (values: ArrayLike<number>): number => quantile(values, 0.5);

export interface Histogram {
  /** Bin edges, bins + 1 ascending values; bin i is [edges[i], edges[i+1]) (the last is closed). */
  edges: number[];
  counts: number[];
}

export interface DistributionSummary {
  count: number;
  mean: number;
  /** Sample standard deviation (n - 1 in the denominator). */
  sd: number;
  min: number;
  max: number;
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  histogram: Histogram;
  /** Empirical CDF at 101 probabilities 0, 0.01, ..., 1: `values[i]` is the quantile at `probabilities[i]`. */
  cdf: { probabilities: number[]; values: number[] };
}

/**
 * Histogram of `sorted` data in `bins` equal-width bins from min to max. All-equal data give one
 * full bin. Example: histogramSorted([1, 2, 3, 4], 2) → edges [1, 2.5, 4], counts [2, 2].
 */
export function histogramSorted(sorted: ArrayLike<number>, bins: number): Histogram {
  const n = sorted.length;
  if (n === 0) return { edges: [], counts: [] };
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  if (!(max > min)) return { edges: [min, max], counts: [n] };
  const span = max - min;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + (span * i) / bins));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    // bins x offset / span rather than offset / width: the width of a tiny span can underflow to 0.
    const b = Math.min(bins - 1, Math.floor((bins * (sorted[i]! - min)) / span));
    counts[b]!++;
  }
  return { edges, counts };
}

/**
 * Summary of `values` (not changed; a sorted copy is made). Example: summarize of the numbers
 * 1..100 gives p50 = 50.5, p90 = 90.1, mean = 50.5.
 */
export function summarize(values: ArrayLike<number>, bins = 40): DistributionSummary {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  const mean = n ? sum / n : NaN;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (sorted[i]! - mean) ** 2;
  const probabilities = Array.from({ length: 101 }, (_, i) => i / 100);
  return {
    count: n,
    mean,
    sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0,
    min: n ? sorted[0]! : NaN,
    max: n ? sorted[n - 1]! : NaN,
    p5: quantileSorted(sorted, 0.05),
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
    histogram: histogramSorted(sorted, bins),
    cdf: { probabilities, values: probabilities.map((p) => quantileSorted(sorted, p)) },
  };
}

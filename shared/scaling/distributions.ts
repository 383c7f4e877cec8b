/**
 * Inverse cumulative distribution functions (quantile functions) of the distributions the
 * Monte Carlo draws from a catalog range low / typical / high. Each maps u in [0, 1) to a
 * value, so a Latin hypercube's stratified u values become stratified samples.
 *
 * - triangular(low, mode = typical, high): the default; its mode is the catalog's typical value.
 * - uniform(low, high): every value in the range equally likely (typical only bounds nothing).
 * - lognormal: median = typical, and low and high read as the 5th and 95th percentiles in log
 *   space: sigma = ln(high / low) / (2 x 1.6449). When low is 0, sigma comes from the high side
 *   alone. Asymmetric ranges are matched on average, not at both ends.
 *
 * Example: `sampleRange('triangular', { low: 1100, typical: 1250, high: 1400 }, 0.5)` is 1250
 * (a symmetric triangle's median); `sampleRange('uniform', r, 0.25)` is 1175.
 */
import type { DistributionKind } from '../scenario/analysis-schema.ts';

/** A range of an uncertain input: low <= typical <= high, in the input's unit. */
export interface Range {
  low: number;
  typical: number;
  high: number;
}

/** z of the 95th percentile of the standard normal distribution. */
export const Z95 = 1.6448536269514722;

/**
 * Quantile of the triangular distribution on [low, high] with mode `mode`.
 * Example: triangularQuantile(0.5, 0, 1, 2) = 1; triangularQuantile(0, 0, 1, 2) = 0.
 */
export function triangularQuantile(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const split = (mode - low) / width;
  return u < split ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
}

/** Quantile of the uniform distribution on [low, high]. Example: uniformQuantile(0.25, 0, 4) = 1. */
export function uniformQuantile(u: number, low: number, high: number): number {
  return low + u * (high - low);
}

// Coefficients of Acklam's rational approximation of the normal quantile.
const A = [
  -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716, 2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/**
 * Quantile of the standard normal distribution (Acklam's algorithm, relative error below
 * 1.2e-9), for p in (0, 1). Example: normalQuantile(0.975) = 1.95996...; normalQuantile(0.5) = 0.
 */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1)
    );
  }
  if (p > 1 - P_LOW) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
    (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1)
  );
}

/**
 * Log-space spread of the lognormal fitted to a range (see the module comment).
 * Example: lognormalSigma({ low: 50, typical: 100, high: 200 }) = ln(4) / 3.29 = 0.4214.
 */
export function lognormalSigma(r: Range): number {
  if (r.typical <= 0 || r.high <= r.low) return 0;
  if (r.low > 0) return Math.log(r.high / r.low) / (2 * Z95);
  return Math.log(r.high / r.typical) / Z95;
}

/** Smallest and largest u used for the unbounded lognormal, so that no sample is 0 or infinite. */
const U_EDGE = 2 ** -33;

/**
 * The value at probability `u` (0 <= u < 1) of `kind` fitted to range `r`.
 * Example: sampleRange('lognormal', { low: 50, typical: 100, high: 200 }, 0.5) = 100.
 */
export function sampleRange(kind: DistributionKind, r: Range, u: number): number {
  switch (kind) {
    case 'triangular':
      return triangularQuantile(u, r.low, r.typical, r.high);
    case 'uniform':
      return uniformQuantile(u, r.low, r.high);
    case 'lognormal': {
      const sigma = lognormalSigma(r);
      if (sigma === 0) return r.typical;
      const clamped = Math.min(Math.max(u, U_EDGE), 1 - U_EDGE);
      return r.typical * Math.exp(sigma * normalQuantile(clamped));
    }
  }
}

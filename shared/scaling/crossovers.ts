/**
 * Where one series overtakes another: the points at which the lower of two series changes, for
 * any x (accelerators in a size sweep, years in a projection) and any metric where lower is
 * better (cost per accelerator, W per accelerator, USD per Gb/s). Points where either series has
 * no value (infeasible) are skipped, so a crossover may span a gap. Exact ties keep the previous
 * leader.
 *
 * Example: a = [10, 8, 6], b = [7, 7, 7] at x = [1, 2, 3] → one crossover: b is lower up to
 * x = 2, a from x = 3 (`{ before: 2, at: 3, lowerBefore: 'b', lowerAfter: 'a' }`).
 */

/** A series of a metric over x; `undefined` where the series has no value (infeasible). */
export interface MetricSeries {
  name: string;
  x: readonly number[];
  values: readonly (number | undefined)[];
}

export interface Crossover {
  metric: string;
  /** Last x at which the previous leader was lower. */
  before: number;
  /** First x at which the new leader is lower. */
  at: number;
  lowerBefore: string;
  lowerAfter: string;
  /** Values of [lowerBefore, lowerAfter] at `before` and at `at`. */
  valuesBefore: [number, number];
  valuesAfter: [number, number];
}

/**
 * Crossovers between two series sharing the same x values (checked pointwise; x must match).
 */
export function crossovers(a: MetricSeries, b: MetricSeries, metric: string): Crossover[] {
  const out: Crossover[] = [];
  let last: { x: number; sign: number; va: number; vb: number } | undefined;
  const n = Math.min(a.x.length, b.x.length);
  for (let i = 0; i < n; i++) {
    if (a.x[i] !== b.x[i]) continue;
    const va = a.values[i];
    const vb = b.values[i];
    if (va === undefined || vb === undefined || !Number.isFinite(va) || !Number.isFinite(vb)) continue;
    const sign = Math.sign(va - vb);
    if (sign === 0) continue;
    const x = a.x[i]!;
    if (last && sign !== last.sign) {
      const [leadBefore, leadAfter] = last.sign < 0 ? [a, b] : [b, a];
      out.push({
        metric,
        before: last.x,
        at: x,
        lowerBefore: leadBefore.name,
        lowerAfter: leadAfter.name,
        valuesBefore: last.sign < 0 ? [last.va, last.vb] : [last.vb, last.va],
        valuesAfter: last.sign < 0 ? [va, vb] : [vb, va],
      });
    }
    last = { x, sign, va, vb };
  }
  return out;
}

/** Crossovers of every pair of series (in order: first with second, first with third, ...). */
export function allCrossovers(series: readonly MetricSeries[], metric: string): Crossover[] {
  const out: Crossover[] = [];
  for (let i = 0; i < series.length; i++) {
    for (let j = i + 1; j < series.length; j++) out.push(...crossovers(series[i]!, series[j]!, metric));
  }
  return out;
}

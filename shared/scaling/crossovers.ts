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

/**
 * Default materiality: a lead smaller than 1 % of the higher value is treated as a tie, so
 * series within rounding of each other do not report crossovers back and forth.
 */
export const CROSSOVER_MATERIALITY = 0.01;

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
  /**
   * Largest lead of the new leader while it leads, as a fraction of the higher value
   * (0.05 = 5 % lower). Example above: (7 - 6) / 7 = 0.1429.
   */
  advantage: number;
}

interface Lead {
  sign: number;
  /** Indices (into the compared points) of the first and last point of the lead. */
  first: number;
  last: number;
  advantage: number;
}

/**
 * Crossovers between two series sharing the same x values (checked pointwise; x must match).
 * Leads whose largest relative gap stays below `materiality` (a fraction, e.g. 0.01) count as
 * ties: they neither report a crossover nor break the lead around them. With materiality 0
 * every change of sign is a crossover.
 */
export function crossovers(a: MetricSeries, b: MetricSeries, metric: string, materiality = 0): Crossover[] {
  const pts: { x: number; va: number; vb: number; sign: number }[] = [];
  const n = Math.min(a.x.length, b.x.length);
  for (let i = 0; i < n; i++) {
    if (a.x[i] !== b.x[i]) continue;
    const va = a.values[i];
    const vb = b.values[i];
    if (va === undefined || vb === undefined || !Number.isFinite(va) || !Number.isFinite(vb)) continue;
    const sign = Math.sign(va - vb);
    if (sign === 0) continue;
    pts.push({ x: a.x[i]!, va, vb, sign });
  }
  // Runs of the same leader, with the largest relative gap in each.
  const leads: Lead[] = [];
  pts.forEach((p, i) => {
    const gap = Math.abs(p.va - p.vb) / Math.max(Math.abs(p.va), Math.abs(p.vb));
    const cur = leads.at(-1);
    if (cur && cur.sign === p.sign) {
      cur.last = i;
      cur.advantage = Math.max(cur.advantage, gap);
    } else leads.push({ sign: p.sign, first: i, last: i, advantage: gap });
  });
  // Immaterial leads are ties; neighbouring leads of the same leader then merge.
  const kept: Lead[] = [];
  for (const l of leads) {
    if (l.advantage < materiality) continue;
    const prev = kept.at(-1);
    if (prev && prev.sign === l.sign) {
      prev.last = l.last;
      prev.advantage = Math.max(prev.advantage, l.advantage);
    } else kept.push({ ...l });
  }
  const out: Crossover[] = [];
  for (let k = 1; k < kept.length; k++) {
    const was = kept[k - 1]!;
    const now = kept[k]!;
    const p = pts[was.last]!;
    const q = pts[now.first]!;
    const [leadBefore, leadAfter] = was.sign < 0 ? [a, b] : [b, a];
    out.push({
      metric,
      before: p.x,
      at: q.x,
      lowerBefore: leadBefore.name,
      lowerAfter: leadAfter.name,
      valuesBefore: was.sign < 0 ? [p.va, p.vb] : [p.vb, p.va],
      valuesAfter: was.sign < 0 ? [q.va, q.vb] : [q.vb, q.va],
      advantage: now.advantage,
    });
  }
  return out;
}

/** Crossovers of every pair of series (in order: first with second, first with third, ...). */
export function allCrossovers(series: readonly MetricSeries[], metric: string, materiality = 0): Crossover[] {
  const out: Crossover[] = [];
  for (let i = 0; i < series.length; i++) {
    for (let j = i + 1; j < series.length; j++) out.push(...crossovers(series[i]!, series[j]!, metric, materiality));
  }
  return out;
}

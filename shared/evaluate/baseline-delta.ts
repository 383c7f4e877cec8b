/**
 * Difference of a figure from a baseline scenario's, as the compare view and the workbook's
 * Compare sheet show it.
 */

export interface BaselineDelta {
  /** value - baseline, in the figure's unit. */
  absolute: number;
  /** (value - baseline) / baseline; undefined when the baseline is 0. */
  relative: number | undefined;
}

/**
 * Example: baselineDelta(12_150, 5_216) → { absolute: 6_934, relative: 1.3294 }.
 * baselineDelta(3, 0) → { absolute: 3, relative: undefined }.
 */
export function baselineDelta(value: number, baseline: number): BaselineDelta {
  const absolute = value - baseline;
  return { absolute, relative: baseline === 0 ? undefined : absolute / baseline };
}

/** The parts of network TCO over the horizon, USD (whole cluster or per accelerator). */
export interface TcoBreakdown {
  /** Network capex. */
  capexUsd: number;
  /** Network energy cost over the horizon (discounted as the TCO is): tcoUsd - capex. */
  energyUsd: number;
  /** Cost of network-caused downtime over the horizon. */
  downtimeUsd: number;
  /** capex + energy + downtime (= tcoWithDowntimeUsd). */
  totalUsd: number;
}

/** The figures of a result the breakdown reads (a ScenarioResult has them). */
export interface TcoParts {
  accelerators: number;
  capex: { totalUsd: number };
  tcoUsd: number;
  tcoWithDowntimeUsd: number;
}

/**
 * TCO split into capex, energy and downtime, for the whole cluster or per accelerator (each
 * part divided by the accelerator count). Example: capex 97.7 M, TCO 120 M, TCO with
 * downtime 125 M on 2,048 accelerators, per accelerator → capex 47,705, energy 10,889,
 * downtime 2,441, total 61,035 USD.
 */
export function tcoBreakdown(r: TcoParts, perAccelerator: boolean): TcoBreakdown {
  const n = perAccelerator ? r.accelerators : 1;
  const capexUsd = r.capex.totalUsd / n;
  const energyUsd = (r.tcoUsd - r.capex.totalUsd) / n;
  const downtimeUsd = (r.tcoWithDowntimeUsd - r.tcoUsd) / n;
  return { capexUsd, energyUsd, downtimeUsd, totalUsd: capexUsd + energyUsd + downtimeUsd };
}

export type WaterfallKey = 'baseline' | 'capex' | 'energy' | 'downtime' | 'total';

/** One bar of a delta waterfall: it spans `from` to `to` (USD); `delta` = to - from. */
export interface WaterfallStep {
  key: WaterfallKey;
  from: number;
  to: number;
  delta: number;
}

/**
 * From the baseline's TCO to a scenario's, one step per part: baseline total, + capex delta,
 * + energy delta, + downtime delta, = scenario total. Steps chain (each starts where the last
 * ended) and the last ends at the scenario's total. Example: baseline {10, 5, 1 | 16}, scenario
 * {12, 4, 1 | 17} → baseline 0→16, capex 16→18, energy 18→17, downtime 17→17, total 0→17.
 */
export function tcoWaterfall(base: TcoBreakdown, other: TcoBreakdown): WaterfallStep[] {
  const steps: WaterfallStep[] = [{ key: 'baseline', from: 0, to: base.totalUsd, delta: base.totalUsd }];
  let at = base.totalUsd;
  for (const [key, d] of [
    ['capex', other.capexUsd - base.capexUsd],
    ['energy', other.energyUsd - base.energyUsd],
    ['downtime', other.downtimeUsd - base.downtimeUsd],
  ] as const) {
    steps.push({ key, from: at, to: at + d, delta: d });
    at += d;
  }
  steps.push({ key: 'total', from: 0, to: other.totalUsd, delta: other.totalUsd });
  return steps;
}

/**
 * A difference of two shares (fractions) in percentage points. Example: 0.294 vs 0.12 → 17.4 pp.
 */
export function percentagePoints(value: number, baseline: number): number {
  return (value - baseline) * 100;
}

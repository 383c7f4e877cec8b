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

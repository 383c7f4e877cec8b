/**
 * Shares of a total, for "share of total" figures in tables and chart tooltips.
 *
 * Example: sharesOfTotal([4_128_000, 3_686_400, 3_850_240, 614_400]) →
 * [0.3362, 0.3002, 0.3136, 0.0500] (each over the 12,279,040 total, rounded here for show).
 * A total of zero gives zero shares rather than NaN.
 */
export function sharesOfTotal(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (total === 0 ? 0 : v / total));
}

/** Total cost of ownership of the network over a horizon: capex plus energy cost. */

/**
 * Present value of `years` equal annual costs at `discountRatePercent` (end of each year);
 * undiscounted when the rate is 0. Example: annuityFactor(5, 0) = 5; annuityFactor(2, 10) = 1.7355.
 */
export function annuityFactor(years: number, discountRatePercent: number): number {
  const r = discountRatePercent / 100;
  if (r === 0) return years;
  return (1 - Math.pow(1 + r, -years)) / r;
}

/**
 * Network TCO in USD = capex + annual energy cost x annuity factor.
 * Example: networkTco(10e6, 1e6, 5, 0) = 15e6.
 */
export function networkTco(
  capexUsd: number,
  energyCostUsdPerYear: number,
  years: number,
  discountRatePercent: number,
): number {
  return capexUsd + energyCostUsdPerYear * annuityFactor(years, discountRatePercent);
}

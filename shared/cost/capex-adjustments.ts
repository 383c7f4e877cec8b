/**
 * Commercial adjustments between the bill of materials at list price and what a buyer pays:
 * a street discount off list, spare parts, installation, and a support contract per year.
 * Each is a percentage of the scenario's `economics` (all 0 by default, which leaves capex at
 * list and the TCO unchanged).
 *
 * - hardware (USD) = list × (1 − street discount %)
 * - spares = hardware × spares %; installation = hardware × installation %
 * - network capex after adjustments = hardware + spares + installation
 * - support (USD per year) = (hardware + spares) × support % per year, paid every year of the
 *   TCO horizon like energy
 *
 * Example: 1,000,000 USD at list, 30 % street discount, 5 % spares, 3 % installation, 8 %/yr
 * support → hardware 700,000, spares 35,000, installation 21,000, capex 756,000 USD;
 * support 58,800 USD per year.
 */

export interface CapexAdjustmentInputs {
  streetDiscountPercent: number;
  sparesPercent: number;
  installationPercent: number;
  supportPercentPerYear: number;
}

export interface CapexAdjustments {
  /** Network capex at list price (the bill of materials), USD. */
  listUsd: number;
  /** Street discount off list, USD (a positive amount subtracted). */
  streetDiscountUsd: number;
  /** list − street discount, USD. */
  hardwareUsd: number;
  sparesUsd: number;
  installationUsd: number;
  /** hardware + spares + installation, USD. */
  totalUsd: number;
  /** (hardware + spares) × support %, USD per year. */
  supportUsdPerYear: number;
}

/** Capex after adjustments per USD of list price: (1 − d)(1 + s + i). Example: 30 %, 5 %, 3 % → 0.756. */
export function capexFactor(a: CapexAdjustmentInputs): number {
  return (1 - a.streetDiscountPercent / 100) * (1 + a.sparesPercent / 100 + a.installationPercent / 100);
}

/** Support per year per USD of list price: (1 − d)(1 + s) × support %. Example: 30 %, 5 %, 8 % → 0.0588. */
export function supportFactor(a: CapexAdjustmentInputs): number {
  return (1 - a.streetDiscountPercent / 100) * (1 + a.sparesPercent / 100) * (a.supportPercentPerYear / 100);
}

/** The adjustments to a list-price capex; see the module comment for the formulas and an example. */
export function adjustCapex(listUsd: number, a: CapexAdjustmentInputs): CapexAdjustments {
  const hardwareUsd = listUsd * (1 - a.streetDiscountPercent / 100);
  const sparesUsd = hardwareUsd * (a.sparesPercent / 100);
  const installationUsd = hardwareUsd * (a.installationPercent / 100);
  return {
    listUsd,
    streetDiscountUsd: listUsd - hardwareUsd,
    hardwareUsd,
    sparesUsd,
    installationUsd,
    totalUsd: hardwareUsd + sparesUsd + installationUsd,
    supportUsdPerYear: (hardwareUsd + sparesUsd) * (a.supportPercentPerYear / 100),
  };
}

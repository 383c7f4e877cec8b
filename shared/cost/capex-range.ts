/**
 * Price uncertainty of the network capex: every bill-of-materials line at the low, typical and
 * high end of its catalog price range at once (an envelope, not a percentile: the Monte Carlo
 * gives percentiles). Lines whose price the user overrode, and catalog figures without a range,
 * stay at their value and are counted in `fixedUsd`. The design (switch, NIC, media, counts) is
 * the one chosen at typical prices.
 */
import type { Catalog, Figure } from '../catalog/catalog-schema.ts';
import type { BomLine } from '../bom/bom-line.ts';

export interface CapexRange {
  /** Network capex with every ranged price at its low end, USD. */
  lowUsd: number;
  /** Network capex at the prices the model uses (equals capex.totalUsd), USD. */
  typicalUsd: number;
  /** Network capex with every ranged price at its high end, USD. */
  highUsd: number;
  /** The same three figures divided by the accelerator count, USD per accelerator. */
  perAccelerator: { lowUsd: number; typicalUsd: number; highUsd: number };
  /** Capex held at its value: user-overridden prices and figures without a low/high range, USD. */
  fixedUsd: number;
}

/**
 * The catalog price figure of a component by id (ids are unique across the catalog), or
 * undefined. Example: priceFigureOf(defaultCatalog, 'qm9700')?.typical → the QM9700 price.
 */
export function priceFigureOf(c: Catalog, id: string): Figure | undefined {
  let m = figureCache.get(c);
  if (!m) {
    m = new Map<string, Figure>();
    // Set in reverse order of precedence so the first list holding an id wins, as a lookup would.
    m.set(c.fiber.id, c.fiber.priceUsdPerLink);
    for (const x of c.scaleUpFabrics) m.set(x.id, x.priceUsdPerAccelerator);
    for (const x of c.nics) m.set(x.id, x.priceUsd);
    for (const x of c.switches) m.set(x.id, x.priceUsd);
    for (const x of c.media) m.set(x.id, x.priceUsd);
    figureCache.set(c, m);
  }
  return m.get(id);
}

/** Per catalog: price figure by component id (capexRange asks for every BOM line). */
const figureCache = new WeakMap<Catalog, Map<string, Figure>>();

/**
 * Example: 10 switches at 36,000 / 43,000 / 50,000 USD and 100 modules overridden at 900 USD,
 * for 80 accelerators → low 450,000, typical 520,000, high 590,000 USD; fixed 90,000 USD;
 * per accelerator 5,625 / 6,500 / 7,375 USD.
 */
export function capexRange(lines: readonly BomLine[], catalog: Catalog, accelerators: number): CapexRange {
  let lowUsd = 0;
  let typicalUsd = 0;
  let highUsd = 0;
  let fixedUsd = 0;
  for (const l of lines) {
    typicalUsd += l.extendedPriceUsd;
    const fig = l.priceSource.quality === 'override' ? undefined : priceFigureOf(catalog, l.componentId);
    const low = fig?.low ?? fig?.typical;
    const high = fig?.high ?? fig?.typical;
    if (!fig || low === undefined || high === undefined || !(high > low)) {
      fixedUsd += l.extendedPriceUsd;
      lowUsd += l.extendedPriceUsd;
      highUsd += l.extendedPriceUsd;
      continue;
    }
    lowUsd += l.quantity * low;
    highUsd += l.quantity * high;
  }
  return {
    lowUsd,
    typicalUsd,
    highUsd,
    perAccelerator: {
      lowUsd: lowUsd / accelerators,
      typicalUsd: typicalUsd / accelerators,
      highUsd: highUsd / accelerators,
    },
    fixedUsd,
  };
}

/**
 * Unit prices and powers as the model uses them: the catalog's typical figure unless the
 * project or the scenario overrides it. Overrides keep their provenance ("user override").
 */
import type { Figure, Quality } from '../catalog/catalog-schema.ts';

export interface Overrides {
  priceUsd: Readonly<Record<string, number>>;
  powerW: Readonly<Record<string, number>>;
}

/** Where a number in the bill of materials came from. */
export interface Provenance {
  source: string;
  quality: Quality | 'override';
}

export interface Pricing {
  /** Identifies the override set, so results computed under it can be cached. */
  readonly key: string;
  /** USD for catalog item `id` whose catalog figure is `fig`. */
  price(id: string, fig: Figure): number;
  /** W for catalog item `id` whose catalog figure is `fig`. */
  power(id: string, fig: Figure): number;
  priceProvenance(id: string, fig: Figure): Provenance;
  powerProvenance(id: string, fig: Figure): Provenance;
}

const OVERRIDE: Provenance = { source: 'user-override', quality: 'override' };

/**
 * Scenario overrides win over project overrides, which win over the catalog.
 * Example: makePricing({ priceUsd: { 'dsp-dr-800g': 900 }, powerW: {} }).price('dsp-dr-800g', fig) = 900.
 */
export function makePricing(...layers: Overrides[]): Pricing {
  const price = Object.assign({}, ...layers.map((l) => l.priceUsd)) as Record<string, number>;
  const power = Object.assign({}, ...layers.map((l) => l.powerW)) as Record<string, number>;
  const has = (m: Record<string, number>, id: string) => Object.prototype.hasOwnProperty.call(m, id);
  return {
    key: JSON.stringify([price, power]),
    price: (id, fig) => (has(price, id) ? price[id]! : fig.typical),
    power: (id, fig) => (has(power, id) ? power[id]! : fig.typical),
    priceProvenance: (id, fig) => (has(price, id) ? OVERRIDE : { source: fig.source, quality: fig.quality }),
    powerProvenance: (id, fig) => (has(power, id) ? OVERRIDE : { source: fig.source, quality: fig.quality }),
  };
}

/**
 * The catalog as it stands in a given year: every component's price and power figures (low,
 * typical and high alike) scaled by its learning-curve multiplier for that year (see
 * learning-curve.ts). Availability (first-volume years) is not changed here; slips are applied
 * before, by roadmap.ts. Derived catalogs are cached per source catalog and year, so the
 * selection memos keyed by catalog keep working across repeated projections.
 *
 * User overrides of price or power are read as figures at the reference year and scaled the
 * same way ({@link overridesForYear}).
 *
 * Example: `catalogForYear(defaultCatalog, 2028)` prices the 800G DR8 module (first volume
 * 2023, 1,250 USD at the 2025 reference year) at 1,250 x 0.85^2 x 0.9 = 812.81 USD with the
 * default ramping (15%/yr) and mature (10%/yr) rates.
 */
import type { Catalog, Figure } from '../catalog/catalog-schema.ts';
import type { Overrides } from '../components/pricing.ts';
import { learningMultiplier, type LearningQuantity } from './learning-curve.ts';
import { catalogComponents, learningCurveFor } from './roadmap-membership.ts';

/** Multiplier of component `id`'s price or power in `year` in catalog `c` (1 when it has no curve). */
export function componentMultiplier(c: Catalog, id: string, year: number, what: LearningQuantity): number {
  const x = catalogComponents(c).find((k) => k.id === id);
  if (!x || !c.roadmap) return 1;
  return learningMultiplier(learningCurveFor(c, id), x.firstVolumeYear, c.roadmap.priceReferenceYear, year, what);
}

const scale = (f: Figure, m: number): Figure =>
  m === 1
    ? f
    : {
        ...f,
        typical: f.typical * m,
        ...(f.low === undefined ? {} : { low: f.low * m }),
        ...(f.high === undefined ? {} : { high: f.high * m }),
      };

const yearCache = new WeakMap<Catalog, Map<number, Catalog>>();

/** The catalog with prices and powers of `year`; `c` itself when it has no roadmap. */
export function catalogForYear(c: Catalog, year: number): Catalog {
  if (!c.roadmap) return c;
  let cache = yearCache.get(c);
  if (!cache) yearCache.set(c, (cache = new Map()));
  const hit = cache.get(year);
  if (hit) return hit;
  const price = (id: string) => componentMultiplier(c, id, year, 'price');
  const power = (id: string) => componentMultiplier(c, id, year, 'power');
  const derived: Catalog = {
    ...c,
    media: c.media.map((m) => ({
      ...m,
      priceUsd: scale(m.priceUsd, price(m.id)),
      powerWPerEnd: scale(m.powerWPerEnd, power(m.id)),
    })),
    switches: c.switches.map((s) => ({
      ...s,
      priceUsd: scale(s.priceUsd, price(s.id)),
      powerW: scale(s.powerW, power(s.id)),
    })),
    nics: c.nics.map((n) => ({ ...n, priceUsd: scale(n.priceUsd, price(n.id)), powerW: scale(n.powerW, power(n.id)) })),
    scaleUpFabrics: c.scaleUpFabrics.map((f) => ({
      ...f,
      priceUsdPerAccelerator: scale(f.priceUsdPerAccelerator, price(f.id)),
      powerWPerAccelerator: scale(f.powerWPerAccelerator, power(f.id)),
    })),
    fiber: { ...c.fiber, priceUsdPerLink: scale(c.fiber.priceUsdPerLink, price(c.fiber.id)) },
  };
  cache.set(year, derived);
  return derived;
}

/**
 * Overrides scaled to `year` like the figures they replace. Ids unknown to the catalog are kept
 * unscaled (the evaluator reports them). Example: a 1,000 USD override of dsp-dr-800g becomes
 * 650.25 USD in 2028.
 */
export function overridesForYear(c: Catalog, o: Overrides, year: number): Overrides {
  const map = (m: Readonly<Record<string, number>>, what: LearningQuantity) =>
    Object.fromEntries(Object.entries(m).map(([id, v]) => [id, v * componentMultiplier(c, id, year, what)]));
  return { priceUsd: map(o.priceUsd, 'price'), powerW: map(o.powerW, 'power') };
}

/**
 * Price and power learning curves: the multiplier of a component's catalog price (or power) in
 * a given year, from its first-volume year and the maturity-dependent decline rates of its
 * learning curve (catalog roadmap, each rate a sourced low / typical / high figure in %/yr).
 *
 * Model. Age in year t is t - F, where F is the first-volume year. From year t to t + 1 the
 * value falls by d(age), the decline of the stage that covers that age. Catalog figures hold at
 * the reference year R = max(F, priceReferenceYear): prices of products shipping by the
 * reference year refer to it; later products are priced at first volume. So
 *   m(Y) = prod over t = R .. Y-1 of (1 - d(t - F))            for Y >= R,
 *   m(Y) = 1 / prod over t = Y .. R-1 of (1 - d(t - F))        for F <= Y < R,
 * and m(Y) = m(F) before first volume (the product does not exist yet; callers gate on year).
 *
 * Example: an optic with F = 2026 on stages new (age 0: 45%/yr), ramping (ages 1-3: 15%/yr):
 * m(2026) = 1, m(2027) = 0.55, m(2028) = 0.55 x 0.85 = 0.4675.
 */
import type { LearningCurve, LearningStage } from '../catalog/catalog-schema.ts';

/** Which learning rate to use: the catalog's low, typical or high decline. */
export type RatePick = 'low' | 'typical' | 'high';

/** What a multiplier applies to. */
export type LearningQuantity = 'price' | 'power';

/** The stage covering `ageYears` (the last stage starting at or before it). */
export function stageAt(curve: LearningCurve, ageYears: number): LearningStage {
  let stage = curve.stages[0]!;
  for (const s of curve.stages) if (s.fromAgeYears <= ageYears) stage = s;
  return stage;
}

/**
 * Decline per year as a fraction (0.45 for 45%/yr) at `ageYears`.
 * Example: declineAt(opticsCurve, 0, 'price') = 0.45 with the default catalog.
 */
export function declineAt(
  curve: LearningCurve,
  ageYears: number,
  what: LearningQuantity,
  pick: RatePick = 'typical',
): number {
  const s = stageAt(curve, Math.max(0, ageYears));
  const f = what === 'price' ? s.priceDeclinePercentPerYear : s.powerDeclinePercentPerYear;
  const v = pick === 'typical' ? f.typical : (f[pick] ?? f.typical);
  return v / 100;
}

/**
 * Multiplier of the catalog figure in `year` (see the module comment). 1 without a curve.
 * Example: learningMultiplier(curve, 2023, 2025, 2025, 'price') = 1 (reference year).
 */
export function learningMultiplier(
  curve: LearningCurve | undefined,
  firstVolumeYear: number,
  priceReferenceYear: number,
  year: number,
  what: LearningQuantity,
  pick: RatePick = 'typical',
): number {
  if (!curve) return 1;
  const F = firstVolumeYear;
  const R = Math.max(F, priceReferenceYear);
  const Y = Math.max(year, F);
  let m = 1;
  if (Y >= R) {
    for (let t = R; t < Y; t++) m *= 1 - declineAt(curve, t - F, what, pick);
  } else {
    for (let t = Y; t < R; t++) m /= 1 - declineAt(curve, t - F, what, pick);
  }
  return m;
}

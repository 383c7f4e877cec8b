/** Learning curves and the catalog of a year: multipliers follow the stage rates from the reference year. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { LearningCurve } from '../../../shared/catalog/catalog-schema.ts';
import { declineAt, learningMultiplier, stageAt } from '../../../shared/scaling/learning-curve.ts';
import { catalogForYear, componentMultiplier, overridesForYear } from '../../../shared/scaling/catalog-for-year.ts';
import { catalogComponents, learningCurveFor } from '../../../shared/scaling/roadmap.ts';

const roadmap = defaultCatalog.roadmap!;
const R = roadmap.priceReferenceYear;
const curves = roadmap.learningCurves;
const curveArb = fc.constantFrom(...curves);
const what = fc.constantFrom('price' as const, 'power' as const);

/** Decline in year t for a product first shipping in F, read straight from the stage table. */
function rate(curve: LearningCurve, F: number, t: number, w: 'price' | 'power'): number {
  const age = t - F;
  const stage = [...curve.stages].reverse().find((s) => s.fromAgeYears <= age) ?? curve.stages[0]!;
  return (w === 'price' ? stage.priceDeclinePercentPerYear : stage.powerDeclinePercentPerYear).typical / 100;
}

describe('learningMultiplier', () => {
  test('is 1 at the reference year max(first volume, catalog reference year)', () => {
    fc.assert(
      fc.property(curveArb, fc.integer({ min: 2015, max: 2032 }), what, (curve, F, w) => {
        assert.equal(learningMultiplier(curve, F, R, Math.max(F, R), w), 1);
      }),
    );
  });

  test('steps by the stage decline of each year after the reference year, and back before it', () => {
    fc.assert(
      fc.property(
        curveArb,
        fc.integer({ min: 2015, max: 2032 }),
        fc.integer({ min: 2015, max: 2035 }),
        what,
        (curve, F, Y, w) => {
          fc.pre(Y >= F);
          const m = learningMultiplier(curve, F, R, Y, w);
          const next = learningMultiplier(curve, F, R, Y + 1, w);
          const expected = 1 - rate(curve, F, Y, w);
          // m(Y + 1) / m(Y) = 1 - d(age in Y) on both sides of the reference year.
          assert.ok(Math.abs(next - m * expected) <= 1e-12 * Math.max(1, m), `${curve.id} F ${F} Y ${Y}`);
        },
      ),
    );
  });

  test('never rises after first volume, and is frozen at its first-volume value before', () => {
    fc.assert(
      fc.property(
        curveArb,
        fc.integer({ min: 2018, max: 2032 }),
        fc.integer({ min: 1, max: 8 }),
        what,
        (curve, F, gap, w) => {
          const before = learningMultiplier(curve, F, R, F - gap, w);
          assert.equal(before, learningMultiplier(curve, F, R, F, w));
          for (let y = F; y < F + 10; y++) {
            assert.ok(learningMultiplier(curve, F, R, y + 1, w) <= learningMultiplier(curve, F, R, y, w));
          }
        },
      ),
    );
  });

  test('no curve means no change', () => {
    assert.equal(learningMultiplier(undefined, 2020, R, 2030, 'price'), 1);
  });

  test('stages cover ages in order; declineAt reads the typical rate in %/yr as a fraction', () => {
    for (const c of curves) {
      for (let age = 0; age < 12; age++) {
        const s = stageAt(c, age);
        assert.ok(s.fromAgeYears <= age);
        assert.equal(declineAt(c, age, 'price'), s.priceDeclinePercentPerYear.typical / 100);
        const hi = declineAt(c, age, 'price', 'high');
        assert.ok(hi >= declineAt(c, age, 'price', 'low'));
      }
    }
  });
});

describe('catalogForYear', () => {
  test('scales every price and power figure by its component multiplier and keeps availability', () => {
    for (const year of [2024, 2025, 2028, 2032]) {
      const c = catalogForYear(defaultCatalog, year);
      for (const m of defaultCatalog.media) {
        const d = c.media.find((x) => x.id === m.id)!;
        const k = componentMultiplier(defaultCatalog, m.id, year, 'price');
        assert.ok(Math.abs(d.priceUsd.typical - m.priceUsd.typical * k) < 1e-9, m.id);
        if (m.priceUsd.low !== undefined) assert.ok(Math.abs(d.priceUsd.low! - m.priceUsd.low * k) < 1e-9);
        const kw = componentMultiplier(defaultCatalog, m.id, year, 'power');
        assert.ok(Math.abs(d.powerWPerEnd.typical - m.powerWPerEnd.typical * kw) < 1e-9, m.id);
        assert.equal(d.firstVolumeYear, m.firstVolumeYear);
        assert.equal(d.priceUsd.source, m.priceUsd.source);
      }
      for (const s of defaultCatalog.switches) {
        const d = c.switches.find((x) => x.id === s.id)!;
        assert.ok(
          Math.abs(d.priceUsd.typical - s.priceUsd.typical * componentMultiplier(defaultCatalog, s.id, year, 'price')) <
            1e-6,
        );
      }
      const f = defaultCatalog.fiber;
      assert.ok(
        Math.abs(
          c.fiber.priceUsdPerLink.typical -
            f.priceUsdPerLink.typical * componentMultiplier(defaultCatalog, f.id, year, 'price'),
        ) < 1e-9,
      );
    }
  });

  test('the reference year leaves shipping products at their catalog prices; later years are cheaper', () => {
    const ref = catalogForYear(defaultCatalog, R);
    const later = catalogForYear(defaultCatalog, R + 4);
    for (const x of catalogComponents(defaultCatalog)) {
      if (x.firstVolumeYear > R || !learningCurveFor(defaultCatalog, x.id)) continue;
      const m = defaultCatalog.media.find((k) => k.id === x.id);
      if (!m) continue;
      assert.equal(ref.media.find((k) => k.id === x.id)!.priceUsd.typical, m.priceUsd.typical);
      assert.ok(later.media.find((k) => k.id === x.id)!.priceUsd.typical < m.priceUsd.typical, x.id);
    }
  });

  test('derived catalogs are cached per year', () => {
    assert.equal(catalogForYear(defaultCatalog, 2029), catalogForYear(defaultCatalog, 2029));
    assert.notEqual(catalogForYear(defaultCatalog, 2029), catalogForYear(defaultCatalog, 2030));
  });

  test('overrides scale like the figures they replace', () => {
    const o = overridesForYear(defaultCatalog, { priceUsd: { 'dsp-dr-800g': 1000 }, powerW: { qm9700: 500 } }, 2030);
    assert.ok(
      Math.abs(o.priceUsd['dsp-dr-800g']! - 1000 * componentMultiplier(defaultCatalog, 'dsp-dr-800g', 2030, 'price')) <
        1e-9,
    );
    assert.ok(Math.abs(o.powerW.qm9700! - 500 * componentMultiplier(defaultCatalog, 'qm9700', 2030, 'power')) < 1e-9);
    assert.ok(o.priceUsd['dsp-dr-800g']! < 1000);
  });
});

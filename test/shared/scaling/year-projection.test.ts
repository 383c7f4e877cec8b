/** Year projections: roadmap gating, slips moving transitions, fixed mode, consistency with the evaluator. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { catalogForYear } from '../../../shared/scaling/catalog-for-year.ts';
import { applySlips, catalogComponents, membersOf, type SlipSpec } from '../../../shared/scaling/roadmap.ts';
import { projectScenario, projectYears, type ProjectionPoint } from '../../../shared/scaling/year-projection.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/scenario/scenario-schema.ts';
import { scenario } from '../../fixtures/scenario.ts';

const ethernet = scenario({
  name: 'eth',
  cluster: { acceleratorCount: 8192 },
  scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400 },
});
const infiniband = scenario({ name: 'ib', cluster: { acceleratorCount: 4096 } });
const roadmap = defaultCatalog.roadmap!;
type OkPoint = Extract<ProjectionPoint, { ok: true }>;
const okOnly = (ps: readonly ProjectionPoint[]) => ps.filter((p): p is OkPoint => p.ok);

/** First projected year whose switch belongs to technology `tech`. */
function firstYearWith(points: readonly ProjectionPoint[], tech: string): number | undefined {
  const t = roadmap.technologies.find((x) => x.id === tech)!;
  const ids = new Set(membersOf(defaultCatalog, t).map((x) => x.id));
  return okOnly(points).find((p) => ids.has(p.switchModel))?.year;
}

describe('projectYears', () => {
  test('never uses a component before its (slipped) first-volume year', () => {
    const targets = [...roadmap.technologies.map((t) => t.id), 'broadcom', 'nvidia', 'marvell', 'cisco'];
    fc.assert(
      fc.property(
        fc.constantFrom(ethernet, infiniband),
        fc.constantFrom('follow-roadmap' as const, 'fixed' as const),
        fc.array(fc.record({ target: fc.constantFrom(...targets), delayYears: fc.integer({ min: -3, max: 4 }) }), {
          maxLength: 2,
        }),
        (s, mode, slips: SlipSpec[]) => {
          const p = projectYears(s, defaultCatalog, { fromYear: 2022, toYear: 2034, mode, slips });
          assert.ok(p.ok);
          const slipped = applySlips(defaultCatalog, slips);
          assert.ok(slipped.ok);
          const year = new Map(catalogComponents(slipped.value).map((x) => [x.id, x.firstVolumeYear]));
          for (const pt of okOnly(p.value.series[0]!.points)) {
            for (const id of pt.components) {
              const y = year.get(id);
              assert.ok(y !== undefined && y <= pt.year, `${id} (first volume ${y}) used in ${pt.year}`);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  test('a slip of the 102.4T switches moves the year the projection first uses one by the slip', () => {
    const base = projectYears(ethernet, defaultCatalog, { fromYear: 2024, toYear: 2034, mode: 'follow-roadmap' });
    assert.ok(base.ok);
    const y0 = firstYearWith(base.value.series[0]!.points, 'switch-102.4t');
    assert.ok(y0 !== undefined, 'the base projection moves to 102.4T');
    assert.ok(base.value.series[0]!.transitions.some((t) => t.year === y0 && t.what === 'switch'));
    for (const d of [1, 2, 3]) {
      const slipped = projectYears(ethernet, defaultCatalog, {
        fromYear: 2024,
        toYear: 2034,
        mode: 'follow-roadmap',
        slips: [{ target: 'switch-102.4t', delayYears: d }],
      });
      assert.ok(slipped.ok);
      assert.equal(firstYearWith(slipped.value.series[0]!.points, 'switch-102.4t'), y0 + d, `slip ${d}`);
      const t = slipped.value.series[0]!.transitions.find((x) => x.what === 'switch');
      assert.equal(t?.year, y0 + d);
    }
  });

  test("follow-roadmap evaluates the scenario in each year on that year's catalog", () => {
    const p = projectYears(ethernet, defaultCatalog, { fromYear: 2024, toYear: 2032, mode: 'follow-roadmap' });
    assert.ok(p.ok);
    for (const pt of p.value.series[0]!.points) {
      const e = evaluateScenario({ ...ethernet, year: pt.year }, catalogForYear(defaultCatalog, pt.year));
      assert.equal(pt.ok, e.ok);
      if (pt.ok && e.ok) {
        assert.equal(pt.capexUsd, e.value.capex.totalUsd);
        assert.equal(pt.usdPerGbps, e.value.usdPerGbps);
        assert.equal(pt.exposure.hhi, e.value.exposure.hhi);
      }
    }
    // At the price reference year, catalog prices apply unchanged.
    const ref = p.value.series[0]!.points.find((x) => x.year === roadmap.priceReferenceYear)!;
    const plain = evaluateScenario({ ...ethernet, year: roadmap.priceReferenceYear }, defaultCatalog);
    assert.ok(ref.ok && plain.ok);
    assert.equal(ref.capexUsd, plain.value.capex.totalUsd);
  });

  test('fixed mode keeps the build-year components and only gets cheaper', () => {
    const p = projectYears(ethernet, defaultCatalog, { fromYear: 2024, toYear: 2032, mode: 'fixed' });
    assert.ok(p.ok);
    const built = evaluateScenario(ethernet, catalogForYear(defaultCatalog, ethernet.year));
    assert.ok(built.ok);
    const pts = okOnly(p.value.series[0]!.points).filter((x) => x.year >= ethernet.year);
    assert.ok(pts.length >= 5);
    for (const pt of pts) {
      assert.equal(pt.switchModel, built.value.fabric.switchModel);
      assert.equal(pt.nicModel, built.value.fabric.nicModel);
      assert.deepEqual(
        pt.media.map((m) => m.components),
        built.value.fabric.links.byClass.map((c) => c.components),
      );
    }
    for (let i = 1; i < pts.length; i++) assert.ok(pts[i]!.capexUsd < pts[i - 1]!.capexUsd);
    assert.deepEqual(p.value.series[0]!.transitions, []);
  });

  test('a variant that cannot be built in its own year is unbuildable throughout in fixed mode, with the reason', () => {
    const p = projectYears(ethernet, defaultCatalog, {
      fromYear: 2024,
      toYear: 2030,
      mode: 'fixed',
      variants: [{ name: 'cpo', patch: { media: { leafSpine: 'cpo', spineCore: 'cpo', coreSuper: 'cpo' } } }],
    });
    assert.ok(p.ok);
    const cpo = p.value.series[1]!;
    assert.ok(
      cpo.points.every((x) => !x.ok && /fixed mode keeps the components of the build year/.test(x.error.message)),
    );
    assert.equal(cpo.firstBuildableYear, undefined);
  });

  test('crossovers between the scenario and a variant follow the per-year figures', () => {
    const p = projectYears(ethernet, defaultCatalog, {
      fromYear: 2024,
      toYear: 2034,
      mode: 'follow-roadmap',
      variants: [{ name: 'cpo', patch: { media: { leafSpine: 'cpo', spineCore: 'cpo', coreSuper: 'cpo' } } }],
    });
    assert.ok(p.ok);
    const [a, b] = p.value.series;
    assert.ok(b!.firstBuildableYear !== undefined);
    const found = p.value.crossovers.filter((x) => x.metric === 'usdPerGbps');
    const signs = a!.points
      .map((pa, i) => {
        const pb = b!.points[i]!;
        return pa.ok && pb.ok ? Math.sign(pa.usdPerGbps - pb.usdPerGbps) : 0;
      })
      .filter((x) => x !== 0);
    assert.equal(found.length, signs.filter((x, i) => i > 0 && x !== signs[i - 1]).length);
    for (const c of found) {
      const at = (name: string, year: number) => {
        const pt = (name === a!.name ? a : b)!.points.find((x) => x.year === year);
        return pt?.ok ? pt.usdPerGbps : NaN;
      };
      assert.ok(at(c.lowerBefore, c.before) < at(c.lowerAfter, c.before));
      assert.ok(at(c.lowerAfter, c.at) < at(c.lowerBefore, c.at));
    }
  });

  test('bad inputs are errors with their paths', () => {
    const r = projectYears(ethernet, defaultCatalog, { fromYear: 2030, toYear: 2025, mode: 'fixed' });
    assert.equal(r.ok, false);
    const s = scenario({ analysis: { projection: { slips: { b: { target: 'no-such-thing', delayYears: 1 } } } } });
    const q = projectScenario(s, defaultCatalog);
    assert.equal(q.ok, false);
    if (!q.ok) assert.equal(q.error.path, 'analysis.projection.slips.b.target');
  });

  test('the stored projection applies stored slips and reports the moved components', () => {
    const s = {
      ...ethernet,
      analysis: {
        ...ethernet.analysis,
        projection: {
          ...ethernet.analysis.projection,
          slips: { ...ethernet.analysis.projection.slips, a: { target: 'cpo', delayYears: 2 } },
        },
      },
    };
    const r = projectScenario(s, defaultCatalog);
    assert.ok(r.ok);
    const cpo = membersOf(
      defaultCatalog,
      roadmap.technologies.find((t) => t.id === 'cpo')!,
    );
    assert.deepEqual(r.value.slips.map((x) => x.componentId).sort(), cpo.map((x) => x.id).sort());
    assert.deepEqual(r.value.years, [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]);
  });
});

describe('an empty slip target', () => {
  test('is read from a project file as no slip: the projection equals the one without it', () => {
    const file = (target: string) =>
      JSON.stringify({
        schemaVersion: CURRENT_SCHEMA_VERSION,
        scenarios: [{ name: 'a', analysis: { projection: { slips: { a: { target, delayYears: 2 } } } } }],
      });
    const empty = parseProject(file(''));
    const none = parseProject(file('none'));
    const cpo = parseProject(file('cpo'));
    assert.ok(empty.ok && none.ok && cpo.ok, 'an empty target is valid input');
    const run = (p: typeof empty) => (p.ok ? projectScenario(p.project.scenarios[0]!, defaultCatalog) : undefined);
    const [e, n, c] = [run(empty), run(none), run(cpo)];
    assert.ok(e?.ok && n?.ok && c?.ok);
    assert.deepEqual(e.value.slips, []);
    assert.deepEqual(e.value, n.value);
    assert.ok(c.value.slips.length > 0, 'a real target does slip');
  });
});

/** Roadmap data, slips and the timeline. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultCatalog, findSource } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog } from '../../../shared/catalog/catalog-schema.ts';
import {
  applySlips,
  catalogComponents,
  checkRoadmap,
  membersOf,
  resolveSlips,
  roadmapLayout,
  roadmapTable,
  roadmapTimeline,
  ROADMAP_TABLE_COLUMNS,
  slipTargetKind,
  technologiesOf,
} from '../../../shared/scaling/roadmap.ts';

const roadmap = defaultCatalog.roadmap!;
const copy = () => structuredClone(defaultCatalog) as Catalog;
const yearOf = (c: Catalog, id: string) => catalogComponents(c).find((x) => x.id === id)!.firstVolumeYear;

describe('roadmap data', () => {
  test('is consistent with the catalog', () => {
    assert.deepEqual(checkRoadmap(defaultCatalog), []);
  });

  test('covers the families the issue names, each with a sourced first-volume year', () => {
    const has = (pred: (x: ReturnType<typeof catalogComponents>[number]) => boolean) =>
      roadmap.technologies.some((t) => membersOf(defaultCatalog, t).some(pred));
    for (const rate of [800, 1600, 3200])
      assert.ok(
        has((x) => x.category === 'media' && x.capacityGbps === rate && x.kind !== 'cpo'),
        `${rate}G optics`,
      );
    for (const cap of [51200, 102400])
      assert.ok(
        has((x) => x.category === 'switches' && x.capacityGbps === cap && !x.cpo),
        `${cap} switches`,
      );
    assert.ok(
      has((x) => x.kind === 'lpo'),
      'LPO',
    );
    assert.ok(
      has((x) => x.category === 'switches' && x.cpo === true),
      'CPO switches',
    );
    assert.ok(
      has((x) => x.category === 'nics' && x.capacityGbps === 800),
      '800G NICs',
    );
    assert.ok(
      has((x) => x.category === 'scaleUpFabrics'),
      'scale-up fabrics',
    );
    for (const t of roadmap.technologies) {
      const source = findSource(defaultCatalog, t.firstVolumeYear.source);
      assert.ok(source, `${t.id}: unknown source`);
      assert.equal(t.firstVolumeYear.quality, source.quality, t.id);
    }
  });

  test('learning curves: every rate sourced, stages from age 0, declines within 0-100%', () => {
    for (const c of roadmap.learningCurves) {
      assert.equal(c.stages[0]!.fromAgeYears, 0);
      for (const s of c.stages) {
        for (const f of [s.priceDeclinePercentPerYear, s.powerDeclinePercentPerYear]) {
          assert.ok(findSource(defaultCatalog, f.source), `${c.id}: ${f.source}`);
          assert.ok((f.low ?? 0) >= 0 && (f.high ?? f.typical) < 100);
        }
      }
    }
  });

  test('checkRoadmap finds ambiguous ids, missing or double curves and members older than their family', () => {
    const a = copy();
    a.roadmap!.technologies[0]!.id = 'nvidia';
    assert.ok(checkRoadmap(a).some((p) => /ambiguous/.test(p)));
    const b = copy();
    b.roadmap!.learningCurves.push({ ...b.roadmap!.learningCurves[0]!, id: 'twice' });
    assert.ok(checkRoadmap(b).some((p) => /follows 2 learning curves/.test(p)));
    const c = copy();
    c.roadmap!.learningCurves = c.roadmap!.learningCurves.filter((lc) => lc.id !== 'switches');
    assert.ok(checkRoadmap(c).some((p) => /switches\[.*follows 0 learning curves/.test(p)));
    const member = membersOf(defaultCatalog, roadmap.technologies[0]!)[0]!;
    const d = copy();
    d.media.find((m) => m.id === member.id)!.firstVolumeYear = 2000;
    assert.ok(checkRoadmap(d).some((p) => /before the technology/.test(p)));
  });
});

describe('slips', () => {
  test('a technology slip moves exactly its members, by the slip', () => {
    for (const t of roadmap.technologies) {
      const r = applySlips(defaultCatalog, [{ target: t.id, delayYears: 2 }]);
      assert.ok(r.ok);
      const members = new Set(membersOf(defaultCatalog, t).map((x) => x.id));
      for (const x of catalogComponents(defaultCatalog)) {
        const after = yearOf(r.value, x.id);
        assert.equal(after, x.firstVolumeYear + (members.has(x.id) ? 2 : 0), `${t.id}: ${x.id}`);
      }
      const moved = r.value.roadmap!.technologies.find((k) => k.id === t.id)!.firstVolumeYear;
      assert.equal(moved.typical, t.firstVolumeYear.typical + 2);
    }
  });

  test('a vendor slip moves its switch silicon and what it alone supplies, not shared supply', () => {
    const r = resolveSlips(defaultCatalog, [{ target: 'broadcom', delayYears: 1 }]);
    assert.ok(r.ok);
    const moved = new Set(r.value.map((m) => m.componentId));
    for (const x of catalogComponents(defaultCatalog)) {
      const expected = x.siliconVendor === 'broadcom' || (x.vendors.length === 1 && x.vendors[0] === 'broadcom');
      assert.equal(moved.has(x.id), expected, x.id);
    }
    assert.ok(moved.size > 0);
  });

  test('any slip: hit components move to ceil(year + delay), the largest delay wins, the rest stay', () => {
    const targets = [
      ...roadmap.technologies.map((t) => t.id),
      ...defaultCatalog.vendors.map((v) => v.id),
      ...catalogComponents(defaultCatalog).map((x) => x.id),
    ];
    fc.assert(
      fc.property(
        fc.array(fc.record({ target: fc.constantFrom(...targets), delayYears: fc.integer({ min: -5, max: 10 }) }), {
          minLength: 1,
          maxLength: 3,
        }),
        (slips) => {
          const r = applySlips(defaultCatalog, slips);
          const moves = resolveSlips(defaultCatalog, slips);
          assert.ok(r.ok && moves.ok);
          const byId = new Map(moves.value.map((m) => [m.componentId, m]));
          for (const x of catalogComponents(defaultCatalog)) {
            const m = byId.get(x.id);
            assert.equal(yearOf(r.value, x.id), m ? m.toYear : x.firstVolumeYear, x.id);
            if (m) {
              assert.equal(m.toYear, x.firstVolumeYear + m.delayYears);
              const hitting = slips.filter((s) => m.targets.includes(s.target)).map((s) => s.delayYears);
              const later = hitting.filter((d) => d > 0);
              assert.equal(m.delayYears, later.length ? Math.max(...later) : Math.min(...hitting));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test('the input catalog is untouched; no effective slip returns it as is; fractions round up', () => {
    const before = JSON.stringify(defaultCatalog);
    const r = applySlips(defaultCatalog, [{ target: 'cpo', delayYears: 3 }]);
    assert.ok(r.ok);
    assert.equal(JSON.stringify(defaultCatalog), before);
    const none = applySlips(defaultCatalog, [{ target: 'cpo', delayYears: 0 }]);
    assert.ok(none.ok && none.value === defaultCatalog);
    const half = resolveSlips(defaultCatalog, [{ target: 'q3450', delayYears: 0.5 }]);
    assert.ok(half.ok);
    assert.equal(half.value[0]!.toYear, yearOf(defaultCatalog, 'q3450') + 1);
  });

  test('an unknown target is an error at its path, naming the technologies', () => {
    const r = applySlips(defaultCatalog, [
      { target: 'nope', delayYears: 1, path: 'analysis.projection.slips.b.target' },
    ]);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.path, 'analysis.projection.slips.b.target');
      assert.match(r.error.message, /optics-1\.6t/);
    }
    assert.equal(slipTargetKind(defaultCatalog, 'cpo'), 'technology');
    assert.equal(slipTargetKind(defaultCatalog, 'nvidia'), 'vendor');
    assert.equal(slipTargetKind(defaultCatalog, 'qm9700'), 'component');
  });
});

describe('timeline', () => {
  test('lanes hold each product of a vendor or technology, in year order, after slips', () => {
    const slips = [{ target: 'optics-1.6t', delayYears: 1 }];
    const t = roadmapTimeline(defaultCatalog, slips);
    assert.ok(t.ok);
    const slipped = applySlips(defaultCatalog, slips);
    assert.ok(slipped.ok);
    for (const p of t.value.products) {
      assert.equal(p.firstVolumeYear, yearOf(slipped.value, p.id));
      assert.equal(p.catalogFirstVolumeYear, yearOf(defaultCatalog, p.id));
      for (const v of new Set([...p.vendors, ...(p.siliconVendor ? [p.siliconVendor] : [])])) {
        const lane = t.value.byVendor.find((l) => l.id === v);
        assert.ok(
          lane?.products.some((x) => x.id === p.id),
          `${p.id} in ${v}`,
        );
      }
      for (const tech of p.technologies)
        assert.ok(t.value.byTechnology.find((l) => l.id === tech)!.products.some((x) => x.id === p.id));
    }
    for (const lane of [...t.value.byVendor, ...t.value.byTechnology]) {
      for (let i = 1; i < lane.products.length; i++)
        assert.ok(lane.products[i - 1]!.firstVolumeYear <= lane.products[i]!.firstVolumeYear, lane.id);
    }
    const tech = t.value.technologies.find((x) => x.id === 'optics-1.6t')!;
    assert.equal(tech.firstVolumeYear.typical, tech.catalogFirstVolumeYear + 1);
    assert.ok(t.value.slips.length > 0);
  });

  test('technologiesOf lists every family of a component (1.6T LPO is 1.6T optics and linear-drive)', () => {
    const lpo16 = catalogComponents(defaultCatalog).find((x) => x.kind === 'lpo' && x.capacityGbps === 1600)!;
    const ids = technologiesOf(defaultCatalog, lpo16).map((t) => t.id);
    assert.ok(ids.length >= 2, ids.join(', '));
  });
});

describe('roadmap layout and table', () => {
  const slipped = roadmapTimeline(defaultCatalog, [{ target: 'cpo', delayYears: 2 }]);
  assert.ok(slipped.ok);
  const tl = slipped.value;

  test('the axis runs from the earliest product shown minus one to the horizon', () => {
    const plain = roadmapTimeline(defaultCatalog, []);
    assert.ok(plain.ok);
    // Earliest products in vendor lanes ship in 2019 (the A100 generation's HDR QM8700 and
    // 200G HDR cables); horizon 2032.
    const l = roadmapLayout(plain.value, { grouping: 'vendor', horizonYear: 2032, buildYear: 2025 });
    assert.equal(l.fromYear, 2018);
    assert.equal(l.toYear, 2032);
    assert.equal(l.buildYear, 2025);
    // The earliest technology member ships in 2023 (800G optics, 51.2T switches): axis from 2022.
    const byTech = roadmapLayout(plain.value, { grouping: 'technology', horizonYear: 2030 });
    assert.equal(byTech.fromYear, 2022);
    assert.equal(byTech.toYear, 2030);
    // A product later than the horizon extends the axis (3.2T optics ship in 2029).
    assert.equal(roadmapLayout(plain.value, { grouping: 'vendor', horizonYear: 2026 }).toYear, 2029);
  });

  test('Broadcom: same-year products stack; bars end at the lane’s next first-volume year', () => {
    const l = roadmapLayout(tl, { grouping: 'vendor', horizonYear: 2032, buildYear: 2025 });
    const broadcom = l.lanes.find((x) => x.id === 'broadcom')!;
    // 2023: three 800G DSP optics and Tomahawk 5 -> four rows.
    assert.equal(broadcom.rows, 4);
    const bar = (id: string) => broadcom.bars.find((b) => b.productId === id)!;
    assert.deepEqual(
      [bar('th5-64x800g').startYear, bar('th5-64x800g').endYear, bar('th5-64x800g').row],
      [2023, 2024, 3],
    );
    // Thor 2 (2024) ends at the LPO/LRO year 2025.
    assert.deepEqual([bar('thor2-400g').startYear, bar('thor2-400g').endYear], [2024, 2025]);
    // CPO slipped by two years: Davisson from 2027 to 2029, drawn to the end of the horizon.
    assert.deepEqual(
      [bar('th6-cpo-64x1600g').startYear, bar('th6-cpo-64x1600g').endYear, bar('th6-cpo-64x1600g').catalogStartYear],
      [2029, 2033, 2027],
    );
    assert.equal(bar('th5-64x800g').catalogStartYear, undefined);
  });

  test('the plain table has one row per product per lane with the slip in years', () => {
    const rows = roadmapTable(tl, 'vendor');
    const davisson = rows.filter((r) => r.productId === 'th6-cpo-64x1600g');
    // Broadcom (silicon) plus its four system vendors.
    assert.deepEqual(
      davisson.map((r) => r.lane),
      ['Broadcom', 'Arista Networks', 'Celestica', 'Accton (Edgecore)', 'HPE (incl. Juniper)'],
    );
    assert.deepEqual(
      [davisson[0]!.catalogFirstVolumeYear, davisson[0]!.firstVolumeYear, davisson[0]!.slipYears],
      [2027, 2029, 2],
    );
    assert.deepEqual(Object.keys(rows[0]!), [...ROADMAP_TABLE_COLUMNS]);
    const layoutBars = roadmapLayout(tl, { grouping: 'technology', horizonYear: 2032 }).lanes.reduce(
      (n, l) => n + l.bars.length,
      0,
    );
    assert.equal(roadmapTable(tl, 'technology').length, layoutBars);
  });
});

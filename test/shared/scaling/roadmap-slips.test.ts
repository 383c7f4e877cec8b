/** Slips: resolving targets and applying them to a copy of the catalog. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog } from '../../../shared/catalog/catalog-schema.ts';
import { catalogComponents, membersOf } from '../../../shared/scaling/roadmap-membership.ts';
import { applySlips, resolveSlips, slipTargetKind } from '../../../shared/scaling/roadmap-slips.ts';

const roadmap = defaultCatalog.roadmap!;
const yearOf = (c: Catalog, id: string) => catalogComponents(c).find((x) => x.id === id)!.firstVolumeYear;

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

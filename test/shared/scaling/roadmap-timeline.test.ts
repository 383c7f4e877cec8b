/** The roadmap timeline: lanes by vendor and technology, with slips. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog } from '../../../shared/catalog/catalog-schema.ts';
import { catalogComponents, technologiesOf } from '../../../shared/scaling/roadmap-membership.ts';
import { applySlips } from '../../../shared/scaling/roadmap-slips.ts';
import { roadmapTimeline } from '../../../shared/scaling/roadmap-timeline.ts';

const yearOf = (c: Catalog, id: string) => catalogComponents(c).find((x) => x.id === id)!.firstVolumeYear;

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

/** Roadmap membership: the catalog roadmap data and checkRoadmap. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog, findSource } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog } from '../../../shared/catalog/catalog-schema.ts';
import { catalogComponents, checkRoadmap, membersOf } from '../../../shared/scaling/roadmap-membership.ts';

const roadmap = defaultCatalog.roadmap!;
const copy = () => structuredClone(defaultCatalog) as Catalog;

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

/** The roadmap laid out as bars and as a plain table. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { roadmapTimeline } from '../../../shared/scaling/roadmap-timeline.ts';
import { roadmapLayout, roadmapTable, ROADMAP_TABLE_COLUMNS } from '../../../shared/scaling/roadmap-layout.ts';

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

/**
 * Roadmap sheet: the catalog's vendor roadmap as a table (issue 14 asks the Roadmap view to be
 * exported so), from shared/scaling/roadmap-timeline.ts: one row per product per vendor lane
 * with its first-volume year in the catalog and, for each scenario that stores slips
 * (`analysis.projection.slips`), the year after them; then the technology families with their
 * earliest, typical and latest first-volume years. Engine values; a STALE check as on the
 * other analysis sheets.
 *
 * Example: with the default catalog, the Broadcom lane lists th5-64x800g (2023) before
 * th6-64x1600g (2026); a scenario slipping `cpo` by 2 years shows th6-cpo-64x1600g 2027 → 2029.
 */
import { roadmapTable, roadmapTimeline, type RoadmapTimeline } from '../shared/scaling/roadmap.ts';
import { storedSlips } from '../shared/scaling/year-projection.ts';
import { layoutSheet, setHeader, setNote, setSection, setTitle, setValue } from './cell-formats.ts';
import { writeStaleCheck } from './export-check-sheet.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const ROADMAP_TAB = 'Roadmap';

const YEAR = '0';

function writeRoadmap(ctx: WorkbookContext): void {
  const ws = ctx.sheet(ROADMAP_TAB);
  const catalog = ctx.input.catalog;
  setTitle(ws, 1, 'Vendor roadmap: first-volume years by vendor');
  setNote(
    ws,
    2,
    1,
    `Catalog ${catalog.version} roadmap (first-volume years of the catalog; docs/model.md, Scaling analyses). A product with several vendors is ` +
      'listed under each; a switch also under its silicon vendor. Scenarios that store slips ' +
      '(analysis.projection.slips) get a column with the first-volume year after them.',
  );
  writeStaleCheck(ws, 3, 1);
  const base = roadmapTimeline(catalog);
  if (!base.ok) {
    setNote(ws, 5, 1, `The roadmap could not be built: ${base.error.path}: ${base.error.message}`);
    layoutSheet(ws, { widths: [90], freezeRows: 3 });
    return;
  }
  // Scenarios with slips: their timeline, or the reason it cannot be built.
  const slipped: { label: string; timeline?: RoadmapTimeline; error?: string }[] = [];
  for (const s of ctx.scenarios) {
    const slips = storedSlips(s.scenario);
    if (slips.length === 0) continue;
    const t = roadmapTimeline(catalog, slips);
    slipped.push({
      label: `S${s.n} after slips`,
      ...(t.ok ? { timeline: t.value } : { error: `${t.error.path} = ${t.error.value}: ${t.error.message}` }),
    });
  }
  let row = 5;
  for (const x of slipped.filter((x) => x.error)) setNote(ws, row++, 1, `${x.label}: ${x.error}`);
  const headerRow = row;
  setHeader(ws, row++, [
    'Vendor',
    'Product',
    'Category',
    'Technologies',
    'First volume (catalog)',
    ...slipped.map((x) => x.label),
  ]);
  for (const r of roadmapTable(base.value, 'vendor')) {
    setValue(ws, row, 1, r.lane);
    setValue(ws, row, 2, r.product);
    setValue(ws, row, 3, r.category);
    setValue(ws, row, 4, r.technologies);
    setValue(ws, row, 5, r.catalogFirstVolumeYear, YEAR);
    slipped.forEach((x, i) => {
      const p = x.timeline?.products.find((q) => q.id === r.productId);
      if (p) setValue(ws, row, 6 + i, p.firstVolumeYear, YEAR);
    });
    row++;
  }

  row++;
  setSection(ws, row++, 'Technology families');
  setHeader(ws, row++, ['Technology', 'Group', 'Earliest', 'Typical', 'Latest', 'Source (quality)']);
  for (const t of base.value.technologies) {
    setValue(ws, row, 1, t.name);
    setValue(ws, row, 2, t.group);
    setValue(ws, row, 3, t.firstVolumeYear.low, YEAR);
    setValue(ws, row, 4, t.firstVolumeYear.typical, YEAR);
    setValue(ws, row, 5, t.firstVolumeYear.high, YEAR);
    setValue(ws, row, 6, `${t.source} (${t.quality})`);
    ctx.sources.add(t.source, `roadmap year of ${t.id}`);
    row++;
  }
  layoutSheet(ws, {
    widths: [26, 50, 10, 18, 11, ...slipped.map(() => 11)],
    freezeRows: headerRow,
    freezeCols: 1,
  });
}

export const roadmapSheet: SheetModule = {
  id: 'roadmap',
  tabs: () => [ROADMAP_TAB],
  write: writeRoadmap,
};

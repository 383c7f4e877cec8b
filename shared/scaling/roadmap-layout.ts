/**
 * A roadmap timeline laid out for drawing (bars on a year axis, lanes by vendor or technology)
 * and as a plain table for exports. Pure layout: no figures are computed here.
 */
import type { ComponentCategory } from '../catalog/catalog-schema.ts';
import type { RoadmapTimeline } from './roadmap-timeline.ts';

export type LaneGrouping = 'vendor' | 'technology';

/** One product drawn in a lane: a bar over calendar years, `[startYear, endYear)`. */
export interface RoadmapBar {
  productId: string;
  name: string;
  category: ComponentCategory;
  /** Sub-row within the lane, 0 first (products shipping the same year stack). */
  row: number;
  /** First-volume year after slips. */
  startYear: number;
  /** Exclusive end: the lane's next first-volume year, or the year after the horizon. */
  endYear: number;
  /** Catalog first-volume year when a slip moved the product (the ghosted original), else absent. */
  catalogStartYear?: number;
}

export interface RoadmapLaneLayout {
  id: string;
  name: string;
  country?: string;
  rows: number;
  bars: RoadmapBar[];
}

/** A timeline laid out for drawing: the year axis and the lanes' bars. */
export interface RoadmapLayout {
  grouping: LaneGrouping;
  /** First year on the axis: the earliest product shown (before or after slips) minus one. */
  fromYear: number;
  /** Last year on the axis (inclusive): the horizon, or later when a product ships later. */
  toYear: number;
  /** The scenario's build year, drawn as a line; absent when outside the axis. */
  buildYear?: number;
  lanes: RoadmapLaneLayout[];
}

/**
 * Lays a timeline out as bars: one lane per vendor or technology; in a lane the products that
 * first ship in the same year stack in sub-rows, and each bar runs from its first-volume year
 * to the lane's next first-volume year (the last ones to the end of the horizon). The axis
 * starts a year before the earliest product shown and ends at `horizonYear` (calendar year),
 * or later if a product ships later. A slipped product keeps its catalog year as
 * `catalogStartYear` so the original can be drawn ghosted.
 *
 * Example: the default catalog by vendor with build year 2025 and horizon 2032 spans 2019-2032;
 * Broadcom's Tomahawk 5 bar runs [2023, 2024) (Thor2 ships in 2024) in a lane of four rows.
 */
export function roadmapLayout(
  tl: RoadmapTimeline,
  o: { grouping: LaneGrouping; horizonYear: number; buildYear?: number },
): RoadmapLayout {
  const product = new Map(tl.products.map((p) => [p.id, p]));
  const source = o.grouping === 'vendor' ? tl.byVendor : tl.byTechnology;
  let from = Infinity;
  let to = o.horizonYear;
  for (const l of source) {
    for (const x of l.products) {
      const p = product.get(x.id)!;
      from = Math.min(from, p.firstVolumeYear, p.catalogFirstVolumeYear);
      to = Math.max(to, p.firstVolumeYear);
    }
  }
  if (!Number.isFinite(from)) from = o.horizonYear;
  const fromYear = from - 1;
  const lanes: RoadmapLaneLayout[] = source
    .filter((l) => l.products.length > 0)
    .map((l) => {
      const years = [...new Set(l.products.map((x) => x.firstVolumeYear))].sort((a, b) => a - b);
      const rowsUsed = new Map<number, number>();
      const bars = l.products.map((x): RoadmapBar => {
        const p = product.get(x.id)!;
        const row = rowsUsed.get(x.firstVolumeYear) ?? 0;
        rowsUsed.set(x.firstVolumeYear, row + 1);
        const next = years.find((y) => y > x.firstVolumeYear);
        return {
          productId: p.id,
          name: p.name,
          category: p.category,
          row,
          startYear: x.firstVolumeYear,
          endYear: next ?? to + 1,
          ...(p.catalogFirstVolumeYear !== p.firstVolumeYear ? { catalogStartYear: p.catalogFirstVolumeYear } : {}),
        };
      });
      return {
        id: l.id,
        name: l.name,
        ...(l.country ? { country: l.country } : {}),
        rows: Math.max(1, ...rowsUsed.values()),
        bars,
      };
    });
  const inAxis = o.buildYear !== undefined && o.buildYear >= fromYear && o.buildYear <= to;
  return { grouping: o.grouping, fromYear, toYear: to, ...(inAxis ? { buildYear: o.buildYear } : {}), lanes };
}

/** Column keys of {@link roadmapTable}, in order. */
export const ROADMAP_TABLE_COLUMNS = [
  'lane',
  'product',
  'productId',
  'category',
  'vendors',
  'technologies',
  'catalogFirstVolumeYear',
  'firstVolumeYear',
  'slipYears',
] as const;
export type RoadmapTableColumn = (typeof ROADMAP_TABLE_COLUMNS)[number];

/** One row of the roadmap as a plain table (strings and whole years), e.g. for a workbook sheet. */
export type RoadmapTableRow = Record<RoadmapTableColumn, string | number>;

/**
 * The roadmap as a plain table: one row per product per lane (vendor or technology), lanes in
 * timeline order and products by first-volume year. Years are calendar years; `slipYears` is
 * the first-volume year after slips minus the catalog's (0 when not slipped); `vendors` and
 * `technologies` are ids joined with ", ".
 *
 * Example: by vendor, the default catalog with a 2-year `cpo` slip has a Broadcom row for
 * th6-cpo-64x1600g with catalogFirstVolumeYear 2027, firstVolumeYear 2029, slipYears 2.
 */
export function roadmapTable(tl: RoadmapTimeline, grouping: LaneGrouping): RoadmapTableRow[] {
  const product = new Map(tl.products.map((p) => [p.id, p]));
  const lanes = grouping === 'vendor' ? tl.byVendor : tl.byTechnology;
  return lanes.flatMap((l) =>
    l.products.map((x) => {
      const p = product.get(x.id)!;
      return {
        lane: l.name,
        product: p.name,
        productId: p.id,
        category: p.category,
        vendors: p.vendors.join(', '),
        technologies: p.technologies.join(', '),
        catalogFirstVolumeYear: p.catalogFirstVolumeYear,
        firstVolumeYear: p.firstVolumeYear,
        slipYears: p.firstVolumeYear - p.catalogFirstVolumeYear,
      };
    }),
  );
}

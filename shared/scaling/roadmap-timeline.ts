/**
 * The roadmap timeline: the catalog's products with slips applied, in lanes by vendor and by
 * technology family. Example: `roadmapTimeline(defaultCatalog, [])` has a `broadcom` lane
 * holding th5-64x800g (2023) before th6-64x1600g (2026).
 */
import type { Catalog, ComponentCategory, Quality, Technology } from '../catalog/catalog-schema.ts';
import { ok, type Result } from '../model-error.ts';
import { catalogComponents, technologiesOf } from './roadmap-membership.ts';
import { applySlips, resolveSlips, type ComponentSlip, type SlipSpec } from './roadmap-slips.ts';

export interface TimelineProduct {
  id: string;
  name: string;
  category: ComponentCategory;
  /** Technology family ids it belongs to (may be empty). */
  technologies: string[];
  vendors: string[];
  siliconVendor?: string;
  /** First-volume year after slips. */
  firstVolumeYear: number;
  /** First-volume year in the catalog, before slips. */
  catalogFirstVolumeYear: number;
}

export interface TimelineTechnology {
  id: string;
  name: string;
  group: Technology['group'];
  /** First-volume year after slips: earliest, typical and latest, calendar years. */
  firstVolumeYear: { low: number; typical: number; high: number };
  catalogFirstVolumeYear: number;
  source: string;
  quality: Quality;
  note?: string;
  /** Member product ids. */
  products: string[];
}

export interface TimelineLane {
  /** Vendor id, or technology id for technology lanes. */
  id: string;
  name: string;
  /** Headquarters country (vendor lanes only). */
  country?: string;
  /** Products in the lane, by first-volume year then id. */
  products: { id: string; firstVolumeYear: number }[];
}

/** The vendor roadmap view: products and technologies, in lanes by vendor and by technology. */
export interface RoadmapTimeline {
  products: TimelineProduct[];
  technologies: TimelineTechnology[];
  byVendor: TimelineLane[];
  byTechnology: TimelineLane[];
  /** Components the slips moved. */
  slips: ComponentSlip[];
}

const byYear = (a: { firstVolumeYear: number; id: string }, b: { firstVolumeYear: number; id: string }) =>
  a.firstVolumeYear - b.firstVolumeYear || a.id.localeCompare(b.id);

/**
 * Timeline of the catalog's products with `slips` applied. Fibre (always available) is left out.
 * A product with several vendors appears in each vendor's lane; a switch also in its silicon
 * vendor's lane. Example: `roadmapTimeline(defaultCatalog, [])` has a `broadcom` lane holding
 * th5-64x800g (2023) before th6-64x1600g (2026).
 */
export function roadmapTimeline(c: Catalog, slips: readonly SlipSpec[] = []): Result<RoadmapTimeline> {
  const slipped = applySlips(c, slips);
  if (!slipped.ok) return slipped;
  const moves = resolveSlips(c, slips);
  if (!moves.ok) return moves;
  const after = new Map(catalogComponents(slipped.value).map((x) => [x.id, x.firstVolumeYear]));
  const products: TimelineProduct[] = catalogComponents(c)
    .filter((x) => x.category !== 'fiber')
    .map((x) => ({
      id: x.id,
      name: x.name,
      category: x.category,
      technologies: technologiesOf(c, x).map((t) => t.id),
      vendors: x.vendors,
      ...(x.siliconVendor ? { siliconVendor: x.siliconVendor } : {}),
      firstVolumeYear: after.get(x.id) ?? x.firstVolumeYear,
      catalogFirstVolumeYear: x.firstVolumeYear,
    }));
  const original = new Map((c.roadmap?.technologies ?? []).map((t) => [t.id, t]));
  const technologies: TimelineTechnology[] = (slipped.value.roadmap?.technologies ?? []).map((t) => ({
    id: t.id,
    name: t.name,
    group: t.group,
    firstVolumeYear: {
      low: t.firstVolumeYear.low ?? t.firstVolumeYear.typical,
      typical: t.firstVolumeYear.typical,
      high: t.firstVolumeYear.high ?? t.firstVolumeYear.typical,
    },
    catalogFirstVolumeYear: original.get(t.id)?.firstVolumeYear.typical ?? t.firstVolumeYear.typical,
    source: t.firstVolumeYear.source,
    quality: t.firstVolumeYear.quality,
    ...(t.firstVolumeYear.note ? { note: t.firstVolumeYear.note } : {}),
    products: products.filter((p) => p.technologies.includes(t.id)).map((p) => p.id),
  }));
  const lanes = new Map<string, TimelineLane>();
  for (const v of c.vendors) lanes.set(v.id, { id: v.id, name: v.name, country: v.country, products: [] });
  for (const p of products) {
    for (const v of new Set([...(p.siliconVendor ? [p.siliconVendor] : []), ...p.vendors])) {
      lanes.get(v)?.products.push({ id: p.id, firstVolumeYear: p.firstVolumeYear });
    }
  }
  const byVendor = [...lanes.values()].filter((l) => l.products.length > 0);
  for (const l of byVendor) l.products.sort(byYear);
  const byTechnology: TimelineLane[] = technologies.map((t) => ({
    id: t.id,
    name: t.name,
    products: products
      .filter((p) => p.technologies.includes(t.id))
      .map((p) => ({ id: p.id, firstVolumeYear: p.firstVolumeYear }))
      .sort(byYear),
  }));
  return ok({ products, technologies, byVendor, byTechnology, slips: moves.value });
}

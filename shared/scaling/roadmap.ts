/**
 * The vendor and technology roadmap: which catalog components belong to which technology
 * family, a timeline of products by vendor and by technology, and slips (a technology, a
 * vendor or a component shipping N years later, or earlier when N < 0) applied to a copy of
 * the catalog.
 *
 * A slip target is, in this order, a roadmap technology id (e.g. `cpo`, `optics-1.6t`), a
 * vendor id (e.g. `broadcom`) or a component id (e.g. `th6-64x1600g`). A vendor slip moves the
 * components whose switch silicon the vendor makes, or that the vendor supplies alone; a
 * component with several suppliers does not slip with one of them. When several slips hit one
 * component, the largest delay wins (a move earlier applies only when no slip delays it). A
 * fractional delay moves the first-volume year to the next whole year (ceil).
 *
 * Example: `applySlips(defaultCatalog, [{ target: 'cpo', delayYears: 2 }])` gives a catalog in
 * which the Quantum-X Photonics switch first ships in 2028 instead of 2026.
 *
 * Catalogs are treated as immutable values (the default one is frozen): derived lists are
 * cached per catalog object, as the selection memos of the evaluator are. Edit a copy, then
 * pass the copy.
 */
import type {
  Catalog,
  ComponentCategory,
  ComponentMatch,
  Figure,
  LearningCurve,
  MediumKind,
  Quality,
  Technology,
} from '../catalog/catalog-schema.ts';
import { fail, ok, type Result } from '../model-error.ts';

/** A catalog component as the roadmap sees it. */
export interface RoadmapComponent {
  id: string;
  name: string;
  category: ComponentCategory;
  /** Medium kind (media only). */
  kind?: MediumKind;
  /** Medium rate, switch cages x cage rate, NIC ports x port rate, in Gb/s; 0 otherwise. */
  capacityGbps: number;
  /** Co-packaged optics switch. */
  cpo?: boolean;
  /** Vendor ids supplying it. */
  vendors: string[];
  /** Switch-silicon vendor (switches only). */
  siliconVendor?: string;
  firstVolumeYear: number;
}

const componentCache = new WeakMap<Catalog, RoadmapComponent[]>();

/** Every component of the catalog (media, switches, NICs, scale-up fabrics, fibre), in that order. */
export function catalogComponents(c: Catalog): RoadmapComponent[] {
  let list = componentCache.get(c);
  if (list) return list;
  list = [
    ...c.media.map((m) => ({
      id: m.id,
      name: m.name,
      category: 'media' as const,
      kind: m.kind,
      capacityGbps: m.rateGbps,
      vendors: m.vendors.map((v) => v.vendor),
      firstVolumeYear: m.firstVolumeYear,
    })),
    ...c.switches.map((s) => ({
      id: s.id,
      name: s.name,
      category: 'switches' as const,
      capacityGbps: s.cages * s.cageRateGbps,
      cpo: s.cpo,
      vendors: s.vendors.map((v) => v.vendor),
      siliconVendor: s.siliconVendor,
      firstVolumeYear: s.firstVolumeYear,
    })),
    ...c.nics.map((n) => ({
      id: n.id,
      name: n.name,
      category: 'nics' as const,
      capacityGbps: n.ports * n.portRateGbps,
      vendors: n.vendors.map((v) => v.vendor),
      firstVolumeYear: n.firstVolumeYear,
    })),
    ...c.scaleUpFabrics.map((f) => ({
      id: f.id,
      name: f.name,
      category: 'scaleUpFabrics' as const,
      capacityGbps: 0,
      vendors: f.vendors.map((v) => v.vendor),
      firstVolumeYear: f.firstVolumeYear,
    })),
    {
      id: c.fiber.id,
      name: c.fiber.name,
      category: 'fiber' as const,
      capacityGbps: 0,
      vendors: c.fiber.vendors.map((v) => v.vendor),
      // Passive plant: always available.
      firstVolumeYear: 2000,
    },
  ];
  componentCache.set(c, list);
  return list;
}

/** True when `x` satisfies every filter of `m`. Example: 800G LPO matches `{ category: 'media', kinds: ['lpo'] }`. */
export function matchesComponent(m: ComponentMatch, x: RoadmapComponent): boolean {
  if (m.category !== x.category) return false;
  if (m.kinds && (x.kind === undefined || !m.kinds.includes(x.kind))) return false;
  if (m.capacityGbps && !m.capacityGbps.includes(x.capacityGbps)) return false;
  if (m.cpo !== undefined && (x.cpo ?? false) !== m.cpo) return false;
  if (m.ids && !m.ids.includes(x.id)) return false;
  return true;
}

const matchesAny = (list: readonly ComponentMatch[], x: RoadmapComponent) => list.some((m) => matchesComponent(m, x));

/** Technology families a component belongs to (possibly several: 1.6T LPO is in `optics-1.6t` and `lpo`). */
export function technologiesOf(c: Catalog, x: RoadmapComponent): Technology[] {
  return (c.roadmap?.technologies ?? []).filter((t) => matchesAny(t.match, x));
}

/** Components of a technology family, in catalog order. */
export function membersOf(c: Catalog, t: Technology): RoadmapComponent[] {
  return catalogComponents(c).filter((x) => matchesAny(t.match, x));
}

const curveCache = new WeakMap<Catalog, Map<string, LearningCurve | undefined>>();

/** The learning curve of component `id` (the first that matches), or undefined when none does. */
export function learningCurveFor(c: Catalog, id: string): LearningCurve | undefined {
  let m = curveCache.get(c);
  if (!m) curveCache.set(c, (m = new Map()));
  if (m.has(id)) return m.get(id);
  const x = catalogComponents(c).find((k) => k.id === id);
  const curve = x ? c.roadmap?.learningCurves.find((lc) => matchesAny(lc.match, x)) : undefined;
  m.set(id, curve);
  return curve;
}

/**
 * Consistency of the catalog's roadmap with its components. Returns one line per problem, []
 * when sound (and when the catalog has no roadmap). Checks: ids unique; technology ids usable
 * as slip targets (not also a vendor or component id); every technology has members, none
 * shipping before the technology's earliest year (`firstVolumeYear.low`); every `ids` filter
 * names a component; every component follows exactly one learning curve.
 * Example: `checkRoadmap(defaultCatalog)` is `[]`.
 */
export function checkRoadmap(c: Catalog): string[] {
  const r = c.roadmap;
  if (!r) return [];
  const problems: string[] = [];
  const components = catalogComponents(c);
  const componentIds = new Set(components.map((x) => x.id));
  const vendorIds = new Set(c.vendors.map((v) => v.id));
  const seen = new Set<string>();
  for (const t of r.technologies) {
    const where = `roadmap.technologies[${t.id}]`;
    if (seen.has(t.id)) problems.push(`${where}: duplicate id`);
    seen.add(t.id);
    if (componentIds.has(t.id) || vendorIds.has(t.id))
      problems.push(`${where}: id is also a vendor or component id, so a slip of it would be ambiguous`);
    const members = membersOf(c, t);
    if (members.length === 0) problems.push(`${where}: matches no component`);
    const earliest = t.firstVolumeYear.low ?? t.firstVolumeYear.typical;
    for (const x of members) {
      if (x.firstVolumeYear < earliest)
        problems.push(`${where}: member ${x.id} ships in ${x.firstVolumeYear}, before the technology (${earliest})`);
    }
  }
  const curveIds = new Set<string>();
  for (const lc of r.learningCurves) {
    if (curveIds.has(lc.id)) problems.push(`roadmap.learningCurves[${lc.id}]: duplicate id`);
    curveIds.add(lc.id);
  }
  for (const [what, list] of [
    ...r.technologies.map((t) => [`roadmap.technologies[${t.id}]`, t.match] as const),
    ...r.learningCurves.map((lc) => [`roadmap.learningCurves[${lc.id}]`, lc.match] as const),
  ]) {
    for (const m of list) {
      for (const id of m.ids ?? []) if (!componentIds.has(id)) problems.push(`${what}: unknown component id "${id}"`);
    }
  }
  for (const x of components) {
    const n = r.learningCurves.filter((lc) => matchesAny(lc.match, x)).length;
    if (n !== 1) problems.push(`${x.category}[${x.id}]: follows ${n} learning curves, expected exactly 1`);
  }
  return problems;
}

/* ------------------------------------------------------------------------------------------
 * Slips
 * ---------------------------------------------------------------------------------------- */

/** A slip request: `target` first ships `delayYears` later (earlier when negative). */
export interface SlipSpec {
  target: string;
  delayYears: number;
  /** Input path for errors, e.g. `analysis.projection.slips.a.target`. */
  path?: string;
}

/** What a slip target turned out to be. */
export type SlipTargetKind = 'technology' | 'vendor' | 'component';

/** One component moved by slips. */
export interface ComponentSlip {
  componentId: string;
  name: string;
  fromYear: number;
  toYear: number;
  /** The delay applied (the largest of the slips hitting it). */
  delayYears: number;
  /** Targets of the slips that hit it. */
  targets: string[];
}

/** Kind of a slip target in catalog `c`, or undefined when it names nothing there. */
export function slipTargetKind(c: Catalog, target: string): SlipTargetKind | undefined {
  if (c.roadmap?.technologies.some((t) => t.id === target)) return 'technology';
  if (c.vendors.some((v) => v.id === target)) return 'vendor';
  if (catalogComponents(c).some((x) => x.id === target)) return 'component';
  return undefined;
}

function hits(c: Catalog, kind: SlipTargetKind, target: string, x: RoadmapComponent): boolean {
  switch (kind) {
    case 'technology':
      return technologiesOf(c, x).some((t) => t.id === target);
    case 'vendor':
      return x.siliconVendor === target || (x.vendors.length === 1 && x.vendors[0] === target);
    case 'component':
      return x.id === target;
  }
}

/** Combines delays hitting one component: the largest delay, or the earliest move when none delays. */
function combine(delays: number[]): number {
  const later = delays.filter((d) => d > 0);
  return later.length ? Math.max(...later) : Math.min(0, ...delays);
}

/**
 * The components `slips` move, with their years before and after. Slips with `delayYears` 0 are
 * ignored; an unknown target is an error at its `path`. Example: `resolveSlips(defaultCatalog,
 * [{ target: 'nvidia', delayYears: 1 }])` moves every NVIDIA switch, NIC and NVLink fabric by a year.
 */
export function resolveSlips(c: Catalog, slips: readonly SlipSpec[]): Result<ComponentSlip[]> {
  const active: { spec: SlipSpec; kind: SlipTargetKind }[] = [];
  for (const spec of slips) {
    if (spec.delayYears === 0 || spec.target === 'none' || spec.target === '') continue;
    const kind = slipTargetKind(c, spec.target);
    if (!kind) {
      const techs = (c.roadmap?.technologies ?? []).map((t) => t.id).join(', ') || 'none';
      return fail(
        spec.path ?? 'slips',
        spec.target,
        `is not a technology, vendor or component id of the catalog; technologies: ${techs}`,
      );
    }
    if (!Number.isFinite(spec.delayYears))
      return fail(spec.path ?? 'slips', spec.delayYears, 'must be a finite number of years');
    active.push({ spec, kind });
  }
  const out: ComponentSlip[] = [];
  if (active.length === 0) return ok(out);
  for (const x of catalogComponents(c)) {
    // Fibre plant is passive and always available: nothing to slip.
    if (x.category === 'fiber') continue;
    const hitting = active.filter((a) => hits(c, a.kind, a.spec.target, x));
    if (hitting.length === 0) continue;
    const delay = combine(hitting.map((a) => a.spec.delayYears));
    const toYear = Math.ceil(x.firstVolumeYear + delay - 1e-9);
    if (toYear === x.firstVolumeYear) continue;
    out.push({
      componentId: x.id,
      name: x.name,
      fromYear: x.firstVolumeYear,
      toYear,
      delayYears: delay,
      targets: [...new Set(hitting.map((a) => a.spec.target))],
    });
  }
  return ok(out);
}

const slipCache = new WeakMap<Catalog, Map<string, Result<Catalog>>>();

/**
 * A copy of `c` whose components first ship as `slips` say; technology slips also move the
 * technology's first-volume figure. The input catalog is not changed; with no effective slip it
 * is returned as is. Results are cached per catalog and slip set.
 * Example: `applySlips(defaultCatalog, [{ target: 'optics-1.6t', delayYears: 1 }])` gives a
 * catalog in which every 1.6T module first ships in 2027.
 */
export function applySlips(c: Catalog, slips: readonly SlipSpec[]): Result<Catalog> {
  const key = JSON.stringify(slips.map((s) => [s.target, s.delayYears]));
  let cache = slipCache.get(c);
  if (!cache) slipCache.set(c, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const moves = resolveSlips(c, slips);
  let result: Result<Catalog>;
  if (!moves.ok) result = moves;
  else if (moves.value.length === 0) result = ok(c);
  else {
    const to = new Map(moves.value.map((m) => [m.componentId, m.toYear]));
    const year = <T extends { id: string; firstVolumeYear: number }>(x: T): T =>
      to.has(x.id) ? { ...x, firstVolumeYear: to.get(x.id)! } : x;
    const techDelay = new Map<string, number>();
    for (const s of slips) {
      if (s.delayYears !== 0 && c.roadmap?.technologies.some((t) => t.id === s.target))
        techDelay.set(s.target, combine([techDelay.get(s.target) ?? 0, s.delayYears]));
    }
    const shift = (f: Figure, d: number): Figure => ({
      ...f,
      typical: Math.ceil(f.typical + d - 1e-9),
      ...(f.low === undefined ? {} : { low: Math.ceil(f.low + d - 1e-9) }),
      ...(f.high === undefined ? {} : { high: Math.ceil(f.high + d - 1e-9) }),
    });
    result = ok({
      ...c,
      media: c.media.map(year),
      switches: c.switches.map(year),
      nics: c.nics.map(year),
      scaleUpFabrics: c.scaleUpFabrics.map(year),
      ...(c.roadmap
        ? {
            roadmap: {
              ...c.roadmap,
              technologies: c.roadmap.technologies.map((t) =>
                techDelay.has(t.id) ? { ...t, firstVolumeYear: shift(t.firstVolumeYear, techDelay.get(t.id)!) } : t,
              ),
            },
          }
        : {}),
    });
  }
  if (cache.size > 256) cache.clear();
  cache.set(key, result);
  return result;
}

/* ------------------------------------------------------------------------------------------
 * Timeline
 * ---------------------------------------------------------------------------------------- */

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

/* ------------------------------------------------------------------------------------------
 * Timeline layout (bars on a year axis) and the plain table for exports
 * ---------------------------------------------------------------------------------------- */

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

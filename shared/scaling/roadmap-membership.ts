/**
 * Roadmap membership: the catalog's components as the roadmap sees them, which technology
 * families each belongs to, which learning curve it follows, and a consistency check of the
 * catalog's roadmap. Derived lists are cached per catalog object (catalogs are immutable
 * values; edit a copy, then pass the copy). Example: `technologiesOf(defaultCatalog, x)` for a
 * 1.6T LPO module is `[optics-1.6t, lpo]`.
 */
import type {
  Catalog,
  ComponentCategory,
  ComponentMatch,
  LearningCurve,
  MediumKind,
  Technology,
} from '../catalog/catalog-schema.ts';

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

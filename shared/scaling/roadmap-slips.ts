/**
 * Slips: a technology, a vendor or a component shipping N years later (earlier when N < 0),
 * applied to a copy of the catalog.
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
 */
import type { Catalog, Figure } from '../catalog/catalog-schema.ts';
import { fail, ok, type Result } from '../model-error.ts';
import { catalogComponents, technologiesOf, type RoadmapComponent } from './roadmap-membership.ts';

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

/**
 * Which media a link may use, from the catalog's media qualifications: for an ecosystem and
 * switch family, the media kinds and module or cable rates qualified, from which year, and who
 * sells the qualified parts. A family no entry covers is unrestricted (user catalogs, project
 * switches); the default catalog covers every switch it ships (checkCatalog enforces it).
 */
import type { Catalog, EcosystemId, MediaQualification, Medium, MediumKind } from '../catalog/catalog-schema.ts';

/** Where a link's media must be qualified: the scale-out ecosystem and a switch family. */
export interface QualificationScope {
  ecosystem: EcosystemId;
  family: string;
}

/**
 * The verdict for one medium kind at one rate:
 * - `open`: no entry covers the ecosystem and family, so nothing is restricted;
 * - `qualified`: an entry qualifies it by the year (`entry` gives vendors and provenance);
 * - `later`: qualified, but only from `fromYear`;
 * - `not-qualified`: no entry of the covered family lists this kind at this rate.
 */
export type Qualification =
  | { status: 'open' }
  | { status: 'qualified'; entry: MediaQualification }
  | { status: 'later'; fromYear: number; entry: MediaQualification }
  | { status: 'not-qualified' };

const byScope = new WeakMap<Catalog, Map<string, MediaQualification[]>>();

/** Entries covering one ecosystem and family (empty when none: the pair is unrestricted). */
export function qualificationsFor(c: Catalog, scope: QualificationScope): MediaQualification[] {
  let cache = byScope.get(c);
  if (!cache) byScope.set(c, (cache = new Map()));
  const key = `${scope.ecosystem}|${scope.family}`;
  let list = cache.get(key);
  if (!list) {
    list = (c.mediaQualifications ?? []).filter(
      (q) => q.ecosystems.includes(scope.ecosystem) && q.switchFamilies.includes(scope.family),
    );
    cache.set(key, list);
  }
  return list;
}

/**
 * Whether `kind` at `rateGbps` is qualified for the scope by `year`. Among several entries the
 * earliest qualifying one wins. Example: infiniband / Quantum-2 / lpo / 800 / 2025 →
 * `not-qualified`; infiniband / Quantum-2 / dsp-dr / 800 / 2025 → `qualified` (NVIDIA LinkX).
 */
export function qualify(
  c: Catalog,
  scope: QualificationScope,
  kind: MediumKind,
  rateGbps: number,
  year: number,
): Qualification {
  const list = qualificationsFor(c, scope);
  if (list.length === 0) return { status: 'open' };
  let best: MediaQualification | undefined;
  for (const q of list) {
    if (!q.kinds.includes(kind) || !q.ratesGbps.includes(rateGbps)) continue;
    if (!best || q.fromYear < best.fromYear) best = q;
  }
  if (!best) return { status: 'not-qualified' };
  return best.fromYear <= year
    ? { status: 'qualified', entry: best }
    : { status: 'later', fromYear: best.fromYear, entry: best };
}

/**
 * Kinds and rates the scope qualifies by `year`, as text for messages, e.g.
 * "dac, acc at 800 Gb/s; dsp-sr, dsp-dr at 400/800 Gb/s". Empty when the scope is open.
 */
export function describeQualified(c: Catalog, scope: QualificationScope, year: number): string {
  return qualificationsFor(c, scope)
    .filter((q) => q.fromYear <= year)
    .map((q) => `${q.kinds.join(', ')} at ${q.ratesGbps.join('/')} Gb/s`)
    .join('; ');
}

const withVendors = new WeakMap<Medium, WeakMap<MediaQualification, Medium>>();

/**
 * The medium as bought under a qualification: with the entry's vendors when it names them
 * (InfiniBand buys NVIDIA LinkX parts), otherwise unchanged. Same id, price and power, so
 * overrides and provenance still apply. Memoized, so repeated choices share one object.
 */
export function asQualified(m: Medium, entry: MediaQualification | undefined): Medium {
  if (!entry?.vendors) return m;
  let inner = withVendors.get(m);
  if (!inner) withVendors.set(m, (inner = new WeakMap()));
  let out = inner.get(entry);
  if (!out) {
    out = Object.freeze({ ...m, vendors: entry.vendors });
    inner.set(entry, out);
  }
  return out;
}

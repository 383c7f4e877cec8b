/**
 * Chooses the medium of each link class and counts its cables and transceivers.
 *
 * Links are logical links at the NIC port rate B. Each end sits in a cage of some rate
 * (a twin-port 800G OSFP carries 2 x 400G links), so a module at that end serves
 * cage/B links. Pluggable optics need a module per end and a fibre per link; the ports of a
 * twin-port module have their own fibres, so its links may go to different boxes.
 * Cables (DAC, ACC, AEC, AOC) are counted by legs: a leg plugs into the smaller cage of the two
 * ends and carries that cage's links, which must all run between the same two boxes; one
 * assembly holds larger-cage / smaller-cage legs (a splitter when above 1), which may go to
 * different boxes. So an 800G-to-2x400G splitter serves two NICs in any servers, but a
 * twin-port 800G cable between two switches carries two links only when those switches share
 * two links; a switch pair joined by one link takes one straight cable per link.
 * Co-packaged optics need no module on the switch end; a NIC end still takes a pluggable.
 * Only media the ecosystem and switch family qualify are used (media-compatibility.ts).
 */
import type { Catalog, EcosystemId, Medium, MediumKind } from '../catalog/catalog-schema.ts';
import type { Pricing } from '../components/pricing.ts';
import { fail, ok, type Result } from '../model-error.ts';
import { LINK_CLASS_KEYS, type LinkClass } from '../scenario/link-classes.ts';
import { bundledLinks, type LinkBundle } from '../topology/fabric-plan.ts';
import { asQualified, describeQualified, qualify, type QualificationScope } from './media-compatibility.ts';

/**
 * One end of a link class: a NIC (server) or a switch, with its cage rate, whether it is CPO
 * and, for a switch, its family (which decides the qualified media).
 */
export interface LinkEnd {
  role: 'nic' | 'switch';
  cageRateGbps: number;
  cpo: boolean;
  family?: string;
}

/** A module type and how many of them, at one end of a link class. */
export interface ModuleCount {
  medium: Medium;
  count: number;
}

export interface MediaChoice {
  class: LinkClass;
  links: number;
  lengthM: number;
  /** The medium that decides the link (the cable, the pluggable kind, or cpo). */
  kind: MediumKind;
  /** Cable assemblies (DAC/ACC/AEC/AOC), 0 for optics. */
  cables: ModuleCount | undefined;
  /** Pluggable modules per end (0 to 2 entries). */
  modules: ModuleCount[];
  /** CPO switch ports used (priced as the cpo medium), 0 otherwise. */
  cpoPorts: ModuleCount | undefined;
  /** Fibres (one per logical link) for optical links. */
  fibers: number;
  /** Capex per link in USD, the figure auto selection minimizes. */
  usdPerLink: number;
}

export interface MediaRequest {
  catalog: Catalog;
  pricing: Pricing;
  cls: LinkClass;
  links: number;
  lengthM: number;
  rateGbps: number;
  year: number;
  ends: [LinkEnd, LinkEnd];
  policy: 'auto' | MediumKind;
  /** Scale-out ecosystem; with the switch ends' families it limits media to qualified ones. */
  ecosystem?: EcosystemId;
  /** How the links group between box pairs (see LinkBundle); absent = one link per pair. */
  bundles?: readonly LinkBundle[];
}

const CABLE_KINDS: readonly MediumKind[] = ['dac', 'acc', 'aec', 'aoc'];
const PLUGGABLE_KINDS: readonly MediumKind[] = ['dsp-sr', 'dsp-dr', 'dsp-fr', 'lpo', 'lro'];

/** Links served by one module or cable end in a cage: cage rate / link rate, at least 1. */
function linksPerCage(cageRateGbps: number, rateGbps: number): number {
  return Math.max(1, Math.floor(cageRateGbps / rateGbps));
}

/**
 * Cable assemblies for `links` links between cages holding `cageA` and `cageB` links each
 * (see the module comment). Example: 1,024 leaf-spine links, twin-port cages at both ends
 * (2 and 2): 512 assemblies when every leaf-spine pair shares 2 links
 * (`[{ linksPerPair: 2, pairs: 512 }]`), 1,024 when each pair has one link.
 */
export function cableAssemblies(
  links: number,
  bundles: readonly LinkBundle[] | undefined,
  cageA: number,
  cageB: number,
): number {
  const small = Math.min(cageA, cageB);
  const legsPerAssembly = Math.max(1, Math.floor(Math.max(cageA, cageB) / small));
  let legs = links;
  if (small > 1) {
    const bundled = Math.min(links, bundledLinks(bundles));
    legs = links - bundled;
    let left = bundled;
    for (const b of bundles ?? []) {
      const take = Math.min(b.pairs, Math.floor(left / b.linksPerPair));
      legs += take * Math.ceil(b.linksPerPair / small);
      left -= take * b.linksPerPair;
    }
    legs += left;
  }
  return Math.ceil(legs / legsPerAssembly);
}

/** Either a medium or the reason none fits, in words for an error message. */
type Lookup = { medium: Medium } | { cause: string; rank: number };

/**
 * Causes ranked so the most basic one is reported: rate, then qualification, year, reach.
 * `na`: the kind does not apply to this switch at all (cpo on a pluggable switch or back).
 */
const RANK = { na: -1, rate: 0, qualification: 1, year: 2, reach: 3 } as const;

function scopesOf(r: MediaRequest, end?: LinkEnd): QualificationScope[] {
  if (!r.ecosystem) return [];
  // A module in a switch cage needs only that switch family's qualification (tiers may mix models).
  const ends = end?.family ? [end] : r.ends;
  const families = [...new Set(ends.map((e) => e.family).filter((f): f is string => !!f))];
  return families.map((family) => ({ ecosystem: r.ecosystem!, family }));
}

function ecosystemName(r: MediaRequest): string {
  return r.catalog.ecosystems.find((e) => e.id === r.ecosystem)?.name ?? String(r.ecosystem);
}

/**
 * The cheapest medium of `kind` at `rate` that the link's ecosystem and switch families
 * qualify, ships by the year and reaches the length, with qualified vendors; or why none does.
 */
function lookup(r: MediaRequest, kind: MediumKind, rate: number, where: string, end?: LinkEnd): Lookup {
  const ofKind = r.catalog.media.filter((m) => m.kind === kind);
  const atRate = ofKind.filter((m) => m.rateGbps === rate);
  const part = CABLE_KINDS.includes(kind) ? 'cable' : 'module';
  if (atRate.length === 0) {
    const rates = [...new Set(ofKind.map((m) => m.rateGbps))].sort((a, b) => a - b);
    return {
      rank: RANK.rate,
      cause:
        `the catalog has no ${kind} ${part} at ${rate} Gb/s for the ${where}` +
        (rates.length ? ` (${kind} comes at ${rates.join(', ')} Gb/s)` : ''),
    };
  }
  const scopes = scopesOf(r, end);
  let entry: Parameters<typeof asQualified>[1];
  let laterYear = 0;
  for (const scope of scopes) {
    const q = qualify(r.catalog, scope, kind, rate, r.year);
    if (q.status === 'not-qualified') {
      const allowed = describeQualified(r.catalog, scope, r.year);
      return {
        rank: RANK.qualification,
        cause:
          `${ecosystemName(r)} on ${scope.family} switches does not qualify ${kind} at ${rate} Gb/s` +
          (allowed ? ` (qualified: ${allowed})` : ''),
      };
    }
    // A later qualification refuses below, so only a current one lends its vendors.
    if (q.status === 'later') laterYear = Math.max(laterYear, q.fromYear);
    if (q.status === 'qualified') entry ??= q.entry;
  }
  if (laterYear > r.year) {
    return {
      rank: RANK.year,
      cause: `${ecosystemName(r)} qualifies ${kind} at ${rate} Gb/s only from ${laterYear}, after the year ${r.year}`,
    };
  }
  const shipping = atRate.filter((m) => m.firstVolumeYear <= r.year);
  if (shipping.length === 0) {
    const first = Math.min(...atRate.map((m) => m.firstVolumeYear));
    return { rank: RANK.year, cause: `${kind} at ${rate} Gb/s first ships in ${first}, after the year ${r.year}` };
  }
  const reaching = shipping.filter((m) => m.reachM.typical >= r.lengthM);
  if (reaching.length === 0) {
    const longest = Math.max(...shipping.map((m) => m.reachM.typical));
    return {
      rank: RANK.reach,
      cause: `no ${kind} ${part} at ${rate} Gb/s reaches ${r.lengthM} m (longest ${longest} m)`,
    };
  }
  let best = reaching[0]!;
  for (const m of reaching) if (r.pricing.price(m.id, m.priceUsd) < r.pricing.price(best.id, best.priceUsd)) best = m;
  return { medium: asQualified(best, entry) };
}

/** A medium choice independent of the link count: what each end takes, per link. */
interface MediaTemplate {
  kind: MediumKind;
  cable: Medium | undefined;
  modules: { medium: Medium; linksPer: number }[];
  cpo: { medium: Medium; linksPer: number; ends: number } | undefined;
  optical: boolean;
  usdPerLink: number;
}

type Attempt = MediaTemplate | { cause: string; rank: number };

function isTemplate(a: Attempt): a is MediaTemplate {
  return 'kind' in a;
}

function endName(e: LinkEnd): string {
  return e.role === 'nic' ? `server cage of ${e.cageRateGbps} Gb/s` : `switch cage of ${e.cageRateGbps} Gb/s`;
}

/** Cable assemblies per link for this request (depends on cages and bundles, not the medium). */
function assembliesPerLink(r: MediaRequest): number {
  const [a, b] = r.ends;
  const n = Math.max(1, r.links);
  const ca = linksPerCage(a.cageRateGbps, r.rateGbps);
  const cb = linksPerCage(b.cageRateGbps, r.rateGbps);
  return cableAssemblies(n, r.bundles, ca, cb) / n;
}

/** Builds the template for one medium kind, or the reason it cannot serve this link class. */
function tryKind(r: MediaRequest, kind: MediumKind, cablesPerLink: number): Attempt {
  const [a, b] = r.ends;
  const price = (m: Medium) => r.pricing.price(m.id, m.priceUsd);
  const fiber = r.catalog.fiber;
  const fiberUsd = r.pricing.price(fiber.id, fiber.priceUsdPerLink);
  if (a.cpo || b.cpo) {
    if (kind !== 'cpo') return { rank: RANK.na, cause: 'the switch has co-packaged optics, so its links are cpo' };
    const cpoEnds = r.ends.filter((e) => e.cpo);
    const cage = cpoEnds[0]!.cageRateGbps;
    let found = lookup(r, 'cpo', cage, endName(cpoEnds[0]!));
    if ('cause' in found && found.rank === RANK.rate) found = lookup(r, 'cpo', r.rateGbps, endName(cpoEnds[0]!));
    if (!('medium' in found)) return found;
    const cpoMedium = found.medium;
    // Links per CPO port follow the part found: a fallback part at the link rate carries one link,
    // even in a wider cage (an 800G part in a 1.6T cage is not a 1.6T port shared by two links).
    const linksPer = linksPerCage(cpoMedium.rateGbps, r.rateGbps);
    const modules: MediaTemplate['modules'] = [];
    let usd = (price(cpoMedium) * cpoEnds.length) / linksPer + fiberUsd;
    for (const end of r.ends.filter((e) => !e.cpo)) {
      // The far end of a CPO link takes the cheapest qualified pluggable that reaches.
      const options = PLUGGABLE_KINDS.map((k) => lookup(r, k, end.cageRateGbps, endName(end)));
      const fits = options.flatMap((o) => ('medium' in o ? [o.medium] : []));
      fits.sort((x, y) => price(x) - price(y));
      const m = fits[0];
      if (!m) {
        // Every kind failed, so each option is a cause; report the most specific (first on ties).
        const causes = options.flatMap((o) => ('cause' in o ? [o] : []));
        return causes.reduce((worst, c) => (c.rank > worst.rank ? c : worst));
      }
      const per = linksPerCage(end.cageRateGbps, r.rateGbps);
      modules.push({ medium: m, linksPer: per });
      usd += price(m) / per;
    }
    return {
      kind,
      cable: undefined,
      modules,
      cpo: { medium: cpoMedium, linksPer, ends: cpoEnds.length },
      optical: true,
      usdPerLink: usd,
    };
  }
  if (kind === 'cpo') return { rank: RANK.na, cause: 'cpo needs a co-packaged-optics switch model (set switch.model)' };
  if (CABLE_KINDS.includes(kind)) {
    const big = a.cageRateGbps >= b.cageRateGbps ? a : b;
    const found = lookup(r, kind, big.cageRateGbps, endName(big));
    if (!('medium' in found)) return found;
    return {
      kind,
      cable: found.medium,
      modules: [],
      cpo: undefined,
      optical: false,
      usdPerLink: price(found.medium) * cablesPerLink,
    };
  }
  const modules: MediaTemplate['modules'] = [];
  let usd = fiberUsd;
  for (const end of r.ends) {
    const found = lookup(r, kind, end.cageRateGbps, endName(end), end);
    if (!('medium' in found)) return found;
    const per = linksPerCage(end.cageRateGbps, r.rateGbps);
    modules.push({ medium: found.medium, linksPer: per });
    usd += price(found.medium) / per;
  }
  return { kind, cable: undefined, modules, cpo: undefined, optical: true, usdPerLink: usd };
}

/** Counts for `links` links from a template; modules of the same type at both ends merge. */
function instantiate(t: MediaTemplate, r: MediaRequest): MediaChoice {
  const modules: ModuleCount[] = [];
  for (const m of t.modules) {
    const count = Math.ceil(r.links / m.linksPer);
    const prev = modules.find((x) => x.medium.id === m.medium.id);
    if (prev) prev.count += count;
    else modules.push({ medium: m.medium, count });
  }
  const [a, b] = r.ends;
  const cables = t.cable
    ? cableAssemblies(
        r.links,
        r.bundles,
        linksPerCage(a.cageRateGbps, r.rateGbps),
        linksPerCage(b.cageRateGbps, r.rateGbps),
      )
    : 0;
  return {
    class: r.cls,
    links: r.links,
    lengthM: r.lengthM,
    kind: t.kind,
    cables: t.cable ? { medium: t.cable, count: cables } : undefined,
    modules,
    cpoPorts: t.cpo ? { medium: t.cpo.medium, count: Math.ceil(r.links / t.cpo.linksPer) * t.cpo.ends } : undefined,
    fibers: t.optical ? r.links : 0,
    usdPerLink: t.usdPerLink,
  };
}

const ALL_KINDS: readonly MediumKind[] = [...CABLE_KINDS, ...PLUGGABLE_KINDS, 'cpo'];

/**
 * Picks the medium for a link class: the forced kind, or (auto) the cheapest per link among
 * the kinds that the ecosystem and switch family qualify, that exist at both ends' cage rates,
 * reach `lengthM` and ship by `year`. A forced kind that cannot serve is refused with the
 * most basic cause (no module at the rate, not qualified, too early, too short).
 * Example: 1,024 NIC-leaf links of 3 m at 400G between 400G NIC cages and 800G switch
 * cages → auto picks the 800G-to-2x400G DAC splitter: 512 assemblies.
 */
export function selectMedia(r: MediaRequest): Result<MediaChoice> {
  // The choice does not depend on the link count (only on cables per link), so sweeps reuse it.
  const cablesPerLink = assembliesPerLink(r);
  const endKey = (e: LinkEnd) => `${e.role}${e.cageRateGbps}${e.cpo}${e.family ?? ''}`;
  const key = `${r.cls}|${r.lengthM}|${r.rateGbps}|${r.year}|${r.policy}|${endKey(r.ends[0])}|${endKey(r.ends[1])}|${r.ecosystem ?? ''}|${cablesPerLink}|${r.pricing.key}`;
  let cache = templateCache.get(r.catalog);
  if (!cache) templateCache.set(r.catalog, (cache = new Map()));
  let t = cache.get(key);
  if (!t) {
    t = chooseTemplate(r, cablesPerLink);
    if (cache.size > 4096) cache.clear();
    cache.set(key, t);
  }
  return t.ok ? ok(instantiate(t.value, r)) : t;
}

const templateCache = new WeakMap<Catalog, Map<string, Result<MediaTemplate>>>();

function chooseTemplate(r: MediaRequest, cablesPerLink: number): Result<MediaTemplate> {
  const key = LINK_CLASS_KEYS[r.cls];
  const attempts = ALL_KINDS.map((k) => [k, tryKind(r, k, cablesPerLink)] as const);
  const fits = attempts.flatMap(([, a]) => (isTemplate(a) ? [a] : []));
  if (r.policy !== 'auto') {
    const a = attempts.find(([k]) => k === r.policy)![1];
    if (isTemplate(a)) return ok(a);
    const allowed = fits.map((f) => f.kind);
    return fail(`media.${key}`, r.policy, `${a.cause}; allowed here: ${allowed.join(', ') || 'none'}`);
  }
  let best: MediaTemplate | undefined;
  for (const c of fits) if (!best || c.usdPerLink < best.usdPerLink) best = c;
  if (best) return ok(best);
  // Causes beyond "no part at this rate": a kind missing at the rate is not worth listing.
  const causes = attempts.flatMap(([k, a]) => (!isTemplate(a) && a.rank > RANK.rate ? [{ kind: k, ...a }] : []));
  const between = `${r.rateGbps} Gb/s links between ${r.ends.map((e) => `${e.role} cages of ${e.cageRateGbps} Gb/s`).join(' and ')}`;
  if (!causes.some((c) => c.rank === RANK.qualification || c.rank === RANK.year)) {
    return fail(
      `linkLengthM.${key}`,
      r.lengthM,
      `no medium in the catalog reaches ${r.lengthM} m for ${between} by ${r.year}`,
    );
  }
  return fail(
    `linkLengthM.${key}`,
    r.lengthM,
    `no qualified medium serves ${r.lengthM} m ${between} by ${r.year}: ` +
      causes.map((c) => `${c.kind}: ${c.cause}`).join('; '),
  );
}

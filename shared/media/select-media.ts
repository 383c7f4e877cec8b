/**
 * Chooses the medium of each link class and counts its cables and transceivers.
 *
 * Links are logical links at the NIC port rate B. Each end sits in a cage of some rate
 * (a twin-port 800G OSFP carries 2 x 400G links), so a module at that end serves
 * cage/B links. Cables (DAC, ACC, AEC, AOC) are one assembly per max(cage)/B links
 * (straight or splitter). Pluggable optics need a module per end and a fibre per link.
 * Co-packaged optics need no module on the switch end; a NIC end still takes a pluggable.
 */
import type { Catalog, Medium, MediumKind } from '../catalog/catalog-schema.ts';
import type { Pricing } from '../components/pricing.ts';
import { fail, ok, type Result } from '../model-error.ts';
import { LINK_CLASS_KEYS, type LinkClass } from '../scenario/scenario-schema.ts';

/** One end of a link class: a NIC or a switch, with its cage rate and whether it is CPO. */
export interface LinkEnd {
  role: 'nic' | 'switch';
  cageRateGbps: number;
  cpo: boolean;
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
}

const CABLE_KINDS: readonly MediumKind[] = ['dac', 'acc', 'aec', 'aoc'];
const PLUGGABLE_KINDS: readonly MediumKind[] = ['dsp-sr', 'dsp-dr', 'dsp-fr', 'lpo', 'lro'];

function available(m: Medium, kind: MediumKind, rate: number, lengthM: number, year: number): boolean {
  return m.kind === kind && m.rateGbps === rate && m.reachM.typical >= lengthM && m.firstVolumeYear <= year;
}

function findMedium(r: MediaRequest, kind: MediumKind, rate: number): Medium | undefined {
  let best: Medium | undefined;
  for (const m of r.catalog.media) {
    if (!available(m, kind, rate, r.lengthM, r.year)) continue;
    if (!best || r.pricing.price(m.id, m.priceUsd) < r.pricing.price(best.id, best.priceUsd)) best = m;
  }
  return best;
}

/** Links served by one module or cable end in a cage: cage rate / link rate, at least 1. */
function linksPerCage(cageRateGbps: number, rateGbps: number): number {
  return Math.max(1, Math.floor(cageRateGbps / rateGbps));
}

/** A medium choice independent of the link count: what each end takes, per link. */
interface MediaTemplate {
  kind: MediumKind;
  cable: { medium: Medium; linksPer: number } | undefined;
  modules: { medium: Medium; linksPer: number }[];
  cpo: { medium: Medium; linksPer: number; ends: number } | undefined;
  optical: boolean;
  usdPerLink: number;
}

/** Builds the template for one medium kind, or undefined when it cannot serve this link class. */
function tryKind(r: MediaRequest, kind: MediumKind): MediaTemplate | undefined {
  const [a, b] = r.ends;
  const price = (m: Medium) => r.pricing.price(m.id, m.priceUsd);
  const fiber = r.catalog.fiber;
  const fiberUsd = r.pricing.price(fiber.id, fiber.priceUsdPerLink);
  if (a.cpo || b.cpo) {
    if (kind !== 'cpo') return undefined;
    const cpoEnds = r.ends.filter((e) => e.cpo);
    const cage = cpoEnds[0]!.cageRateGbps;
    const cpoMedium = findMedium(r, 'cpo', cage) ?? findMedium(r, 'cpo', r.rateGbps);
    if (!cpoMedium) return undefined;
    const linksPer = linksPerCage(cage, r.rateGbps);
    const modules: MediaTemplate['modules'] = [];
    let usd = (price(cpoMedium) * cpoEnds.length) / linksPer + fiberUsd;
    for (const end of r.ends.filter((e) => !e.cpo)) {
      // The far end of a CPO link takes the cheapest pluggable that reaches.
      const options = PLUGGABLE_KINDS.map((k) => findMedium(r, k, end.cageRateGbps)).filter((m): m is Medium => !!m);
      options.sort((x, y) => price(x) - price(y));
      const m = options[0];
      if (!m) return undefined;
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
  if (kind === 'cpo') return undefined;
  if (CABLE_KINDS.includes(kind)) {
    const rate = Math.max(a.cageRateGbps, b.cageRateGbps);
    const m = findMedium(r, kind, rate);
    if (!m) return undefined;
    const per = linksPerCage(rate, r.rateGbps);
    return {
      kind,
      cable: { medium: m, linksPer: per },
      modules: [],
      cpo: undefined,
      optical: false,
      usdPerLink: price(m) / per,
    };
  }
  const modules: MediaTemplate['modules'] = [];
  let usd = fiberUsd;
  for (const end of r.ends) {
    const m = findMedium(r, kind, end.cageRateGbps);
    if (!m) return undefined;
    const per = linksPerCage(end.cageRateGbps, r.rateGbps);
    modules.push({ medium: m, linksPer: per });
    usd += price(m) / per;
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
  return {
    class: r.cls,
    links: r.links,
    lengthM: r.lengthM,
    kind: t.kind,
    cables: t.cable ? { medium: t.cable.medium, count: Math.ceil(r.links / t.cable.linksPer) } : undefined,
    modules,
    cpoPorts: t.cpo ? { medium: t.cpo.medium, count: Math.ceil(r.links / t.cpo.linksPer) * t.cpo.ends } : undefined,
    fibers: t.optical ? r.links : 0,
    usdPerLink: t.usdPerLink,
  };
}

const ALL_KINDS: readonly MediumKind[] = [...CABLE_KINDS, ...PLUGGABLE_KINDS, 'cpo'];

/**
 * Picks the medium for a link class: the forced kind, or (auto) the cheapest per link among
 * the kinds that reach `lengthM`, exist at both ends' cage rates and ship by `year`.
 * Example: 1,024 NIC-leaf links of 3 m at 400G between 400G NIC cages and 800G switch
 * cages → auto picks the 800G-to-2x400G DAC splitter: 512 assemblies.
 */
export function selectMedia(r: MediaRequest): Result<MediaChoice> {
  // The choice does not depend on the link count, so sweeps reuse it.
  const [a, b] = r.ends;
  const key = `${r.cls}|${r.lengthM}|${r.rateGbps}|${r.year}|${r.policy}|${a.role}${a.cageRateGbps}${a.cpo}|${b.role}${b.cageRateGbps}${b.cpo}|${r.pricing.key}`;
  let cache = templateCache.get(r.catalog);
  if (!cache) templateCache.set(r.catalog, (cache = new Map()));
  let t = cache.get(key);
  if (!t) {
    t = chooseTemplate(r);
    if (cache.size > 4096) cache.clear();
    cache.set(key, t);
  }
  return t.ok ? ok(instantiate(t.value, r)) : t;
}

const templateCache = new WeakMap<Catalog, Map<string, Result<MediaTemplate>>>();

function chooseTemplate(r: MediaRequest): Result<MediaTemplate> {
  const field = `media.${LINK_CLASS_KEYS[r.cls]}`;
  if (r.policy !== 'auto') {
    const c = tryKind(r, r.policy);
    if (c) return ok(c);
    const cpo = r.ends.some((e) => e.cpo);
    const why =
      cpo && r.policy !== 'cpo'
        ? 'the switch has co-packaged optics, so its links are cpo'
        : r.policy === 'cpo'
          ? 'cpo needs a co-packaged-optics switch model (set switch.model)'
          : `no ${r.policy} medium reaches ${r.lengthM} m at ${r.ends.map((e) => e.cageRateGbps).join('/')} Gb/s cages by ${r.year}`;
    return fail(field, r.policy, `${why}; allowed here: ${eligibleKinds(r).join(', ') || 'none'}`);
  }
  let best: MediaTemplate | undefined;
  for (const k of ALL_KINDS) {
    const c = tryKind(r, k);
    if (c && (!best || c.usdPerLink < best.usdPerLink)) best = c;
  }
  if (!best) {
    return fail(
      `linkLengthM.${LINK_CLASS_KEYS[r.cls]}`,
      r.lengthM,
      `no medium in the catalog reaches ${r.lengthM} m for ${r.rateGbps} Gb/s links between ` +
        `${r.ends.map((e) => `${e.role} cages of ${e.cageRateGbps} Gb/s`).join(' and ')} by ${r.year}`,
    );
  }
  return ok(best);
}

function eligibleKinds(r: MediaRequest): MediumKind[] {
  return ALL_KINDS.filter((k) => tryKind(r, k) !== undefined);
}

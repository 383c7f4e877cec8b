/**
 * The switches, NICs and media kinds a scenario can name, as choices for a picker: each with
 * its name, rates and vendor names (not ids), and whether it fits the scenario's ecosystem and
 * port rate. Project components (merged into the catalog) are included and flagged. Pure: the
 * renderer only formats and filters these.
 *
 * Example: `switchChoices(defaultCatalog, { ecosystem: 'infiniband', rateGbps: 400, year: 2025 })` starts
 * with `{ id: 'qm9700', name: 'NVIDIA Quantum-2 QM9700 …', cages: 32, cageRateGbps: 800,
 * vendors: [{ id: 'nvidia', name: 'NVIDIA', share: 1 }], fits: true, … }`.
 */
import {
  MEDIUM_KINDS,
  type Catalog,
  type EcosystemId,
  type MediumKind,
  type VendorShare,
} from '../catalog/catalog-schema.ts';
import { isProjectSource } from '../catalog/project-components.ts';

export interface ChoiceVendor {
  id: string;
  /** Display name from the catalog's vendor list (the id when the catalog does not list it). */
  name: string;
  /** Share of spend, 0..1. */
  share: number;
}

export interface ComponentChoice {
  id: string;
  name: string;
  /** Front-panel cages (switch) or logical ports (NIC); 1 for a medium. */
  count: number;
  /** Rate of one cage (switch), one port (NIC) or one module / cable end (medium), in Gb/s. */
  rateGbps: number;
  vendors: ChoiceVendor[];
  ecosystems: EcosystemId[];
  firstVolumeYear: number;
  /** True for a component the project file adds. */
  project: boolean;
  /** True when it serves the scenario's ecosystem and port rate by its year (always true without a context). */
  fits: boolean;
  /** Why it does not fit: the first of ecosystem, rate, year that fails. */
  misfit?: 'ecosystem' | 'rate' | 'year';
}

/** The scenario facts that decide which components fit. */
export interface ChoiceContext {
  ecosystem: EcosystemId;
  /** NIC port rate in Gb/s. */
  rateGbps: number;
  /** Build year: components that first ship later do not fit. */
  year: number;
}

/** The first reason a component does not fit, or undefined when it fits. */
function misfit(
  ctx: ChoiceContext | undefined,
  ecosystems: readonly EcosystemId[],
  rateOk: boolean,
  firstVolumeYear: number,
): ComponentChoice['misfit'] {
  if (!ctx) return undefined;
  if (!ecosystems.includes(ctx.ecosystem)) return 'ecosystem';
  if (!rateOk) return 'rate';
  return firstVolumeYear > ctx.year ? 'year' : undefined;
}

function fitFields(why: ComponentChoice['misfit']): Pick<ComponentChoice, 'fits' | 'misfit'> {
  return why ? { fits: false, misfit: why } : { fits: true };
}

function vendorsOf(catalog: Catalog, shares: readonly VendorShare[]): ChoiceVendor[] {
  const names = new Map(catalog.vendors.map((v) => [v.id, v.name]));
  return [...shares]
    .sort((a, b) => b.share - a.share)
    .map((s) => ({ id: s.vendor, name: names.get(s.vendor) ?? s.vendor, share: s.share }));
}

/** Fitting choices first, then the newest, then by name: the order a picker lists them. */
function ordered(list: ComponentChoice[]): ComponentChoice[] {
  return list.sort(
    (a, b) => Number(b.fits) - Number(a.fits) || b.firstVolumeYear - a.firstVolumeYear || a.name.localeCompare(b.name),
  );
}

/**
 * Every switch model, fitting ones first. A switch fits when it serves the ecosystem, breaks
 * out to the rate and ships by the year.
 */
export function switchChoices(catalog: Catalog, ctx?: ChoiceContext): ComponentChoice[] {
  return ordered(
    catalog.switches.map((s) => ({
      id: s.id,
      name: s.name,
      count: s.cages,
      rateGbps: s.cageRateGbps,
      vendors: vendorsOf(catalog, s.vendors),
      ecosystems: [...s.ecosystems],
      firstVolumeYear: s.firstVolumeYear,
      project: isProjectSource(s.priceUsd.source),
      ...fitFields(misfit(ctx, s.ecosystems, !!ctx && s.portRatesGbps.includes(ctx.rateGbps), s.firstVolumeYear)),
    })),
  );
}

/** Every NIC, fitting ones first. A NIC fits when it serves the ecosystem at exactly the port rate by the year. */
export function nicChoices(catalog: Catalog, ctx?: ChoiceContext): ComponentChoice[] {
  return ordered(
    catalog.nics.map((n) => ({
      id: n.id,
      name: n.name,
      count: n.ports,
      rateGbps: n.portRateGbps,
      vendors: vendorsOf(catalog, n.vendors),
      ecosystems: [...n.ecosystems],
      firstVolumeYear: n.firstVolumeYear,
      project: isProjectSource(n.priceUsd.source),
      ...fitFields(misfit(ctx, n.ecosystems, n.portRateGbps === ctx?.rateGbps, n.firstVolumeYear)),
    })),
  );
}

/** One medium kind with the catalog media of that kind. */
export interface MediumKindChoice {
  kind: MediumKind;
  /** Media of this kind, those at the port rate (or the twin-port cage rate) first. */
  media: ComponentChoice[];
  /** Distinct rates of those media in Gb/s, ascending. */
  ratesGbps: number[];
  /** Vendors of those media with their mean share over the kind's media (0..1), largest first. */
  vendors: ChoiceVendor[];
}

/**
 * Every medium kind with its catalog media. A medium fits when its rate is the port rate or
 * twice it (a twin-port module) and ships by the year. Example: for 400G, `dsp-dr` lists the 400G and 800G DR modules first.
 */
export function mediumKindChoices(catalog: Catalog, ctx?: ChoiceContext): MediumKindChoice[] {
  return MEDIUM_KINDS.map((kind) => {
    const media = ordered(
      catalog.media
        .filter((m) => m.kind === kind)
        .map((m) => ({
          id: m.id,
          name: m.name,
          count: 1,
          rateGbps: m.rateGbps,
          vendors: vendorsOf(catalog, m.vendors),
          ecosystems: [],
          firstVolumeYear: m.firstVolumeYear,
          project: isProjectSource(m.priceUsd.source),
          ...fitFields(
            ctx && m.rateGbps !== ctx.rateGbps && m.rateGbps !== 2 * ctx.rateGbps
              ? 'rate'
              : ctx && m.firstVolumeYear > ctx.year
                ? 'year'
                : undefined,
          ),
        })),
    );
    const shares = new Map<string, ChoiceVendor>();
    for (const m of media)
      for (const v of m.vendors) {
        const seen = shares.get(v.id);
        shares.set(v.id, { ...v, share: (seen?.share ?? 0) + v.share / media.length });
      }
    return {
      kind,
      media,
      ratesGbps: [...new Set(media.map((m) => m.rateGbps))].sort((a, b) => a - b),
      vendors: [...shares.values()].sort((a, b) => b.share - a.share || a.name.localeCompare(b.name)),
    };
  });
}

/**
 * Year-by-year projections (2024 to 2032 by default) of a scenario on the catalog's roadmap.
 *
 * Each year Y is evaluated on `catalogForYear(applySlips(catalog, slips), Y)`: first-volume
 * years moved by the slips, prices and powers scaled by the learning curves. Two modes:
 * - `follow-roadmap`: the scenario is re-evaluated with its year set to Y, so every `auto`
 *   choice (switch, NIC, media) takes the newest generation available that year; choices the
 *   scenario names stay as named (its policy).
 * - `fixed`: the components chosen in the scenario's own build year (switch, NIC, medium per
 *   link class) are pinned; only the learning curves move prices and powers. Years before a
 *   pinned component's first volume are not buildable and say so.
 * In both modes a component is never used before its (slipped) first-volume year: the
 * evaluator gates every choice on the scenario year.
 *
 * Per year and series: capex, capex per accelerator, power, USD per Gb/s, TCO, vendor
 * exposure (HHI, top vendor and country, silicon suppliers), spend by company and value-chain
 * layer, the components used, and the
 * years the switch, NIC or a link's medium changes (transitions). Crossovers between the
 * scenario and its variants are reported per accelerator (capex, power) and per Gb/s.
 *
 * Example: `projectYears(s, defaultCatalog, { fromYear: 2024, toYear: 2032, mode:
 * 'follow-roadmap', slips: [{ target: 'switch-102.4t', delayYears: 2 }] })` moves the year an
 * Ethernet scenario first uses a 102.4T switch from 2026 to 2028.
 */
import type { Catalog, MediumKind } from '../catalog/catalog-schema.ts';
import type { Overrides } from '../components/pricing.ts';
import { evaluateScenario } from '../evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../evaluate/scenario-result.ts';
import { fail, ok, type ModelError, type Result } from '../model-error.ts';
import { SLIP_SLOTS, type ProjectionMode, type VariantSlotId } from '../scenario/analysis-schema.ts';
import { LINK_CLASS_KEYS, type LinkClass, type Scenario } from '../scenario/scenario-schema.ts';
import { catalogForYear, overridesForYear } from './catalog-for-year.ts';
import { allCrossovers, type Crossover } from './crossovers.ts';
import { applySlips, resolveSlips, type ComponentSlip, type SlipSpec } from './roadmap-slips.ts';
import { storedVariants, variantScenarios, type ScenarioVariant } from './scenario-variants.ts';

/** Vendor exposure of one year, in brief. */
export interface ExposureBrief {
  /** Herfindahl-Hirschman index over vendors, 0..10,000. */
  hhi: number;
  countryHhi: number;
  topVendor: string | undefined;
  /** 0..1 of network capex. */
  topVendorShare: number;
  topCountry: string | undefined;
  topCountryShare: number;
  siliconSuppliers: number;
}

/** A year's spend by company and by value-chain layer, largest first, USD (sums to capex). */
export interface YearValueChain {
  byCompany: { vendor: string; name: string; spendUsd: number }[];
  byLayer: { layer: string; spendUsd: number }[];
}

/** One year of one series; figures present when `ok`. */
export type ProjectionPoint =
  | {
      year: number;
      ok: true;
      capexUsd: number;
      capexPerAcceleratorUsd: number;
      powerW: number;
      powerPerAcceleratorW: number;
      usdPerGbps: number;
      energyCostUsdPerYear: number;
      tcoUsd: number;
      exposure: ExposureBrief;
      /** Who earns the year's network spend through the value chain (see spend-by-year.ts). */
      valueChain: YearValueChain;
      tiers: number;
      switchModel: string;
      nicModel: string;
      /** Medium kind per link class. */
      media: { class: LinkClass; medium: MediumKind; components: string[] }[];
      /** Every catalog id in the bill of materials. */
      components: string[];
    }
  | { year: number; ok: false; error: ModelError };

/** A year in which a series' switch, NIC or medium of a link class changes. */
export interface ComponentTransition {
  year: number;
  /** "switch", "nic" or "medium:<link class>". */
  what: string;
  from: string;
  to: string;
}

export interface ProjectionSeries {
  name: string;
  slot?: VariantSlotId;
  points: ProjectionPoint[];
  transitions: ComponentTransition[];
  /** First year the series can be built, if any. */
  firstBuildableYear: number | undefined;
}

export interface YearProjection {
  fromYear: number;
  toYear: number;
  years: number[];
  mode: ProjectionMode;
  /** The scenario's own year (the build year that `fixed` pins components from). */
  baseYear: number;
  /** Year the catalog's prices of already-shipping products refer to. */
  priceReferenceYear: number | undefined;
  /** Components moved by the slips. */
  slips: ComponentSlip[];
  /** The scenario first, then its variants. */
  series: ProjectionSeries[];
  crossovers: Crossover[];
}

export interface ProjectionOptions {
  fromYear: number;
  toYear: number;
  mode: ProjectionMode;
  slips?: readonly SlipSpec[];
  variants?: readonly ScenarioVariant[];
  projectOverrides?: Overrides;
}

const NO_OVERRIDES: Overrides = { priceUsd: {}, powerW: {} };

function brief(r: ScenarioResult): ExposureBrief {
  const top = r.exposure.byCountry.reduce<{ country: string; share: number } | undefined>(
    (best, c) => (!best || c.share > best.share ? { country: c.country, share: c.share } : best),
    undefined,
  );
  return {
    hhi: r.exposure.hhi,
    countryHhi: r.exposure.countryHhi,
    topVendor: r.exposure.topVendor?.vendor,
    topVendorShare: r.exposure.topVendor?.share ?? 0,
    topCountry: top?.country,
    topCountryShare: top?.share ?? 0,
    siliconSuppliers: r.exposure.siliconSuppliers,
  };
}

function toPoint(year: number, r: Result<ScenarioResult>): ProjectionPoint {
  if (!r.ok) return { year, ok: false, error: r.error };
  const v = r.value;
  return {
    year,
    ok: true,
    capexUsd: v.capex.totalUsd,
    capexPerAcceleratorUsd: v.capex.perAcceleratorUsd,
    powerW: v.power.totalW,
    powerPerAcceleratorW: v.power.perAcceleratorW,
    usdPerGbps: v.usdPerGbps,
    energyCostUsdPerYear: v.power.energyCostUsdPerYear,
    tcoUsd: v.tcoUsd,
    exposure: brief(v),
    valueChain: {
      byCompany: v.exposure.byCompany.map((c) => ({ vendor: c.vendor, name: c.name, spendUsd: c.spendUsd })),
      byLayer: v.exposure.byLayer.map((l) => ({ layer: l.layer, spendUsd: l.spendUsd })),
    },
    tiers: v.fabric.tiers,
    switchModel: v.fabric.switchModel,
    nicModel: v.fabric.nicModel,
    media: v.fabric.links.byClass.map((c) => ({ class: c.class, medium: c.medium, components: c.components })),
    components: [...new Set(v.bom.map((l) => l.componentId))],
  };
}

/** Years in which the switch, the NIC or the medium of a link class changes (buildable years only). */
export function componentTransitions(points: readonly ProjectionPoint[]): ComponentTransition[] {
  const out: ComponentTransition[] = [];
  let prev: Extract<ProjectionPoint, { ok: true }> | undefined;
  for (const p of points) {
    if (!p.ok) continue;
    if (prev) {
      if (p.switchModel !== prev.switchModel)
        out.push({ year: p.year, what: 'switch', from: prev.switchModel, to: p.switchModel });
      if (p.nicModel !== prev.nicModel) out.push({ year: p.year, what: 'nic', from: prev.nicModel, to: p.nicModel });
      for (const m of p.media) {
        const before = prev.media.find((x) => x.class === m.class);
        const a = before ? before.components.join('+') : 'none';
        const b = m.components.join('+');
        if (a !== b) out.push({ year: p.year, what: `medium:${m.class}`, from: a, to: b });
      }
    }
    prev = p;
  }
  return out;
}

/**
 * The scenario with the components its build-year evaluation chose pinned (fixed mode).
 * Example: an all-auto InfiniBand scenario of 2025 gets `switch.model: 'q3400'`, its NIC and
 * the medium kind of each link class it uses.
 */
export function pinComponents(s: Scenario, r: ScenarioResult): Scenario {
  const media = { ...s.media };
  for (const c of r.fabric.links.byClass) media[LINK_CLASS_KEYS[c.class]] = c.medium;
  return {
    ...s,
    switch: { ...s.switch, model: r.fabric.switchModel },
    scaleOut: { ...s.scaleOut, nic: r.fabric.nicModel },
    media,
  };
}

function projectSeries(
  s: Scenario,
  slipped: Catalog,
  years: readonly number[],
  mode: ProjectionMode,
  overrides: Overrides,
): ProjectionPoint[] {
  let scenario = s;
  if (mode === 'fixed') {
    const base = evaluateScenario(s, catalogForYear(slipped, s.year), overridesForYear(slipped, overrides, s.year));
    if (!base.ok) {
      const error: ModelError = {
        ...base.error,
        message: `fixed mode keeps the components of the build year ${s.year}, but it cannot be built then: ${base.error.message}`,
      };
      return years.map((year) => ({ year, ok: false, error }));
    }
    scenario = pinComponents(s, base.value);
  }
  return years.map((year) =>
    toPoint(
      year,
      evaluateScenario(
        { ...scenario, year },
        catalogForYear(slipped, year),
        overridesForYear(slipped, overrides, year),
      ),
    ),
  );
}

/** Projects the scenario and its variants over the years (see the module comment). */
export function projectYears(s: Scenario, catalog: Catalog, o: ProjectionOptions): Result<YearProjection> {
  if (!Number.isInteger(o.fromYear) || !Number.isInteger(o.toYear) || o.toYear < o.fromYear) {
    return fail('analysis.projection.toYear', o.toYear, `must be a whole year, at least the first year ${o.fromYear}`);
  }
  const slips = o.slips ?? [];
  const slipped = applySlips(catalog, slips);
  if (!slipped.ok) return slipped;
  const moved = resolveSlips(catalog, slips);
  if (!moved.ok) return moved;
  const all = variantScenarios(s, o.variants ?? []);
  if (!all.ok) return all;
  const years = Array.from({ length: o.toYear - o.fromYear + 1 }, (_, i) => o.fromYear + i);
  const series: ProjectionSeries[] = [];
  for (const v of all.value) {
    const points = projectSeries(v.scenario, slipped.value, years, o.mode, o.projectOverrides ?? NO_OVERRIDES);
    series.push({
      name: v.name,
      ...(v.slot ? { slot: v.slot } : {}),
      points,
      transitions: componentTransitions(points),
      firstBuildableYear: points.find((p) => p.ok)?.year,
    });
  }
  const metric = (name: string, pick: (p: Extract<ProjectionPoint, { ok: true }>) => number) =>
    allCrossovers(
      series.map((x) => ({
        name: x.name,
        x: x.points.map((p) => p.year),
        values: x.points.map((p) => (p.ok ? pick(p) : undefined)),
      })),
      name,
    );
  return ok({
    fromYear: o.fromYear,
    toYear: o.toYear,
    years,
    mode: o.mode,
    baseYear: s.year,
    priceReferenceYear: catalog.roadmap?.priceReferenceYear,
    slips: moved.value,
    series,
    crossovers: [
      ...metric('capexPerAcceleratorUsd', (p) => p.capexPerAcceleratorUsd),
      ...metric('powerPerAcceleratorW', (p) => p.powerPerAcceleratorW),
      ...metric('usdPerGbps', (p) => p.usdPerGbps),
    ],
  });
}

/** The slips stored with the scenario, with their input paths for errors. */
export function storedSlips(s: Scenario): SlipSpec[] {
  return SLIP_SLOTS.map((slot) => ({
    ...s.analysis.projection.slips[slot],
    path: `analysis.projection.slips.${slot}.target`,
  })).filter((x) => x.target !== 'none' && x.target !== '' && x.delayYears !== 0);
}

/**
 * The projection stored with the scenario (`analysis.projection`, `analysis.variants`), with
 * `extraSlips` applied after the stored ones (e.g. from the command line).
 */
export function projectScenario(
  s: Scenario,
  catalog: Catalog,
  projectOverrides?: Overrides,
  extraSlips: readonly SlipSpec[] = [],
): Result<YearProjection> {
  const p = s.analysis.projection;
  if (p.toYear < p.fromYear) {
    return fail(
      'analysis.projection.toYear',
      p.toYear,
      `must be at least analysis.projection.fromYear (${p.fromYear})`,
    );
  }
  return projectYears(s, catalog, {
    fromYear: p.fromYear,
    toYear: p.toYear,
    mode: p.mode,
    slips: [...storedSlips(s), ...extraSlips],
    variants: storedVariants(s),
    ...(projectOverrides ? { projectOverrides } : {}),
  });
}

/**
 * The network market of a build-out plan: for each year of the project's plan (`buildOut`), the
 * clusters built (count x scenario) give the network spend of that year, split
 *   - by value-chain layer and by company (shared/exposure/value-chain-exposure.ts),
 *   - by technology: DSP optics, LPO, LRO, AOC, copper (DAC/ACC/AEC), CPO ports, fibre, NICs,
 *     scale-up fabric, and switches by scale-out ecosystem,
 * with the units shipped next to the dollars: transceivers by rate, switches and their ports,
 * NICs, CPO ports and cables.
 *
 * Each build is the scenario evaluated in the plan's year on the roadmap (as the year
 * projection's follow-roadmap mode does): the scenario's year set to the plan year, catalog
 * prices and powers of that year (learning curves), and the newest components available that
 * year for the choices the scenario leaves `auto`. So a year's market is exactly
 *   sum over builds of count x (that scenario's bill of materials in that year).
 *
 * Example: a plan of `{ year: 2025, builds: [{ scenario: "Ethernet 32k fat-tree, DSP", count: 2 }] }`
 * in the sample project gives a 2025 market of 2 x 308.5 M USD = 617.1 M USD, of which the DSP
 * optics technology is 2 x 81.9 M USD and Marvell earns 2 x 13.1 M USD.
 */
import type { Catalog } from '../catalog/catalog-schema.ts';
import type { BomLine } from '../bom/bom-line.ts';
import type { Overrides } from '../components/pricing.ts';
import { evaluateScenario } from '../evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../evaluate/scenario-result.ts';
import { valueChainExposure } from '../exposure/value-chain-exposure.ts';
import { fail, ok, type Result } from '../model-error.ts';
import { catalogForYear, overridesForYear } from '../scaling/catalog-for-year.ts';
import type { Project, Scenario } from '../scenario/scenario-schema.ts';

/** What a BOM line's spend buys, for the market by technology. */
export const MARKET_TECHNOLOGIES = [
  'dsp-optics',
  'lpo',
  'lro',
  'aoc',
  'copper',
  'cpo',
  'fibre',
  'switches',
  'nics',
  'scale-up',
] as const;
export type MarketTechnology = (typeof MARKET_TECHNOLOGIES)[number];

export interface TechnologySpend {
  /** `technology`, or `switches:<ecosystem>` for switches. */
  key: string;
  technology: MarketTechnology;
  /** Scale-out ecosystem of switches, e.g. "infiniband"; absent for other technologies. */
  ecosystem?: string;
  spendUsd: number;
  share: number;
}

export interface MarketUnits {
  /** Pluggable transceiver modules by module rate (Gb/s), highest rate first. */
  transceiversByRate: { rateGbps: number; units: number }[];
  transceivers: number;
  switches: number;
  /** Physical port cages of those switches. */
  switchPorts: number;
  nics: number;
  cpoPorts: number;
  /** Cable assemblies (DAC, ACC, AEC, AOC) and fibre links. */
  cables: number;
}

export interface MarketCompany {
  vendor: string;
  name: string;
  country: string;
  listing: string;
  spendUsd: number;
  share: number;
}

export interface MarketSlice {
  totalUsd: number;
  accelerators: number;
  byLayer: { layer: string; spendUsd: number; share: number }[];
  byTechnology: TechnologySpend[];
  byCompany: MarketCompany[];
  units: MarketUnits;
}

export interface MarketBuild {
  scenario: string;
  count: number;
  /** Accelerators of one cluster. */
  accelerators: number;
  /** Network capex of one cluster in the plan year, USD. */
  networkCapexUsd: number;
}

export interface MarketYear extends MarketSlice {
  year: number;
  builds: MarketBuild[];
}

export interface MarketBuildOut {
  years: MarketYear[];
  /** All years of the plan together. */
  total: MarketSlice;
  method: string;
}

export const MARKET_METHOD =
  'Each build is its scenario evaluated in the plan year on the roadmap (prices of that year, newest components for auto choices); ' +
  "a year's market is the sum of count x that bill of materials; spend by company and layer through the catalog's value-chain splits.";

/** One evaluated build: the scenario in the plan year, its result and the catalog it used. */
export interface EvaluatedBuild {
  year: number;
  /** Index of the build in `buildOut.plan[year].builds`, for error paths. */
  path: string;
  scenario: Scenario;
  count: number;
  catalog: Catalog;
  overrides: Overrides;
  result: ScenarioResult;
}

const NO_OVERRIDES: Overrides = { priceUsd: {}, powerW: {} };

/**
 * Evaluates every build of the plan (see the module comment). Errors name the plan entry:
 * `buildOut.plan[0].builds[1].scenario` for an unknown name, `buildOut.plan[0].builds[1]` with
 * the evaluator's reason when the scenario cannot be built in that year.
 */
export function evaluateBuilds(project: Project, catalog: Catalog): Result<EvaluatedBuild[]> {
  const plan = project.buildOut?.plan;
  if (!plan) return fail('buildOut', undefined, 'the project has no build-out plan (buildOut.plan)');
  const out: EvaluatedBuild[] = [];
  for (const [i, y] of plan.entries()) {
    const cat = catalogForYear(catalog, y.year);
    const ov = overridesForYear(catalog, project.catalogOverrides ?? NO_OVERRIDES, y.year);
    for (const [j, b] of y.builds.entries()) {
      const path = `buildOut.plan[${i}].builds[${j}]`;
      const s0 = project.scenarios.find((s) => s.name === b.scenario);
      if (!s0)
        return fail(
          `${path}.scenario`,
          b.scenario,
          `must be the name of a scenario of this project (${project.scenarios.map((s) => s.name).join(', ')})`,
        );
      const scenario = { ...s0, year: y.year };
      const r = evaluateScenario(scenario, cat, ov);
      if (!r.ok)
        return fail(
          path,
          b.scenario,
          `"${b.scenario}" cannot be built in ${y.year}: ${r.error.path}: ${r.error.message} (got ${String(r.error.value)})`,
        );
      out.push({ year: y.year, path, scenario, count: b.count, catalog: cat, overrides: ov, result: r.value });
    }
  }
  return ok(out);
}

/** The technology a BOM line's spend buys. */
export function lineTechnology(
  line: BomLine,
  catalog: Catalog,
  ecosystem: string,
): { technology: MarketTechnology; ecosystem?: string } {
  if (line.category === 'switches') return { technology: 'switches', ecosystem };
  if (line.category === 'nics') return { technology: 'nics' };
  if (line.category === 'scaleUp') return { technology: 'scale-up' };
  if (line.roleKey === 'fibre') return { technology: 'fibre' };
  if (line.roleKey === 'cpoPorts') return { technology: 'cpo' };
  const kind = catalog.media.find((m) => m.id === line.componentId)?.kind;
  switch (kind) {
    case 'lpo':
      return { technology: 'lpo' };
    case 'lro':
      return { technology: 'lro' };
    case 'aoc':
      return { technology: 'aoc' };
    case 'cpo':
      return { technology: 'cpo' };
    case 'dac':
    case 'acc':
    case 'aec':
      return { technology: 'copper' };
    default:
      return { technology: 'dsp-optics' };
  }
}

class Slice {
  totalUsd = 0;
  accelerators = 0;
  layers = new Map<string, number>();
  tech = new Map<string, { technology: MarketTechnology; ecosystem?: string; spendUsd: number }>();
  companies = new Map<string, Omit<MarketCompany, 'share'>>();
  rates = new Map<number, number>();
  units = { transceivers: 0, switches: 0, switchPorts: 0, nics: 0, cpoPorts: 0, cables: 0 };

  add(b: EvaluatedBuild): void {
    const { result: r, count: n, catalog } = b;
    this.totalUsd += n * r.capex.totalUsd;
    this.accelerators += n * r.accelerators;
    for (const l of r.exposure.byLayer) this.layers.set(l.layer, (this.layers.get(l.layer) ?? 0) + n * l.spendUsd);
    for (const c of r.exposure.byCompany) {
      const e = this.companies.get(c.vendor);
      if (e) e.spendUsd += n * c.spendUsd;
      else
        this.companies.set(c.vendor, {
          vendor: c.vendor,
          name: c.name,
          country: c.country,
          listing: c.listing,
          spendUsd: n * c.spendUsd,
        });
    }
    for (const line of r.bom) {
      const t = lineTechnology(line, catalog, b.scenario.scaleOut.ecosystem);
      const key = t.ecosystem ? `${t.technology}:${t.ecosystem}` : t.technology;
      const e = this.tech.get(key);
      if (e) e.spendUsd += n * line.extendedPriceUsd;
      else this.tech.set(key, { ...t, spendUsd: n * line.extendedPriceUsd });
      const q = n * line.quantity;
      if (line.category === 'switches') {
        this.units.switches += q;
        this.units.switchPorts += q * (catalog.switches.find((s) => s.id === line.componentId)?.cages ?? 0);
      } else if (line.category === 'nics') this.units.nics += q;
      else if (line.roleKey === 'transceivers') {
        this.units.transceivers += q;
        const rate = catalog.media.find((m) => m.id === line.componentId)?.rateGbps ?? 0;
        this.rates.set(rate, (this.rates.get(rate) ?? 0) + q);
      } else if (line.roleKey === 'cpoPorts') this.units.cpoPorts += q;
      else if (line.roleKey === 'cables' || line.roleKey === 'fibre') this.units.cables += q;
    }
  }

  done(): MarketSlice {
    const share = (x: number) => (this.totalUsd > 0 ? x / this.totalUsd : 0);
    const desc = <T extends { spendUsd: number }>(a: T, b: T) => b.spendUsd - a.spendUsd;
    return {
      totalUsd: this.totalUsd,
      accelerators: this.accelerators,
      byLayer: [...this.layers]
        .map(([layer, spendUsd]) => ({ layer, spendUsd, share: share(spendUsd) }))
        .sort((a, b) => desc(a, b) || (a.layer < b.layer ? -1 : 1)),
      byTechnology: [...this.tech]
        .map(([key, t]) => ({ key, ...t, share: share(t.spendUsd) }))
        .sort((a, b) => desc(a, b) || (a.key < b.key ? -1 : 1)),
      byCompany: [...this.companies.values()]
        .map((c) => ({ ...c, share: share(c.spendUsd) }))
        .sort((a, b) => desc(a, b) || (a.vendor < b.vendor ? -1 : 1)),
      units: {
        transceiversByRate: [...this.rates]
          .map(([rateGbps, units]) => ({ rateGbps, units }))
          .sort((a, b) => b.rateGbps - a.rateGbps),
        ...this.units,
      },
    };
  }
}

/**
 * The market of one cluster of a build (count 1): what one more cluster of that scenario adds
 * to its year. A year's market is the sum of count x this slice over the year's builds.
 * Example: one "Ethernet 32k fat-tree, DSP" cluster in 2025 → totalUsd 308.5 M USD.
 */
export function buildSlice(b: EvaluatedBuild): MarketSlice {
  const s = new Slice();
  s.add({ ...b, count: 1 });
  return s.done();
}

/** The market of the project's build-out plan (see the module comment). Pure. */
export function marketBuildOut(project: Project, catalog: Catalog): Result<MarketBuildOut> {
  const builds = evaluateBuilds(project, catalog);
  if (!builds.ok) return builds;
  return ok(marketOfBuilds(builds.value));
}

/** The market of builds already evaluated by {@link evaluateBuilds}, years in the builds' order. */
export function marketOfBuilds(builds: readonly EvaluatedBuild[]): MarketBuildOut {
  const total = new Slice();
  const years: MarketYear[] = [];
  for (const year of [...new Set(builds.map((b) => b.year))]) {
    const slice = new Slice();
    const mine = builds.filter((b) => b.year === year);
    for (const b of mine) {
      slice.add(b);
      total.add(b);
    }
    years.push({
      year,
      builds: mine.map((b) => ({
        scenario: b.scenario.name,
        count: b.count,
        accelerators: b.result.accelerators,
        networkCapexUsd: b.result.capex.totalUsd,
      })),
      ...slice.done(),
    });
  }
  return { years, total: total.done(), method: MARKET_METHOD };
}

/** Spend per company of one build's lines of one component (for the Monte Carlo's re-pricing). */
export function componentCompanySpend(lines: readonly BomLine[], catalog: Catalog): Map<string, number> {
  const e = valueChainExposure(lines, catalog);
  return new Map(e.byCompany.map((c) => [c.vendor, c.spendUsd]));
}

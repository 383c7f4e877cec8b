/**
 * Monte Carlo of a build-out plan's market: P10 / P50 / P90 of the spend each company earns over
 * the whole plan, and of the market per year. It reuses the scenario Monte Carlo's sampler:
 * the uncertain unit prices of every built scenario (bom-repricing.ts, catalog low / typical /
 * high ranges of the plan year; overridden prices held), stratified by the seeded Latin
 * hypercube (latin-hypercube.ts) and drawn with the chosen distribution (distributions.ts).
 *
 * One draw per component: the same component is one uncertain price however many scenarios and
 * years use it (its quantile is shared, each year's range is that year's), so a cheap 800G
 * module is cheap in every build. Each sample re-prices the builds' fixed designs; a company's
 * spend is the sum over builds and components of count x sampled price / typical price x the
 * company's spend on that component at typical prices (value-chain shares held at typical).
 *
 * Example: `marketMonteCarlo(project, catalog, { samples: 2000, seed: 42, distribution:
 * 'triangular' })` gives `companies[0]` = { vendor: 'nvidia', p10, p50, p90, baseUsd }.
 */
import type { Catalog } from '../catalog/catalog-schema.ts';
import { fail, ok, type Result } from '../model-error.ts';
import type { DistributionKind } from '../scenario/analysis-schema.ts';
import type { Project } from '../scenario/scenario-schema.ts';
import { repricingModel } from '../scaling/bom-repricing.ts';
import { sampleRange } from '../scaling/distributions.ts';
import { latinHypercube } from '../scaling/latin-hypercube.ts';
import { QUANTILE_CONVENTION, quantileSorted } from '../scaling/percentiles.ts';
import { componentCompanySpend, evaluateBuilds } from './build-out.ts';

export interface MarketMonteCarloOptions {
  /** Samples, 2 to 1,000,000. */
  samples: number;
  seed: number;
  distribution: DistributionKind;
}

export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
  /** At typical prices (equals the market model's figure). */
  baseUsd: number;
}

export interface MarketMonteCarlo {
  samples: number;
  seed: number;
  distribution: DistributionKind;
  sampling: 'latin-hypercube';
  quantileConvention: string;
  /** Uncertain component prices drawn (one dimension each). */
  inputs: string[];
  /** Companies over the whole plan, by typical spend, largest first. */
  companies: ({ vendor: string; name: string } & Percentiles)[];
  /** Market per plan year. */
  years: ({ year: number } & Percentiles)[];
  /** The whole plan. */
  total: Percentiles;
  method: string;
}

export const MARKET_MONTE_CARLO_METHOD =
  'One Latin-hypercube dimension per component price (shared across builds and years, each year its own range); ' +
  'fixed designs re-priced; value-chain layer shares held at typical.';

/** A term of a sample's spend: count x (price ratio of `input`, or 1) x USD at typical prices. */
interface Term {
  input: number;
  /** Index into `ranges` of this build's range for the input (-1: held at typical). */
  range: number;
  usd: number;
  /** Company index, or -1 for the market total only. */
  company: number;
  year: number;
}

/** Runs the Monte Carlo of the plan (see the module comment). Pure and deterministic in the seed. */
export function marketMonteCarlo(
  project: Project,
  catalog: Catalog,
  o: MarketMonteCarloOptions,
): Result<MarketMonteCarlo> {
  if (!Number.isInteger(o.samples) || o.samples < 2 || o.samples > 1_000_000)
    return fail('--montecarlo', o.samples, 'must be a whole number from 2 to 1000000');
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff)
    return fail('--seed', o.seed, 'must be a whole number from 0 to 4294967295');
  const builds = evaluateBuilds(project, catalog);
  if (!builds.ok) return builds;

  const inputIds: string[] = [];
  const inputIndex = new Map<string, number>();
  const ranges: { low: number; typical: number; high: number }[] = [];
  const companies: { vendor: string; name: string }[] = [];
  const companyIndex = new Map<string, number>();
  const years = [...new Set(builds.value.map((b) => b.year))];
  const terms: Term[] = [];

  for (const b of builds.value) {
    const model = repricingModel(b.scenario, b.catalog, b.result, b.overrides);
    const priceInput = new Map(model.inputs.filter((x) => x.kind === 'price').map((x) => [x.componentId!, x]));
    const names = new Map(b.result.exposure.byCompany.map((c) => [c.vendor, c.name]));
    const year = years.indexOf(b.year);
    for (const id of new Set(b.result.bom.map((l) => l.componentId))) {
      const lines = b.result.bom.filter((l) => l.componentId === id);
      const x = priceInput.get(id);
      let input = -1;
      let range = -1;
      if (x) {
        const key = `price:${id}`;
        input = inputIndex.get(key) ?? -1;
        if (input < 0) {
          input = inputIds.length;
          inputIds.push(key);
          inputIndex.set(key, input);
        }
        range = ranges.length;
        ranges.push({ low: x.low, typical: x.base, high: x.high });
      }
      for (const [vendor, usd] of componentCompanySpend(lines, b.catalog)) {
        let c = companyIndex.get(vendor);
        if (c === undefined) {
          c = companies.length;
          companies.push({ vendor, name: names.get(vendor) ?? vendor });
          companyIndex.set(vendor, c);
        }
        terms.push({ input, range, usd: b.count * usd, company: c, year });
      }
    }
  }

  const n = o.samples;
  const d = inputIds.length;
  const design = latinHypercube(n, Math.max(d, 1), o.seed);
  const byCompany = companies.map(() => new Float64Array(n));
  const byYear = years.map(() => new Float64Array(n));
  const total = new Float64Array(n);
  const ratio = new Float64Array(ranges.length);
  const rangeInput = new Int32Array(ranges.length);
  for (const t of terms) if (t.range >= 0) rangeInput[t.range] = t.input;
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < ranges.length; r++) {
      const g = ranges[r]!;
      ratio[r] =
        g.typical > 0 ? sampleRange(o.distribution, g, design[i * Math.max(d, 1) + rangeInput[r]!]!) / g.typical : 1;
    }
    for (const t of terms) {
      const usd = t.usd * (t.range >= 0 ? ratio[t.range]! : 1);
      byCompany[t.company]![i]! += usd;
      byYear[t.year]![i]! += usd;
      total[i]! += usd;
    }
  }
  const base = (pick: (t: Term) => boolean) => terms.filter(pick).reduce((a, t) => a + t.usd, 0);
  const pct = (v: Float64Array, baseUsd: number): Percentiles => {
    const s = Float64Array.from(v).sort();
    return { p10: quantileSorted(s, 0.1), p50: quantileSorted(s, 0.5), p90: quantileSorted(s, 0.9), baseUsd };
  };
  return ok({
    samples: n,
    seed: o.seed,
    distribution: o.distribution,
    sampling: 'latin-hypercube',
    quantileConvention: QUANTILE_CONVENTION,
    inputs: inputIds,
    companies: companies
      .map((c, k) => ({
        ...c,
        ...pct(
          byCompany[k]!,
          base((t) => t.company === k),
        ),
      }))
      .sort((a, b) => b.baseUsd - a.baseUsd || (a.vendor < b.vendor ? -1 : 1)),
    years: years.map((year, k) => ({
      year,
      ...pct(
        byYear[k]!,
        base((t) => t.year === k),
      ),
    })),
    total: pct(
      total,
      base(() => true),
    ),
    method: MARKET_MONTE_CARLO_METHOD,
  });
}

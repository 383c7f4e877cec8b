/**
 * The market of the project's build-out plan on the command line: `--market [--montecarlo N
 * [--seed S] [--distribution D]] [--json]`. Per plan year: the builds, the market by
 * technology, by value-chain layer and by company, and the units shipped; then the whole plan;
 * with --montecarlo, P10 / P50 / P90 per company and per year. JSON: `{ file, catalogVersion,
 * market, monteCarlo? }`, the objects as shared/market returns them.
 */
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../../shared/catalog/project-components.ts';
import { marketBuildOut, type MarketSlice } from '../../shared/market/build-out.ts';
import { marketMonteCarlo, type MarketMonteCarlo } from '../../shared/market/market-monte-carlo.ts';
import { DISTRIBUTIONS, type DistributionKind } from '../../shared/scenario/analysis-schema.ts';
import type { Project } from '../../shared/scenario/scenario-schema.ts';
import type { CliOutcome } from './run-analyses-cli.ts';
import { terminalSafeValue } from './terminal-text.ts';
import { int, musd, pct, textTable } from './text-format.ts';
import { layerName, technologyName } from '../../shared/exposure/layer-names.ts';

export const MARKET_OPTIONS = {
  market: { type: 'boolean', default: false },
} as const;

export const MARKET_USAGE = `Market of the build-out plan (also with --json):
  --market [--montecarlo N [--seed S] [--distribution ${DISTRIBUTIONS.join('|')}]]
                              network market per plan year (buildOut.plan): by technology, layer and company,
                              units shipped; with --montecarlo, P10/P50/P90 per company`;

const bad = (message: string): CliOutcome => ({ exitCode: 2, stdout: '', stderr: `fabricost: ${message}` });

/** The catalog's name of a scale-out ecosystem, e.g. "ethernet-roce" → "Ethernet (RoCEv2)". */
const ecosystemName = (id: string) => defaultCatalog.ecosystems.find((e) => e.id === id)?.name ?? id;

/** One slice of the market (a year or the whole plan) as text tables. */
export function formatMarketSlice(m: MarketSlice): string {
  const out: string[] = [];
  out.push(
    textTable([
      ['Technology', 'Spend', 'Share'],
      ...m.byTechnology.map((t) => [
        technologyName(t.technology, t.ecosystem && ecosystemName(t.ecosystem)),
        musd(t.spendUsd),
        pct(t.share),
      ]),
    ]),
  );
  out.push('');
  out.push(
    textTable([
      ['Value-chain layer', 'Spend', 'Share'],
      ...m.byLayer.map((l) => [layerName(l.layer), musd(l.spendUsd), pct(l.share)]),
    ]),
  );
  out.push('');
  out.push(
    textTable(
      [
        ['Company (top 10)', 'Listing', 'Country', 'Spend', 'Share'],
        ...m.byCompany.slice(0, 10).map((c) => [c.name, c.listing, c.country, musd(c.spendUsd), pct(c.share)]),
      ],
      [1, 2],
    ),
  );
  const u = m.units;
  const rates = u.transceiversByRate.map((r) => `${r.rateGbps}G ${int(r.units)}`).join(', ');
  out.push('');
  out.push(
    `Units: ${int(u.transceivers)} transceivers${rates ? ` (${rates})` : ''}; ${int(u.switches)} switches ` +
      `(${int(u.switchPorts)} ports); ${int(u.nics)} NICs; ${int(u.cpoPorts)} CPO ports; ${int(u.cables)} cables and fibre links`,
  );
  return out.join('\n');
}

function formatMonteCarlo(mc: MarketMonteCarlo): string {
  const row = (name: string, x: { p10: number; p50: number; p90: number; baseUsd: number }) => [
    name,
    musd(x.p10),
    musd(x.p50),
    musd(x.p90),
    musd(x.baseUsd),
  ];
  return [
    `== Monte Carlo of the plan: ${int(mc.samples)} samples, seed ${mc.seed}, ${mc.distribution}, ${mc.inputs.length} component prices ==`,
    textTable([
      ['', 'P10', 'P50', 'P90', 'Typical'],
      ...mc.years.map((y) => row(`Market ${y.year}`, y)),
      row('Market, whole plan', mc.total),
    ]),
    '',
    textTable([
      ['Company, whole plan', 'P10', 'P50', 'P90', 'Typical'],
      ...mc.companies.slice(0, 15).map((c) => row(c.name, c)),
    ]),
    '',
    `P90 is the 90th percentile. ${mc.method}`,
  ].join('\n');
}

export interface MarketRequest {
  file: string;
  project: Project;
  json: boolean;
  montecarlo?: string;
  seed?: string;
  distribution?: string;
}

function whole(flag: string, text: string | undefined, min: number, max: number): number | string | undefined {
  if (text === undefined) return undefined;
  const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    return `${flag}: must be a whole number from ${min} to ${max} (got "${text}")`;
  return n;
}

/** Computes and prints the market of the plan (see the module comment). */
export function runMarketCli(req: MarketRequest): CliOutcome {
  const samples = whole('--montecarlo', req.montecarlo, 100, 100_000);
  if (typeof samples === 'string') return bad(samples);
  const seed = whole('--seed', req.seed, 0, 4_294_967_295);
  if (typeof seed === 'string') return bad(seed);
  if (req.distribution !== undefined && !(DISTRIBUTIONS as readonly string[]).includes(req.distribution))
    return bad(`--distribution: must be one of ${DISTRIBUTIONS.join(', ')} (got "${req.distribution}")`);
  if ((seed !== undefined || req.distribution !== undefined) && samples === undefined)
    return bad('--seed and --distribution apply to --montecarlo');
  const merged = withProjectComponents(defaultCatalog, req.project.components);
  if (!merged.ok) return bad(`${merged.error.path}: ${merged.error.message} (got ${merged.error.value})`);
  const m = marketBuildOut(req.project, merged.value);
  if (!m.ok) return bad(`${req.file}: ${m.error.path}: ${m.error.message} (got ${String(m.error.value)})`);
  let mc: MarketMonteCarlo | undefined;
  if (samples !== undefined) {
    const stored = req.project.scenarios[0]!.analysis.monteCarlo;
    const r = marketMonteCarlo(req.project, merged.value, {
      samples,
      seed: seed ?? stored.seed,
      distribution: (req.distribution as DistributionKind | undefined) ?? stored.distribution,
    });
    if (!r.ok) return bad(`${r.error.path}: ${r.error.message} (got ${String(r.error.value)})`);
    mc = r.value;
  }
  if (req.json) {
    const doc = {
      file: req.file,
      catalogVersion: defaultCatalog.version,
      market: m.value,
      ...(mc ? { monteCarlo: mc } : {}),
    };
    return { exitCode: 0, stdout: JSON.stringify(doc, null, 2), stderr: '' };
  }
  const out: string[] = [`== Network market of the build-out plan: ${terminalSafeValue(req.file)} ==`, m.value.method];
  for (const y of m.value.years) {
    out.push('', `-- ${y.year}: ${musd(y.totalUsd)} for ${int(y.accelerators)} accelerators --`);
    out.push(
      'Builds: ' +
        y.builds
          .map((b) => `${int(b.count)} x ${terminalSafeValue(b.scenario)} (${musd(b.networkCapexUsd)} each)`)
          .join('; '),
    );
    out.push('', formatMarketSlice(y));
  }
  const t = m.value.total;
  out.push(
    '',
    `-- Whole plan: ${musd(t.totalUsd)} for ${int(t.accelerators)} accelerators --`,
    '',
    formatMarketSlice(t),
  );
  if (mc) out.push('', formatMonteCarlo(mc));
  return { exitCode: 0, stdout: out.join('\n'), stderr: '' };
}

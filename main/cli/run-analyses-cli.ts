/**
 * The scaling analyses of the command line: --sweep, --projection, --roadmap, --tornado and
 * --montecarlo N [--seed S] [--distribution D], each as text or, with --json, as one JSON
 * document. Separated from process I/O like run-model-cli.ts; run-model-cli.ts parses the
 * options (ANALYSIS_OPTIONS) and hands over to {@link runAnalyses} once every selected scenario
 * has been validated and evaluated.
 *
 * Monte Carlo runs in process when called directly (tests), or is left pending
 * (`deferMonteCarlo`) for model.ts to run in a worker thread with progress on stderr (see
 * {@link completeMonteCarlo} and monte-carlo-worker.ts).
 *
 * JSON: `{ file, catalogVersion, upgradeLog, analyses: [{ scenario, sweep?, projection?,
 * roadmap?, tornado?, monteCarlo? }] }`, the objects exactly as shared/scaling returns them.
 */
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../../shared/catalog/project-components.ts';
import type { ModelError, Result } from '../../shared/model-error.ts';
import { DISTRIBUTIONS, PROJECTION_MODES, type DistributionKind } from '../../shared/scenario/analysis-schema.ts';
import type { UpgradeLogEntry } from '../../shared/scenario/parse-project.ts';
import type { Project, Scenario } from '../../shared/scenario/scenario-schema.ts';
import {
  CANCELLED_PATH,
  monteCarloSettings,
  runMonteCarlo,
  type MonteCarloProgress,
  type MonteCarloResult,
} from '../../shared/scaling/monte-carlo.ts';
import { roadmapTimeline, type RoadmapTimeline, type SlipSpec } from '../../shared/scaling/roadmap.ts';
import type { SizeSweep } from '../../shared/scaling/size-sweep.ts';
import type { Tornado } from '../../shared/scaling/tornado.ts';
import { storedSlips, type YearProjection } from '../../shared/scaling/year-projection.ts';
import { runProjectAnalyses } from '../../shared/evaluate/project-analyses.ts';
import { formatMonteCarlo, formatProjection, formatRoadmap, formatSweep, formatTornado } from './format-analyses.ts';
import type { MonteCarloJob } from './monte-carlo-worker.ts';

/** Options of the analyses, spread into the command line's parseArgs options. */
export const ANALYSIS_OPTIONS = {
  sweep: { type: 'boolean', default: false },
  points: { type: 'string' },
  projection: { type: 'boolean', default: false },
  mode: { type: 'string' },
  slip: { type: 'string', multiple: true },
  roadmap: { type: 'boolean', default: false },
  tornado: { type: 'boolean', default: false },
  montecarlo: { type: 'string' },
  seed: { type: 'string' },
  distribution: { type: 'string' },
} as const;

export const ANALYSIS_USAGE = `Analyses (each also with --json):
  --sweep [--points N]        cluster-size sweep stored with the scenario (analysis.sweep), with its variants
  --projection [--mode M] [--slip TARGET=YEARS ...]
                              year projection on the catalog roadmap (M: ${PROJECTION_MODES.join(' or ')})
  --roadmap [--slip ...]      products by technology and vendor, first-volume years after slips
  --tornado                   one-at-a-time low/high swings of every uncertain input, capex and TCO
  --montecarlo N [--seed S] [--distribution ${DISTRIBUTIONS.join('|')}]
                              N Latin hypercube samples (seed from the scenario unless given)`;

/** Values of the analysis options as parseArgs gives them. */
export interface AnalysisValues {
  sweep?: boolean;
  points?: string;
  projection?: boolean;
  mode?: string;
  slip?: string[];
  roadmap?: boolean;
  tornado?: boolean;
  montecarlo?: string;
  seed?: string;
  distribution?: string;
  json?: boolean;
}

/** True when any analysis, or an option that only analyses take, was given. */
export function analysisRequested(v: AnalysisValues): boolean {
  return !!(
    v.sweep ||
    v.projection ||
    v.roadmap ||
    v.tornado ||
    v.montecarlo !== undefined ||
    v.points !== undefined ||
    v.mode !== undefined ||
    v.slip?.length ||
    v.seed !== undefined ||
    v.distribution !== undefined
  );
}

export interface CliOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Monte Carlo jobs left for the caller, and how to finish the output once they ran. */
export interface PendingMonteCarlo {
  jobs: MonteCarloJob[];
  json: boolean;
  complete: (results: Result<MonteCarloResult>[]) => CliOutcome;
}

export interface AnalysisRequest {
  file: string;
  project: Project;
  upgradeLog: UpgradeLogEntry[];
  scenarios: Scenario[];
  values: AnalysisValues;
  deferMonteCarlo?: boolean;
}

const bad = (message: string): CliOutcome => ({ exitCode: 2, stdout: '', stderr: `fabricost: ${message}` });

function wholeNumber(flag: string, text: string | undefined, min: number, max: number): number | string | undefined {
  if (text === undefined) return undefined;
  const n = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    return `${flag}: must be a whole number from ${min} to ${max} (got "${text}")`;
  return n;
}

const SLIP_PATTERN = /^([a-z0-9][a-z0-9.+-]{0,63})=(-?\d+)$/;

/**
 * Reads `--slip TARGET=YEARS` flags (projection, roadmap and search), or the error naming the
 * flag. Example: `['optics-1.6t=1']` → `[{ target: 'optics-1.6t', delayYears: 1, path: '--slip' }]`.
 */
export function parseSlipFlags(list: readonly string[] | undefined): SlipSpec[] | string {
  const slips: SlipSpec[] = [];
  for (const text of list ?? []) {
    const m = SLIP_PATTERN.exec(text.trim());
    const years = m ? Number(m[2]) : NaN;
    if (!m || years < -5 || years > 10)
      return `--slip: must be TARGET=YEARS, a catalog technology, vendor or component id and a whole number of years from -5 to 10 (got "${text}")`;
    slips.push({ target: m[1]!, delayYears: years, path: '--slip' });
  }
  return slips;
}

interface Checked {
  points?: number;
  mode?: (typeof PROJECTION_MODES)[number];
  slips: SlipSpec[];
  samples?: number;
  seed?: number;
  distribution?: DistributionKind;
}

function check(v: AnalysisValues): Checked | string {
  const points = wholeNumber('--points', v.points, 2, 10_000);
  if (typeof points === 'string') return points;
  if (points !== undefined && !v.sweep) return '--points applies to --sweep';
  if (v.mode !== undefined && !(PROJECTION_MODES as readonly string[]).includes(v.mode))
    return `--mode: must be one of ${PROJECTION_MODES.join(', ')} (got "${v.mode}")`;
  if (v.mode !== undefined && !v.projection) return '--mode applies to --projection';
  const slips = parseSlipFlags(v.slip);
  if (typeof slips === 'string') return slips;
  if (slips.length && !v.projection && !v.roadmap) return '--slip applies to --projection, --roadmap and --search';
  const samples = wholeNumber('--montecarlo', v.montecarlo, 100, 100_000);
  if (typeof samples === 'string') return samples;
  const seed = wholeNumber('--seed', v.seed, 0, 4_294_967_295);
  if (typeof seed === 'string') return seed;
  if (v.distribution !== undefined && !(DISTRIBUTIONS as readonly string[]).includes(v.distribution))
    return `--distribution: must be one of ${DISTRIBUTIONS.join(', ')} (got "${v.distribution}")`;
  if ((seed !== undefined || v.distribution !== undefined) && samples === undefined)
    return '--seed and --distribution apply to --montecarlo';
  return {
    ...(points === undefined ? {} : { points }),
    ...(v.mode === undefined ? {} : { mode: v.mode as Checked['mode'] }),
    slips,
    ...(samples === undefined ? {} : { samples }),
    ...(seed === undefined ? {} : { seed }),
    ...(v.distribution === undefined ? {} : { distribution: v.distribution as DistributionKind }),
  };
}

interface ScenarioAnalyses {
  scenario: string;
  sweep?: SizeSweep;
  projection?: YearProjection;
  roadmap?: RoadmapTimeline;
  tornado?: Tornado;
  monteCarlo?: MonteCarloResult;
}

/**
 * Runs the requested analyses for each scenario. Returns the finished output, or (with
 * `deferMonteCarlo` and --montecarlo) the output still waiting for its Monte Carlo jobs.
 */
export function runAnalyses(req: AnalysisRequest): CliOutcome & { monteCarlo?: PendingMonteCarlo } {
  const c = check(req.values);
  if (typeof c === 'string') return bad(c);
  const overrides = req.project.catalogOverrides;
  const merged = withProjectComponents(defaultCatalog, req.project.components);
  if (!merged.ok) return bad(`${merged.error.path}: ${merged.error.message} (got ${merged.error.value})`);
  const catalog = merged.value;
  // Scenario names are unique within a project; the scenario may be a changed copy (--mode).
  const where = (s: Scenario, path: string) =>
    path.startsWith('--') ? path : `scenarios[${req.project.scenarios.findIndex((x) => x.name === s.name)}].${path}`;
  const docs: ScenarioAnalyses[] = [];
  const jobs: MonteCarloJob[] = [];
  for (const s0 of req.scenarios) {
    const s = c.mode
      ? { ...s0, analysis: { ...s0.analysis, projection: { ...s0.analysis.projection, mode: c.mode } } }
      : s0;
    const doc: ScenarioAnalyses = { scenario: s.name };
    const failed = (e: ModelError) => bad(`scenario "${s.name}" (${where(s, e.path)}): ${e.message} (got ${e.value})`);
    // Sweep, projection and tornado run in shared/ as for the workbook; the first failure, in
    // the order sweep, projection, roadmap, tornado, is the command line's error.
    const ran = runProjectAnalyses(req.project, catalog, [s0], {
      sweep: !!req.values.sweep,
      projection: !!req.values.projection,
      tornado: !!req.values.tornado,
      ...(c.points === undefined ? {} : { points: c.points }),
      ...(c.mode === undefined ? {} : { mode: c.mode }),
      slips: c.slips,
    })[0]!;
    if (ran.sweep) {
      if (!ran.sweep.ok) return failed(ran.sweep.error);
      doc.sweep = ran.sweep.value;
    }
    if (ran.projection) {
      if (!ran.projection.ok) return failed(ran.projection.error);
      doc.projection = ran.projection.value;
    }
    if (req.values.roadmap) {
      const r = roadmapTimeline(catalog, [...storedSlips(s), ...c.slips]);
      if (!r.ok) return failed(r.error);
      doc.roadmap = r.value;
    }
    if (ran.tornado) {
      if (!ran.tornado.ok) return failed(ran.tornado.error);
      doc.tornado = ran.tornado.value;
    }
    if (c.samples !== undefined) {
      jobs.push({
        scenario: s,
        projectOverrides: overrides,
        components: req.project.components,
        settings: monteCarloSettings(s, {
          samples: c.samples,
          ...(c.seed === undefined ? {} : { seed: c.seed }),
          ...(c.distribution === undefined ? {} : { distribution: c.distribution }),
        }),
      });
    }
    docs.push(doc);
  }
  const json = !!req.values.json;
  const complete = (results: Result<MonteCarloResult>[]): CliOutcome => {
    for (const [i, r] of results.entries()) {
      const s = jobs[i]!.scenario;
      if (!r.ok) {
        if (r.error.path === CANCELLED_PATH)
          return {
            exitCode: 130,
            stdout: '',
            stderr: `fabricost: Monte Carlo of "${s.name}" ${r.error.message} (${r.error.value} samples done)`,
          };
        return bad(`scenario "${s.name}" (${where(s, r.error.path)}): ${r.error.message} (got ${r.error.value})`);
      }
      const doc = docs.find((d) => d.scenario === s.name);
      if (doc) doc.monteCarlo = r.value;
    }
    if (json) {
      const out = {
        file: req.file,
        catalogVersion: defaultCatalog.version,
        upgradeLog: req.upgradeLog,
        analyses: docs,
      };
      return { exitCode: 0, stdout: JSON.stringify(out, null, 2), stderr: '' };
    }
    const parts: string[] = [];
    for (const d of docs) {
      if (d.sweep) parts.push(formatSweep(d.scenario, d.sweep));
      if (d.projection) parts.push(formatProjection(d.scenario, d.projection));
      if (d.roadmap) parts.push(formatRoadmap(d.roadmap));
      if (d.tornado) parts.push(formatTornado(d.tornado));
      if (d.monteCarlo) parts.push(formatMonteCarlo(d.monteCarlo));
    }
    parts.push(...req.upgradeLog.map((l) => `upgraded: ${l.path}: ${l.detail}`));
    return { exitCode: 0, stdout: parts.join('\n\n'), stderr: '' };
  };
  if (jobs.length && req.deferMonteCarlo)
    return { exitCode: 0, stdout: '', stderr: '', monteCarlo: { jobs, json, complete } };
  return complete(
    jobs.map((j) => runMonteCarlo(j.scenario, catalog, { ...j.settings, projectOverrides: j.projectOverrides })),
  );
}

/** Runs one Monte Carlo job somewhere (a worker thread in model.ts). */
export type MonteCarloRunner = (
  job: MonteCarloJob,
  onProgress: (p: MonteCarloProgress) => void,
) => Promise<Result<MonteCarloResult>>;

/**
 * Finishes a result whose Monte Carlo jobs were deferred: runs them one after the other with
 * `runner`, writing progress lines with `progress` unless the output is JSON. Other results
 * pass through unchanged.
 */
export async function completeMonteCarlo<T extends CliOutcome & { monteCarlo?: PendingMonteCarlo }>(
  result: T,
  runner: MonteCarloRunner,
  progress?: (text: string) => void,
): Promise<Omit<T, 'monteCarlo'> | CliOutcome> {
  const { monteCarlo, ...rest } = result;
  if (!monteCarlo) return rest;
  const results: Result<MonteCarloResult>[] = [];
  for (const job of monteCarlo.jobs) {
    const report = monteCarlo.json || !progress ? undefined : progress;
    let last = -1;
    const r = await runner(job, (p) => {
      const percent = Math.floor((100 * p.done) / p.total);
      if (report && percent !== last) {
        last = percent;
        report(
          `\rMonte Carlo "${job.scenario.name}": ${p.done.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')} samples (${percent}%)`,
        );
      }
    });
    report?.('\n');
    results.push(r);
    if (!r.ok) break;
  }
  return monteCarlo.complete(results);
}

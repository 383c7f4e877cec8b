/**
 * The scaling analyses of a project's evaluated scenarios, run in one place for every host: the
 * cluster-size sweep, the year projection, the tornado and the Monte Carlo, each as configured
 * in the scenario (`analysis.*`) unless the host changes the sweep points, the projection mode
 * or adds slips (the command line's options). `evaluateProject` runs them when asked
 * (`analyses` option); the workbook writes what it returns instead of computing it.
 *
 * Each analysis is a `Result` of its own (the one error shape, shared/model-error.ts): a sweep
 * that cannot run does not hide the scenario's tornado. Paths in errors are relative to the
 * scenario, as shared/scaling returns them.
 *
 * Cost: bounded by `checkAnalysisWork` (analysis-work.ts) before a host asks for them; the Monte
 * Carlo re-prices a fixed BOM (about 1 µs a sample), so it is not counted there.
 *
 * Example: `runProjectAnalyses(project, catalog, project.scenarios, { tornado: true })` →
 * `[{ scenario: 'A', tornado: { ok: true, value: { capex: [...], tco: [...], ... } } }]`.
 */
import type { Catalog } from '../catalog/catalog-schema.ts';
import type { Result } from '../model-error.ts';
import type { ProjectionMode } from '../scenario/analysis-schema.ts';
import type { Project, Scenario } from '../scenario/scenario-schema.ts';
import { monteCarloSettings, runMonteCarlo, type MonteCarloResult } from '../scaling/monte-carlo.ts';
import type { SlipSpec } from '../scaling/roadmap.ts';
import { sweepScenario, type SizeSweep } from '../scaling/size-sweep.ts';
import { tornado, type Tornado } from '../scaling/tornado.ts';
import { projectScenario, type YearProjection } from '../scaling/year-projection.ts';

/** Which analyses to run, and the host's changes to the stored settings. */
export interface AnalysisRequest {
  sweep?: boolean;
  projection?: boolean;
  tornado?: boolean;
  monteCarlo?: boolean;
  /** Sweep points instead of `analysis.sweep.points` (2 to 10,000). */
  points?: number;
  /** Projection mode instead of `analysis.projection.mode`. */
  mode?: ProjectionMode;
  /** Slips added to the stored ones (projection). */
  slips?: readonly SlipSpec[];
}

/** One scenario's analyses; an analysis not asked for is absent. */
export interface ScenarioAnalyses {
  /** The scenario's name (unique in a project). */
  scenario: string;
  sweep?: Result<SizeSweep>;
  projection?: Result<YearProjection>;
  tornado?: Result<Tornado>;
  monteCarlo?: Result<MonteCarloResult>;
}

/** True when `req` asks for any analysis. */
export function anyAnalysis(req: AnalysisRequest): boolean {
  return !!(req.sweep || req.projection || req.tornado || req.monteCarlo);
}

/**
 * Runs the requested analyses of each scenario in `scenarios`, in order, against `catalog` (the
 * project's own components included) and the project's catalog overrides. `onScenario(done,
 * total)` is told after each scenario. Never throws for bad input.
 */
export function runProjectAnalyses(
  project: Project,
  catalog: Catalog,
  scenarios: readonly Scenario[],
  req: AnalysisRequest,
  onScenario?: (done: number, total: number) => void,
): ScenarioAnalyses[] {
  const overrides = project.catalogOverrides;
  return scenarios.map((s0, i) => {
    const s = req.mode
      ? { ...s0, analysis: { ...s0.analysis, projection: { ...s0.analysis.projection, mode: req.mode } } }
      : s0;
    const out: ScenarioAnalyses = { scenario: s.name };
    if (req.sweep) out.sweep = sweepScenario(s, catalog, overrides, req.points);
    if (req.projection) out.projection = projectScenario(s, catalog, overrides, req.slips ?? []);
    if (req.tornado) out.tornado = tornado(s, catalog, overrides);
    if (req.monteCarlo)
      out.monteCarlo = runMonteCarlo(s, catalog, { ...monteCarloSettings(s), projectOverrides: overrides });
    onScenario?.(i + 1, scenarios.length);
    return out;
  });
}

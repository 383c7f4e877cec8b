/**
 * The one calculation boundary for a whole project: text in, every scenario's result and the
 * analyses the host asks for (sweep, projection, tornado, Monte Carlo; project-analyses.ts)
 * out, or one message naming the scenario, the field, the value and what is allowed. The
 * export service, the browser-mode workbook and the command line all start here.
 *
 * Example: `evaluateProject(text)` → `{ ok: true, project, results: [ScenarioResult, …], analyses: [] }`;
 * `evaluateProject(text, { analyses: { tornado: true } })` adds `analyses: [{ scenario, tornado }, …]`; or
 * `{ ok: false, message: 'Scenario "A" cannot be evaluated (scenarios[0].cluster.acceleratorCount): … (got 1001)' }`.
 */
import type { Catalog } from '../catalog/catalog-schema.ts';
import { defaultCatalog } from '../catalog/default-catalog.ts';
import { withProjectComponents } from '../catalog/project-components.ts';
import { formatFieldErrors, parseProject, type FieldError, type UpgradeLogEntry } from '../scenario/parse-project.ts';
import type { Project } from '../scenario/scenario-schema.ts';
import { checkAnalysisWork } from './analysis-work.ts';
import { evaluateScenario } from './evaluate-scenario.ts';
import { anyAnalysis, runProjectAnalyses, type AnalysisRequest, type ScenarioAnalyses } from './project-analyses.ts';
import type { ScenarioResult } from './scenario-result.ts';

/** A failing field: its path (relative to the failing part), what is wrong, the value given. */
interface FailedField {
  path: string;
  message: string;
  value: unknown;
}

/**
 * Why a project could not be evaluated, structured so a host can word it its own way (the
 * command line does); `message` in {@link ProjectEvaluation} is the default wording.
 */
export type ProjectFailure =
  | { stage: 'parse'; errors: FieldError[] }
  | { stage: 'analysis-work'; error: FailedField }
  | { stage: 'no-such-scenario'; wanted: string; names: string[] }
  | { stage: 'components'; error: FailedField }
  /** `index`: the scenario's position in the whole project, also when one was selected. */
  | { stage: 'scenario'; name: string; index: number; error: FailedField };

export type ProjectEvaluation =
  | {
      ok: true;
      project: Project;
      /** One per evaluated scenario (every scenario, or the one `scenario` named), in file order. */
      results: ScenarioResult[];
      /** The catalog the results used: the given one with the project's own components added. */
      catalog: Catalog;
      /** Upgrades applied to an older file version (empty for a current file). */
      upgradeLog: UpgradeLogEntry[];
      /** One per evaluated scenario, in the order of `results`, when `analyses` asked for any; else empty. */
      analyses: ScenarioAnalyses[];
    }
  | { ok: false; message: string; failure: ProjectFailure };

export interface EvaluateProjectOptions {
  catalog?: Catalog;
  /**
   * Refuse a project whose stored analyses need more design evaluations than this (hosts that
   * will run them, e.g. a workbook export). Unset: no bound.
   */
  maxAnalysisEvaluations?: number;
  /** Evaluate only the scenarios with this name (default: all); none matching is a failure. */
  scenario?: string;
  /** The analyses to run for every evaluated scenario (default: none). */
  analyses?: AnalysisRequest;
  /**
   * Told how far the evaluation has got: `evaluating` once every scenario is evaluated, then
   * `analyses` after each scenario's analyses (only when some were asked for).
   */
  onProgress?: (progress: { stage: 'evaluating' | 'analyses'; done: number; total: number }) => void;
}

/** Parses `text` and evaluates every scenario. Never throws. */
export function evaluateProject(text: string, o: EvaluateProjectOptions = {}): ProjectEvaluation {
  const catalog = o.catalog ?? defaultCatalog;
  const parsed = parseProject(text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: `The project is not valid:\n${formatFieldErrors(parsed.errors)}`,
      failure: { stage: 'parse', errors: parsed.errors },
    };
  }
  const { project } = parsed;
  if (o.maxAnalysisEvaluations !== undefined) {
    const work = checkAnalysisWork(project, o.maxAnalysisEvaluations);
    if (!work.ok) {
      const { path, message, value } = work.error;
      return {
        ok: false,
        message: `${message} (${path} is ${value}).`,
        failure: { stage: 'analysis-work', error: work.error },
      };
    }
  }
  const selected = project.scenarios
    .map((scenario, index) => ({ scenario, index }))
    .filter(({ scenario }) => o.scenario === undefined || scenario.name === o.scenario);
  if (o.scenario !== undefined && selected.length === 0) {
    const names = project.scenarios.map((s) => s.name);
    return {
      ok: false,
      message: `No scenario named "${o.scenario}"; scenarios: ${names.join(', ')}`,
      failure: { stage: 'no-such-scenario', wanted: o.scenario, names },
    };
  }
  const merged = withProjectComponents(catalog, project.components);
  if (!merged.ok) {
    const { path, message, value } = merged.error;
    return {
      ok: false,
      message: `The project's components cannot be used (${path}): ${message} (got ${value})`,
      failure: { stage: 'components', error: merged.error },
    };
  }
  const results: ScenarioResult[] = [];
  for (const { scenario, index } of selected) {
    const r = evaluateScenario(scenario, merged.value, project.catalogOverrides);
    if (!r.ok) {
      const { path, message, value } = r.error;
      return {
        ok: false,
        message: `Scenario "${scenario.name}" cannot be evaluated (scenarios[${index}].${path}): ${message} (got ${String(value)})`,
        failure: { stage: 'scenario', name: scenario.name, index, error: r.error },
      };
    }
    results.push(r.value);
  }
  o.onProgress?.({ stage: 'evaluating', done: results.length, total: results.length });
  const analyses =
    o.analyses && anyAnalysis(o.analyses)
      ? runProjectAnalyses(
          project,
          merged.value,
          selected.map(({ scenario }) => scenario),
          o.analyses,
          (done, total) => o.onProgress?.({ stage: 'analyses', done, total }),
        )
      : [];
  return { ok: true, project, results, catalog: merged.value, upgradeLog: parsed.upgradeLog, analyses };
}

/**
 * The one calculation boundary for a whole project: text in, every scenario's result out, or
 * one message naming the scenario, the field, the value and what is allowed. The export
 * service, the browser-mode workbook and the command line all start here.
 *
 * Example: `evaluateProject(text)` → `{ ok: true, project, results: [ScenarioResult, …] }`, or
 * `{ ok: false, message: 'Scenario "A" cannot be evaluated (scenarios[0].cluster.acceleratorCount): … (got 1001)' }`.
 */
import type { Catalog } from '../catalog/catalog-schema.ts';
import { defaultCatalog } from '../catalog/default-catalog.ts';
import { withProjectComponents } from '../catalog/project-components.ts';
import { formatFieldErrors, parseProject } from '../scenario/parse-project.ts';
import type { Project } from '../scenario/scenario-schema.ts';
import { checkAnalysisWork } from './analysis-work.ts';
import { evaluateScenario } from './evaluate-scenario.ts';
import type { ScenarioResult } from './scenario-result.ts';

export type ProjectEvaluation =
  | {
      ok: true;
      project: Project;
      results: ScenarioResult[];
      /** The catalog the results used: the given one with the project's own components added. */
      catalog: Catalog;
    }
  | { ok: false; message: string };

export interface EvaluateProjectOptions {
  catalog?: Catalog;
  /**
   * Refuse a project whose stored analyses need more design evaluations than this (hosts that
   * will run them, e.g. a workbook export). Unset: no bound.
   */
  maxAnalysisEvaluations?: number;
}

/** Parses `text` and evaluates every scenario. Never throws. */
export function evaluateProject(text: string, o: EvaluateProjectOptions = {}): ProjectEvaluation {
  const catalog = o.catalog ?? defaultCatalog;
  const parsed = parseProject(text);
  if (!parsed.ok) return { ok: false, message: `The project is not valid:\n${formatFieldErrors(parsed.errors)}` };
  if (o.maxAnalysisEvaluations !== undefined) {
    const work = checkAnalysisWork(parsed.project, o.maxAnalysisEvaluations);
    if (!work.ok) return { ok: false, message: `${work.error.message} (${work.error.path} is ${work.error.value}).` };
  }
  const merged = withProjectComponents(catalog, parsed.project.components);
  if (!merged.ok) {
    const { path, message, value } = merged.error;
    return { ok: false, message: `The project's components cannot be used (${path}): ${message} (got ${value})` };
  }
  const results: ScenarioResult[] = [];
  for (const [i, scenario] of parsed.project.scenarios.entries()) {
    const r = evaluateScenario(scenario, merged.value, parsed.project.catalogOverrides);
    if (!r.ok) {
      const { path, message, value } = r.error;
      return {
        ok: false,
        message: `Scenario "${scenario.name}" cannot be evaluated (scenarios[${i}].${path}): ${message} (got ${String(value)})`,
      };
    }
    results.push(r.value);
  }
  return { ok: true, project: parsed.project, results, catalog: merged.value };
}

/**
 * How much evaluation a project's stored analyses cost, so a host can refuse work it could not
 * finish in reasonable time before starting it (an export of 64 scenarios with 10,000-point
 * sweeps is 640,000 fabric evaluations and over a gigabyte of tables).
 *
 * Units: evaluations of one design (one `evaluateScenario` call, about 10-50 µs).
 * Example: the default analyses of one scenario (31-point sweep, 9 projection years, no
 * variants) cost 31 + 9 + 120 = 160 evaluations.
 */
import { fail, ok, type Result } from '../model-error.ts';
import { storedVariants } from '../scaling/scenario-variants.ts';
import type { Project, Scenario } from '../scenario/scenario-schema.ts';

/** Upper bound of a tornado's evaluations: low and high of each uncertain input. */
export const TORNADO_EVALUATIONS = 120;

/** The most evaluations a workbook export may take (tens of seconds at most, in a worker). */
export const EXPORT_MAX_EVALUATIONS = 100_000;

/** Evaluations of one scenario's stored sweep, projection and tornado (variants included). */
export function scenarioAnalysisEvaluations(s: Scenario): number {
  const series = 1 + storedVariants(s).length;
  const sweep = s.analysis.sweep.points * series;
  const years = Math.max(0, s.analysis.projection.toYear - s.analysis.projection.fromYear + 1);
  return sweep + years * series + TORNADO_EVALUATIONS;
}

/**
 * The project's total, or an error naming the total, the heaviest scenario and what to change
 * when it passes `limit`.
 */
export function checkAnalysisWork(project: Project, limit = EXPORT_MAX_EVALUATIONS): Result<number> {
  let total = 0;
  let heaviest = { index: 0, evaluations: -1 };
  project.scenarios.forEach((s, index) => {
    const evaluations = scenarioAnalysisEvaluations(s);
    total += evaluations;
    if (evaluations > heaviest.evaluations) heaviest = { index, evaluations };
  });
  if (total <= limit) return ok(total);
  const s = project.scenarios[heaviest.index] as Scenario;
  return fail(
    `scenarios[${heaviest.index}].analysis.sweep.points`,
    s.analysis.sweep.points,
    `the analyses of this project take ${total.toLocaleString('en-US')} design evaluations ` +
      `(${project.scenarios.length} scenarios; the heaviest, "${s.name}", ${heaviest.evaluations.toLocaleString('en-US')}); ` +
      `at most ${limit.toLocaleString('en-US')} can be exported. Lower the sweep points or export fewer scenarios`,
  );
}

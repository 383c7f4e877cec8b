/**
 * Results of every scenario, evaluated by shared/ whenever an input changes. The renderer
 * never computes a model number itself; it only presents these. While a scenario's inputs are
 * invalid, its last valid result is kept (shown dimmed and labelled stale) so nothing the user
 * was reading vanishes mid-typing.
 */
import { defineStore } from 'pinia';
import { computed, watch } from 'vue';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import type { ModelError } from '../../shared/model-error.ts';
import { useProjectStore } from './project.ts';

export type ScenarioOutcome =
  | { status: 'ok'; result: ScenarioResult }
  | { status: 'invalid'; errorCount: number; overridesInvalid?: boolean; componentsInvalid?: boolean }
  | { status: 'unbuildable'; error: ModelError };

export const useResultsStore = defineStore('results', () => {
  const project = useProjectStore();

  /**
   * The last valid result of each scenario, by name (names are unique; a rename of a valid
   * scenario is followed at once). Cleared when another document is loaded.
   */
  const lastValid = new Map<string, ScenarioResult>();
  const keyOf = (i: number) => `${project.sessionId}\u0000${project.names[i] ?? ''}`;
  watch(
    () => project.sessionId,
    () => {
      for (const k of lastValid.keys()) if (!k.startsWith(`${project.sessionId}\u0000`)) lastValid.delete(k);
    },
  );

  const outcomes = computed<ScenarioOutcome[]>(() => {
    const overrides = project.overrides;
    const overrideErrors = project.overrideErrors.length;
    return project.checks.map((check, i) => {
      if (!check.scenario) return { status: 'invalid', errorCount: check.errors.length + overrideErrors };
      if (overrideErrors) return { status: 'invalid', errorCount: overrideErrors, overridesInvalid: true };
      const componentErrors = project.componentErrors.length;
      if (componentErrors) return { status: 'invalid', errorCount: componentErrors, componentsInvalid: true };
      const r = evaluateScenario(check.scenario, project.catalog, overrides);
      if (r.ok) lastValid.set(keyOf(i), r.value);
      return r.ok ? { status: 'ok', result: r.value } : { status: 'unbuildable', error: r.error };
    });
  });

  const stale = computed<(ScenarioResult | undefined)[]>(() =>
    outcomes.value.map((o, i) => (o.status === 'invalid' ? lastValid.get(keyOf(i)) : undefined)),
  );

  const active = computed(() => outcomes.value[project.activeIndex]);
  const activeResult = computed(() => (active.value?.status === 'ok' ? active.value.result : undefined));
  /** The active scenario's last valid result while its inputs are invalid. */
  const activeStale = computed(() => stale.value[project.activeIndex]);

  /** The catalog results are computed on (with the project's own components). */
  const catalog = computed(() => project.catalog);
  return { outcomes, active, activeResult, activeStale, catalog };
});

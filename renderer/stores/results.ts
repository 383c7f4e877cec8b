/**
 * Results of every scenario, evaluated by shared/ whenever an input changes. The renderer
 * never computes a model number itself; it only presents these.
 */
import { defineStore } from 'pinia';
import { computed } from 'vue';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import type { ModelError } from '../../shared/model-error.ts';
import { useProjectStore } from './project.ts';

export type ScenarioOutcome =
  | { status: 'ok'; result: ScenarioResult }
  | { status: 'invalid'; errorCount: number }
  | { status: 'unbuildable'; error: ModelError };

export const useResultsStore = defineStore('results', () => {
  const project = useProjectStore();

  const outcomes = computed<ScenarioOutcome[]>(() => {
    const overrides = project.overrides;
    return project.checks.map((check) => {
      if (!check.scenario) return { status: 'invalid', errorCount: check.errors.length };
      const r = evaluateScenario(check.scenario, defaultCatalog, overrides);
      return r.ok ? { status: 'ok', result: r.value } : { status: 'unbuildable', error: r.error };
    });
  });

  const active = computed(() => outcomes.value[project.activeIndex]);
  const activeResult = computed(() => (active.value?.status === 'ok' ? active.value.result : undefined));

  return { outcomes, active, activeResult, catalog: defaultCatalog };
});

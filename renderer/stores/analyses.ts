/**
 * The scaling analyses of the active scenario and the workers that run the long ones. The
 * size sweep and Monte Carlo run in Web Workers (one per kind) with progress; the year
 * projection, roadmap and tornado are quick and computed here from shared/. A sweep is
 * (re)started when its scenario or the overrides change while the Scaling view shows it; a
 * newer request supersedes the running one, and replies to superseded requests are dropped.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { Result } from '../../shared/model-error.ts';
import { monteCarloSettings, type MonteCarloMetric, type MonteCarloResult } from '../../shared/scaling/monte-carlo.ts';
import { roadmapTimeline } from '../../shared/scaling/roadmap.ts';
import type { SizeSweep } from '../../shared/scaling/size-sweep.ts';
import { tornado } from '../../shared/scaling/tornado.ts';
import { projectScenario, storedSlips } from '../../shared/scaling/year-projection.ts';
import type { Scenario } from '../../shared/scenario/scenario-schema.ts';
import type { AnalysisKind, AnalysisReply, AnalysisRequest } from '../../shared/scaling/analysis-messages.ts';
import { useProjectStore } from './project.ts';
import { useUiStore } from './ui.ts';

export type ScalingTab = 'sweep' | 'projection' | 'roadmap' | 'tornado' | 'montecarlo';
export const SCALING_TABS: readonly ScalingTab[] = ['sweep', 'projection', 'roadmap', 'tornado', 'montecarlo'];

export interface Progress {
  done: number;
  total: number;
}

/** A plain copy a worker can receive (reactive proxies cannot be cloned). */
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export const useAnalysesStore = defineStore('analyses', () => {
  const project = useProjectStore();
  const ui = useUiStore();
  const tab = ref<ScalingTab>('sweep');
  const scenario = computed<Scenario | undefined>(() => project.checks[project.activeIndex]?.scenario);
  const showing = (t: ScalingTab) => ui.view === 'scaling' && tab.value === t;

  // ---- workers
  const workers: Partial<Record<AnalysisKind, Worker>> = {};
  const latest: Partial<Record<AnalysisKind, number>> = {};
  let nextId = 1;
  const progress = ref<Partial<Record<AnalysisKind, Progress>>>({});

  function workerFor(kind: AnalysisKind): Worker {
    let w = workers[kind];
    if (w) return w;
    w = new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<AnalysisReply>) => receive(e.data);
    workers[kind] = w;
    return w;
  }

  function send(kind: AnalysisKind, build: (id: number) => AnalysisRequest): void {
    const id = nextId++;
    latest[kind] = id;
    progress.value = { ...progress.value, [kind]: { done: 0, total: 0 } };
    workerFor(kind).postMessage(build(id));
  }

  function receive(m: AnalysisReply): void {
    const kind: AnalysisKind = m.type === 'progress' ? m.kind : m.type === 'sweep-done' ? 'sweep' : 'montecarlo';
    if (latest[kind] !== m.id) return; // superseded
    if (m.type === 'progress') {
      progress.value = { ...progress.value, [kind]: { done: m.done, total: m.total } };
      return;
    }
    const rest = { ...progress.value };
    delete rest[kind];
    progress.value = rest;
    if (m.type === 'sweep-done') sweep.value = m.result;
    else monteCarlo.value = m.result;
  }

  /** Ends every worker (the window is closing, or a test tears the store down). */
  function dispose(): void {
    for (const k of Object.keys(workers) as AnalysisKind[]) {
      workers[k]?.terminate();
      delete workers[k];
    }
    progress.value = {};
  }

  // ---- sweep (worker)
  /** The last finished sweep; kept on screen while a newer one runs. */
  const sweep = shallowRef<Result<SizeSweep> | undefined>();
  /** The inputs of the last sweep sent (the scenario and overrides objects; an edit replaces them). */
  let sweepInputs: readonly [Scenario, unknown, unknown] | undefined;
  /** True while the sweep on screen is older than the inputs. */
  const sweepRunning = computed(() => progress.value.sweep !== undefined);
  watch(
    () => [showing('sweep'), scenario.value, project.overrides, project.catalog] as const,
    ([show, s, overrides, catalog]) => {
      if (!show || !s) return;
      if (sweepInputs?.[0] === s && sweepInputs[1] === overrides && sweepInputs[2] === catalog) return;
      sweepInputs = [s, overrides, catalog];
      const components = project.components;
      send('sweep', (id) => ({
        type: 'sweep',
        id,
        scenario: plain(s),
        overrides: plain(overrides),
        ...(components ? { components: plain(components) } : {}),
      }));
    },
    { immediate: true },
  );

  // ---- quick analyses (computed on demand)
  const projection = computed(() =>
    showing('projection') && scenario.value
      ? projectScenario(scenario.value, project.catalog, project.overrides)
      : undefined,
  );
  const timeline = computed(() =>
    scenario.value ? roadmapTimeline(project.catalog, storedSlips(scenario.value)) : undefined,
  );
  const tornadoResult = computed(() =>
    showing('tornado') && scenario.value ? tornado(scenario.value, project.catalog, project.overrides) : undefined,
  );

  // ---- Monte Carlo (worker, on request)
  const monteCarlo = shallowRef<Result<MonteCarloResult> | null>(null);
  const monteCarloMetric = ref<MonteCarloMetric>('capexUsd');
  const monteCarloRunning = computed(() => progress.value.montecarlo !== undefined);
  function runMonteCarlo(): void {
    const s = scenario.value;
    if (!s) return;
    monteCarlo.value = null;
    send('montecarlo', (id) => ({
      type: 'montecarlo',
      id,
      scenario: plain(s),
      settings: monteCarloSettings(s),
      overrides: plain(project.overrides),
      ...(project.components ? { components: plain(project.components) } : {}),
    }));
    progress.value = { ...progress.value, montecarlo: { done: 0, total: s.analysis.monteCarlo.samples } };
  }
  function cancelMonteCarlo(): void {
    const id = latest.montecarlo;
    if (id !== undefined) workers.montecarlo?.postMessage({ type: 'cancel', id } satisfies AnalysisRequest);
  }

  return {
    tab,
    scenario,
    progress,
    sweep,
    sweepRunning,
    projection,
    timeline,
    tornado: tornadoResult,
    monteCarlo,
    monteCarloMetric,
    monteCarloRunning,
    runMonteCarlo,
    cancelMonteCarlo,
    dispose,
  };
});

/**
 * The design search of the active scenario: the dimensions and constraints the user sets, and
 * the workers that run it. A search is cut into shards (shared/search/run-search.ts), four per
 * Web Worker (up to four workers), handed out as workers finish; the shards are assembled here
 * into the same result one pass would give. The workers start when the Search view opens
 * (`warm`) and stay for the next search. Cancel stops every shard at its next progress point
 * and shows what was found.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { ECOSYSTEM_IDS, MEDIUM_KINDS, type Catalog } from '../../shared/catalog/catalog-schema.ts';
import type { ModelError } from '../../shared/model-error.ts';
import { TOPOLOGY_KINDS, type Scenario } from '../../shared/scenario/scenario-schema.ts';
import { checkSearch } from '../../shared/search/check-search.ts';
import {
  ALL_VALUES,
  OBJECTIVES,
  type DesignSpace,
  type DimensionChoice,
  type Objective,
  type SearchConstraints,
} from '../../shared/search/design-space.ts';
import { assembleSearch, type SearchResult, type ShardResult } from '../../shared/search/run-search.ts';
import { searchCatalog } from '../../shared/search/search-catalog.ts';
import type { SearchSettings } from '../../shared/search/search-settings.ts';
import type { SearchJobOptions, SearchReply, SearchRequest } from '../../shared/search/search-messages.ts';

/** Shards per worker: enough that a worker slowed by the window hands work to the others. */
const SHARDS_PER_WORKER = 4;
import { useProjectStore } from './project.ts';

/** The dimensions the Search tab lets the user vary, in display order. */
export const SEARCH_DIMENSIONS = [
  'ecosystem',
  'switchModel',
  'topologyKind',
  'tiers',
  'oversubscription',
  'planes',
  'nicPortRateGbps',
  'nicPortsPerAccelerator',
  'scalableUnitServers',
  'mediaAcceleratorLeaf',
  'mediaLeafSpine',
  'mediaSpineCore',
  'mediaCoreSuper',
  'mediaLocal',
  'mediaGlobal',
  'tierLeaf',
  'tierSpine',
  'tierCore',
  'tierSuperCore',
] as const;
export type SearchDimension = (typeof SEARCH_DIMENSIONS)[number];
export type DimensionMode = DimensionChoice<unknown>['mode'];
export type DimensionValue = string | number;

export interface DimensionState {
  mode: DimensionMode;
  values: DimensionValue[];
}

export const CONSTRAINT_KEYS = [
  'maxOversubscription',
  'minEfficiency',
  'maxHhi',
  'minSiliconSuppliers',
  'maxPowerWPerAccelerator',
  'buildYear',
] as const satisfies readonly (keyof SearchConstraints)[];

/** The values a list may pick for each dimension (from the catalog where it enumerates them). */
export function dimensionOptions(d: SearchDimension, catalog: Catalog): DimensionValue[] {
  switch (d) {
    case 'ecosystem':
      return [...ECOSYSTEM_IDS];
    case 'switchModel':
      return ['auto', ...catalog.switches.map((s) => s.id)];
    case 'topologyKind':
      return [...TOPOLOGY_KINDS];
    case 'tiers':
      return ['auto', ...ALL_VALUES.tiers];
    case 'oversubscription':
      return [1, 1.5, 2, 3, 4, 5, 7, 8];
    case 'planes':
      return [...ALL_VALUES.planes];
    case 'nicPortRateGbps':
      return [...new Set(catalog.nics.map((n) => n.portRateGbps))].sort((a, b) => a - b);
    case 'nicPortsPerAccelerator':
      return [...ALL_VALUES.nicPortsPerAccelerator];
    case 'scalableUnitServers':
      return [...ALL_VALUES.scalableUnitServers];
    case 'mediaAcceleratorLeaf':
    case 'mediaLeafSpine':
    case 'mediaSpineCore':
    case 'mediaCoreSuper':
    case 'mediaLocal':
    case 'mediaGlobal':
      return ['auto', ...MEDIUM_KINDS];
    case 'tierLeaf':
    case 'tierSpine':
    case 'tierCore':
    case 'tierSuperCore':
      return ['auto', ...catalog.switches.map((s) => s.id)];
  }
}

/** Starting space: every ecosystem and switch, every tier count, 1:1 to 1:3, one or two planes. */
function initialDimensions(): Record<SearchDimension, DimensionState> {
  const fixed = (): DimensionState => ({ mode: 'fixed', values: [] });
  return {
    ecosystem: { mode: 'all', values: [] },
    switchModel: { mode: 'all', values: [] },
    topologyKind: fixed(),
    tiers: { mode: 'all', values: [] },
    oversubscription: { mode: 'list', values: [1, 2, 3] },
    planes: { mode: 'list', values: [1, 2] },
    nicPortRateGbps: fixed(),
    nicPortsPerAccelerator: fixed(),
    scalableUnitServers: fixed(),
    mediaAcceleratorLeaf: fixed(),
    mediaLeafSpine: fixed(),
    mediaSpineCore: fixed(),
    mediaCoreSuper: fixed(),
    mediaLocal: fixed(),
    mediaGlobal: fixed(),
    tierLeaf: fixed(),
    tierSpine: fixed(),
    tierCore: fixed(),
    tierSuperCore: fixed(),
  };
}

/** The shared design space of the dimension settings. */
export function toDesignSpace(dims: Record<SearchDimension, DimensionState>): DesignSpace {
  const choice = <T>(s: DimensionState): DimensionChoice<T> =>
    s.mode === 'list' ? { mode: 'list', values: s.values as T[] } : { mode: s.mode };
  return {
    ecosystem: choice(dims.ecosystem),
    switchModel: choice(dims.switchModel),
    topologyKind: choice(dims.topologyKind),
    tiers: choice(dims.tiers),
    oversubscription: choice(dims.oversubscription),
    planes: choice(dims.planes),
    nicPortRateGbps: choice(dims.nicPortRateGbps),
    nicPortsPerAccelerator: choice(dims.nicPortsPerAccelerator),
    scalableUnitServers: choice(dims.scalableUnitServers),
    media: {
      acceleratorLeaf: choice(dims.mediaAcceleratorLeaf),
      leafSpine: choice(dims.mediaLeafSpine),
      spineCore: choice(dims.mediaSpineCore),
      coreSuper: choice(dims.mediaCoreSuper),
      local: choice(dims.mediaLocal),
      global: choice(dims.mediaGlobal),
    },
    tierModels: {
      leaf: choice(dims.tierLeaf),
      spine: choice(dims.tierSpine),
      core: choice(dims.tierCore),
      superCore: choice(dims.tierSuperCore),
    },
  };
}

/** A plain copy a worker can receive (reactive proxies cannot be cloned). */
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The search that last ran: its scenario name and options (the workbook's Search sheet shows them). */
export interface SearchRun {
  scenarioName: string;
  options: SearchJobOptions;
  result: SearchResult;
}

export const useSearchStore = defineStore('search', () => {
  const project = useProjectStore();
  const dimensions = ref(initialDimensions());
  /** Constraint inputs as numbers; undefined = no constraint. */
  const constraints = ref<Partial<Record<(typeof CONSTRAINT_KEYS)[number], number>>>({});
  const objectives = ref<Objective[]>([...OBJECTIVES]);
  const progress = ref<{ done: number; total: number } | null>(null);
  const last = shallowRef<SearchRun | null>(null);
  const failure = ref<string | null>(null);

  const scenario = computed<Scenario | undefined>(() => project.checks[project.activeIndex]?.scenario);
  const space = computed(() => toDesignSpace(dimensions.value));
  /** The catalog searched: the project's, with the active scenario's stored roadmap slips. */
  const slipped = computed(() => (scenario.value ? searchCatalog(scenario.value, project.catalog) : undefined));
  const errors = computed<ModelError[]>(() => [
    ...(slipped.value && !slipped.value.ok ? [slipped.value.error] : []),
    ...checkSearch(space.value, constraints.value, objectives.value),
  ]);

  const workers: Worker[] = [];
  let nextId = 1;
  let running: {
    id: number;
    base: Scenario;
    options: SearchJobOptions;
    /** The catalog the workers search on (with the scenario's slips); assembly uses it too. */
    catalog: Catalog;
    parts: (ShardResult | undefined)[];
    /** Own candidates each shard has passed (their sum is the search's progress). */
    mine: number[];
    /** Next shard to hand out, and the worker running each shard. */
    next: number;
    workerOf: number[];
    /** Cancelled: no more shards are handed out; the result covers those that ran. */
    stopped: boolean;
  } | null = null;

  function workerAt(i: number): Worker {
    let w = workers[i];
    if (!w) {
      w = new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<SearchReply>) => receive(e.data);
      workers[i] = w;
    }
    return w;
  }

  /** Workers to split over: the cores less one for the window, at most four. */
  function workerCount(): number {
    const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
    return Math.max(1, Math.min(4, cores - 1));
  }

  /** Starts the workers ahead of the first search (the Search view calls it when it opens). */
  function warm(): void {
    for (let i = 0; i < workerCount(); i++) workerAt(i);
  }

  function run(): void {
    const base = scenario.value;
    if (!base || errors.value.length > 0) return;
    cancel();
    const id = nextId++;
    const count = workerCount();
    const shards = count * SHARDS_PER_WORKER;
    const options: SearchJobOptions = plain({
      space: space.value,
      constraints: constraints.value,
      objectives: objectives.value,
      overrides: project.overrides,
    });
    const b = plain(base);
    const searched = slipped.value?.ok ? slipped.value.value : project.catalog;
    running = {
      id,
      base: b,
      options,
      catalog: searched,
      parts: new Array(shards).fill(undefined),
      mine: new Array(shards).fill(0),
      next: count,
      workerOf: [],
      stopped: false,
    };
    progress.value = { done: 0, total: 0 };
    failure.value = null;
    // The catalog goes with the job (once per worker), so the worker loads no catalog of its own.
    const catalog = plain(searched);
    for (let index = 0; index < count; index++) {
      running.workerOf[index] = index;
      const msg: SearchRequest = { type: 'run', id, base: b, options, catalog, shard: { index, count: shards } };
      workerAt(index).postMessage(msg);
    }
  }

  function cancel(): void {
    if (!running) return;
    running.stopped = true;
    for (const w of new Set(running.workerOf))
      workers[w]?.postMessage({ type: 'cancel', id: running.id } satisfies SearchRequest);
  }

  function receive(m: SearchReply): void {
    const r = running;
    if (m.type === 'ready' || !r || r.id !== m.id) return; // a worker loaded, or superseded
    if (m.type === 'progress') {
      r.mine[m.shard] = m.mine;
      progress.value = { done: r.mine.reduce((t, x) => t + x, 0), total: m.total };
      return;
    }
    if (m.type === 'failed') {
      failure.value = m.message;
      running = null;
      progress.value = null;
      return;
    }
    r.parts[m.shard] = m.result;
    r.mine[m.shard] = m.result.mine;
    if (m.result.cancelled) r.stopped = true;
    const w = r.workerOf[m.shard]!;
    if (!r.stopped && r.next < r.parts.length) {
      // This worker is free: give it the next shard.
      const shard = { index: r.next++, count: r.parts.length };
      r.workerOf[shard.index] = w;
      workers[w]?.postMessage({ type: 'shard', id: r.id, shard } satisfies SearchRequest);
    }
    // Done when every shard handed out has replied (all of them, unless cancelled).
    const handed = r.parts.slice(0, r.next);
    if (handed.some((p) => p === undefined)) return;
    const parts = handed as ShardResult[];
    running = null;
    progress.value = null;
    last.value = {
      scenarioName: r.base.name,
      options: r.options,
      result: assembleSearch(r.base, r.catalog, r.options, parts),
    };
  }

  /** The last search's settings, for the workbook's Search sheet; undefined before any search. */
  function lastSettings(): SearchSettings | undefined {
    const l = last.value;
    if (!l || l.result.cancelled) return undefined;
    const { space, constraints, objectives } = l.options;
    return plain({
      scenario: l.scenarioName,
      space,
      constraints: constraints ?? {},
      objectives: [...(objectives ?? OBJECTIVES)],
    });
  }

  /** Ends every worker (the window is closing, or a test tears the store down). */
  function dispose(): void {
    for (const w of workers.splice(0)) w.terminate();
    running = null;
    progress.value = null;
  }

  function setMode(d: SearchDimension, mode: DimensionMode): void {
    const cur = dimensions.value[d];
    dimensions.value = { ...dimensions.value, [d]: { mode, values: cur.values } };
  }

  function toggleValue(d: SearchDimension, v: DimensionValue): void {
    const cur = dimensions.value[d];
    const values = cur.values.includes(v) ? cur.values.filter((x) => x !== v) : [...cur.values, v];
    const order = dimensionOptions(d, project.catalog);
    values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    dimensions.value = { ...dimensions.value, [d]: { mode: 'list', values } };
  }

  function setConstraint(k: (typeof CONSTRAINT_KEYS)[number], v: number | undefined): void {
    const next = { ...constraints.value };
    if (v === undefined) delete next[k];
    else next[k] = v;
    constraints.value = next;
  }

  function toggleObjective(o: Objective): void {
    objectives.value = objectives.value.includes(o)
      ? objectives.value.filter((x) => x !== o)
      : OBJECTIVES.filter((x) => x === o || objectives.value.includes(x));
  }

  return {
    dimensions,
    constraints,
    objectives,
    progress,
    last,
    failure,
    scenario,
    space,
    errors,
    run,
    cancel,
    warm,
    dispose,
    lastSettings,
    setMode,
    toggleValue,
    setConstraint,
    toggleObjective,
  };
});

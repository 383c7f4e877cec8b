/**
 * The open project document as the user edits it. Values are kept exactly as typed (even
 * invalid ones, so nothing the user entered is lost); validation and evaluation read from
 * here. Every edit is one undoable step.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { getAtPath, setAtPath } from '../../shared/scenario/object-paths.ts';
import { parseProjectValue, type FieldError, type UpgradeLogEntry } from '../../shared/scenario/parse-project.ts';
import { CURRENT_SCHEMA_VERSION, type Scenario } from '../../shared/scenario/scenario-schema.ts';
import sampleProject from '../../examples/sample-project.json';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents, type ProjectComponents } from '../../shared/catalog/project-components.ts';
import { EMPTY_HISTORY, recordEdit, redoStep, undoStep, type UndoHistory } from './undo-history.ts';

/** A project as stored in a file: plain JSON, possibly invalid while being edited. */
export interface RawProject {
  schemaVersion: number;
  title?: string;
  notes?: string;
  catalogOverrides?: { priceUsd?: Record<string, number | string>; powerW?: Record<string, number | string> };
  scenarios: RawScenario[];
  [key: string]: unknown;
}
export type RawScenario = Record<string, unknown> & { name?: unknown };

export interface ScenarioCheck {
  /**
   * The validated scenario, when its model inputs are valid. Invalid analysis settings do not
   * block it: they are read at their defaults here and reported in `analysisErrors`.
   */
  scenario: Scenario | undefined;
  /** Problems of model inputs, with paths relative to the scenario, e.g. "cluster.acceleratorCount". */
  errors: FieldError[];
  /** Problems of analysis settings (`analysis.…`), shown in the scaling view only. */
  analysisErrors: FieldError[];
}

/** Settings of the scaling analyses: their errors never block the model. */
const ANALYSIS_PREFIX = 'analysis.';

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Next free name like "Base (copy 2)". */
export function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!taken.includes(candidate)) return candidate;
  }
}

const checkCache = new WeakMap<RawScenario, ScenarioCheck>();

/**
 * Checks one scenario with the project parser so messages match the file checks exactly.
 * Cached by object identity: an edit copies only the scenario it changes.
 */
export function checkScenario(raw: RawScenario): ScenarioCheck {
  const hit = checkCache.get(raw);
  if (hit) return hit;
  const result = computeCheck(raw);
  checkCache.set(raw, result);
  return result;
}

function parseOne(raw: RawScenario): { scenario: Scenario | undefined; errors: FieldError[] } {
  const r = parseProjectValue({ schemaVersion: CURRENT_SCHEMA_VERSION, scenarios: [raw] });
  if (r.ok) return { scenario: r.project.scenarios[0], errors: [] };
  const prefix = 'scenarios[0]';
  const errors = r.errors.map((e) => ({
    ...e,
    path: e.path.startsWith(`${prefix}.`) ? e.path.slice(prefix.length + 1) : e.path === prefix ? '' : e.path,
  }));
  return { scenario: undefined, errors };
}

function computeCheck(raw: RawScenario): ScenarioCheck {
  const first = parseOne(raw);
  if (first.scenario) return { ...first, analysisErrors: [] };
  const analysisErrors = first.errors.filter((e) => e.path.startsWith(ANALYSIS_PREFIX));
  const errors = first.errors.filter((e) => !e.path.startsWith(ANALYSIS_PREFIX));
  if (analysisErrors.length === 0) return { ...first, analysisErrors };
  // Read the model with the invalid settings at their defaults (the document keeps them as typed).
  let cleaned: RawScenario = raw;
  for (const e of analysisErrors) cleaned = removeAtPath(cleaned, e.path.replace(/\[\d+\].*$/, ''));
  const second = parseOne(cleaned);
  if (errors.length === 0 && !second.scenario) return { ...first, analysisErrors: [] };
  return { scenario: errors.length === 0 ? second.scenario : undefined, errors, analysisErrors };
}

export const useProjectStore = defineStore('project', () => {
  const doc = shallowRef<RawProject>(clone(sampleProject) as RawProject);
  const filePath = ref<string | null>(null);
  const fileName = ref('sample-project.json');
  /** JSON of the document as last saved or opened; dirty when the text differs. */
  const savedText = ref(JSON.stringify(doc.value));
  const activeIndex = ref(0);
  const upgradeLog = ref<UpgradeLogEntry[]>([]);
  /** A stable id for this document session, used for its recovery copy. */
  const sessionId = ref(newSessionId());
  const history = shallowRef<UndoHistory>(EMPTY_HISTORY);

  const text = computed(() => JSON.stringify(doc.value, null, 2));
  const dirty = computed(() => JSON.stringify(doc.value) !== savedText.value);
  const scenarios = computed(() => doc.value.scenarios);
  const names = computed(() => doc.value.scenarios.map((s) => String(s.name ?? '')));
  const checks = computed<ScenarioCheck[]>(() => doc.value.scenarios.map(checkScenario));
  /** Errors that concern the project as a whole, such as duplicate scenario names. */
  const projectErrors = computed<FieldError[]>(() => {
    const seen = new Map<string, number>();
    const out: FieldError[] = [];
    names.value.forEach((n, i) => {
      const first = seen.get(n);
      if (first !== undefined) {
        out.push({
          path: `scenarios[${i}].name`,
          value: JSON.stringify(n),
          message: `scenario names must be unique; scenarios[${first}] already has this name`,
        });
      } else seen.set(n, i);
    });
    return out;
  });
  const active = computed(() => doc.value.scenarios[activeIndex.value]);
  /** Problems of the project-wide catalog overrides, e.g. path `catalogOverrides.priceUsd.qm9700`. */
  const overrideErrors = computed<FieldError[]>(() => {
    const o = doc.value.catalogOverrides;
    if (!o) return [];
    const r = parseProjectValue({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      catalogOverrides: o,
      scenarios: [{ name: 'x' }],
    });
    return r.ok ? [] : r.errors.filter((e) => e.path.startsWith('catalogOverrides'));
  });
  /** The project's own switches, NICs and media as the model reads them, and their problems (paths `components.…`). */
  const componentsCheck = computed<{ components: ProjectComponents | undefined; errors: FieldError[] }>(() => {
    const c = doc.value.components;
    if (c === undefined) return { components: undefined, errors: [] };
    const r = parseProjectValue({ schemaVersion: CURRENT_SCHEMA_VERSION, components: c, scenarios: [{ name: 'x' }] });
    return r.ok
      ? { components: r.project.components, errors: [] }
      : { components: undefined, errors: r.errors.filter((e) => e.path.startsWith('components')) };
  });
  const componentErrors = computed(() => componentsCheck.value.errors);
  /** The catalog the model evaluates on: the default catalog plus the project's own components. */
  const catalog = computed(() => {
    const merged = withProjectComponents(defaultCatalog, componentsCheck.value.components);
    return merged.ok ? merged.value : defaultCatalog;
  });
  /** The project-wide overrides as the model reads them (numbers once overrideErrors is empty). */
  const overrides = computed(() => ({
    priceUsd: { ...(doc.value.catalogOverrides?.priceUsd ?? {}) } as Record<string, number>,
    powerW: { ...(doc.value.catalogOverrides?.powerW ?? {}) } as Record<string, number>,
  }));

  function newSessionId(): string {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  }

  /** Applies a change as one undoable step; `mergeKey` merges rapid edits of one field. */
  function commit(next: RawProject, mergeKey = ''): void {
    history.value = recordEdit(history.value, JSON.stringify(doc.value), mergeKey, Date.now());
    doc.value = next;
  }

  function replaceScenario(index: number, scenario: RawScenario, mergeKey = ''): void {
    const list = [...doc.value.scenarios];
    list[index] = scenario;
    commit({ ...doc.value, scenarios: list }, mergeKey);
  }

  /** Sets an input of a scenario by dot path. `undefined` removes it (the default applies). */
  function setField(index: number, path: string, value: unknown): void {
    const s = doc.value.scenarios[index];
    if (!s) return;
    let next = setAtPath(s, path, value);
    if (value === undefined) next = removeAtPath(next, path);
    replaceScenario(index, next, `${index}:${path}`);
  }

  /** Sets the project title or notes; rapid typing merges into one undo step. */
  function setProjectText(key: 'title' | 'notes', value: string): void {
    commit({ ...doc.value, [key]: value }, `project:${key}`);
  }

  function valueAt(index: number, path: string): unknown {
    return getAtPath(doc.value.scenarios[index], path);
  }

  function addScenario(): void {
    const name = uniqueName('New scenario', names.value);
    commit({ ...doc.value, scenarios: [...doc.value.scenarios, { name }] });
    activeIndex.value = doc.value.scenarios.length - 1;
  }

  function duplicateScenario(index: number): void {
    const s = doc.value.scenarios[index];
    if (!s) return;
    const copy = { ...clone(s), name: uniqueName(`${String(s.name ?? 'Scenario')} (copy)`, names.value) };
    const list = [...doc.value.scenarios];
    list.splice(index + 1, 0, copy);
    commit({ ...doc.value, scenarios: list });
    activeIndex.value = index + 1;
  }

  function renameScenario(index: number, name: string): void {
    setField(index, 'name', name);
  }

  function deleteScenario(index: number): void {
    if (doc.value.scenarios.length <= 1) return;
    const list = doc.value.scenarios.filter((_, i) => i !== index);
    commit({ ...doc.value, scenarios: list });
    activeIndex.value = Math.min(activeIndex.value, list.length - 1);
  }

  /** Adds a whole scenario (e.g. a design the search found) under a free name and selects it. */
  function addScenarioFrom(scenario: RawScenario): void {
    const name = uniqueName(String(scenario.name ?? 'Scenario').slice(0, 112), names.value);
    commit({ ...doc.value, scenarios: [...doc.value.scenarios, { ...clone(scenario), name }] });
    activeIndex.value = doc.value.scenarios.length - 1;
  }

  function moveScenario(index: number, delta: -1 | 1): void {
    const to = index + delta;
    if (to < 0 || to >= doc.value.scenarios.length) return;
    const list = [...doc.value.scenarios];
    const [item] = list.splice(index, 1);
    list.splice(to, 0, item!);
    commit({ ...doc.value, scenarios: list });
    if (activeIndex.value === index) activeIndex.value = to;
  }

  /**
   * Sets or clears (value undefined) a project-wide catalog override. An invalid value (text
   * that is not a number, a negative one) is kept as typed and marked, like any other input.
   */
  function setCatalogOverride(kind: 'priceUsd' | 'powerW', id: string, value: number | string | undefined): void {
    const current = { priceUsd: {}, powerW: {}, ...(doc.value.catalogOverrides ?? {}) };
    const map = { ...(current[kind] ?? {}) } as Record<string, number | string>;
    if (value === undefined) delete map[id];
    else map[id] = value;
    commit({ ...doc.value, catalogOverrides: { ...current, [kind]: map } }, `override:${kind}:${id}`);
  }

  /** Shows an undo or redo step's document. */
  function applyStep(step: { doc: string; history: UndoHistory } | undefined): void {
    if (!step) return;
    history.value = step.history;
    doc.value = JSON.parse(step.doc) as RawProject;
    activeIndex.value = Math.min(activeIndex.value, doc.value.scenarios.length - 1);
  }

  function undo(): void {
    applyStep(undoStep(history.value, JSON.stringify(doc.value)));
  }

  function redo(): void {
    applyStep(redoStep(history.value, JSON.stringify(doc.value)));
  }

  /** Replaces the document (open, new, revert, recovery). Not undoable: it is a new document. */
  function load(
    project: RawProject,
    file: { path: string | null; name: string },
    log: UpgradeLogEntry[] = [],
    markSaved = true,
  ): void {
    doc.value = project;
    filePath.value = file.path;
    fileName.value = file.name;
    savedText.value = markSaved ? JSON.stringify(project) : '';
    upgradeLog.value = log;
    history.value = EMPTY_HISTORY;
    activeIndex.value = 0;
    sessionId.value = newSessionId();
  }

  /** The sample project; `name` is the file name it gets (a new project is not the sample file). */
  function loadSample(name = 'sample-project.json'): void {
    load(clone(sampleProject) as RawProject, { path: null, name });
  }

  function markSaved(file: { path: string | null; name: string }): void {
    filePath.value = file.path;
    fileName.value = file.name;
    savedText.value = JSON.stringify(doc.value);
  }

  return {
    doc,
    text,
    filePath,
    fileName,
    dirty,
    scenarios,
    names,
    checks,
    projectErrors,
    overrideErrors,
    components: computed(() => componentsCheck.value.components),
    componentErrors,
    catalog,
    activeIndex,
    active,
    overrides,
    upgradeLog,
    sessionId,
    canUndo: computed(() => history.value.undo.length > 0),
    canRedo: computed(() => history.value.redo.length > 0),
    setField,
    setProjectText,
    valueAt,
    addScenario,
    addScenarioFrom,
    duplicateScenario,
    renameScenario,
    deleteScenario,
    moveScenario,
    setCatalogOverride,
    undo,
    redo,
    load,
    loadSample,
    markSaved,
  };
});

/** A copy of obj without the value at path (so the schema default applies again). */
function removeAtPath<T>(obj: T, path: string): T {
  const parts = path.split('.');
  const last = parts.pop()!;
  const parent = parts.length
    ? (getAtPath(obj, parts.join('.')) as Record<string, unknown> | undefined)
    : (obj as Record<string, unknown>);
  if (!parent || typeof parent !== 'object') return obj;
  const copy = { ...parent };
  delete copy[last];
  return parts.length ? setAtPath(obj, parts.join('.'), copy) : (copy as T);
}

export type { FieldError };

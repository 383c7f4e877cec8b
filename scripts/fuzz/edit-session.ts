/**
 * Editing sessions for the fuzzer: "is an accepted edit ever lost?"
 *
 * A session starts from an example project and applies random edits the way the editor's project
 * store does (renderer/stores/project.ts: set or clear an input, rename, add, duplicate, delete or
 * move a scenario, a catalog override, the title or notes; undo and redo), keeping every value the
 * editor keeps (out-of-range numbers and all). Every few edits it saves through the app's own path
 * (the editor's JSON text, main's atomic writer with its backup) and reopens through the app's
 * own path (main's reader and check, the bridge result, the renderer's open decision), then
 * compares the reopened document with the one saved. A difference is a lost edit; a saved file
 * whose bytes are not the editor's text, or a backup that is not the previous save, is a corrupt
 * file; a saved document the desktop app will not open again is a refused reopen (the edits are
 * on disk but out of the user's reach).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readProjectFile, toOpenResult, writeProjectFile } from '../../main/services/document-service.ts';
import { readOpenedDocument } from '../../renderer/stores/open-document.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { mulberry32 } from '../../shared/scaling/seeded-random.ts';
import { SCENARIO_INPUT_FIELDS, type InputField } from '../../shared/scenario/input-fields.ts';
import { getAtPath, setAtPath } from '../../shared/scenario/object-paths.ts';

type Rng = () => number;
type Doc = { scenarios: Record<string, unknown>[]; [key: string]: unknown };

const pickOne = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** Text a person can type or paste (the editor keeps it as typed). */
const TYPED_TEXT = [
  'Base',
  'GB200 rack',
  '',
  ' padded ',
  'ção ✓',
  '\u202eevil',
  '=1+1',
  'a\nb',
  '\ud83d\ude80',
  '\ud800',
];

const OVERRIDE_IDS = [...defaultCatalog.switches, ...defaultCatalog.nics, ...defaultCatalog.media].map((c) => c.id);

/** A value the editor would store for this input: mostly in range, sometimes not. */
function typedValue(f: InputField, rng: Rng): unknown {
  if (f.kind === 'number' || f.kind === 'integer') {
    const lo = f.minimum ?? f.exclusiveMinimum ?? 0;
    const hi = f.maximum ?? lo + 1e6;
    const r = rng();
    if (r < 0.7) {
      const v = lo + rng() * (hi - lo);
      return f.kind === 'integer' ? Math.max(Math.ceil(lo), Math.round(v)) : v;
    }
    return pickOne(rng, [lo, hi, -1, 0, -0, hi * 10, 1e308, 5e-324, 0.1 + 0.2]);
  }
  if (f.kind === 'enum' && f.options) return rng() < 0.9 ? pickOne(rng, f.options) : 'typed-by-hand';
  if (f.kind === 'list') return [1, 2, 3].slice(0, 1 + Math.floor(rng() * 3)).map((x) => x * Math.ceil(rng() * 64));
  if (f.kind === 'record') return { [pickOne(rng, OVERRIDE_IDS)]: Math.round(rng() * 20_000) };
  return pickOne(rng, TYPED_TEXT);
}

/** A copy of obj without the value at a dot path (the store's removeAtPath). */
function removeAtPath<T>(obj: T, path: string): T {
  const parts = path.split('.');
  const last = parts.pop() as string;
  const parent = parts.length ? getAtPath(obj, parts.join('.')) : obj;
  if (!parent || typeof parent !== 'object') return obj;
  const copy = { ...(parent as Record<string, unknown>) };
  delete copy[last];
  return parts.length ? setAtPath(obj, parts.join('.'), copy) : (copy as T);
}

function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} (${i})`)) return `${base} (${i})`;
}

/** One edit, as the store applies it: returns the next document (the given one is not changed). */
function applyEdit(doc: Doc, rng: Rng): Doc {
  const list = doc.scenarios;
  const i = Math.floor(rng() * list.length);
  const names = list.map((s) => String(s.name ?? ''));
  const op = rng();
  if (op < 0.55) {
    const f = pickOne(rng, SCENARIO_INPUT_FIELDS);
    const value = rng() < 0.1 ? undefined : typedValue(f, rng);
    let s = setAtPath(list[i] as Record<string, unknown>, f.path, value);
    if (value === undefined) s = removeAtPath(s, f.path);
    return { ...doc, scenarios: list.map((x, j) => (j === i ? s : x)) };
  }
  if (op < 0.62) {
    const name = rng() < 0.7 ? uniqueName(pickOne(rng, TYPED_TEXT) || 'Scenario', names) : pickOne(rng, names);
    return { ...doc, scenarios: list.map((x, j) => (j === i ? setAtPath(x, 'name', name) : x)) };
  }
  if (op < 0.68 && list.length < 12)
    return { ...doc, scenarios: [...list, { name: uniqueName('New scenario', names) }] };
  if (op < 0.74 && list.length < 12) {
    const copy = { ...structuredClone(list[i]), name: uniqueName(`${names[i]} (copy)`, names) };
    return { ...doc, scenarios: [...list.slice(0, i + 1), copy, ...list.slice(i + 1)] };
  }
  if (op < 0.79 && list.length > 1) return { ...doc, scenarios: list.filter((_, j) => j !== i) };
  if (op < 0.84 && i + 1 < list.length) {
    const moved = [...list];
    moved.splice(i, 2, list[i + 1] as Record<string, unknown>, list[i] as Record<string, unknown>);
    return { ...doc, scenarios: moved };
  }
  if (op < 0.93) {
    const kind = rng() < 0.5 ? 'priceUsd' : 'powerW';
    const current = { priceUsd: {}, powerW: {}, ...((doc.catalogOverrides as object | undefined) ?? {}) } as Record<
      string,
      Record<string, unknown>
    >;
    const map = { ...(current[kind] ?? {}) };
    const id = pickOne(rng, OVERRIDE_IDS);
    if (rng() < 0.2) delete map[id];
    else map[id] = rng() < 0.9 ? Math.round(rng() * 50_000) : pickOne(rng, [-5, 0, '12abc']);
    return { ...doc, catalogOverrides: { ...current, [kind]: map } };
  }
  return { ...doc, [rng() < 0.5 ? 'title' : 'notes']: pickOne(rng, TYPED_TEXT) };
}

/** Leaf paths where two JSON documents differ (numbers compared with ===, so -0 equals 0). */
export function differences(a: unknown, b: unknown, path = '', out: string[] = [], limit = 5): string[] {
  if (out.length >= limit) return out;
  if (a === b) return out;
  const aObj = a !== null && typeof a === 'object';
  const bObj = b !== null && typeof b === 'object';
  if (!aObj || !bObj || Array.isArray(a) !== Array.isArray(b)) {
    out.push(`${path || '(document)'}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`);
    return out;
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const k of keys) {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    if (va === undefined && vb === undefined) continue;
    differences(va, vb, Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k, out, limit);
  }
  return out;
}

export interface EditSessionOutcome {
  /** Edits applied (undo and redo count as edits). */
  edits: number;
  saves: number;
  /** Values that did not come back after a save and reopen ("path: saved became reopened"). */
  lost: string[];
  /** A saved file or backup that is not what was written. */
  corrupt: string[];
  /** Saves whose document the desktop app refused to open again, with main's reason. */
  refusedReopen: string[];
  /** Reopens of a document with field errors (a work in progress): it must open all the same. */
  withProblems: number;
  threw?: string;
  ms: number;
}

/** The editor's document text, as the store writes it (`project.text`). */
const editorText = (doc: Doc) => JSON.stringify(doc, null, 2);

/**
 * Runs editing session `index` (deterministic for `seed`) in `dir`, saving to one file there.
 * Example: `await runEditSession(exampleTexts(), 1, 0, '/tmp/x')` → `{ edits: 9, saves: 3, lost: [], … }`.
 */
export async function runEditSession(
  seeds: readonly string[],
  seed: number,
  index: number,
  dir: string,
): Promise<EditSessionOutcome> {
  const t0 = performance.now();
  const rng = mulberry32((seed * 2_000_003 + index * 7 + 1) >>> 0);
  const out: EditSessionOutcome = {
    edits: 0,
    saves: 0,
    lost: [],
    corrupt: [],
    refusedReopen: [],
    withProblems: 0,
    ms: 0,
  };
  const file = join(dir, `session-${index % 8}.json`);
  let stage = 'start';
  try {
    let doc = JSON.parse(seeds[index % seeds.length] as string) as Doc;
    let previousText: string | undefined;
    const undo: Doc[] = [];
    const redo: Doc[] = [];
    const rounds = 1 + Math.floor(rng() * 4);
    for (let round = 0; round < rounds; round++) {
      const edits = 1 + Math.floor(rng() * 8);
      for (let e = 0; e < edits; e++) {
        stage = `edit ${out.edits}`;
        const r = rng();
        if (r < 0.08 && undo.length > 0) {
          redo.push(doc);
          doc = undo.pop() as Doc;
        } else if (r < 0.12 && redo.length > 0) {
          undo.push(doc);
          doc = redo.pop() as Doc;
        } else {
          undo.push(doc);
          redo.length = 0;
          doc = applyEdit(doc, rng);
        }
        out.edits++;
      }
      stage = `save ${out.saves}`;
      const text = editorText(doc);
      const saved = await writeProjectFile(file, text);
      if (saved.status !== 'saved') {
        out.corrupt.push(`save refused: ${saved.status === 'error' ? saved.message : saved.status}`);
        break;
      }
      out.saves++;
      const onDisk = await readFile(file, 'utf8');
      if (onDisk !== text) out.corrupt.push(`${stage}: the file is not the text written`);
      if (previousText !== undefined && saved.backupPath) {
        if ((await readFile(saved.backupPath, 'utf8')) !== previousText)
          out.corrupt.push(`${stage}: the backup is not the previous save`);
      }
      previousText = text;
      stage = `reopen ${out.saves}`;
      const reopened = toOpenResult(await readProjectFile(file));
      let raw: unknown;
      if (reopened.status === 'opened') {
        const opened = readOpenedDocument(reopened.file.text, reopened.checked);
        if (opened.kind === 'with-problems') out.withProblems++;
        raw = opened.kind === 'refused' ? undefined : opened.raw;
      } else {
        out.refusedReopen.push(
          reopened.status === 'error' ? (reopened.message.split('\n')[1] ?? reopened.message) : 'canceled',
        );
        // What a person could still recover: the file as the browser version opens it.
        const opened = readOpenedDocument(onDisk);
        raw = opened.kind === 'refused' ? undefined : opened.raw;
      }
      if (raw === undefined) {
        out.lost.push(`${stage}: the saved document does not open at all`);
        break;
      }
      out.lost.push(...differences(doc, raw).map((d) => `${stage}: ${d}`));
      // The session goes on from the reopened document, as after closing and reopening the file.
      doc = raw as Doc;
      undo.length = 0;
      redo.length = 0;
    }
  } catch (e) {
    out.threw = `${stage}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  }
  out.ms = performance.now() - t0;
  return out;
}

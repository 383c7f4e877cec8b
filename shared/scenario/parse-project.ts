/**
 * Reading a project file: text → checked JSON → upgraded to the current schema version →
 * validated, with defaults filled. The one entry point for the app, the CLI and tests.
 *
 * It never throws, whatever the input. Every problem found is returned as a field error with
 * the path, a short rendering of the bad value, and what is allowed:
 *
 * ```
 * scenarios[0].cluster.acceleratorCount: must be a whole number from 1 to 4000000 accelerators (got 0)
 * scenarios[1].cluster.gpus: unknown field; allowed fields: accelerator, acceleratorCount, … (got 8)
 * ```
 *
 * Defences, in order: size (over 20 MB refused before parsing); JSON syntax (own scanner,
 * iterative, gives line and column, refuses nesting deeper than 64 levels before JSON.parse
 * sees it, and notes keys given twice); a copy of the data that keeps only plain JSON values,
 * drops `__proto__`, `constructor` and `prototype` keys (reported, never applied) and turns -0
 * into 0; the schema-version upgrade chain (migrations.ts); the zod schema.
 */
import { projectSchema, duplicateScenarioNames, type Project } from './scenario-schema.ts';
import { describeValue } from './field.ts';
import { migrateToCurrent, type UpgradeLogEntry } from './migrations.ts';
import { describeAllowed, objectFieldNames, schemaAtPath } from './input-fields.ts';

export type { UpgradeLogEntry } from './migrations.ts';

/** One problem in a project file. */
export interface FieldError {
  /** Where, e.g. `scenarios[0].cluster.acceleratorCount`; `(file)` or `(project)` for the whole. */
  path: string;
  /** Short rendering of the bad value (see describeValue), e.g. `0`, `"x"`, `a list of 3`, `nothing`. */
  value: string;
  /** What is allowed, e.g. `must be a whole number from 1 to 4000000 accelerators`. */
  message: string;
}

export type ParseResult =
  | { ok: true; project: Project; upgradeLog: UpgradeLogEntry[]; warnings: string[] }
  | { ok: false; errors: FieldError[] };

/** Largest project file accepted, in bytes of UTF-8 text (20 MiB). */
export const MAX_PROJECT_BYTES = 20 * 1024 * 1024;
/** Deepest nesting of objects and lists accepted (a valid project nests 5 levels). */
export const MAX_NESTING_DEPTH = 64;
/** At most this many errors are listed; a last entry counts the rest. */
export const MAX_LISTED_ERRORS = 500;
/** Lists longer than this are not read item by item (a valid project's longest list has 64 items). */
export const MAX_LIST_ITEMS = 10_000;
/** Most fields one object may have; a valid project's largest objects (override maps) hold a few hundred. */
export const MAX_OBJECT_FIELDS = 10_000;
/** Most values (objects, lists, numbers, …) a project value may hold; bounds work on shared references. */
const MAX_VALUES = 12_000_000;
/**
 * Values (numbers, texts, fields, items) a project file may hold, counted while scanning the text,
 * before it is parsed: bounds the parse at well under a second. Items of lists longer than
 * MAX_LIST_ITEMS are not counted (those lists are refused at their path without being read).
 */
export const MAX_PROJECT_VALUES = 250_000;

/** Paths in errors and warnings are cut to this many characters. */
const MAX_PATH_CHARS = 300;

/** Path of errors about the file as a whole (size, syntax). */
export const FILE_PATH = '(file)';
/** Path of errors about the project value as a whole (not an object, too deep). */
export const ROOT_PATH = '(project)';

/** Keys that could reach an object's prototype; reported as unknown and never copied. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses the text of a project file. Example:
 * `parseProject('{"schemaVersion":1,"scenarios":[{"name":"Base"}]}')` → `{ ok: true, project:
 * { schemaVersion: 1, title: 'Untitled project', …, scenarios: [{ name: 'Base', year: 2025, … }] },
 * upgradeLog: [], warnings: [] }`.
 */
export function parseProject(text: string): ParseResult {
  try {
    return parseText(text);
  } catch (e) {
    return internalFailure(FILE_PATH, e);
  }
}

/** Validates an already parsed value (e.g. from IPC or a test) exactly as parseProject would. */
export function parseProjectValue(value: unknown): ParseResult {
  try {
    return parseValue(value, []);
  } catch (e) {
    return internalFailure(ROOT_PATH, e);
  }
}

/** Errors for a terminal: one line each, `path: message (got value)`. */
export function formatFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.path}: ${e.message} (got ${e.value})`).join('\n');
}

/* ----------------------------------------------------------------------------------------
 * Text
 * -------------------------------------------------------------------------------------- */

function parseText(text: string): ParseResult {
  if (typeof text !== 'string') {
    return failure([{ path: FILE_PATH, value: describeValue(text), message: 'expected the text of a project file' }]);
  }
  // Checked before anything else reads the text. UTF-8 needs at most 3 bytes per UTF-16 unit.
  if (
    text.length > MAX_PROJECT_BYTES ||
    (text.length * 3 > MAX_PROJECT_BYTES && utf8Length(text) > MAX_PROJECT_BYTES)
  ) {
    return failure([
      {
        path: FILE_PATH,
        value: `${text.length} characters`,
        message: 'the file is larger than 20 MB, the limit for project files; it was not read',
      },
    ]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // byte-order mark
  if (body.trim() === '') {
    return failure([
      {
        path: FILE_PATH,
        value: describeValue(text),
        message: 'the file is empty; expected a Fabricost project (a JSON object)',
      },
    ]);
  }
  const scan = scanJson(body, MAX_NESTING_DEPTH);
  if (scan.refused) return failure([scan.refused]);
  if (scan.failure) {
    const { offset, message } = scan.failure;
    const { line, column } = lineColumn(body, offset);
    const excerpt = offset >= body.length ? 'the end of the file' : describeValue(body.slice(offset, offset + 24));
    return failure([
      { path: FILE_PATH, value: excerpt, message: `invalid JSON at line ${line}, column ${column}: ${message}` },
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    return failure([
      { path: FILE_PATH, value: describeValue(body.slice(0, 24)), message: `invalid JSON: ${errorText(e)}` },
    ]);
  }
  const warnings = scan.duplicates.map((d) => {
    const { line, column } = lineColumn(body, d.offset);
    return `${shortPath(d.path)}: this field appears more than once (again at line ${line}, column ${column}); the last value is used`;
  });
  if (scan.duplicateCount > scan.duplicates.length) {
    warnings.push(
      `${scan.duplicateCount - scan.duplicates.length} more fields appear more than once; the last value of each is used`,
    );
  }
  return parseValue(parsed, warnings);
}

/** UTF-8 length of a string; stops counting once past MAX_PROJECT_BYTES. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= MAX_PROJECT_BYTES; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

interface ScanResult {
  failure?: { offset: number; message: string };
  /** A size limit was passed: refused at this path, with this value and message. */
  refused?: FieldError;
  /** Keys given twice in one object: path of the field and offset of the later occurrence. */
  duplicates: { path: string; offset: number }[];
  /** All keys given twice, including those beyond the first MAX_DUPLICATE_WARNINGS. */
  duplicateCount: number;
}

/** Keys given twice are listed one by one up to this many; the rest are counted. */
const MAX_DUPLICATE_WARNINGS = 20;

interface Frame {
  isObject: boolean;
  /** Inside a list past MAX_LIST_ITEMS: refused at that list's path, so its contents are not counted. */
  uncounted: boolean;
  keys: Set<string> | null;
  /** Current key (objects) or item index (lists): the path step to the value being read. */
  step: string | number;
}

class ScanError extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

class ScanLimit extends Error {
  readonly refused: FieldError;
  constructor(refused: FieldError) {
    super(refused.message);
    this.refused = refused;
  }
}

const VALUE = 0;
const KEY = 1;
const AFTER = 2;

/**
 * Checks JSON syntax without recursion, so any nesting is safe; refuses nesting deeper than
 * `maxDepth` and records keys given twice. Reports the first error with a plain message.
 */
function scanJson(text: string, maxDepth: number): ScanResult {
  const duplicates: ScanResult['duplicates'] = [];
  let duplicateCount = 0;
  const frames: Frame[] = [];
  const n = text.length;
  const ws = (i: number): number => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    return i;
  };
  // Path of a field of the innermost object: the steps into each enclosing container, then the key.
  const fieldPath = (key: string): string => formatPath([...frames.slice(0, -1).map((f) => f.step), key]);
  let pos = ws(0);
  let state = VALUE;
  let values = 0;
  try {
    for (;;) {
      if (state === VALUE) {
        const c = text.charCodeAt(pos);
        const container = frames[frames.length - 1];
        const uncounted =
          container !== undefined &&
          (container.uncounted || (!container.isObject && (container.step as number) >= MAX_LIST_ITEMS));
        if (!uncounted) {
          if (++values > MAX_PROJECT_VALUES) {
            throw new ScanLimit({
              path: ROOT_PATH,
              value: `over ${MAX_PROJECT_VALUES} values`,
              message: `the project is too large to read: a project holds at most ${MAX_PROJECT_VALUES.toLocaleString('en-US')} values (numbers, texts and fields)`,
            });
          }
        }
        if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
          if (frames.length >= maxDepth) {
            throw new ScanError(
              pos,
              `objects and lists are nested more than ${maxDepth} levels deep; the file was refused`,
            );
          }
          const isObject = c === 0x7b;
          frames.push({ isObject, uncounted, keys: isObject ? new Set() : null, step: isObject ? '' : 0 });
          pos = ws(pos + 1);
          if (text.charCodeAt(pos) === (isObject ? 0x7d : 0x5d)) {
            frames.pop();
            pos++;
            state = AFTER;
          } else {
            state = isObject ? KEY : VALUE;
          }
          continue;
        }
        if (c === 0x22 /* " */) pos = scanString(text, pos);
        else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) pos = scanNumber(text, pos);
        else if (text.startsWith('true', pos)) pos += 4;
        else if (text.startsWith('false', pos)) pos += 5;
        else if (text.startsWith('null', pos)) pos += 4;
        else throw new ScanError(pos, unexpectedValueMessage(text, pos));
        state = AFTER;
      } else if (state === KEY) {
        const c = text.charCodeAt(pos);
        if (c !== 0x22) {
          throw new ScanError(
            pos,
            pos >= n
              ? 'the file ends inside an object (is it cut off?)'
              : commentAt(text, pos)
                ? 'comments are not allowed in JSON'
                : c === 0x7d
                  ? 'a comma must not come right before "}"'
                  : c === 0x27
                    ? 'field names must be in double quotes, not single quotes'
                    : 'expected a field name in double quotes',
          );
        }
        const end = scanString(text, pos);
        const raw = text.slice(pos, end);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const frame = frames[frames.length - 1] as Frame;
        if (frame.keys?.has(key)) {
          duplicateCount++;
          if (duplicates.length < MAX_DUPLICATE_WARNINGS) duplicates.push({ path: fieldPath(key), offset: pos });
        }
        frame.keys?.add(key);
        if (frame.keys && frame.keys.size > MAX_OBJECT_FIELDS) {
          const parent = formatPath(frames.slice(0, -1).map((f) => f.step));
          throw new ScanLimit({
            path: parent === '' ? ROOT_PATH : parent,
            value: `an object of over ${MAX_OBJECT_FIELDS} fields`,
            message: `has more than ${MAX_OBJECT_FIELDS} fields; an object in a project may have at most ${MAX_OBJECT_FIELDS}`,
          });
        }
        frame.step = key;
        pos = ws(end);
        if (text.charCodeAt(pos) !== 0x3a /* : */) {
          throw new ScanError(
            pos,
            pos >= n ? 'the file ends after a field name (is it cut off?)' : 'expected ":" after the field name',
          );
        }
        pos = ws(pos + 1);
        state = VALUE;
      } else {
        pos = ws(pos);
        const frame = frames[frames.length - 1];
        if (!frame) {
          if (pos < n) {
            throw new ScanError(
              pos,
              commentAt(text, pos)
                ? 'comments are not allowed in JSON'
                : 'unexpected text after the end of the project; a file holds one JSON object',
            );
          }
          return { duplicates, duplicateCount };
        }
        const c = text.charCodeAt(pos);
        if (c === 0x2c /* , */) {
          pos = ws(pos + 1);
          if (frame.isObject) {
            state = KEY;
          } else {
            if (text.charCodeAt(pos) === 0x5d) throw new ScanError(pos, 'a comma must not come right before "]"');
            frame.step = (frame.step as number) + 1;
            state = VALUE;
          }
        } else if (c === (frame.isObject ? 0x7d : 0x5d)) {
          frames.pop();
          pos++;
        } else if (pos >= n) {
          throw new ScanError(pos, `the file ends inside ${frame.isObject ? 'an object' : 'a list'} (is it cut off?)`);
        } else {
          throw new ScanError(
            pos,
            commentAt(text, pos)
              ? 'comments are not allowed in JSON'
              : frame.isObject
                ? 'expected "," or "}" after a field value'
                : 'expected "," or "]" after a list item',
          );
        }
      }
    }
  } catch (e) {
    if (e instanceof ScanError)
      return { failure: { offset: e.offset, message: e.message }, duplicates, duplicateCount };
    if (e instanceof ScanLimit) return { refused: e.refused, duplicates, duplicateCount };
    throw e;
  }
}

function commentAt(text: string, pos: number): boolean {
  return text.startsWith('//', pos) || text.startsWith('/*', pos);
}

function unexpectedValueMessage(text: string, pos: number): string {
  if (pos >= text.length) return 'the file ends where a value was expected (is it cut off?)';
  const rest = text.slice(pos, pos + 9);
  if (/^(NaN|Infinity)/.test(rest)) return 'NaN and Infinity are not allowed in JSON; write a number';
  if (commentAt(text, pos)) return 'comments are not allowed in JSON';
  if (rest.startsWith("'")) return 'text must be in double quotes, not single quotes';
  return 'expected a value (an object, a list, text in double quotes, a number, true, false or null)';
}

function scanString(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  for (;;) {
    if (i >= n) throw new ScanError(start, 'this text is never closed with a double quote (is the file cut off?)');
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c /* \ */) {
      const e = text.charCodeAt(i + 1);
      if (e === 0x75 /* u */) {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          throw new ScanError(i, 'a \\u escape needs four hexadecimal digits');
        }
        i += 6;
      } else if ('"\\/bfnrt'.includes(text[i + 1] ?? 'x')) {
        i += 2;
      } else {
        throw new ScanError(i, 'invalid escape in text; allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX');
      }
    } else if (c < 0x20) {
      throw new ScanError(i, 'line breaks and control characters inside text must be escaped (e.g. \\n)');
    } else {
      i++;
    }
  }
}

function scanNumber(text: string, start: number): number {
  const digit = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0x30 && c <= 0x39;
  };
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) {
    i++;
    if (digit(i)) throw new ScanError(start, 'numbers must not start with 0 (write 7, not 07)');
  } else if (digit(i)) {
    while (digit(i)) i++;
  } else {
    throw new ScanError(
      i,
      /^Infinity/.test(text.slice(i, i + 8)) ? 'Infinity is not allowed in JSON' : 'expected a digit',
    );
  }
  if (text.charCodeAt(i) === 0x2e /* . */) {
    i++;
    if (!digit(i)) throw new ScanError(i, 'expected a digit after the decimal point');
    while (digit(i)) i++;
  }
  if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45 /* e E */) {
    i++;
    if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
    if (!digit(i)) throw new ScanError(i, 'expected a digit in the exponent');
    while (digit(i)) i++;
  }
  return i;
}

/* ----------------------------------------------------------------------------------------
 * Value
 * -------------------------------------------------------------------------------------- */

type Segment = string | number;

/** A path as a linked list, so that a million list items do not each copy their path. */
interface PathNode {
  parent: PathNode | null;
  step: Segment;
}

function segmentsOf(node: PathNode | null): Segment[] {
  const out: Segment[] = [];
  for (let n = node; n; n = n.parent) out.push(n.step);
  return out.reverse();
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['scenarios', 0, 'cluster', 'acceleratorCount']` → `scenarios[0].cluster.acceleratorCount`;
 * keys that are not identifiers are quoted: `overrides.priceUsd["dsp-dr.800g"]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && IDENTIFIER.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out === '' ? ROOT_PATH : out;
}

/** A path cut to a readable length (a hostile file may use keys of any length). */
function shortPath(path: string): string {
  return path.length > MAX_PATH_CHARS ? `${path.slice(0, MAX_PATH_CHARS - 3)}...` : path;
}

/** Collects errors, listing at most MAX_LISTED_ERRORS and counting the rest. */
class ErrorList {
  readonly listed: FieldError[] = [];
  private readonly seen = new Set<string>();
  private unlisted = 0;

  add(found: FieldError): void {
    const error = { ...found, path: shortPath(found.path) };
    const key = `${error.path}\u0000${error.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(error);
    else this.unlisted++;
  }

  get full(): boolean {
    return this.listed.length >= MAX_LISTED_ERRORS;
  }

  result(): FieldError[] {
    if (this.unlisted === 0) return this.listed;
    return [
      ...this.listed,
      {
        path: ROOT_PATH,
        value: `${this.listed.length + this.unlisted} errors`,
        message: `${this.unlisted} more errors are not listed; fix the ones above first`,
      },
    ];
  }
}

interface Sanitized {
  value: unknown;
  /** Paths whose value was replaced because it was not JSON data; schema errors there are dropped. */
  replaced: Set<string>;
  /** Over-long lists, kept with their length but not their items; schema errors inside them are dropped. */
  elided: Map<string, number>;
  /** Set when the whole value is refused (too deep or too large). */
  refused?: FieldError;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function typeName(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return `a bigint (${String(value)})`;
  if (typeof value === 'symbol') return 'a symbol';
  if (value instanceof Date) return 'a Date';
  if (value instanceof Map) return 'a Map';
  if (value instanceof Set) return 'a Set';
  if (typeof value === 'undefined') return 'undefined';
  return 'an object that is not plain JSON data';
}

/**
 * A fresh copy holding only plain JSON data: depth-checked without recursion, forbidden keys
 * left out and reported, -0 stored as 0, anything else (functions, NaN, Dates, …) reported.
 */
function sanitize(input: unknown, errors: ErrorList): Sanitized {
  const replaced = new Set<string>();
  const elided = new Map<string, number>();
  interface Task {
    src: object;
    out: Record<string, unknown> | unknown[];
    depth: number;
    path: PathNode | null;
  }
  const stack: Task[] = [];
  let count = 0;

  // Returns the copy of a leaf, or undefined after scheduling a container (filled later).
  const copy = (value: unknown, depth: number, path: PathNode | null): unknown => {
    count++;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value === 0 ? 0 : value; // -0 → 0
      return reject(value, path, 'must be a finite number (NaN and Infinity are not JSON)');
    }
    if (typeof value === 'object') {
      if (Array.isArray(value)) {
        if (value.length > MAX_LIST_ITEMS) {
          elided.set(formatPath(segmentsOf(path)), value.length);
          return new Array<unknown>(value.length).fill(null);
        }
        const out: unknown[] = new Array<unknown>(value.length);
        stack.push({ src: value, out, depth: depth + 1, path });
        return out;
      }
      if (isPlainObject(value)) {
        const fieldCount = Object.keys(value).length;
        if (fieldCount > MAX_OBJECT_FIELDS) {
          return reject(
            value,
            path,
            `has ${fieldCount} fields; an object in a project may have at most ${MAX_OBJECT_FIELDS}`,
          );
        }
        const out: Record<string, unknown> = {};
        stack.push({ src: value, out, depth: depth + 1, path });
        return out;
      }
    }
    return reject(value, path, `must be JSON data, not ${typeName(value)}`);
  };
  const reject = (value: unknown, path: PathNode | null, message: string): null => {
    const segments = segmentsOf(path);
    replaced.add(formatPath(segments));
    errors.add({ path: formatPath(segments), value: describeValue(value), message });
    return null;
  };

  const root = copy(input, 0, null);
  while (stack.length > 0) {
    const task = stack.pop() as Task;
    if (task.depth > MAX_NESTING_DEPTH) {
      return {
        value: undefined,
        replaced,
        elided,
        refused: {
          path: formatPath(segmentsOf(task.path)),
          value: describeValue(task.src),
          message: `objects and lists are nested more than ${MAX_NESTING_DEPTH} levels deep (or contain themselves); the project was refused`,
        },
      };
    }
    if (count > MAX_VALUES) {
      return {
        value: undefined,
        replaced,
        elided,
        refused: { path: ROOT_PATH, value: `over ${MAX_VALUES} values`, message: 'the project is too large to read' },
      };
    }
    const firstChild = stack.length;
    if (Array.isArray(task.src)) {
      const src = task.src as unknown[];
      const out = task.out as unknown[];
      for (let i = 0; i < src.length; i++) {
        out[i] = copy(src[i], task.depth, { parent: task.path, step: i });
      }
    } else {
      const src = task.src as Record<string, unknown>;
      const out = task.out as Record<string, unknown>;
      for (const key of Object.keys(src)) {
        const value = src[key];
        if (FORBIDDEN_KEYS.has(key)) {
          const segments = [...segmentsOf(task.path), key];
          errors.add({
            path: formatPath(segments),
            value: describeValue(value),
            message: unknownFieldMessage(segments.slice(0, -1), key),
          });
          continue;
        }
        if (value === undefined) continue; // JSON has no undefined: an absent field
        out[key] = copy(value, task.depth, { parent: task.path, step: key });
      }
    }
    // Visit children in document order (the stack is last-in, first-out): reverse them in place.
    for (let a = firstChild, b = stack.length - 1; a < b; a++, b--) {
      const t = stack[a] as Task;
      stack[a] = stack[b] as Task;
      stack[b] = t;
    }
  }
  return { value: root, replaced, elided };
}

/** "unknown field; allowed fields: a, b, c", from the schema at the parent path. */
function unknownFieldMessage(parent: readonly Segment[], key: string): string {
  const allowed = objectFieldNames(schemaAtPath(projectSchema, parent));
  if (FORBIDDEN_KEYS.has(key)) {
    const reserved = `"${key}" is a reserved name and is never read`;
    return allowed
      ? `unknown field (${reserved}); allowed fields: ${allowed.join(', ')}`
      : `unknown field; ${reserved}`;
  }
  return allowed ? `unknown field; allowed fields: ${allowed.join(', ')}` : 'unknown field';
}

function rawAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let current = root;
  for (const s of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (typeof s === 'symbol' || !Object.hasOwn(current, s)) return undefined;
    current = (current as Record<string, unknown>)[s as string];
  }
  return current;
}

function parseValue(input: unknown, warnings: string[]): ParseResult {
  const errors = new ErrorList();
  const clean = sanitize(input, errors);
  if (clean.refused) return failure([clean.refused]);
  const value = clean.value;

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure([
      {
        path: ROOT_PATH,
        value: describeValue(value),
        message: `expected a Fabricost project: ${describeAllowed(projectSchema)}`,
      },
    ]);
  }

  const migrated = migrateToCurrent(value);
  if (!migrated.ok) return failure([migrated.error]);
  const raw = migrated.value;

  // Checked here as well as in the schema, because zod skips the check when a scenario has errors.
  const scenarios = raw.scenarios;
  if (Array.isArray(scenarios) && scenarios.length <= 64) {
    const names = scenarios.map((s: unknown) => rawAt(s, ['name']));
    for (const d of duplicateScenarioNames(names)) {
      errors.add({
        path: formatPath(['scenarios', d.index, 'name']),
        value: describeValue(names[d.index]),
        message: d.message,
      });
    }
    names.forEach((name, i) => noteTrimmed(name, ['scenarios', i, 'name'], warnings));
    scenarios.forEach((s: unknown, i) =>
      noteTrimmed(
        rawAt(s, ['cluster', 'accelerator', 'name']),
        ['scenarios', i, 'cluster', 'accelerator', 'name'],
        warnings,
      ),
    );
  }

  const result = projectSchema.safeParse(raw, { error: fallbackMessage });
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (errors.full) {
        errors.add({ path: formatPath(issue.path), value: '', message: issue.message }); // counted only
        continue;
      }
      addIssue(issue, raw, clean, errors);
    }
  }
  // An over-long list the schema did not complain about at or above its path still gets an error.
  for (const [path, length] of clean.elided) {
    if (!errors.listed.some((e) => isAtOrUnder(path, e.path))) {
      errors.add({
        path,
        value: `a list of ${length}`,
        message: `too long; a list in a project may have at most ${MAX_LIST_ITEMS} items`,
      });
    }
  }
  const list = errors.result();
  if (list.length > 0) return failure(list);
  if (!result.success)
    return failure([{ path: ROOT_PATH, value: describeValue(raw), message: 'the project is not valid' }]);
  return { ok: true, project: result.data, upgradeLog: migrated.log, warnings };
}

function noteTrimmed(name: unknown, segments: Segment[], warnings: string[]): void {
  if (typeof name === 'string' && name.trim() !== name && name.trim() !== '') {
    warnings.push(
      `${formatPath(segments)}: spaces at either end were removed (${describeValue(name)} → ${describeValue(name.trim())})`,
    );
  }
}

/** The parts of a zod issue read here. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  issues?: { message: string }[];
}

/** True when `path` is `prefix` or lies inside it (every path lies inside the root). */
function isAtOrUnder(path: string, prefix: string): boolean {
  return prefix === ROOT_PATH || path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

function addIssue(issue: Issue, raw: unknown, clean: Sanitized, errors: ErrorList): void {
  const path = formatPath(issue.path);
  for (const p of clean.replaced) if (isAtOrUnder(path, p)) return; // already reported as not JSON data
  for (const list of clean.elided.keys()) if (path !== list && isAtOrUnder(path, list)) return; // items not read
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys ?? []) {
      const segments = [...issue.path, key];
      errors.add({
        path: formatPath(segments),
        value: describeValue(rawAt(raw, segments)),
        message: unknownFieldMessage(issue.path as Segment[], key),
      });
    }
    return;
  }
  if (issue.code === 'invalid_key') {
    const key = issue.path[issue.path.length - 1];
    const inner = issue.issues?.[0]?.message ?? 'not an allowed key';
    errors.add({
      path,
      value: describeValue(typeof key === 'symbol' ? undefined : key),
      message: `invalid key; ${inner}`,
    });
    return;
  }
  errors.add({ path, value: describeValue(rawAt(raw, issue.path)), message: issue.message });
}

/** The raw issue zod hands to a per-parse error map (only the fields read here). */
interface RawIssue {
  code?: string;
  input?: unknown;
  inst?: unknown;
  origin?: string;
  maximum?: unknown;
  minimum?: unknown;
  values?: unknown[];
}

/**
 * Messages for issues the schema does not word itself: always what is allowed, e.g.
 * "must be an object with fields accelerator, acceleratorCount, …".
 */
function fallbackMessage(raw: unknown): string | undefined {
  const iss = raw as RawIssue;
  const allowed = () => {
    const inst = iss.inst as { _zod?: { def?: unknown } } | undefined;
    return inst?._zod?.def ? describeAllowed(inst) : 'a valid value';
  };
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? `required; must be ${allowed()}` : `must be ${allowed()}`;
    case 'invalid_union':
      return `must be ${allowed()}`;
    case 'invalid_value':
      return `must be ${(iss.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_big':
      if (iss.origin === 'string') return `must be at most ${String(iss.maximum)} characters`;
      if (iss.origin === 'array') return `must have at most ${String(iss.maximum)} items`;
      return `must be at most ${String(iss.maximum)}`;
    case 'too_small':
      if (iss.origin === 'string') return `must be at least ${String(iss.minimum)} characters`;
      if (iss.origin === 'array') return `must have at least ${String(iss.minimum)} items`;
      return `must be at least ${String(iss.minimum)}`;
    default:
      return undefined;
  }
}

/* ----------------------------------------------------------------------------------------
 * Results
 * -------------------------------------------------------------------------------------- */

function failure(errors: FieldError[]): ParseResult {
  return { ok: false, errors };
}

function errorText(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
}

function internalFailure(path: string, e: unknown): ParseResult {
  return failure([{ path, value: 'nothing', message: `the project could not be read (${errorText(e)})` }]);
}

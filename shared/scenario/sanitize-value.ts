/**
 * A fresh copy of a parsed value that holds only plain JSON data, made before anything else
 * reads it: forbidden keys (`__proto__`, …) left out and reported, -0 stored as 0, functions,
 * NaN, Dates and the like reported, over-long lists kept by length only, depth and size bounded.
 */
import { describeValue } from './field.ts';
import type { ErrorList, FieldError } from './field-errors.ts';
import { formatPath, type Segment } from './field-path.ts';
import { MAX_LIST_ITEMS, MAX_NESTING_DEPTH, MAX_OBJECT_FIELDS, MAX_VALUES, ROOT_PATH } from './project-limits.ts';
import { unknownFieldMessage } from './schema-issues.ts';
import { isForbiddenKey } from '../text/forbidden-keys.ts';

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

export interface Sanitized {
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
export function sanitize(input: unknown, errors: ErrorList): Sanitized {
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
        if (isForbiddenKey(key)) {
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

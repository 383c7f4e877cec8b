/**
 * Reading and writing a value inside a scenario by dot path (`economics.pue`), without
 * changing the original and never through a prototype key. Used by the editor's store, the
 * workbook's Inputs sheet and scripts.
 */
import { isForbiddenKey } from '../text/forbidden-keys.ts';

function splitPath(path: string): string[] {
  const segments = path === '' ? [] : path.split('.');
  for (const s of segments) {
    if (s === '' || isForbiddenKey(s)) throw new Error(`invalid input path ${JSON.stringify(path)}`);
  }
  return segments;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at a dot path, or undefined when any step is missing. Only own properties are
 * followed. Example: `getAtPath(scenario, 'cluster.acceleratorCount')` → `1024`.
 */
export function getAtPath(obj: unknown, path: string): unknown {
  let current: unknown = obj;
  for (const segment of splitPath(path)) {
    if (!isRecord(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}

/**
 * A copy of `obj` with the value at a dot path replaced; objects along the path are copied,
 * everything else is shared, and `obj` is not changed. Missing objects on the way are
 * created. Throws on an empty path or one naming `__proto__`, `constructor` or `prototype`.
 * Example: `setAtPath(scenario, 'economics.pue', 1.2)`.
 */
export function setAtPath<T>(obj: T, path: string, value: unknown): T {
  const segments = splitPath(path);
  if (segments.length === 0) throw new Error('setAtPath needs a non-empty path');
  const write = (current: unknown, index: number): unknown => {
    const segment = segments[index] as string;
    const copy: Record<string, unknown> = isRecord(current) ? { ...current } : {};
    copy[segment] = index === segments.length - 1 ? value : write(copy[segment], index + 1);
    return copy;
  };
  return write(obj, 0) as T;
}

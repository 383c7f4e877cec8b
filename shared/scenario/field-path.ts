/**
 * Paths to a value inside a project, as segments (`['scenarios', 0, 'name']`) and as the text
 * errors show (`scenarios[0].name`).
 */
import { MAX_PATH_CHARS, ROOT_PATH } from './project-limits.ts';

/** One step of a path: an object key or a list index. */
export type Segment = string | number;

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
export function shortPath(path: string): string {
  return path.length > MAX_PATH_CHARS ? `${path.slice(0, MAX_PATH_CHARS - 3)}...` : path;
}

/** True when `path` is `prefix` or lies inside it (every path lies inside the root). */
export function isAtOrUnder(path: string, prefix: string): boolean {
  return prefix === ROOT_PATH || path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The value at `segments` below `root` (own properties only), or undefined when a step is missing. */
export function rawAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let current = root;
  for (const s of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (typeof s === 'symbol' || !Object.hasOwn(current, s)) return undefined;
    current = (current as Record<string, unknown>)[s as string];
  }
  return current;
}

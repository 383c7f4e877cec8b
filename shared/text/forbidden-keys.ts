/**
 * Object keys that could reach an object's prototype when a value read from a file or a path
 * is copied or written. Readers of untrusted data skip (and report) them; path writers refuse
 * them. Example: `isForbiddenKey('__proto__')` → `true`, `isForbiddenKey('cluster')` → `false`.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True when `key` is one of FORBIDDEN_KEYS. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/**
 * Finds NaN and infinities inside a value (a result, a sweep, a whole evaluation), so a check can
 * refuse them before they reach a person or a workbook. The one walk the model's own checks
 * (shared/efficiency/finite-efficiency.ts) and the fuzzer (scripts/fuzz/) use.
 *
 * Example: `findNonFinite({ a: [1, NaN], b: { c: -Infinity } })` →
 * `[{ path: 'a[1]', value: NaN }, { path: 'b.c', value: -Infinity }]`.
 */

/** A non-finite number and where it is: `a.b[2].c`, or '' for the value itself. */
export interface NonFiniteNumber {
  path: string;
  value: number;
}

/** True when every number inside `value` is finite (checked without building paths). Texts never count. */
export function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) {
    for (const v of value) if (!allFinite(v)) return false;
    return true;
  }
  if (value !== null && typeof value === 'object') {
    for (const k in value) if (!allFinite((value as Record<string, unknown>)[k])) return false;
  }
  return true;
}

function walk(value: unknown, path: string, found: NonFiniteNumber[], limit: number): void {
  if (found.length >= limit) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push({ path, value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, found, limit));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, found, limit);
  }
}

/** The first `limit` non-finite numbers inside `value`, in document order; [] when all are finite. */
export function findNonFinite(value: unknown, limit = 5): NonFiniteNumber[] {
  if (allFinite(value)) return [];
  const found: NonFiniteNumber[] = [];
  walk(value, '', found, limit);
  return found;
}

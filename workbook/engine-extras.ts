/**
 * Read-only views of the optional parts of a ScenarioResult that the reliability and
 * efficiency models add (`reliability`, `efficiency`, `tcoWithDowntimeUsd`). The workbook reads
 * them defensively, field by field: a sheet or row appears only when the engine produced the
 * figure, so the writer keeps working while those models grow.
 */
import type { ScenarioResult } from '../shared/evaluate/scenario-result.ts';

export interface FailureRowLike {
  class?: unknown;
  componentId?: unknown;
  where?: unknown;
  network?: unknown;
  count?: unknown;
  afrPercentPerYear?: unknown;
  interruptProbability?: unknown;
  interruptionsPerDay?: unknown;
}

export interface ReliabilityLike {
  byClass?: FailureRowLike[];
  [field: string]: unknown;
}

export interface EfficiencyLike {
  ok?: unknown;
  error?: { message?: unknown; path?: unknown };
  notes?: unknown;
  [field: string]: unknown;
}

const objectField = (r: ScenarioResult, field: string): Record<string, unknown> | undefined => {
  const x = (r as unknown as Record<string, unknown>)[field];
  return x !== null && typeof x === 'object' ? (x as Record<string, unknown>) : undefined;
};

export const reliabilityOf = (r: ScenarioResult): ReliabilityLike | undefined =>
  objectField(r, 'reliability') as ReliabilityLike | undefined;

export const efficiencyOf = (r: ScenarioResult): EfficiencyLike | undefined =>
  objectField(r, 'efficiency') as EfficiencyLike | undefined;

/** A top-level number of the result that older engines lack, e.g. `tcoWithDowntimeUsd`. */
export const resultNumber = (r: ScenarioResult, field: string): number | undefined =>
  num((r as unknown as Record<string, unknown>)[field]);

/** The value if it is a number, else undefined. */
export const num = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);

/**
 * Number, text and boolean leaves of an object as dot paths, in key order; arrays by index.
 * Example: `flatten({ a: { b: 1 }, c: [2] })` → `[['a.b', 1], ['c.0', 2]]`.
 */
export function flatten(value: unknown, prefix = ''): [string, number | string | boolean][] {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return [[prefix, value]];
  if (value === null || typeof value !== 'object') return [];
  const out: [string, number | string | boolean][] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>))
    out.push(...flatten(v, prefix ? `${prefix}.${k}` : k));
  return out;
}

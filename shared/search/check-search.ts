/**
 * Checks the settings of a search before it runs: each constraint in its range, at least one
 * objective, each list dimension non-empty. Errors name the field, the value and what is
 * allowed, like the scenario schema's.
 */
import type { ModelError } from '../model-error.ts';
import { OBJECTIVES, type DesignSpace, type Objective, type SearchConstraints } from './design-space.ts';

/** Allowed range of each constraint (inclusive), and whether it must be a whole number. */
export interface ConstraintRange {
  min: number;
  max: number;
  integer: boolean;
}

export const CONSTRAINT_RANGES: Record<keyof SearchConstraints, ConstraintRange> = {
  maxOversubscription: { min: 1, max: 64, integer: false },
  minEfficiency: { min: 0, max: 1, integer: false },
  maxHhi: { min: 0, max: 10_000, integer: false },
  minSiliconSuppliers: { min: 0, max: 100, integer: true },
  maxPowerWPerAccelerator: { min: 0, max: 1e6, integer: false },
  buildYear: { min: 2015, max: 2040, integer: true },
};

/**
 * Example: `{ minEfficiency: 1.2 }` → one error at `constraints.minEfficiency`: "must be
 * between 0 and 1". An empty list of objectives → an error at `objectives`.
 */
export function checkSearch(space: DesignSpace, c: SearchConstraints, objectives: readonly Objective[]): ModelError[] {
  const errors: ModelError[] = [];
  for (const [key, range] of Object.entries(CONSTRAINT_RANGES) as [keyof SearchConstraints, ConstraintRange][]) {
    const v = c[key];
    if (v === undefined) continue;
    if (!Number.isFinite(v) || v < range.min || v > range.max || (range.integer && !Number.isInteger(v))) {
      errors.push({
        path: `constraints.${key}`,
        value: String(v),
        message: `must be ${range.integer ? 'a whole number ' : ''}between ${range.min} and ${range.max}`,
      });
    }
  }
  if (objectives.length === 0 || objectives.some((o) => !OBJECTIVES.includes(o)))
    errors.push({
      path: 'objectives',
      value: objectives.join(','),
      message: `pick one or more of ${OBJECTIVES.join(', ')}`,
    });
  const lists: [string, unknown][] = [
    ...Object.entries(space).filter(([k]) => k !== 'media' && k !== 'tierModels'),
    ...Object.entries(space.media ?? {}).map(([k, v]) => [`media.${k}`, v] as [string, unknown]),
    ...Object.entries(space.tierModels ?? {}).map(([k, v]) => [`tierModels.${k}`, v] as [string, unknown]),
  ];
  for (const [key, choice] of lists) {
    const ch = choice as { mode: string; values?: readonly unknown[] } | undefined;
    if (ch?.mode === 'list' && (ch.values?.length ?? 0) === 0)
      errors.push({ path: `space.${key}`, value: '[]', message: 'pick one or more values, or fix the dimension' });
  }
  return errors;
}

/**
 * Builders for scenario inputs that carry their unit, range, default and description in one
 * place. The validator, the JSON Schema, the editor, the CLI and the workbook all read them.
 */
import { z } from 'zod';

/** Metadata attached to every scenario input. `unit` is a short label ("USD", "W", "m"). */
export interface FieldMeta {
  unit: string;
  description: string;
  minimum?: number;
  maximum?: number;
  /** Editor group, e.g. "Cluster" or "Economics". */
  group?: string;
}

interface NumberFieldOptions {
  min: number;
  max: number;
  default: number;
  unit: string;
  description: string;
  int?: boolean;
  /** When true the bound is exclusive (value must be greater than min). */
  exclusiveMin?: boolean;
}

/**
 * A finite number (or integer) within [min, max] with a default.
 * Example: `numberField({ min: 0, max: 5, default: 0.08, unit: 'USD/kWh', description: '…' })`.
 */
export function numberField(o: NumberFieldOptions) {
  let s = z.number({ error: (iss) => (iss.input === undefined ? 'required' : `expected a number, got ${describeValue(iss.input)}`) });
  if (o.int) s = s.int({ error: `must be a whole number` });
  s = o.exclusiveMin
    ? s.gt(o.min, { error: `must be greater than ${o.min} ${o.unit}` })
    : s.gte(o.min, { error: `must be at least ${o.min} ${o.unit}` });
  s = s.lte(o.max, { error: `must be at most ${o.max} ${o.unit}` });
  const meta: FieldMeta = { unit: o.unit, description: o.description, minimum: o.min, maximum: o.max };
  return s.default(o.default).meta({ ...meta, description: o.description });
}

/** Same as numberField but without a default: the input is optional and absent means "use the catalog". */
export function optionalNumberField(o: Omit<NumberFieldOptions, 'default'>) {
  let s = z.number({ error: (iss) => `expected a number, got ${describeValue(iss.input)}` });
  if (o.int) s = s.int({ error: `must be a whole number` });
  s = o.exclusiveMin
    ? s.gt(o.min, { error: `must be greater than ${o.min} ${o.unit}` })
    : s.gte(o.min, { error: `must be at least ${o.min} ${o.unit}` });
  s = s.lte(o.max, { error: `must be at most ${o.max} ${o.unit}` });
  return s.optional().meta({ unit: o.unit, description: o.description, minimum: o.min, maximum: o.max });
}

/** One of a fixed list of strings, with a default. */
export function enumField<const T extends readonly [string, ...string[]]>(values: T, def: T[number], description: string) {
  return z
    .enum(values, { error: (iss) => `expected one of ${values.join(', ')}, got ${describeValue(iss.input)}` })
    .default(def as never)
    .meta({ unit: '', description });
}

/** Short human rendering of a bad value for error messages (never the whole of a huge input). */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'an object';
}

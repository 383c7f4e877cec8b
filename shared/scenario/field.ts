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
  /** Set instead of `minimum` when the lower bound is exclusive (value must be greater). */
  exclusiveMinimum?: number;
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

/** Units that read badly after a number ("from 1 to 64 ratio"); they are left out of messages. */
const UNITS_LEFT_OUT_OF_MESSAGES = new Set(['', 'ratio', 'year']);

/**
 * What a number input allows, as one phrase used for every error of that input (wrong type,
 * not whole, below or above the range), e.g. "must be a whole number from 1 to 4000000
 * accelerators" or "must be a number greater than 0 and at most 10 m".
 */
export function numberRangeMessage(
  o: Pick<NumberFieldOptions, 'min' | 'max' | 'unit' | 'int' | 'exclusiveMin'>,
): string {
  const unit = UNITS_LEFT_OUT_OF_MESSAGES.has(o.unit) ? '' : ` ${o.unit}`;
  const what = o.int ? 'a whole number' : 'a number';
  return o.exclusiveMin
    ? `must be ${what} greater than ${o.min} and at most ${o.max}${unit}`
    : `must be ${what} from ${o.min} to ${o.max}${unit}`;
}

function rangedNumber(o: Omit<NumberFieldOptions, 'default' | 'description'>) {
  const message = numberRangeMessage(o);
  let s = z.number({ error: message });
  if (o.int) s = s.int({ error: message });
  s = o.exclusiveMin ? s.gt(o.min, { error: message }) : s.gte(o.min, { error: message });
  return s.lte(o.max, { error: message });
}

/**
 * A finite number (or integer) within [min, max] with a default.
 * Example: `numberField({ min: 0, max: 5, default: 0.08, unit: 'USD/kWh', description: '…' })`.
 * Every error of the input reads the same: what is allowed (see numberRangeMessage).
 */
export function numberField(o: NumberFieldOptions) {
  return rangedNumber(o)
    .default(o.default)
    .meta({ ...rangeMeta(o) });
}

/** Same as numberField but without a default: the input is optional and absent means "use the catalog". */
export function optionalNumberField(o: Omit<NumberFieldOptions, 'default'>) {
  return rangedNumber(o)
    .optional()
    .meta({ ...rangeMeta(o) });
}

function rangeMeta(o: Omit<NumberFieldOptions, 'default'>): FieldMeta {
  return o.exclusiveMin
    ? { unit: o.unit, description: o.description, exclusiveMinimum: o.min, maximum: o.max }
    : { unit: o.unit, description: o.description, minimum: o.min, maximum: o.max };
}

/** One of a fixed list of strings, with a default. */
export function enumField<const T extends readonly [string, ...string[]]>(
  values: T,
  def: T[number],
  description: string,
) {
  return z
    .enum(values, { error: `must be one of ${values.join(', ')}` })
    .default(def as never)
    .meta({ unit: '', description });
}

/** Short human rendering of a bad value for error messages (never the whole of a huge input). */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'symbol') return 'a symbol';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'an object';
}

/**
 * The scenario inputs as a flat list, derived once from the zod scenario schema and its
 * `.meta()` (see field.ts), never written out by hand a second time. The desktop editor, the
 * CLI and the workbook's Inputs sheet list inputs from here; parse-project.ts uses the same
 * schema walking to say which fields are allowed where.
 *
 * Example entry:
 * `{ path: 'cluster.acceleratorCount', group: 'Cluster', unit: 'accelerators', kind: 'integer',
 *    minimum: 1, maximum: 4000000, default: 1024, required: false, description: 'Number of …' }`
 */
import { z } from 'zod';
import { scenarioSchema } from './scenario-schema.ts';

export type InputGroup =
  | 'Cluster'
  | 'Scale-up'
  | 'Scale-out'
  | 'Topology'
  | 'Media'
  | 'Link lengths'
  | 'Economics'
  | 'Workload'
  | 'Reliability'
  | 'Analysis'
  | 'Overrides'
  | 'General';

/**
 * - `number` / `integer`: `minimum`/`maximum` bound the value (`exclusiveMinimum` when the
 *   lower bound is exclusive); `options` lists extra words also accepted (e.g. `auto`).
 * - `enum`: `options` lists every allowed value.
 * - `text`: `maxLength` and `pattern` constrain it; `options` lists accepted words (e.g. `auto`).
 * - `list`: a list of numbers; `minimum`/`maximum` bound each item, `minItems`/`maxItems` the length.
 * - `record`: an object from catalog id to number; `minimum`/`maximum` bound each number.
 */
export type InputKind = 'number' | 'integer' | 'enum' | 'text' | 'list' | 'record';

export interface InputField {
  /** Dot path inside a scenario, e.g. `cluster.acceleratorCount`. */
  path: string;
  group: InputGroup;
  /** Short unit label ("USD", "W", "m"); empty for words and text. */
  unit: string;
  /** One-line description from the schema. */
  description: string;
  kind: InputKind;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  /** Value used when the input is absent; `undefined` for required or optional inputs. */
  default: unknown;
  /** True when a scenario must state the input (it has no default and is not optional). */
  required: boolean;
  options?: string[];
  pattern?: string;
  /** Text length bounds (after spaces at either end are removed, for names). */
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

/* ----------------------------------------------------------------------------------------
 * Schema introspection. Zod 4 keeps every schema's definition in `schema._zod.def`; only the
 * few shapes the scenario schema uses are read here, through this narrow local view.
 * -------------------------------------------------------------------------------------- */

interface CheckDef {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  maximum?: number;
  minimum?: number;
  pattern?: RegExp;
}

interface SchemaDef {
  type: string;
  innerType?: SchemaNode;
  defaultValue?: unknown;
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
  keyType?: SchemaNode;
  valueType?: SchemaNode;
  options?: SchemaNode[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  in?: SchemaNode;
  checks?: { _zod: { def: CheckDef } }[];
}

/** The part of a zod 4 schema this module reads. */
export interface SchemaNode {
  _zod: { def: SchemaDef };
}

const WRAPPER_TYPES = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'nonoptional', 'catch']);

function asNode(schema: unknown): SchemaNode {
  return schema as SchemaNode;
}

/** The schema under default/prefault/optional wrappers (and the input side of pipes). */
export function unwrapSchema(schema: unknown): SchemaNode {
  let node = asNode(schema);
  for (let guard = 0; guard < 32; guard++) {
    const def = node._zod.def;
    if (WRAPPER_TYPES.has(def.type) && def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in) node = def.in;
    else break;
  }
  return node;
}

/** Metadata from `.meta()` on the schema or any wrapper around it, outermost first. */
export function schemaMeta(schema: unknown): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  let node = asNode(schema);
  const chain: SchemaNode[] = [];
  for (let guard = 0; guard < 32; guard++) {
    chain.push(node);
    const def = node._zod.def;
    if (WRAPPER_TYPES.has(def.type) && def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in) node = def.in;
    else break;
  }
  // Inner metadata first so that the outer (more specific) wins.
  for (const n of chain.reverse()) Object.assign(merged, z.globalRegistry.get(n as unknown as z.ZodType) ?? {});
  return merged;
}

/** Field names of a (possibly wrapped) object schema, or undefined if it is not an object. */
export function objectFieldNames(schema: unknown): string[] | undefined {
  // A path below an unknown field has no schema: there is nothing to list.
  if (schema === undefined) return undefined;
  const def = unwrapSchema(schema)._zod.def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/**
 * The schema that validates the value at `segments` below `schema` (object fields, list items,
 * record values), or undefined when the path leaves the schema. Example: `schemaAtPath(
 * projectSchema, ['scenarios', 0, 'cluster'])` is the cluster object schema.
 */
export function schemaAtPath(schema: unknown, segments: readonly PropertyKey[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = asNode(schema);
  for (const segment of segments) {
    if (!node) return undefined;
    const def: SchemaDef = unwrapSchema(node)._zod.def;
    if (def.type === 'object' && def.shape) {
      node = typeof segment === 'string' && Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
    } else if (def.type === 'array') {
      node = def.element;
    } else if (def.type === 'record') {
      node = def.valueType;
    } else {
      return undefined;
    }
  }
  return node;
}

function checksOf(node: SchemaNode): CheckDef[] {
  return (node._zod.def.checks ?? []).map((c) => c._zod.def);
}

interface NumberFacts {
  integer: boolean;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
}

function numberFacts(node: SchemaNode): NumberFacts {
  const facts: NumberFacts = { integer: false };
  for (const c of checksOf(node)) {
    if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32' || c.format === 'uint32')) {
      facts.integer = true;
    } else if (c.check === 'greater_than' && typeof c.value === 'number') {
      if (c.inclusive) facts.minimum = c.value;
      else facts.exclusiveMinimum = c.value;
    } else if (c.check === 'less_than' && typeof c.value === 'number') {
      facts.maximum = c.value;
    }
  }
  return facts;
}

function lengthFacts(node: SchemaNode): { minLength?: number; maxLength?: number; pattern?: string } {
  const facts: { minLength?: number; maxLength?: number; pattern?: string } = {};
  for (const c of checksOf(node)) {
    if ((c.check === 'max_length' || c.check === 'max_size') && typeof c.maximum === 'number')
      facts.maxLength = c.maximum;
    if ((c.check === 'min_length' || c.check === 'min_size') && typeof c.minimum === 'number')
      facts.minLength = c.minimum;
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp)
      facts.pattern = c.pattern.source;
  }
  return facts;
}

function literalValues(node: SchemaNode): string[] {
  const def = node._zod.def;
  if (def.type === 'literal') return (def.values ?? []).map(String);
  if (def.type === 'enum') return Object.values(def.entries ?? {}).map(String);
  return [];
}

/**
 * One phrase for what a schema accepts, used when zod's own message would not say it, e.g.
 * `an object with fields name, description, year` or `"auto" or a whole number from 1 to 5`.
 */
export function describeAllowed(schema: unknown): string {
  const node = unwrapSchema(schema);
  const def = node._zod.def;
  switch (def.type) {
    case 'object':
      return `an object with fields ${Object.keys(def.shape ?? {}).join(', ')}`;
    case 'array': {
      const { minLength, maxLength } = lengthFacts(node);
      const count = minLength !== undefined && maxLength !== undefined ? ` of ${minLength} to ${maxLength} items` : '';
      return `a list${count}`;
    }
    case 'record':
      return 'an object mapping catalog ids to numbers';
    case 'string': {
      const { maxLength } = lengthFacts(node);
      return maxLength === undefined ? 'text' : `text of at most ${maxLength} characters`;
    }
    case 'number': {
      const f = numberFacts(node);
      const what = f.integer ? 'a whole number' : 'a number';
      if (f.minimum !== undefined && f.maximum !== undefined) return `${what} from ${f.minimum} to ${f.maximum}`;
      return what;
    }
    case 'boolean':
      return 'true or false';
    case 'literal':
    case 'enum': {
      const values = literalValues(node).map((v) => JSON.stringify(v));
      return values.length === 1 ? String(values[0]) : `one of ${values.join(', ')}`;
    }
    case 'union':
      return (def.options ?? []).map((o) => describeAllowed(o)).join(' or ');
    default:
      return 'a valid value';
  }
}

/* ----------------------------------------------------------------------------------------
 * The flat list of scenario inputs.
 * -------------------------------------------------------------------------------------- */

/** Editor group of each top-level scenario section; `meta.group` on a field overrides it. */
const SECTION_GROUPS: Record<string, InputGroup> = {
  cluster: 'Cluster',
  scaleUp: 'Scale-up',
  scaleOut: 'Scale-out',
  switch: 'Scale-out',
  topology: 'Topology',
  media: 'Media',
  linkLengthM: 'Link lengths',
  workload: 'Workload',
  reliability: 'Reliability',
  analysis: 'Analysis',
  economics: 'Economics',
  overrides: 'Overrides',
};

function defaultOf(schema: SchemaNode): { default: unknown; required: boolean } {
  let node = schema;
  for (let guard = 0; guard < 32; guard++) {
    const def = node._zod.def;
    if (def.type === 'default' || def.type === 'prefault')
      return { default: copyJson(def.defaultValue), required: false };
    if (def.type === 'optional') return { default: undefined, required: false };
    if (WRAPPER_TYPES.has(def.type) && def.innerType) node = def.innerType;
    else break;
  }
  return { default: undefined, required: true };
}

/** A private copy of a JSON default, so callers may change it without touching the schema. */
function copyJson(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value;
}

function leafField(path: string, group: InputGroup, schema: SchemaNode): InputField {
  const meta = schemaMeta(schema);
  const core = unwrapSchema(schema);
  const def = core._zod.def;
  const field: InputField = {
    path,
    group: isGroup(meta.group) ? meta.group : group,
    unit: typeof meta.unit === 'string' ? meta.unit : '',
    description: typeof meta.description === 'string' ? meta.description : '',
    kind: 'text',
    ...defaultOf(schema),
  };
  const applyNumber = (node: SchemaNode) => {
    const facts = numberFacts(node);
    field.kind = facts.integer ? 'integer' : 'number';
    if (facts.minimum !== undefined) field.minimum = facts.minimum;
    if (facts.exclusiveMinimum !== undefined) field.exclusiveMinimum = facts.exclusiveMinimum;
    if (facts.maximum !== undefined) field.maximum = facts.maximum;
  };
  const applyText = (node: SchemaNode) => {
    field.kind = 'text';
    const facts = lengthFacts(node);
    if (facts.minLength !== undefined) field.minLength = facts.minLength;
    if (facts.maxLength !== undefined) field.maxLength = facts.maxLength;
    if (facts.pattern !== undefined) field.pattern = facts.pattern;
  };
  switch (def.type) {
    case 'number':
      applyNumber(core);
      break;
    case 'string':
      applyText(core);
      break;
    case 'enum':
    case 'literal':
      field.kind = 'enum';
      field.options = literalValues(core);
      break;
    case 'union': {
      const options = def.options ?? [];
      const words = options
        .filter((o) => ['literal', 'enum'].includes(o._zod.def.type))
        .flatMap((o) => literalValues(o));
      const rest = options.filter((o) => !['literal', 'enum'].includes(o._zod.def.type)).map((o) => unwrapSchema(o));
      const number = rest.find((o) => o._zod.def.type === 'number');
      const string = rest.find((o) => o._zod.def.type === 'string');
      if (number) applyNumber(number);
      else if (string) applyText(string);
      else field.kind = 'enum';
      field.options = words;
      break;
    }
    case 'array': {
      field.kind = 'list';
      const element = def.element ? unwrapSchema(def.element) : undefined;
      if (element && element._zod.def.type === 'number') {
        const facts = numberFacts(element);
        if (facts.minimum !== undefined) field.minimum = facts.minimum;
        if (facts.maximum !== undefined) field.maximum = facts.maximum;
      }
      const { minLength, maxLength } = lengthFacts(core);
      if (minLength !== undefined) field.minItems = minLength;
      if (maxLength !== undefined) field.maxItems = maxLength;
      break;
    }
    case 'record': {
      field.kind = 'record';
      const value = def.valueType ? unwrapSchema(def.valueType) : undefined;
      if (value && value._zod.def.type === 'number') {
        const facts = numberFacts(value);
        if (facts.minimum !== undefined) field.minimum = facts.minimum;
        if (facts.maximum !== undefined) field.maximum = facts.maximum;
      }
      const key = def.keyType ? unwrapSchema(def.keyType) : undefined;
      if (key) {
        const { pattern } = lengthFacts(key);
        if (pattern !== undefined) field.pattern = pattern;
      }
      break;
    }
  }
  // Metadata ranges are the declared ones; prefer them when present.
  if (typeof meta.minimum === 'number' && field.kind !== 'list') field.minimum = meta.minimum;
  if (typeof meta.exclusiveMinimum === 'number') field.exclusiveMinimum = meta.exclusiveMinimum;
  if (typeof meta.maximum === 'number' && field.kind !== 'list') field.maximum = meta.maximum;
  return field;
}

function isGroup(value: unknown): value is InputGroup {
  return typeof value === 'string' && ['General', ...Object.values(SECTION_GROUPS)].includes(value);
}

/** Walks an object schema depth-first in declaration order, one entry per leaf input. */
export function collectInputFields(schema: unknown): InputField[] {
  const fields: InputField[] = [];
  const visit = (node: SchemaNode, prefix: string, group: InputGroup) => {
    const shape = unwrapSchema(node)._zod.def.shape ?? {};
    for (const [key, child] of Object.entries(shape)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const childGroup = prefix ? group : (SECTION_GROUPS[key] ?? 'General');
      if (unwrapSchema(child)._zod.def.type === 'object') visit(child, path, childGroup);
      else fields.push(leafField(path, childGroup, child));
    }
  };
  visit(asNode(schema), '', 'General');
  return fields;
}

/** Every scenario input, in schema order. */
export const SCENARIO_INPUT_FIELDS: readonly InputField[] = deepFreeze(collectInputFields(scenarioSchema));

/** Freezes an object and everything it holds, so one reader cannot change another's defaults. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** SCENARIO_INPUT_FIELDS by path. */
export const SCENARIO_INPUT_FIELD_BY_PATH: ReadonlyMap<string, InputField> = new Map(
  SCENARIO_INPUT_FIELDS.map((f) => [f.path, f]),
);

/* ----------------------------------------------------------------------------------------
 * Reading and writing a value by dot path.
 * -------------------------------------------------------------------------------------- */

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

function splitPath(path: string): string[] {
  const segments = path === '' ? [] : path.split('.');
  for (const s of segments) {
    if (s === '' || FORBIDDEN_SEGMENTS.has(s)) throw new Error(`invalid input path ${JSON.stringify(path)}`);
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

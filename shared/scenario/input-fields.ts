/**
 * The scenario inputs as a flat list, derived once from the zod scenario schema and its
 * `.meta()` (see field.ts), never written out by hand a second time. The desktop editor, the
 * CLI and the workbook's Inputs sheet list inputs from here; schema-introspection.ts reads
 * the schema; object-paths.ts reads and writes a value at one of these paths.
 *
 * Example entry:
 * `{ path: 'cluster.acceleratorCount', group: 'Cluster', unit: 'accelerators', kind: 'integer',
 *    minimum: 1, maximum: 4000000, default: 1024, required: false, description: 'Number of …' }`
 */
import { scenarioSchema } from './scenario-schema.ts';
import {
  asNode,
  lengthFacts,
  literalValues,
  numberFacts,
  schemaMeta,
  unwrapSchema,
  WRAPPER_TYPES,
  type SchemaNode,
} from './schema-introspection.ts';

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

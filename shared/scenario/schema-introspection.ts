/**
 * Reading a zod 4 schema's shape: the schema under its wrappers, its `.meta()`, its fields, the
 * schema at a path, and one phrase for what it accepts. Zod 4 keeps every schema's definition
 * in `schema._zod.def`; only the few shapes the scenario schema uses are read, through this
 * narrow local view. Used by input-fields.ts (the flat input list) and schema-issues.ts
 * (error messages). Example: `objectFieldNames(schemaAtPath(projectSchema, ['scenarios', 0,
 * 'economics']))` lists the economics inputs.
 */
import { z } from 'zod';

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

export const WRAPPER_TYPES = new Set([
  'default',
  'prefault',
  'optional',
  'nullable',
  'readonly',
  'nonoptional',
  'catch',
]);

export function asNode(schema: unknown): SchemaNode {
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

export function checksOf(node: SchemaNode): CheckDef[] {
  return (node._zod.def.checks ?? []).map((c) => c._zod.def);
}

export interface NumberFacts {
  integer: boolean;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
}

export function numberFacts(node: SchemaNode): NumberFacts {
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

export function lengthFacts(node: SchemaNode): { minLength?: number; maxLength?: number; pattern?: string } {
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

export function literalValues(node: SchemaNode): string[] {
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

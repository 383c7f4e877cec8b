/**
 * Turning zod's issues into field errors that say what is allowed: unknown fields list the
 * allowed ones, invalid keys say why, and issues the schema does not word itself get a
 * message from the schema's shape (fallbackMessage).
 */
import { describeValue } from './field.ts';
import type { ErrorList } from './field-errors.ts';
import { formatPath, isAtOrUnder, rawAt, type Segment } from './field-path.ts';
import { describeAllowed, objectFieldNames, schemaAtPath } from './schema-introspection.ts';
import { projectSchema } from './scenario-schema.ts';
import type { Sanitized } from './sanitize-value.ts';
import { isForbiddenKey } from '../text/forbidden-keys.ts';

/** "unknown field; allowed fields: a, b, c", from the schema at the parent path. */
export function unknownFieldMessage(parent: readonly Segment[], key: string): string {
  const allowed = objectFieldNames(schemaAtPath(projectSchema, parent));
  if (isForbiddenKey(key)) {
    const reserved = `"${key}" is a reserved name and is never read`;
    return allowed
      ? `unknown field (${reserved}); allowed fields: ${allowed.join(', ')}`
      : `unknown field; ${reserved}`;
  }
  return allowed ? `unknown field; allowed fields: ${allowed.join(', ')}` : 'unknown field';
}

/** The parts of a zod issue read here. */
export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  issues?: { message: string }[];
}

/** Adds the field errors for one zod issue, unless it lies where the sanitiser already reported. */
export function addIssue(issue: Issue, raw: unknown, clean: Sanitized, errors: ErrorList): void {
  const path = formatPath(issue.path);
  for (const p of clean.replaced) if (isAtOrUnder(path, p)) return; // already reported as not JSON data
  for (const list of clean.elided.keys()) if (path !== list && isAtOrUnder(path, list)) return; // items not read
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys ?? []) {
      const segments = [...issue.path, key];
      errors.add({
        path: formatPath(segments),
        value: describeValue(rawAt(raw, segments)),
        message: unknownFieldMessage(issue.path as Segment[], key),
      });
    }
    return;
  }
  if (issue.code === 'invalid_key') {
    const key = issue.path[issue.path.length - 1];
    const inner = issue.issues?.[0]?.message ?? 'not an allowed key';
    errors.add({
      path,
      value: describeValue(typeof key === 'symbol' ? undefined : key),
      message: `invalid key; ${inner}`,
    });
    return;
  }
  errors.add({ path, value: describeValue(rawAt(raw, issue.path)), message: issue.message });
}

/** The raw issue zod hands to a per-parse error map (only the fields read here). */
interface RawIssue {
  code?: string;
  input?: unknown;
  inst?: unknown;
  origin?: string;
  maximum?: unknown;
  minimum?: unknown;
  values?: unknown[];
}

/**
 * Messages for issues the schema does not word itself: always what is allowed, e.g.
 * "must be an object with fields accelerator, acceleratorCount, …".
 */
export function fallbackMessage(raw: unknown): string | undefined {
  const iss = raw as RawIssue;
  const allowed = () => {
    const inst = iss.inst as { _zod?: { def?: unknown } } | undefined;
    return inst?._zod?.def ? describeAllowed(inst) : 'a valid value';
  };
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? `required; must be ${allowed()}` : `must be ${allowed()}`;
    case 'invalid_union':
      return `must be ${allowed()}`;
    case 'invalid_value':
      return `must be ${(iss.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_big':
      if (iss.origin === 'string') return `must be at most ${String(iss.maximum)} characters`;
      if (iss.origin === 'array') return `must have at most ${String(iss.maximum)} items`;
      return `must be at most ${String(iss.maximum)}`;
    case 'too_small':
      if (iss.origin === 'string') return `must be at least ${String(iss.minimum)} characters`;
      if (iss.origin === 'array') return `must have at least ${String(iss.minimum)} items`;
      return `must be at least ${String(iss.minimum)}`;
    default:
      return undefined;
  }
}

/**
 * Reading a project file: text → checked JSON → upgraded to the current schema version →
 * validated, with defaults filled. The one entry point for the app, the CLI and tests.
 *
 * It never throws, whatever the input. Every problem found is returned as a field error with
 * the path, a short rendering of the bad value, and what is allowed:
 *
 * ```
 * scenarios[0].cluster.acceleratorCount: must be a whole number from 1 to 4000000 accelerators (got 0)
 * scenarios[1].cluster.gpus: unknown field; allowed fields: accelerator, acceleratorCount, … (got 8)
 * ```
 *
 * Defences, in order: size (over 20 MB refused before parsing); JSON syntax (own scanner,
 * iterative, gives line and column, refuses nesting deeper than 64 levels before JSON.parse
 * sees it, and notes keys given twice); a copy of the data that keeps only plain JSON values,
 * drops `__proto__`, `constructor` and `prototype` keys (reported, never applied) and turns -0
 * into 0; the schema-version upgrade chain (migrations.ts); the zod schema.
 */
import { projectSchema, duplicateScenarioNames, type Project } from './scenario-schema.ts';
import { describeValue } from './field.ts';
import { migrateToCurrent, type UpgradeLogEntry } from './migrations.ts';
import { describeAllowed } from './schema-introspection.ts';
import { ErrorList, type FieldError } from './field-errors.ts';
import { formatPath, isAtOrUnder, rawAt, shortPath, type Segment } from './field-path.ts';
import { lineColumn, scanJson } from './json-scan.ts';
import { FILE_PATH, MAX_LIST_ITEMS, MAX_NESTING_DEPTH, MAX_PROJECT_BYTES, ROOT_PATH } from './project-limits.ts';
import { sanitize } from './sanitize-value.ts';
import { addIssue, fallbackMessage } from './schema-issues.ts';
import { utf8ByteLength } from '../text/utf8-byte-length.ts';

export type { UpgradeLogEntry } from './migrations.ts';
export { formatFieldErrors, type FieldError } from './field-errors.ts';
export { formatPath } from './field-path.ts';
export {
  FILE_PATH,
  MAX_LIST_ITEMS,
  MAX_LISTED_ERRORS,
  MAX_NESTING_DEPTH,
  MAX_OBJECT_FIELDS,
  MAX_PROJECT_BYTES,
  MAX_PROJECT_VALUES,
  ROOT_PATH,
} from './project-limits.ts';

export type ParseResult =
  | { ok: true; project: Project; upgradeLog: UpgradeLogEntry[]; warnings: string[] }
  | { ok: false; errors: FieldError[] };

/**
 * Parses the text of a project file. Example:
 * `parseProject('{"schemaVersion":1,"scenarios":[{"name":"Base"}]}')` → `{ ok: true, project:
 * { schemaVersion: 1, title: 'Untitled project', …, scenarios: [{ name: 'Base', year: 2025, … }] },
 * upgradeLog: [], warnings: [] }`.
 */
export function parseProject(text: string): ParseResult {
  try {
    return parseText(text);
  } catch (e) {
    return internalFailure(FILE_PATH, e);
  }
}

/** Validates an already parsed value (e.g. from IPC or a test) exactly as parseProject would. */
export function parseProjectValue(value: unknown): ParseResult {
  try {
    return parseValue(value, []);
  } catch (e) {
    return internalFailure(ROOT_PATH, e);
  }
}

/* ----------------------------------------------------------------------------------------
 * Text
 * -------------------------------------------------------------------------------------- */

function parseText(text: string): ParseResult {
  if (typeof text !== 'string') {
    return failure([{ path: FILE_PATH, value: describeValue(text), message: 'expected the text of a project file' }]);
  }
  // Checked before anything else reads the text. UTF-8 needs at most 3 bytes per UTF-16 unit.
  if (
    text.length > MAX_PROJECT_BYTES ||
    (text.length * 3 > MAX_PROJECT_BYTES && utf8ByteLength(text, MAX_PROJECT_BYTES) > MAX_PROJECT_BYTES)
  ) {
    return failure([
      {
        path: FILE_PATH,
        value: `${text.length} characters`,
        message: 'the file is larger than 20 MB, the limit for project files; it was not read',
      },
    ]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // byte-order mark
  if (body.trim() === '') {
    return failure([
      {
        path: FILE_PATH,
        value: describeValue(text),
        message: 'the file is empty; expected a Fabricost project (a JSON object)',
      },
    ]);
  }
  const scan = scanJson(body, MAX_NESTING_DEPTH);
  if (scan.refused) return failure([scan.refused]);
  if (scan.failure) {
    const { offset, message } = scan.failure;
    const { line, column } = lineColumn(body, offset);
    const excerpt = offset >= body.length ? 'the end of the file' : describeValue(body.slice(offset, offset + 24));
    return failure([
      { path: FILE_PATH, value: excerpt, message: `invalid JSON at line ${line}, column ${column}: ${message}` },
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    return failure([
      { path: FILE_PATH, value: describeValue(body.slice(0, 24)), message: `invalid JSON: ${errorText(e)}` },
    ]);
  }
  const warnings = scan.duplicates.map((d) => {
    const { line, column } = lineColumn(body, d.offset);
    return `${shortPath(d.path)}: this field appears more than once (again at line ${line}, column ${column}); the last value is used`;
  });
  if (scan.duplicateCount > scan.duplicates.length) {
    warnings.push(
      `${scan.duplicateCount - scan.duplicates.length} more fields appear more than once; the last value of each is used`,
    );
  }
  return parseValue(parsed, warnings);
}

function parseValue(input: unknown, warnings: string[]): ParseResult {
  const errors = new ErrorList();
  const clean = sanitize(input, errors);
  if (clean.refused) return failure([clean.refused]);
  const value = clean.value;

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure([
      {
        path: ROOT_PATH,
        value: describeValue(value),
        message: `expected a Fabricost project: ${describeAllowed(projectSchema)}`,
      },
    ]);
  }

  const migrated = migrateToCurrent(value);
  if (!migrated.ok) return failure([migrated.error]);
  const raw = migrated.value;

  // Checked here as well as in the schema, because zod skips the check when a scenario has errors.
  const scenarios = raw.scenarios;
  if (Array.isArray(scenarios) && scenarios.length <= 64) {
    const names = scenarios.map((s: unknown) => rawAt(s, ['name']));
    for (const d of duplicateScenarioNames(names)) {
      errors.add({
        path: formatPath(['scenarios', d.index, 'name']),
        value: describeValue(names[d.index]),
        message: d.message,
      });
    }
    names.forEach((name, i) => noteTrimmed(name, ['scenarios', i, 'name'], warnings));
    scenarios.forEach((s: unknown, i) =>
      noteTrimmed(
        rawAt(s, ['cluster', 'accelerator', 'name']),
        ['scenarios', i, 'cluster', 'accelerator', 'name'],
        warnings,
      ),
    );
  }

  const result = projectSchema.safeParse(raw, { error: fallbackMessage });
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (errors.full) {
        errors.add({ path: formatPath(issue.path), value: '', message: issue.message }); // counted only
        continue;
      }
      addIssue(issue, raw, clean, errors);
    }
  }
  // An over-long list the schema did not complain about at or above its path still gets an error.
  for (const [path, length] of clean.elided) {
    if (!errors.listed.some((e) => isAtOrUnder(path, e.path))) {
      errors.add({
        path,
        value: `a list of ${length}`,
        message: `too long; a list in a project may have at most ${MAX_LIST_ITEMS} items`,
      });
    }
  }
  const list = errors.result();
  if (list.length > 0) return failure(list);
  if (!result.success)
    return failure([{ path: ROOT_PATH, value: describeValue(raw), message: 'the project is not valid' }]);
  return { ok: true, project: result.data, upgradeLog: migrated.log, warnings };
}

function noteTrimmed(name: unknown, segments: Segment[], warnings: string[]): void {
  if (typeof name === 'string' && name.trim() !== name && name.trim() !== '') {
    warnings.push(
      `${formatPath(segments)}: spaces at either end were removed (${describeValue(name)} → ${describeValue(name.trim())})`,
    );
  }
}

/* ----------------------------------------------------------------------------------------
 * Results
 * -------------------------------------------------------------------------------------- */

function failure(errors: FieldError[]): ParseResult {
  return { ok: false, errors };
}

function errorText(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
}

function internalFailure(path: string, e: unknown): ParseResult {
  return failure([{ path, value: 'nothing', message: `the project could not be read (${errorText(e)})` }]);
}

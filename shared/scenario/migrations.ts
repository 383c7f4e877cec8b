/**
 * Upgrading project files written by older Fabricost versions.
 *
 * A project file states its `schemaVersion`. Each entry of the registry upgrades a raw,
 * not-yet-validated JSON object from version v to v+1 and says what it did in an upgrade log,
 * which the app shows after opening an old file. Upgrades run in a chain (v → v+1 → … →
 * CURRENT_SCHEMA_VERSION) before the file is validated against the current schema.
 *
 * How to add version 2: bump CURRENT_SCHEMA_VERSION in scenario-schema.ts, change the schema,
 * and register `MIGRATIONS[1] = { summary, up(raw, note) { …; return raw } }` here. `up` gets a
 * private copy, may change and return it, and must cope with junk (the file is not validated
 * yet): it should only touch fields it recognises, leaving errors to the validator.
 *
 * Files from a newer Fabricost are refused, never guessed at.
 */
import { CURRENT_SCHEMA_VERSION } from './scenario-schema.ts';
import { describeValue } from './field.ts';

/** One change made while upgrading a file, e.g. `{ fromVersion: 1, toVersion: 2, kind: 'renamed',
 * path: 'scenarios[0].linkLengthM', detail: 'renamed from linkLengths' }`. */
export interface UpgradeLogEntry {
  fromVersion: number;
  toVersion: number;
  kind: 'added' | 'changed' | 'removed' | 'renamed' | 'notice';
  /** Where in the file, in the same notation as validation errors (`scenarios[0].cluster`); '' for the whole file. */
  path: string;
  detail: string;
}

/** A raw JSON object (a parsed file, not validated). */
export type RawObject = Record<string, unknown>;

/** Records one upgrade log entry; the versions are filled in by migrateToCurrent. */
export type UpgradeNote = (entry: Omit<UpgradeLogEntry, 'fromVersion' | 'toVersion'>) => void;

export interface Migration {
  /** One line: what this upgrade changes. */
  summary: string;
  /** Upgrades a raw object from the registry key's version to the next. */
  up(raw: RawObject, note: UpgradeNote): RawObject;
}

/** Upgrades keyed by the version they start from. Empty: version 1 is the first released version. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});

/** Where the version error points and what it says; parse-project turns it into a field error. */
export interface MigrationError {
  path: string;
  value: string;
  message: string;
}

export type MigrationResult =
  { ok: true; value: RawObject; log: UpgradeLogEntry[]; fromVersion: number } | { ok: false; error: MigrationError };

function isPlainObject(value: unknown): value is RawObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Brings a raw project object up to `currentVersion` by chaining the registry's upgrades.
 * Never changes `raw` (when no upgrade is needed `value` is `raw` itself) and never throws: a missing, malformed or unknown version, a newer file,
 * a missing upgrade step or a failing upgrade is returned as an error.
 *
 * Example: `migrateToCurrent({ schemaVersion: 1, scenarios: [] })` →
 * `{ ok: true, value: <same content>, log: [], fromVersion: 1 }`.
 */
export function migrateToCurrent(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  try {
    return migrate(raw, migrations, currentVersion);
  } catch (e) {
    return fail('', raw, `the file could not be upgraded: ${errorText(e)}`);
  }
}

function migrate(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>>,
  currentVersion: number,
): MigrationResult {
  if (!isPlainObject(raw)) {
    return fail('', raw, 'expected a Fabricost project: a JSON object with schemaVersion and scenarios');
  }
  const version = Object.hasOwn(raw, 'schemaVersion') ? raw.schemaVersion : undefined;
  if (version === undefined) {
    return fail(
      'schemaVersion',
      version,
      `required; a Fabricost project states its schemaVersion (this Fabricost writes ${currentVersion})`,
    );
  }
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
    return fail(
      'schemaVersion',
      version,
      `must be a whole number (this Fabricost reads versions up to ${currentVersion})`,
    );
  }
  if (version > currentVersion) {
    return fail(
      'schemaVersion',
      version,
      `this file was written by a newer Fabricost (schema version ${version}); this version reads up to ${currentVersion}. It was not changed.`,
    );
  }
  if (version === currentVersion) return { ok: true, value: raw, log: [], fromVersion: version };

  let value: RawObject = copyJson(raw);
  const log: UpgradeLogEntry[] = [];
  for (let from = version; from < currentVersion; from++) {
    const step = Object.hasOwn(migrations, from) ? migrations[from] : undefined;
    if (!step) {
      return fail(
        'schemaVersion',
        version,
        from === version
          ? `schema version ${version} is not a Fabricost version this version can read or upgrade (it reads up to ${currentVersion})`
          : `no upgrade from schema version ${from} to ${from + 1} is available`,
      );
    }
    const to = from + 1;
    let next: unknown;
    try {
      next = step.up(value, (entry) => log.push({ fromVersion: from, toVersion: to, ...entry }));
    } catch (e) {
      return fail('schemaVersion', version, `upgrading from schema version ${from} to ${to} failed: ${errorText(e)}`);
    }
    if (!isPlainObject(next)) {
      return fail(
        'schemaVersion',
        version,
        `upgrading from schema version ${from} to ${to} did not produce a project object`,
      );
    }
    // Keep schemaVersion where the file has it; put it first when the upgrade dropped it.
    value = Object.hasOwn(next, 'schemaVersion') ? { ...next, schemaVersion: to } : { schemaVersion: to, ...next };
  }
  return { ok: true, value, log, fromVersion: version };
}

function fail(path: string, value: unknown, message: string): MigrationResult {
  return { ok: false, error: { path, value: describeValue(value), message } };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A deep copy of plain JSON data (the input has already been checked to be JSON data). */
function copyJson(value: RawObject): RawObject {
  return JSON.parse(JSON.stringify(value)) as RawObject;
}

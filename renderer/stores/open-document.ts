/**
 * What an opened file becomes in the editor, decided with at most one `parseProject` of its text.
 *
 * The desktop host has already parsed the file (it refuses invalid ones before they reach the
 * recent list) and says so in `checked`; the text is then only read as JSON, which keeps the
 * file's own values as typed. Files the host did not check (browser file picker, recovery copies)
 * are parsed here, once. Pure (no store, no DOM), so the number of parses is testable in Node.
 */
import type { CheckedProject } from '../../shared/bridge/fabricost-bridge.ts';
import {
  FILE_PATH,
  ROOT_PATH,
  parseProject,
  type FieldError,
  type ParseResult,
  type UpgradeLogEntry,
} from '../../shared/scenario/parse-project.ts';
import type { RawProject } from './project.ts';

export type OpenedDocument =
  /** A valid project; `migrated` when it was upgraded in memory (saving writes the new version). */
  | { kind: 'valid'; raw: RawProject; upgradeLog: UpgradeLogEntry[]; migrated: boolean }
  /** A project with field errors: it opens so they can be fixed, and the errors are shown. */
  | { kind: 'with-problems'; raw: RawProject; errors: FieldError[] }
  /** Not a project at all (bad JSON, newer version, no scenarios): it does not open. */
  | { kind: 'refused'; errors: FieldError[] };

/** Errors that mean the text is not a project at all, so there is nothing to edit. */
function isFatal(e: FieldError): boolean {
  return e.path === FILE_PATH || e.path === 'schemaVersion' || e.path === ROOT_PATH;
}

/** The file's JSON as typed. A leading byte-order mark is allowed by the parser, so here too. */
function rawJson(text: string): RawProject {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as RawProject;
}

/** A plain-JSON copy of an upgraded project (what saving it writes). */
function plainCopy(value: unknown): RawProject {
  return JSON.parse(JSON.stringify(value)) as RawProject;
}

/**
 * Decides how a file opens. Example: `readOpenedDocument('{"schemaVersion":1,"scenarios":[{"name":"A"}]}')`
 * → `{ kind: 'valid', raw: { schemaVersion: 1, scenarios: [{ name: 'A' }] }, upgradeLog: [], migrated: false }`.
 * With `checked` from the host, `parse` is not called.
 */
export function readOpenedDocument(
  text: string,
  checked?: CheckedProject,
  parse: (text: string) => ParseResult = parseProject,
): OpenedDocument {
  if (checked) {
    const migrated = checked.upgradeLog.length > 0 && checked.upgraded !== undefined;
    const raw = migrated ? plainCopy(checked.upgraded) : rawJson(text);
    return { kind: 'valid', raw, upgradeLog: migrated ? checked.upgradeLog : [], migrated };
  }
  const parsed = parse(text);
  if (parsed.ok) {
    const migrated = parsed.upgradeLog.length > 0;
    const raw = migrated ? plainCopy(parsed.project) : rawJson(text);
    return { kind: 'valid', raw, upgradeLog: parsed.upgradeLog, migrated };
  }
  if (parsed.errors.some(isFatal)) return { kind: 'refused', errors: parsed.errors };
  try {
    const raw = rawJson(text);
    if (!Array.isArray(raw.scenarios) || raw.scenarios.length === 0) return { kind: 'refused', errors: parsed.errors };
    return { kind: 'with-problems', raw, errors: parsed.errors };
  } catch {
    return { kind: 'refused', errors: parsed.errors };
  }
}

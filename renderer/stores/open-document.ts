/**
 * What an opened file becomes in the editor, decided with at most one `parseProject` of its text.
 *
 * The desktop host has already parsed the file (it refuses non-projects before they reach the
 * recent list) and says what it found in `checked`; the text is then only read as JSON, which keeps the
 * file's own values as typed. Files the host did not check (browser file picker, recovery copies)
 * are parsed here, once. Pure (no store, no DOM), so the number of parses is testable in Node.
 */
import type { CheckedProject } from '../../shared/bridge/fabricost-bridge.ts';
import { checkOpen, projectJson } from '../../shared/scenario/open-check.ts';
import {
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
  if (checked?.problems) {
    const open = checkOpen(text, { ok: false, errors: checked.problems });
    if (open.kind === 'with-problems')
      return { kind: 'with-problems', raw: open.raw as RawProject, errors: checked.problems };
    return { kind: 'refused', errors: checked.problems };
  }
  if (checked) {
    const migrated = checked.upgradeLog.length > 0 && checked.upgraded !== undefined;
    const raw = migrated ? plainCopy(checked.upgraded) : (projectJson(text) as RawProject);
    return { kind: 'valid', raw, upgradeLog: migrated ? checked.upgradeLog : [], migrated };
  }
  const parsed = parse(text);
  if (parsed.ok) {
    const migrated = parsed.upgradeLog.length > 0;
    const raw = migrated ? plainCopy(parsed.project) : (projectJson(text) as RawProject);
    return { kind: 'valid', raw, upgradeLog: parsed.upgradeLog, migrated };
  }
  const open = checkOpen(text, parsed);
  if (open.kind === 'with-problems')
    return { kind: 'with-problems', raw: open.raw as RawProject, errors: parsed.errors };
  return { kind: 'refused', errors: parsed.errors };
}

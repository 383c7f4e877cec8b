/**
 * Whether a project file can be opened in the editor, decided from one `parseProject` result.
 *
 * A valid project opens. A project with field errors (an out-of-range number, a duplicate name)
 * opens too, with its problems listed, so the user can fix them: the editor keeps such values as
 * typed and saves them, and a saved document must open again. Text that is not a project at all
 * (bad JSON, a newer schema version, no scenarios, scenarios that are not objects) is refused.
 * Used by the desktop host before a file reaches the renderer and the recent list, and by the
 * renderer for files no host checked (browser file picker, recovery copies).
 */
import { FILE_PATH, ROOT_PATH, type FieldError, type ParseResult } from './parse-project.ts';

export type OpenCheck =
  | { kind: 'valid' }
  /** Opens with these problems shown; `raw` is the file's JSON as typed. */
  | { kind: 'with-problems'; raw: { scenarios: Record<string, unknown>[]; [key: string]: unknown } }
  | { kind: 'refused' };

/** Errors that mean the text is not a project at all, so there is nothing to edit. */
function isFatal(e: FieldError): boolean {
  return e.path === FILE_PATH || e.path === 'schemaVersion' || e.path === ROOT_PATH;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The file's JSON; a leading byte-order mark is allowed (the parser allows it). */
export function projectJson(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Classifies a parse result of `text`. Example: a file whose only problem is
 * `scenarios[0].cluster.acceleratorCount: must be a whole number…` gives `with-problems`;
 * `{"schemaVersion": 9, …}` gives `refused`.
 */
export function checkOpen(text: string, parsed: ParseResult): OpenCheck {
  if (parsed.ok) return { kind: 'valid' };
  if (parsed.errors.some(isFatal)) return { kind: 'refused' };
  try {
    const raw = projectJson(text);
    if (!isPlainObject(raw) || !Array.isArray(raw.scenarios) || raw.scenarios.length === 0) return { kind: 'refused' };
    if (!raw.scenarios.every(isPlainObject)) return { kind: 'refused' };
    return { kind: 'with-problems', raw: raw as { scenarios: Record<string, unknown>[] } };
  } catch {
    return { kind: 'refused' };
  }
}

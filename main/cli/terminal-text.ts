/**
 * Text from a project file shown on a terminal: control characters are written as `\u001b`-style
 * escapes so a scenario name cannot move the cursor, clear the screen, retitle the window or
 * reorder what follows (C0 and C1 controls, DEL, bidirectional overrides and isolates).
 *
 * Example: `terminalSafe('a\u001b[2Jb')` → `'a\\u001b[2Jb'`.
 */

// C0 except tab and line feed, DEL, C1, and the bidi embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_REPORT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// In a single value (a name) a line break or tab is escaped too: it would forge report lines.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_VALUE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A whole report: line breaks and tabs kept, every other control character escaped. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_IN_REPORT, escape);
}

/** One value from the file (a name): every control character escaped, line breaks included. */
export function terminalSafeValue(text: string): string {
  return text.replace(UNSAFE_IN_VALUE, escape);
}

/**
 * The project editor's undo history as pure functions over an immutable state: every edit is
 * one step, except that rapid edits of one field (typing a number, a title) merge into one,
 * and a new edit clears the redo steps. Documents are stored as JSON text, so a step cannot
 * share objects with the live document. Used by the project store (project.ts).
 *
 * Example: typing "1", "12", "128" into one field within 800 ms each records one step, so one
 * undo goes back to the value before the "1".
 */

export interface UndoHistory {
  /** Documents before each step, oldest first (at most `MAX_UNDO_STEPS`). */
  readonly undo: readonly string[];
  /** Documents undone, the most recently undone last. */
  readonly redo: readonly string[];
  /** The last edit's merge key ('' for none) and time in ms, to merge a rapid next one. */
  readonly last: { readonly key: string; readonly at: number };
}

/** Steps kept; the oldest is dropped beyond this. */
export const MAX_UNDO_STEPS = 200;
/** Edits of the same field within this many milliseconds merge into one undo step. */
export const MERGE_WINDOW_MS = 800;

export const EMPTY_HISTORY: UndoHistory = { undo: [], redo: [], last: { key: '', at: 0 } };

/**
 * The history after an edit of the document `before` (its JSON) at time `nowMs`. A non-empty
 * `mergeKey` equal to the previous edit's, within MERGE_WINDOW_MS of it, adds no step (the
 * earlier step already holds the document before the whole run of edits).
 */
export function recordEdit(h: UndoHistory, before: string, mergeKey: string, nowMs: number): UndoHistory {
  const merge = mergeKey !== '' && mergeKey === h.last.key && nowMs - h.last.at < MERGE_WINDOW_MS;
  const last = { key: mergeKey, at: nowMs };
  if (merge) return { ...h, last };
  return { undo: [...h.undo.slice(-(MAX_UNDO_STEPS - 1)), before], redo: [], last };
}

/** One step back from the document `current`: the document to show and the new history; undefined when there is none. */
export function undoStep(h: UndoHistory, current: string): { doc: string; history: UndoHistory } | undefined {
  const doc = h.undo.at(-1);
  if (doc === undefined) return undefined;
  return { doc, history: { undo: h.undo.slice(0, -1), redo: [...h.redo, current], last: EMPTY_HISTORY.last } };
}

/** One undone step forward again from `current`; undefined when nothing was undone since the last edit. */
export function redoStep(h: UndoHistory, current: string): { doc: string; history: UndoHistory } | undefined {
  const doc = h.redo.at(-1);
  if (doc === undefined) return undefined;
  return { doc, history: { undo: [...h.undo, current], redo: h.redo.slice(0, -1), last: EMPTY_HISTORY.last } };
}

/** The editor's undo history: one step per edit, rapid edits of one field merged, redo cleared by an edit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EMPTY_HISTORY,
  MAX_UNDO_STEPS,
  MERGE_WINDOW_MS,
  recordEdit,
  redoStep,
  undoStep,
  type UndoHistory,
} from '../../../renderer/stores/undo-history.ts';

/** An editor over text documents: edit(key, next, t) as the project store commits. */
function editor(start: string) {
  let doc = start;
  let h: UndoHistory = EMPTY_HISTORY;
  return {
    edit(next: string, key: string, t: number) {
      h = recordEdit(h, doc, key, t);
      doc = next;
    },
    undo() {
      const s = undoStep(h, doc);
      if (s) ({ doc, history: h } = s);
      return s !== undefined;
    },
    redo() {
      const s = redoStep(h, doc);
      if (s) ({ doc, history: h } = s);
      return s !== undefined;
    },
    get doc() {
      return doc;
    },
    get history() {
      return h;
    },
  };
}

test('typing 1, 12, 128 in one field within the window is one step; one undo restores the value before', () => {
  const e = editor('8');
  e.edit('1', '0:cluster.acceleratorCount', 1000);
  e.edit('12', '0:cluster.acceleratorCount', 1000 + 300);
  e.edit('128', '0:cluster.acceleratorCount', 1000 + 300 + 300);
  assert.deepEqual(e.history.undo, ['8']);
  assert.ok(e.undo());
  assert.equal(e.doc, '8');
  assert.equal(e.undo(), false, 'nothing older');
  assert.ok(e.redo());
  assert.equal(e.doc, '128');
});

test('the window is measured from the previous edit, not the first: 799 ms merges, 800 ms does not', () => {
  const e = editor('a');
  e.edit('ab', 'k', 0);
  e.edit('abc', 'k', MERGE_WINDOW_MS - 1);
  e.edit('abcd', 'k', 2 * MERGE_WINDOW_MS - 2);
  assert.deepEqual(e.history.undo, ['a'], 'each edit within 799 ms of the one before');
  e.edit('abcde', 'k', 3 * MERGE_WINDOW_MS - 2);
  assert.deepEqual(e.history.undo, ['a', 'abcd'], 'exactly 800 ms later is a new step');
});

test('another field, or an edit without a key, is a new step even within the window', () => {
  const e = editor('x0');
  e.edit('x1', 'a', 0);
  e.edit('x2', 'b', 10);
  e.edit('x3', '', 20);
  e.edit('x4', '', 30);
  assert.deepEqual(e.history.undo, ['x0', 'x1', 'x2', 'x3']);
});

test('after an undo the next edit of the same field is a new step (undo ends the merge run)', () => {
  const e = editor('0');
  e.edit('1', 'k', 0);
  e.edit('2', 'k', 100);
  e.undo();
  assert.equal(e.doc, '0');
  e.edit('3', 'k', 200);
  assert.deepEqual(e.history.undo, ['0']);
  e.undo();
  assert.equal(e.doc, '0');
});

test('undo, undo, redo walks back and forth; a new edit clears what could be redone', () => {
  const e = editor('A');
  e.edit('B', '', 0);
  e.edit('C', '', 1);
  e.edit('D', '', 2);
  e.undo();
  e.undo();
  assert.equal(e.doc, 'B');
  assert.deepEqual(e.history.redo, ['D', 'C']);
  e.redo();
  assert.equal(e.doc, 'C');
  e.edit('E', '', 3);
  assert.deepEqual(e.history.redo, []);
  assert.equal(e.redo(), false);
  assert.deepEqual(e.history.undo, ['A', 'B', 'C']);
});

test(`at most ${MAX_UNDO_STEPS} steps are kept; the oldest goes first`, () => {
  const e = editor('0');
  for (let i = 1; i <= MAX_UNDO_STEPS + 5; i++) e.edit(String(i), '', i);
  assert.equal(e.history.undo.length, MAX_UNDO_STEPS);
  assert.equal(e.history.undo[0], '5', 'documents 0 to 4 dropped');
  let undos = 0;
  while (e.undo()) undos++;
  assert.equal(undos, MAX_UNDO_STEPS);
  assert.equal(e.doc, '5');
});

test('the history is not changed in place: an earlier state stays valid', () => {
  const h1 = recordEdit(EMPTY_HISTORY, 'a', '', 0);
  const h2 = recordEdit(h1, 'b', '', 1);
  assert.deepEqual(h1.undo, ['a']);
  assert.deepEqual(h2.undo, ['a', 'b']);
  assert.deepEqual(EMPTY_HISTORY.undo, []);
  assert.equal(undoStep(EMPTY_HISTORY, 'x'), undefined);
  assert.equal(redoStep(EMPTY_HISTORY, 'x'), undefined);
});

import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { differences, runEditSession, type EditSessionOutcome } from '../../../scripts/fuzz/edit-session.ts';
import { exampleTexts } from '../../../scripts/fuzz/project-fuzzer.ts';

const seeds = exampleTexts();

describe('editing sessions (edit, save, reopen through the app’s own path)', () => {
  const dirs: string[] = [];
  after(async () => {
    for (const d of dirs) await fsp.rm(d, { recursive: true, force: true });
  });

  test('differences names each changed value; -0 and 0 are the same number', () => {
    assert.deepEqual(differences({ a: [1, 2], b: { c: 'x' } }, { a: [1, 3], b: {} }).sort(), [
      'a[1]: 2 became 3',
      'b.c: "x" became undefined',
    ]);
    assert.deepEqual(differences({ a: -0, b: undefined }, { a: 0 }), []);
  });

  test('300 sessions: no accepted edit is lost, no saved file is corrupt, every save reopens', async () => {
    const dir = await fsp.mkdtemp(path.join(tmpdir(), 'fabricost-edit-'));
    dirs.push(dir);
    const outcomes: EditSessionOutcome[] = [];
    for (let i = 0; i < 300; i++) outcomes.push(await runEditSession(seeds, 3, i, dir));
    const problems = outcomes.flatMap((o, i) =>
      [...o.lost, ...o.corrupt, ...o.refusedReopen, ...(o.threw ? [o.threw] : [])].map((p) => `session ${i}: ${p}`),
    );
    assert.deepEqual(problems.slice(0, 10), []);
    const sum = (f: (o: EditSessionOutcome) => number) => outcomes.reduce((n, o) => n + f(o), 0);
    // The sessions do real work, including saving documents with values still to fix.
    assert.ok(sum((o) => o.edits) > 2_000, `edits: ${sum((o) => o.edits)}`);
    assert.ok(sum((o) => o.saves) > 600, `saves: ${sum((o) => o.saves)}`);
    assert.ok(sum((o) => o.withProblems) > 100, `reopened with problems: ${sum((o) => o.withProblems)}`);
  });
});

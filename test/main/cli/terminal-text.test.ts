import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { terminalSafe, terminalSafeValue } from '../../../main/cli/terminal-text.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const hostile = 'Evil\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eName\nforged line';
// Anything a terminal acts on, other than the report's own line breaks and tabs.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminal text', () => {
  test('escapes controls, keeps the report layout', () => {
    assert.equal(terminalSafe('a\u001b[2Jb\n\tc\u009b'), 'a\\u001b[2Jb\n\tc\\u009b');
    assert.equal(terminalSafeValue('a\nb\u202e'), 'a\\u000ab\\u202e');
    assert.equal(terminalSafe('Größe ✓ 30.000,50'), 'Größe ✓ 30.000,50');
  });

  test('a scenario name with escape sequences reaches the terminal inert, text and JSON alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fabricost-tty-'));
    try {
      const project = JSON.parse(readFileSync(join(root, 'examples', 'dgx-h100-1k-infiniband.json'), 'utf8'));
      project.scenarios = [{ ...project.scenarios[0], name: hostile }];
      const file = join(dir, 'evil.json');
      writeFileSync(file, JSON.stringify(project));
      const run = (...args: string[]) =>
        execFileSync(process.execPath, [join(root, 'main', 'cli', 'model.ts'), file, ...args], { encoding: 'utf8' });
      const text = run();
      assert.doesNotMatch(text, CONTROL);
      assert.match(text, /== Evil\\u001b\[2J\\u001b\]0;pwned\\u0007\\u009b31m\\u202eName\\u000aforged line \(/);
      const json = run('--json');
      assert.doesNotMatch(json, CONTROL);
      assert.equal(JSON.parse(json).scenarios[0].name, hostile, 'the JSON still decodes to the name as written');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Every command the README tells a new user to type works as written: each `npm run` names a
 * script of package.json, every command-line example runs and exits 0 (files it writes go to
 * a temporary folder), `--json > result.json` writes JSON only (no npm banner), and the first
 * run is friendly: `npm start` without the Electron binary and any command on a too-old
 * Node.js print one plain sentence instead of a stack trace.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

/** Lines of the README's ```sh blocks, without comments and blank lines. */
function shellLines(): string[] {
  return [...README.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1]!.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Every npm command the README names, in code blocks or inline code. */
function npmCommands(): string[] {
  const inline = [...README.matchAll(/`(npm [^`]+)`/g)].map((m) => m[1]!);
  return [...new Set([...shellLines().filter((l) => l.startsWith('npm ')), ...inline])];
}

function run(command: string, env: Record<string, string> = {}) {
  return spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
}

/** One sentence on one line: no stack frames, no npm error block. */
function assertOneSentence(text: string, what: string): void {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('>'));
  assert.equal(lines.length, 1, `${what}: expected one line, got:\n${text}`);
  assert.doesNotMatch(text, /^\s+at /m, `${what}: a stack trace`);
  assert.match(lines[0]!, /^[A-Z].*[.]$/, `${what}: not a sentence: ${lines[0]}`);
}

describe('README commands', () => {
  test('every npm command names an npm command or a script of package.json', () => {
    const builtins = new Set(['ci', 'install', 'test', 'start']);
    const problems: string[] = [];
    for (const c of npmCommands()) {
      const words = c.split(/\s+/);
      if (words[1] === 'run') {
        const script = words.slice(2).find((w) => !w.startsWith('-'));
        if (!script || !(script in PKG.scripts)) problems.push(`${c}: no script ${script}`);
      } else if (!builtins.has(words[1]!)) problems.push(`${c}: unknown npm command`);
      if ((words[1] === 'test' || words[1] === 'start') && !(words[1] in PKG.scripts)) problems.push(`${c}: no script`);
    }
    assert.deepEqual(problems, []);
    assert.ok(npmCommands().includes('npm ci'), 'the install step is plain `npm ci`');
    assert.ok(
      !shellLines().some((l) => l.includes('ELECTRON_SKIP_BINARY_DOWNLOAD')),
      'the skip variable is not in the install step',
    );
  });

  test('engines, .nvmrc and the version check agree on Node.js 22.18', () => {
    assert.equal(PKG.engines.node, '>=22.18');
    const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
    assert.ok(Number(nvmrc.split('.')[0]) >= 23, `.nvmrc names ${nvmrc}`);
    for (const script of ['start', 'web', 'model', 'test'])
      assert.match(PKG.scripts[script]!, /^node scripts\/preflight\.mjs\b/, `npm run ${script} checks first`);
  });

  test('every command-line example runs as written; --json > result.json holds only JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fabricost-readme-'));
    try {
      const examples = shellLines().filter((l) => l.startsWith('npm run -s model -- '));
      assert.ok(examples.length >= 8, `${examples.length} examples`);
      for (const line of examples) {
        // Files the examples write go to the temporary folder, not the checkout.
        const command = line
          .replace(/> result\.json/, `> ${join(dir, 'result.json')}`)
          .replace(/memo\.xlsx/, join(dir, 'memo.xlsx'));
        const r = run(command);
        assert.equal(r.status, 0, `${line}\n${r.stderr}`);
      }
      const json = readFileSync(join(dir, 'result.json'), 'utf8');
      assert.ok(json.startsWith('{'), `result.json starts with ${JSON.stringify(json.slice(0, 40))}`);
      const parsed = JSON.parse(json) as { scenarios: unknown[] };
      assert.ok(parsed.scenarios.length > 0);
      assert.ok(existsSync(join(dir, 'memo.xlsx')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('npm start without the Electron binary prints one sentence pointing to npm run web and the CLI', (t) => {
    const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
    const installed =
      existsSync(pathFile) &&
      existsSync(join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()));
    if (installed) return t.skip('the Electron binary is installed here; npm start would open the app');
    const r = run('npm start');
    assert.notEqual(r.status, 0);
    assertOneSentence(r.stderr, 'npm start');
    assert.match(r.stderr, /Electron binary/);
    assert.match(r.stderr, /`npm run web`/);
    assert.match(r.stderr, /npm run -s model/);
  });

  test('an older Node.js gets one sentence naming the version needed, for start, web and model', () => {
    for (const command of ['npm start', 'npm run web', 'npm run model -- examples/sample-project.json']) {
      const r = run(command, { FABRICOST_PREFLIGHT_NODE_VERSION: '22.12.0' });
      assert.notEqual(r.status, 0, command);
      assertOneSentence(r.stderr, command);
      assert.match(r.stderr, /needs Node\.js 22\.18 or newer and this is Node\.js 22\.12\.0/);
      assert.match(r.stderr, /\.nvmrc/);
    }
  });
});

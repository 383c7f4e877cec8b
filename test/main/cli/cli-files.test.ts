import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  readdirSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  ftruncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { parseArgs } from 'node:util';
import { isSameFile, readProjectText, writeOutputFile } from '../../../main/cli/cli-files.ts';
import { finishModelCli, runModelCli } from '../../../main/cli/run-model-cli.ts';

const example = join(import.meta.dirname, '..', '..', '..', 'examples', 'dgx-h100-1k-infiniband.json');
const realIo = { parseArgs, readFile: readProjectText, sameFile: isSameFile };

function withFolder(run: (dir: string) => Promise<void> | void) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fabricost-cli-files-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

describe('command line reads a project with the app rules', () => {
  test(
    'a FIFO is refused without waiting for a writer',
    withFolder((dir) => {
      const fifo = join(dir, 'pipe.json');
      execFileSync('mkfifo', [fifo]);
      const r = runModelCli([fifo], realIo);
      assert.equal(r.exitCode, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /Could not open "pipe\.json": it is not a regular file/);
    }),
  );

  test('/dev/zero is refused before any byte is read', () => {
    const r = runModelCli(['/dev/zero'], realIo);
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /Could not open "zero": it is not a regular file/);
  });

  test(
    'a 3 GB sparse file is refused by its size, not read',
    withFolder((dir) => {
      const big = join(dir, 'big.json');
      const fd = openSync(big, 'w');
      ftruncateSync(fd, 3 * 1024 ** 3);
      closeSync(fd);
      const r = runModelCli([big], realIo);
      assert.equal(r.exitCode, 2);
      assert.match(r.stderr, /Could not open "big\.json": it is larger than 20 MB, the limit for project files/);
    }),
  );

  test(
    'invalid UTF-8 is refused as the app refuses it',
    withFolder((dir) => {
      const bad = join(dir, 'latin1.json');
      const text = readFileSync(example, 'utf8').replace('"name": "', '"name": "caf\u00e9 ');
      writeFileSync(bad, Buffer.from(text, 'latin1'));
      const r = runModelCli([bad], realIo);
      assert.equal(r.exitCode, 2);
      assert.match(r.stderr, /Could not open "latin1\.json": it is not UTF-8 text/);
    }),
  );

  test('a relative path reads the same file as the absolute one', () => {
    const r = runModelCli([relative(process.cwd(), example), '--json'], realIo);
    assert.equal(r.exitCode, 0);
    assert.equal(JSON.parse(r.stdout).scenarios.length > 0, true);
  });
});

describe('--xlsx never overwrites the project file, whatever the alias', () => {
  test(
    'through a symlinked folder, /proc/self/cwd and a hard link',
    withFolder(async (dir) => {
      const project = join(dir, 'project.xlsx'); // a project may carry any name
      copyFileSync(example, project);
      const before = readFileSync(project);
      mkdirSync(join(dir, 'real'));
      symlinkSync(dir, join(dir, 'real', 'alias'));
      const aliases = [
        join(dir, 'real', 'alias', 'project.xlsx'),
        `/proc/self/cwd/${relative(process.cwd(), project)}`, // not join(): it would fold the '..',
      ];
      execFileSync('ln', [project, join(dir, 'hard.xlsx')]);
      aliases.push(join(dir, 'hard.xlsx'));
      for (const alias of aliases) {
        const r = await finishModelCli(runModelCli([project, '--xlsx', alias], realIo), writeOutputFile);
        assert.equal(r.exitCode, 2, alias);
        assert.match(r.stderr, /is the project file itself/, alias);
      }
      assert.deepEqual(readFileSync(project), before);
    }),
  );

  test(
    'isSameFile: different files, missing files',
    withFolder((dir) => {
      writeFileSync(join(dir, 'a'), '1');
      writeFileSync(join(dir, 'b'), '1');
      assert.equal(isSameFile(join(dir, 'a'), join(dir, 'b')), false);
      assert.equal(isSameFile(join(dir, 'a'), join(dir, 'missing')), false);
      assert.equal(isSameFile(join(dir, 'a'), join(dir, '.', 'a')), true);
    }),
  );

  test(
    'an export past the work bound is refused before anything is built or written',
    withFolder(async (dir) => {
      const scenarios = Array.from({ length: 64 }, (_, i) => ({
        name: `s${i}`,
        analysis: { sweep: { points: 10_000 } },
      }));
      const file = join(dir, 'heavy.json');
      writeFileSync(file, JSON.stringify({ schemaVersion: 1, scenarios }));
      const r = await finishModelCli(runModelCli([file, '--xlsx', join(dir, 'out.xlsx')], realIo), writeOutputFile);
      assert.equal(r.exitCode, 2);
      assert.match(r.stderr, /--xlsx: the analyses of this project take .* at most 100,000 can be exported/);
      assert.deepEqual(readdirSync(dir), ['heavy.json']);
    }),
  );
});

import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  backupPathFor,
  nodeFs,
  readTextFileLimited,
  writeFileAtomic,
  type AtomicFs,
  type FileHandleLike,
} from '../../../main/services/atomic-file.ts';
import { tempFolders } from './temp-folders.ts';

/** A fresh folder per test. */
const folder = tempFolders('atomic');

function fsError(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`simulated ${code}`);
  error.code = code;
  return error;
}

/** The real file system with some calls replaced. */
function faultyFs(overrides: Partial<AtomicFs>): AtomicFs {
  return { ...nodeFs, ...overrides };
}

describe('writeFileAtomic', () => {
  it('creates a new file with the exact contents and leaves no temporary file', async () => {
    const dir = await folder();
    const target = path.join(dir, 'project.json');
    const result = await writeFileAtomic(target, '{"a":1}', { backup: true });
    assert.deepEqual(result, { ok: true, value: { path: target } }); // nothing to back up yet
    assert.equal(await fsp.readFile(target, 'utf8'), '{"a":1}');
    assert.deepEqual(await fsp.readdir(dir), ['project.json']);
  });

  it('keeps the replaced version as <name>.bak, one version back', async () => {
    const dir = await folder();
    const target = path.join(dir, 'project.json');
    await fsp.writeFile(target, 'version 1');
    const second = await writeFileAtomic(target, 'version 2', { backup: true });
    assert.ok(second.ok);
    assert.equal(second.value.backupPath, backupPathFor(target));
    assert.equal(await fsp.readFile(target, 'utf8'), 'version 2');
    assert.equal(await fsp.readFile(`${target}.bak`, 'utf8'), 'version 1');

    const third = await writeFileAtomic(target, new TextEncoder().encode('version 3'), { backup: true });
    assert.ok(third.ok);
    assert.equal(await fsp.readFile(target, 'utf8'), 'version 3');
    assert.equal(await fsp.readFile(`${target}.bak`, 'utf8'), 'version 2');
    assert.deepEqual((await fsp.readdir(dir)).sort(), ['project.json', 'project.json.bak']);
  });

  it('makes no backup unless asked', async () => {
    const dir = await folder();
    const target = path.join(dir, 'list.json');
    await fsp.writeFile(target, 'old');
    const result = await writeFileAtomic(target, 'new');
    assert.ok(result.ok);
    assert.equal(result.value.backupPath, undefined);
    assert.deepEqual(await fsp.readdir(dir), ['list.json']);
  });

  it('crash safety: a failure between writing and renaming leaves the original file intact', async () => {
    const dir = await folder();
    const target = path.join(dir, 'project.json');
    await fsp.writeFile(target, 'the original, precious contents');
    let tempWritten: string | null = null;
    const fs = faultyFs({
      rename: async (from, to) => {
        if (to === target) {
          tempWritten = await fsp.readFile(from, 'utf8'); // the new version was complete on disk
          throw fsError('EIO');
        }
        return nodeFs.rename(from, to);
      },
    });
    const result = await writeFileAtomic(target, 'the new contents', { backup: true, fs });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.code === 'EIO');
    assert.match(!result.ok ? result.message : '', /Could not save "project\.json".*input\/output error.*not changed/);
    assert.equal(tempWritten, 'the new contents');
    assert.equal(await fsp.readFile(target, 'utf8'), 'the original, precious contents');
    // The temporary file was removed; only the original and its backup remain.
    assert.deepEqual((await fsp.readdir(dir)).sort(), ['project.json', 'project.json.bak']);
  });

  it('crash safety: if the process dies before the rename, the target is the old version, never partial', async () => {
    const dir = await folder();
    const target = path.join(dir, 'project.json');
    await fsp.writeFile(target, 'old complete version');
    // "Dies": the rename never happens and nothing is cleaned up afterwards.
    const fs = faultyFs({
      rename: async (from, to) => (to === target ? Promise.reject(fsError('EINTR')) : nodeFs.rename(from, to)),
      unlink: () => Promise.reject(fsError('EINTR')),
    });
    const result = await writeFileAtomic(target, 'x'.repeat(100_000), { fs });
    assert.equal(result.ok, false);
    assert.equal(await fsp.readFile(target, 'utf8'), 'old complete version');
    const leftovers = (await fsp.readdir(dir)).filter((n) => n !== 'project.json');
    assert.equal(leftovers.length, 1);
    assert.match(leftovers[0] ?? '', /^\.project\.json\.[0-9a-f]{12}\.tmp$/); // hidden, never the target name
    assert.equal((await fsp.readFile(path.join(dir, leftovers[0] ?? ''), 'utf8')).length, 100_000);
  });

  it('a write that fails halfway (disk full) leaves the original intact and removes the partial temp file', async () => {
    const dir = await folder();
    const target = path.join(dir, 'project.json');
    await fsp.writeFile(target, 'original');
    const fs = faultyFs({
      open: async (p, flags, mode) => {
        const handle = await nodeFs.open(p, flags, mode);
        if (flags !== 'wx') return handle;
        const partial: FileHandleLike = {
          ...handle,
          writeFile: async (data) => {
            await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
            throw fsError('ENOSPC');
          },
          read: handle.read.bind(handle),
          stat: handle.stat.bind(handle),
          sync: handle.sync.bind(handle),
          close: handle.close.bind(handle),
        };
        return partial;
      },
    });
    const result = await writeFileAtomic(target, 'a much longer new version', { backup: true, fs });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /the disk is full \(ENOSPC\)/);
    assert.equal(await fsp.readFile(target, 'utf8'), 'original');
    assert.deepEqual(await fsp.readdir(dir), ['project.json']); // no partial file, no backup of an unchanged file
  });

  it('a failing flush (fsync) is a failed save, not a silent one', async () => {
    const dir = await folder();
    const target = path.join(dir, 'project.json');
    await fsp.writeFile(target, 'original');
    const fs = faultyFs({
      open: async (p, flags, mode) => {
        const handle = await nodeFs.open(p, flags, mode);
        if (flags !== 'wx') return handle;
        return {
          writeFile: handle.writeFile.bind(handle),
          read: handle.read.bind(handle),
          stat: handle.stat.bind(handle),
          sync: () => Promise.reject(fsError('EIO')),
          close: handle.close.bind(handle),
        };
      },
    });
    const result = await writeFileAtomic(target, 'new', { fs });
    assert.equal(result.ok, false);
    assert.equal(await fsp.readFile(target, 'utf8'), 'original');
    assert.deepEqual(await fsp.readdir(dir), ['project.json']);
  });

  it('a backup that cannot be copied (disk full) is hard-linked: the previous version is kept', async () => {
    const dir = await folder();
    const target = path.join(dir, 'project.json');
    await fsp.writeFile(target, 'v1');
    const fs = faultyFs({ copyFile: () => Promise.reject(fsError('ENOSPC')) });
    const result = await writeFileAtomic(target, 'v2', { backup: true, fs });
    assert.ok(result.ok);
    assert.equal(result.value.backupPath, backupPathFor(target));
    assert.match(result.value.backupWarning ?? '', /linked, not copied \(the disk is full \(ENOSPC\)\)/);
    assert.equal(await fsp.readFile(target, 'utf8'), 'v2');
    assert.equal(await fsp.readFile(backupPathFor(target), 'utf8'), 'v1');
    assert.deepEqual((await fsp.readdir(dir)).sort(), ['project.json', 'project.json.bak']);
  });

  it('a backup that cannot be made at all refuses the save and leaves the file as it was', async () => {
    const dir = await folder();
    const target = path.join(dir, 'project.json');
    await fsp.writeFile(target, 'v1');
    const fs = faultyFs({
      copyFile: () => Promise.reject(fsError('EACCES')),
      link: () => Promise.reject(fsError('EPERM')),
    });
    const result = await writeFileAtomic(target, 'v2', { backup: true, fs });
    assert.ok(!result.ok);
    assert.equal(
      result.message,
      'Could not save "project.json": the previous version could not be kept as "project.json.bak": ' +
        'permission was denied (EACCES). The file on disk was not changed; save under another name or free some space.',
    );
    assert.equal(await fsp.readFile(target, 'utf8'), 'v1');
    assert.deepEqual(await fsp.readdir(dir), ['project.json']);
  });

  it("removes this file's stale temporaries from interrupted saves before saving, no one else's", async () => {
    const dir = await folder();
    const target = path.join(dir, 'project.json');
    await fsp.writeFile(target, 'v1');
    const old = new Date(Date.now() - 60 * 60 * 1000);
    const names = {
      staleOwn: '.project.json.0123456789ab.tmp',
      staleBackup: '.project.json.bak.0123456789ab.tmp',
      freshOwn: '.project.json.aaaaaaaaaaaa.tmp',
      otherFile: '.other.json.0123456789ab.tmp',
    };
    for (const name of Object.values(names)) await fsp.writeFile(path.join(dir, name), 'partial');
    for (const name of [names.staleOwn, names.staleBackup, names.otherFile])
      await fsp.utimes(path.join(dir, name), old, old);
    assert.ok((await writeFileAtomic(target, 'v2', { backup: true })).ok);
    assert.deepEqual(
      (await fsp.readdir(dir)).sort(),
      [names.otherFile, names.freshOwn, 'project.json', 'project.json.bak'].sort(),
    );
  });

  it('refuses relative paths, NUL bytes, folders and missing folders with clear messages', async () => {
    const dir = await folder();
    const relative = await writeFileAtomic('relative/project.json', 'x');
    assert.ok(!relative.ok && /not an absolute file path/.test(relative.message));
    const nul = await writeFileAtomic(path.join(dir, 'a\0b'), 'x');
    assert.ok(!nul.ok && nul.code === 'EINVAL');
    const folderTarget = await writeFileAtomic(dir, 'x');
    assert.ok(!folderTarget.ok && /is a folder/.test(folderTarget.message));
    const missing = await writeFileAtomic(path.join(dir, 'no-such-folder', 'x.json'), 'x');
    assert.ok(!missing.ok && /no-such-folder.*does not exist/.test(missing.message));
    assert.deepEqual(await fsp.readdir(dir), []);
  });

  it(
    'replaces the file a symbolic link points to and keeps the link',
    { skip: process.platform === 'win32' },
    async () => {
      const dir = await folder();
      const real = path.join(dir, 'real.json');
      const link = path.join(dir, 'link.json');
      await fsp.writeFile(real, 'old');
      await fsp.symlink(real, link);
      const result = await writeFileAtomic(link, 'new', { backup: true });
      assert.ok(result.ok);
      assert.equal((await fsp.lstat(link)).isSymbolicLink(), true);
      assert.equal(await fsp.readFile(real, 'utf8'), 'new');
      assert.equal(await fsp.readFile(`${real}.bak`, 'utf8'), 'old');
    },
  );

  it('keeps the permissions of the file it replaces', { skip: process.platform === 'win32' }, async () => {
    const dir = await folder();
    const target = path.join(dir, 'private.json');
    await fsp.writeFile(target, 'old', { mode: 0o600 });
    await fsp.chmod(target, 0o600);
    assert.ok((await writeFileAtomic(target, 'new')).ok);
    assert.equal((await fsp.stat(target)).mode & 0o777, 0o600);
  });
});

describe('readTextFileLimited', () => {
  it('reads UTF-8 text', async () => {
    const dir = await folder();
    const file = path.join(dir, 'a.json');
    await fsp.writeFile(file, '{"name":"Größe ✓"}');
    assert.deepEqual(await readTextFileLimited(file, { maxBytes: 100 }), { ok: true, value: '{"name":"Größe ✓"}' });
  });

  it('refuses files over the limit without reading them', async () => {
    const dir = await folder();
    const file = path.join(dir, 'big.json');
    await fsp.writeFile(file, 'x'.repeat(101));
    const result = await readTextFileLimited(file, { maxBytes: 100, limitText: '100 bytes, the test limit' });
    assert.ok(!result.ok);
    assert.equal(result.code, 'EFBIG');
    assert.match(result.message, /larger than 100 bytes, the test limit/);
    assert.ok((await readTextFileLimited(file, { maxBytes: 101 })).ok);
  });

  it('refuses a file that grows past the limit while it is read', async () => {
    const dir = await folder();
    const file = path.join(dir, 'growing.json');
    await fsp.writeFile(file, 'x'.repeat(10));
    const fs = faultyFs({
      open: async (p, flags, mode) => {
        const handle = await nodeFs.open(p, flags, mode);
        return {
          writeFile: handle.writeFile.bind(handle),
          read: handle.read.bind(handle),
          stat: async () => ({ size: 10, isFile: () => true }),
          sync: handle.sync.bind(handle),
          close: handle.close.bind(handle),
        };
      },
    });
    await fsp.appendFile(file, 'y'.repeat(200));
    const result = await readTextFileLimited(file, { maxBytes: 100, fs });
    assert.ok(!result.ok && result.code === 'EFBIG');
    const grownButSmall = await readTextFileLimited(file, { maxBytes: 1000, fs });
    assert.ok(grownButSmall.ok && grownButSmall.value.length === 210);
  });

  it('refuses text that is not UTF-8, folders and missing files', async () => {
    const dir = await folder();
    const latin1 = path.join(dir, 'latin1.json');
    await fsp.writeFile(latin1, Buffer.from([0x7b, 0xe9, 0x7d]));
    const notUtf8 = await readTextFileLimited(latin1, { maxBytes: 100 });
    assert.ok(!notUtf8.ok && /not UTF-8 text/.test(notUtf8.message));
    const folderResult = await readTextFileLimited(dir, { maxBytes: 100 });
    assert.ok(!folderResult.ok);
    const missing = await readTextFileLimited(path.join(dir, 'missing.json'), { maxBytes: 100 });
    assert.ok(!missing.ok && missing.code === 'ENOENT' && /"missing\.json": it does not exist/.test(missing.message));
  });

  it('refuses a FIFO and a device before opening them, so a read never waits for a writer', async () => {
    const dir = await folder();
    const fifos = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => path.join(dir, `pipe${i}.json`));
    for (const f of fifos) execFileSync('mkfifo', [f]);
    // More pending reads than libuv has threads: none may hold a thread, so a save still completes.
    const reads = await Promise.all(fifos.map((f) => readTextFileLimited(f, { maxBytes: 100 })));
    for (const r of reads) assert.ok(!r.ok && r.code === 'EISDIR' && /not a regular file/.test(r.message));
    const saved = await writeFileAtomic(path.join(dir, 'after.json'), '{}');
    assert.ok(saved.ok);
    const zero = await readTextFileLimited('/dev/zero', { maxBytes: 100 });
    assert.ok(!zero.ok && /"zero": it is not a regular file/.test(zero.message));
  });

  it('refuses a sparse file by its size without reading it', async () => {
    const dir = await folder();
    const file = path.join(dir, 'big.json');
    const handle = await fsp.open(file, 'w');
    await handle.truncate(3 * 1024 ** 3);
    await handle.close();
    const r = await readTextFileLimited(file, { maxBytes: 20 * 1024 * 1024, limitText: '20 MB' });
    assert.ok(!r.ok && r.code === 'EFBIG' && /larger than 20 MB/.test(r.message));
  });

  it('abandons a read that stalls, with a message, and closes the file', async () => {
    const dir = await folder();
    const file = path.join(dir, 'slow.json');
    await fsp.writeFile(file, '{}');
    let closed = false;
    const stalled = faultyFs({
      open: async (p, flags, mode) => {
        const handle = await nodeFs.open(p, flags, mode);
        return {
          ...handle,
          stat: () => handle.stat(),
          read: () => new Promise<{ bytesRead: number }>(() => undefined),
          close: async () => {
            closed = true;
            await handle.close();
          },
          writeFile: (d) => handle.writeFile(d),
          sync: () => handle.sync(),
        } satisfies FileHandleLike;
      },
    });
    const r = await readTextFileLimited(file, { maxBytes: 100, timeoutMs: 30, fs: stalled });
    assert.ok(!r.ok && r.code === 'ETIMEDOUT' && /"slow\.json": reading took longer than 0\.03 s/.test(r.message));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(closed, true, 'the abandoned file is closed');
  });
});

import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RecoveryEntry } from '../../../shared/bridge/fabricost-bridge.ts';
import { RecoveryStore, RECOVERY_FORMAT } from '../../../main/services/recovery-store.ts';

let root: string;
let counter = 0;
before(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'fabricost-recovery-'));
});
after(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});
function recoveryDir(): string {
  return path.join(root, `case-${++counter}`, 'recovery'); // not created yet: the store creates it
}

function entry(id: string, savedAt: string, text = '{"schemaVersion":1,"scenarios":[{"name":"Base"}]}'): RecoveryEntry {
  return { id, name: `${id}.json`, path: null, savedAt, text };
}

describe('RecoveryStore', () => {
  it('offers a crashed session’s autosaves to the next session, but not a session its own', async () => {
    const dir = recoveryDir();
    const crashed = new RecoveryStore({ dir });
    const doc = { ...entry('doc-1', '2025-03-01T10:00:00.000Z'), path: path.resolve('/home/u/plan.json') };
    assert.ok((await crashed.write(doc)).ok);
    assert.deepEqual(await crashed.list(), []); // the running renderer's own copy

    // The process died without clearing: a new session finds the copy.
    const next = new RecoveryStore({ dir });
    assert.deepEqual(await next.list(), [doc]);
  });

  it('a renderer crash makes its copies recoverable for the reloaded window (forgetSession)', async () => {
    const store = new RecoveryStore({ dir: recoveryDir() });
    await store.write(entry('doc-1', '2025-03-01T10:00:00.000Z'));
    assert.equal((await store.list()).length, 0);
    store.forgetSession();
    assert.deepEqual(
      (await store.list()).map((e) => e.id),
      ['doc-1'],
    );
  });

  it('the last autosave of a document wins, whatever order the writes finish in', async () => {
    const dir = recoveryDir();
    const store = new RecoveryStore({ dir });
    const writes = Array.from({ length: 10 }, (_, i) =>
      store.write(entry('doc-1', `2025-03-01T10:00:0${i}.000Z`, `{"n":${i}}`)),
    );
    assert.ok((await Promise.all(writes)).every((r) => r.ok));
    const [only, ...rest] = await new RecoveryStore({ dir }).list();
    assert.equal(rest.length, 0);
    assert.equal(only?.text, '{"n":9}');
    assert.deepEqual(await fsp.readdir(dir), ['doc-1.json']); // no temporary files left
  });

  it('clear removes one copy, clearSession removes all of this session’s', async () => {
    const dir = recoveryDir();
    const store = new RecoveryStore({ dir });
    await store.write(entry('a', '2025-03-01T10:00:00.000Z'));
    await store.write(entry('b', '2025-03-01T10:00:00.000Z'));
    await store.write(entry('c', '2025-03-01T10:00:00.000Z'));
    assert.ok((await store.clear('a')).ok);
    assert.ok((await store.clear('never-written')).ok); // nothing to remove is fine
    assert.deepEqual((await fsp.readdir(dir)).sort(), ['b.json', 'c.json']);
    await store.clearSession();
    assert.deepEqual(await fsp.readdir(dir), []);
  });

  it('clearSession leaves copies of earlier sessions for the user to decide on', async () => {
    const dir = recoveryDir();
    await new RecoveryStore({ dir }).write(entry('old', '2025-03-01T10:00:00.000Z'));
    const store = new RecoveryStore({ dir });
    await store.write(entry('mine', '2025-03-02T10:00:00.000Z'));
    await store.clearSession();
    assert.deepEqual(await fsp.readdir(dir), ['old.json']);
  });

  it('lists newest first', async () => {
    const dir = recoveryDir();
    const writer = new RecoveryStore({ dir });
    await writer.write(entry('older', '2025-03-01T10:00:00.000Z'));
    await writer.write(entry('newest', '2025-03-03T10:00:00+02:00'));
    await writer.write(entry('middle', '2025-03-02T10:00:00.000Z'));
    assert.deepEqual(
      (await new RecoveryStore({ dir }).list()).map((e) => e.id),
      ['newest', 'middle', 'older'],
    );
  });

  it('skips damaged, foreign and mismatched files and lists the good ones', async () => {
    const dir = recoveryDir();
    const logs: string[] = [];
    await new RecoveryStore({ dir }).write(entry('good', '2025-03-01T10:00:00.000Z'));
    const wrap = (e: unknown) => JSON.stringify({ format: RECOVERY_FORMAT, version: 1, entry: e });
    await fsp.writeFile(
      path.join(dir, 'truncated.json'),
      wrap(entry('truncated', '2025-03-01T10:00:00.000Z')).slice(0, 40),
    );
    await fsp.writeFile(path.join(dir, 'not-utf8.json'), Buffer.from([0xff, 0xfe, 0x00]));
    await fsp.writeFile(path.join(dir, 'foreign.json'), JSON.stringify({ hello: 'world' }));
    await fsp.writeFile(
      path.join(dir, 'future.json'),
      JSON.stringify({ format: RECOVERY_FORMAT, version: 2, entry: {} }),
    );
    await fsp.writeFile(path.join(dir, 'renamed.json'), wrap(entry('other-id', '2025-03-01T10:00:00.000Z')));
    await fsp.writeFile(path.join(dir, 'bad-time.json'), wrap(entry('bad-time', 'yesterday')));
    await fsp.writeFile(
      path.join(dir, 'bad-text.json'),
      wrap({ ...entry('bad-text', '2025-03-01T10:00:00Z'), text: 42 }),
    );
    await fsp.writeFile(path.join(dir, 'extra.json'), wrap({ ...entry('extra', '2025-03-01T10:00:00Z'), evil: true }));
    await fsp.writeFile(path.join(dir, '.good.json.abc123.tmp'), 'partial write');
    await fsp.writeFile(path.join(dir, 'notes.txt'), 'not ours');
    await fsp.mkdir(path.join(dir, 'folder.json'));
    await fsp.writeFile(path.join(dir, 'bad id!.json'), wrap(entry('good', '2025-03-01T10:00:00.000Z')));

    const listed = await new RecoveryStore({ dir, log: (m) => logs.push(m) }).list();
    assert.deepEqual(
      listed.map((e) => e.id),
      ['good'],
    );
    for (const name of ['truncated', 'not-utf8', 'foreign', 'future', 'renamed', 'bad-time', 'bad-text', 'extra']) {
      assert.ok(
        logs.some((m) => m.includes(`${name}.json`)),
        `${name}.json skipped with a log line`,
      );
    }
  });

  it('refuses unsafe ids and invalid entries without touching the disk', async () => {
    const dir = recoveryDir();
    const store = new RecoveryStore({ dir });
    for (const id of ['../escape', 'a/b', '', '.hidden', 'x'.repeat(129)]) {
      const result = await store.write(entry(id, '2025-03-01T10:00:00.000Z'));
      assert.equal(result.ok, false, id);
      assert.equal((await store.clear(id)).ok, false, id);
    }
    assert.equal((await store.write({ ...entry('ok', 'not a time') })).ok, false);
    await assert.rejects(fsp.readdir(dir), { code: 'ENOENT' }); // nothing was created
    assert.equal(store.fileFor('../escape'), null);
    assert.equal(store.fileFor('doc-1'), path.join(dir, 'doc-1.json'));
  });

  it('an absent recovery folder lists as empty', async () => {
    assert.deepEqual(await new RecoveryStore({ dir: recoveryDir() }).list(), []);
  });

  it('removes stale temporaries of interrupted writes when it lists, and keeps fresh ones and strangers', async () => {
    const dir = recoveryDir();
    const store = new RecoveryStore({ dir });
    await store.write(entry('doc-1', '2025-03-01T10:00:00.000Z'));
    const old = new Date(Date.now() - 60 * 60 * 1000);
    const stale = ['.doc-2.json.0123456789ab.tmp', '.doc-3.json.bak.abcdef012345.tmp'];
    for (const name of stale) {
      await fsp.writeFile(path.join(dir, name), 'partial');
      await fsp.utimes(path.join(dir, name), old, old);
    }
    await fsp.writeFile(path.join(dir, '.doc-4.json.fedcba987654.tmp'), 'a save under way');
    await fsp.writeFile(path.join(dir, 'notes.tmp'), 'not ours');
    await fsp.utimes(path.join(dir, 'notes.tmp'), old, old);
    const logged: string[] = [];
    const next = new RecoveryStore({ dir, log: (m) => logged.push(m) });
    assert.equal((await next.list()).length, 1);
    const left = (await fsp.readdir(dir)).sort();
    assert.deepEqual(
      left.filter((n) => n.endsWith('.tmp')),
      ['.doc-4.json.fedcba987654.tmp', 'notes.tmp'],
    );
    assert.deepEqual(logged, ['recovery: removed 2 temporary files of interrupted writes']);
  });
});

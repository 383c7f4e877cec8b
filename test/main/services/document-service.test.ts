import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { SaveResult } from '../../../shared/bridge/fabricost-bridge.ts';
import { parseProjectValue, type ParseResult } from '../../../shared/scenario/parse-project.ts';
import { migrateToCurrent, type Migration } from '../../../shared/scenario/migrations.ts';
import {
  CloseGuard,
  DocumentService,
  filesFromArgv,
  readProjectFile,
  toOpenResult,
  windowTitle,
  writeProjectFile,
  type ClosePromptChoice,
  type DocumentDialogs,
} from '../../../main/services/document-service.ts';
import { RecentFiles } from '../../../main/services/recent-files.ts';
import { tempFolders } from './temp-folders.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/dgx-h100-1k-infiniband.json');
const MINIMAL = '{"schemaVersion":1,"scenarios":[{"name":"Base"}]}\n';

/** A fresh folder per test. */
const folder = tempFolders('docs');

/** Bytes and modification time: what "left untouched" means. */
async function fingerprint(file: string): Promise<{ bytes: string; mtimeMs: number; folder: string[] }> {
  return {
    bytes: (await fsp.readFile(file)).toString('base64'),
    mtimeMs: (await fsp.stat(file)).mtimeMs,
    folder: (await fsp.readdir(path.dirname(file))).sort(),
  };
}

describe('readProjectFile', () => {
  it('opens a valid project and returns its text unchanged, with an empty upgrade log', async () => {
    const result = await readProjectFile(EXAMPLE);
    assert.equal(result.status, 'opened');
    assert.ok(result.status === 'opened');
    assert.equal(result.file.path, EXAMPLE);
    assert.equal(result.file.name, 'dgx-h100-1k-infiniband.json');
    assert.equal(result.file.text, await fsp.readFile(EXAMPLE, 'utf8'));
    assert.deepEqual(result.upgradeLog, []);
  });

  it('refuses a file from a newer schema version with a clear message and leaves it untouched', async () => {
    const dir = await folder();
    const file = path.join(dir, 'future.json');
    await fsp.writeFile(file, '{"schemaVersion": 99, "scenarios": [{"name": "Base", "hologram": true}]}');
    const before = await fingerprint(file);
    const result = await readProjectFile(file);
    assert.equal(result.status, 'error');
    assert.ok(result.status === 'error');
    assert.equal(result.path, file);
    assert.match(result.message, /Could not open "future\.json"/);
    assert.match(result.message, /newer Fabricost \(schema version 99\).*reads up to 1.*It was not changed/);
    assert.deepEqual(await fingerprint(file), before); // same bytes, same mtime, no .bak or temp file
  });

  it('migrates an older file in memory, reports the upgrade log and does not rewrite the file', async () => {
    const dir = await folder();
    const file = path.join(dir, 'old.json');
    await fsp.writeFile(file, '{"schemaVersion": 0, "studies": [{"name": "Base"}]}');
    const before = await fingerprint(file);
    // Version 1 is the first released schema, so the test registers a 0 → 1 upgrade of its own.
    const renameStudies: Migration = {
      summary: 'studies → scenarios',
      up(raw, note) {
        const { studies, ...rest } = raw;
        note({ kind: 'renamed', path: 'scenarios', detail: 'renamed from studies' });
        return { ...rest, scenarios: studies };
      },
    };
    const parse = (text: string): ParseResult => {
      const migrated = migrateToCurrent(JSON.parse(text), { 0: renameStudies }, 1);
      if (!migrated.ok) return { ok: false, errors: [migrated.error] };
      const parsed = parseProjectValue(migrated.value);
      return parsed.ok ? { ...parsed, upgradeLog: migrated.log } : parsed;
    };
    const result = await readProjectFile(file, { parse });
    assert.equal(result.status, 'opened');
    assert.ok(result.status === 'opened');
    assert.deepEqual(result.upgradeLog, [
      { fromVersion: 0, toVersion: 1, kind: 'renamed', path: 'scenarios', detail: 'renamed from studies' },
    ]);
    assert.equal(result.file.text, '{"schemaVersion": 0, "studies": [{"name": "Base"}]}');
    assert.deepEqual(await fingerprint(file), before);
    // The bridge result carries what the parse found, so the renderer does not parse it again.
    const sent = toOpenResult(result);
    assert.ok(sent.status === 'opened');
    assert.deepEqual(Object.keys(sent).sort(), ['checked', 'file', 'status']);
    assert.deepEqual(sent.checked?.upgradeLog, result.upgradeLog);
    assert.equal((sent.checked?.upgraded as { scenarios: { name: string }[] }).scenarios[0]?.name, 'Base');
  });

  it('refuses invalid JSON with parseProject messages; a project with field errors opens with them', async () => {
    const dir = await folder();
    const broken = path.join(dir, 'broken.json');
    await fsp.writeFile(broken, '{"schemaVersion": 1,\n  "scenarios": [}');
    const syntax = await readProjectFile(broken);
    assert.ok(syntax.status === 'error');
    assert.match(syntax.message, /invalid JSON at line 2, column/);

    // The editor keeps and saves values as typed, so a saved work in progress must open again.
    const invalid = path.join(dir, 'invalid.json');
    await fsp.writeFile(
      invalid,
      '{"schemaVersion":1,"scenarios":[{"name":"A","cluster":{"acceleratorCount":0}},{"name":"A"}]}',
    );
    const fields = await readProjectFile(invalid);
    assert.ok(fields.status === 'opened');
    assert.deepEqual(fields.problems?.map((e) => e.path).sort(), [
      'scenarios[0].cluster.acceleratorCount',
      'scenarios[1].name',
    ]);
    assert.match(fields.problems?.find((e) => e.path.includes('acceleratorCount'))?.message ?? '', /whole number/);
    const sent = toOpenResult(fields);
    assert.ok(sent.status === 'opened');
    assert.deepEqual(sent.checked, { upgradeLog: [], problems: fields.problems });

    const scalars = path.join(dir, 'scalars.json');
    await fsp.writeFile(scalars, '{"schemaVersion":1,"scenarios":[1]}');
    const notAProject = await readProjectFile(scalars);
    assert.ok(notAProject.status === 'error');
    assert.match(notAProject.message, /scenarios\[0\]/);
  });

  it('refuses files over 20 MB before reading them', async () => {
    const dir = await folder();
    const file = path.join(dir, 'huge.json');
    await fsp.writeFile(file, '');
    await fsp.truncate(file, 20 * 1024 * 1024 + 1);
    const result = await readProjectFile(file);
    assert.ok(result.status === 'error');
    assert.match(result.message, /larger than 20 MB/);
  });

  it('reports a missing file', async () => {
    const result = await readProjectFile(path.join(await folder(), 'gone.json'));
    assert.ok(result.status === 'error');
    assert.match(result.message, /"gone\.json": it does not exist/);
  });
});

describe('writeProjectFile', () => {
  it('saves and keeps the previous version as .bak', async () => {
    const dir = await folder();
    const file = path.join(dir, 'p.json');
    await fsp.writeFile(file, 'previous');
    const result = await writeProjectFile(file, MINIMAL);
    assert.deepEqual(result, { status: 'saved', path: file, name: 'p.json', backupPath: `${file}.bak` });
    assert.equal(await fsp.readFile(file, 'utf8'), MINIMAL);
    assert.equal(await fsp.readFile(`${file}.bak`, 'utf8'), 'previous');
  });

  it('refuses text over 20 MB and leaves the file alone', async () => {
    const dir = await folder();
    const file = path.join(dir, 'p.json');
    await fsp.writeFile(file, 'previous');
    const result = await writeProjectFile(file, 'é'.repeat(10 * 1024 * 1024 + 1)); // 2 bytes each in UTF-8
    assert.equal(result.status, 'error');
    assert.equal(await fsp.readFile(file, 'utf8'), 'previous');
  });
});

class FakeDialogs implements DocumentDialogs {
  openAnswer: string | null = null;
  saveAnswer: string | null = null;
  readonly saveDefaults: string[] = [];
  openCalls = 0;
  async chooseOpenPath(): Promise<string | null> {
    this.openCalls++;
    return this.openAnswer;
  }
  async chooseSavePath(defaultPath: string): Promise<string | null> {
    this.saveDefaults.push(defaultPath);
    return this.saveAnswer;
  }
}

async function service(dir: string) {
  const dialogs = new FakeDialogs();
  const recent = new RecentFiles({ file: path.join(dir, 'recent-files.json') });
  const remembered: string[] = [];
  const documents = new DocumentService({ dialogs, recent, onDocumentPath: (p) => remembered.push(p) });
  return { dialogs, recent, documents, remembered };
}

describe('DocumentService', () => {
  it('open dialog: canceled, then opened and remembered on the recent list', async () => {
    const dir = await folder();
    const { dialogs, recent, documents, remembered } = await service(dir);
    assert.deepEqual(await documents.openDialog(), { status: 'canceled' });
    const file = path.join(dir, 'a.json');
    await fsp.writeFile(file, MINIMAL);
    dialogs.openAnswer = file;
    const result = await documents.openDialog();
    assert.equal(result.status, 'opened');
    assert.deepEqual(await recent.list(), [file]);
    assert.deepEqual(remembered, [file]);
    assert.equal(documents.isApproved(file), true);
  });

  it('a refused file is not added to the recent list', async () => {
    const dir = await folder();
    const { recent, documents } = await service(dir);
    const file = path.join(dir, 'future.json');
    await fsp.writeFile(file, '{"schemaVersion":2,"scenarios":[]}');
    assert.equal((await documents.openPath(file)).status, 'error');
    assert.deepEqual(await recent.list(), []);
    assert.equal(documents.isApproved(file), false);
  });

  it('save without a path asks for one, preset to the suggested name with .json', async () => {
    const dir = await folder();
    const { dialogs, documents, recent } = await service(dir);
    const canceled = await documents.save({ path: null, suggestedName: 'Cluster plan', text: MINIMAL });
    assert.deepEqual(canceled, { status: 'canceled' });
    assert.deepEqual(dialogs.saveDefaults, ['Cluster plan.json']);

    const target = path.join(dir, 'plan.json');
    dialogs.saveAnswer = target;
    const saved = await documents.save({ path: null, suggestedName: 'plan.json', text: MINIMAL });
    assert.equal(saved.status, 'saved');
    assert.deepEqual(dialogs.saveDefaults, ['Cluster plan.json', 'plan.json']);
    assert.equal(await fsp.readFile(target, 'utf8'), MINIMAL);
    assert.deepEqual(await recent.list(), [target]);

    // Now approved: the next save writes without a dialog and keeps a backup.
    const again = await documents.save({ path: target, suggestedName: 'plan.json', text: `${MINIMAL} ` });
    assert.deepEqual(again, { status: 'saved', path: target, name: 'plan.json', backupPath: `${target}.bak` });
    assert.equal(dialogs.saveDefaults.length, 2);
  });

  it('never writes silently to a path main has not seen: it asks, and a cancel writes nothing', async () => {
    const dir = await folder();
    const { dialogs, documents } = await service(dir);
    const elsewhere = path.join(dir, 'not-opened-here.json');
    await fsp.writeFile(elsewhere, 'do not overwrite');
    const result = await documents.save({ path: elsewhere, suggestedName: 'x.json', text: MINIMAL });
    assert.deepEqual(result, { status: 'canceled' });
    assert.deepEqual(dialogs.saveDefaults, [elsewhere]);
    assert.equal(await fsp.readFile(elsewhere, 'utf8'), 'do not overwrite');
  });

  it('openRecent opens only listed paths and drops a listed file that has gone', async () => {
    const dir = await folder();
    const { recent, documents } = await service(dir);
    const stranger = path.join(dir, 'stranger.json');
    await fsp.writeFile(stranger, MINIMAL);
    const refused = await documents.openRecent(stranger);
    assert.ok(refused.status === 'error' && /not on the recent files list/.test(refused.message));

    const listed = path.join(dir, 'listed.json');
    await fsp.writeFile(listed, MINIMAL);
    await recent.add(listed);
    assert.equal((await documents.openRecent(listed)).status, 'opened');

    await fsp.rm(listed);
    const gone = await documents.openRecent(listed);
    assert.ok(gone.status === 'error' && /does not exist/.test(gone.message));
    assert.deepEqual(await recent.list(), []);
  });
});

describe('filesFromArgv', () => {
  it('takes non-switch arguments after the executable, resolved against the working folder', () => {
    const cwd = path.resolve('/home/user/work');
    assert.deepEqual(
      filesFromArgv(['/opt/fabricost/fabricost', '--no-sandbox', 'a.json', '-psn_0_123', '/abs/b.json'], {
        isPackaged: true,
        cwd,
      }),
      [path.join(cwd, 'a.json'), path.resolve('/abs/b.json')],
    );
  });

  it('skips the app path in development and honours --', () => {
    const cwd = path.resolve('/w');
    assert.deepEqual(filesFromArgv(['electron', '.', '--inspect=9229'], { isPackaged: false, cwd }), []);
    assert.deepEqual(filesFromArgv(['electron', '.', '--', '-odd-name.json'], { isPackaged: false, cwd }), [
      path.join(cwd, '-odd-name.json'),
    ]);
    assert.deepEqual(filesFromArgv(['fabricost', '', 'a\0b'], { isPackaged: true, cwd }), []);
  });
});

describe('windowTitle', () => {
  it('shows the file name and an unsaved marker', () => {
    assert.equal(windowTitle({ name: 'plan.json', dirty: false }), 'plan.json — Fabricost');
    assert.equal(windowTitle({ name: 'plan.json', dirty: true }), '● plan.json — Fabricost');
  });
});

describe('CloseGuard', () => {
  function harness(options: { dirty: boolean; choice?: ClosePromptChoice }) {
    const calls: string[] = [];
    let dirty = options.dirty;
    const guard = new CloseGuard({
      isDirty: () => dirty,
      ask: async () => {
        calls.push('ask');
        return options.choice ?? 'cancel';
      },
      requestSave: () => calls.push('requestSave'),
      beforeClose: async () => {
        calls.push('beforeClose');
      },
      close: () => {
        calls.push('close');
        // Electron emits 'close' again from window.close(): it must now be let through.
        calls.push(guard.onCloseRequested() ? 'closed' : 'prevented-again');
      },
      canceled: () => calls.push('canceled'),
    });
    return { guard, calls, setDirty: (d: boolean) => (dirty = d) };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('closes a clean document without asking', async () => {
    const { guard, calls } = harness({ dirty: false });
    assert.equal(guard.onCloseRequested(), false); // prevented while cleanup runs
    await settle();
    assert.deepEqual(calls, ['beforeClose', 'close', 'closed']);
  });

  it('dirty + Cancel keeps the window open', async () => {
    const { guard, calls } = harness({ dirty: true, choice: 'cancel' });
    assert.equal(guard.onCloseRequested(), false);
    await settle();
    assert.deepEqual(calls, ['ask', 'canceled']);
  });

  it("dirty + Don't Save closes", async () => {
    const { guard, calls } = harness({ dirty: true, choice: 'discard' });
    guard.onCloseRequested();
    await settle();
    assert.deepEqual(calls, ['ask', 'beforeClose', 'close', 'closed']);
  });

  it('dirty + Save asks the renderer to save and closes after the next successful save', async () => {
    const { guard, calls, setDirty } = harness({ dirty: true, choice: 'save' });
    guard.onCloseRequested();
    await settle();
    assert.deepEqual(calls, ['ask', 'requestSave']);
    assert.equal(guard.waitingForSave, true);
    setDirty(false);
    const saved: SaveResult = { status: 'saved', path: '/a/b.json', name: 'b.json' };
    guard.onSaveResult(saved);
    await settle();
    assert.deepEqual(calls, ['ask', 'requestSave', 'beforeClose', 'close', 'closed']);
  });

  it('dirty + Save, then the save is canceled or fails: the close is called off', async () => {
    for (const result of [{ status: 'canceled' }, { status: 'error', message: 'disk full' }] as SaveResult[]) {
      const { guard, calls } = harness({ dirty: true, choice: 'save' });
      guard.onCloseRequested();
      await settle();
      guard.onSaveResult(result);
      await settle();
      assert.deepEqual(calls, ['ask', 'requestSave', 'canceled']);
      assert.equal(guard.onCloseRequested(), false); // still guarded: the next close asks again
    }
  });

  it('a close request while the decided close is finishing does not ask again', async () => {
    const calls: string[] = [];
    let releaseCleanup: () => void = () => {};
    const guard = new CloseGuard({
      isDirty: () => true, // the renderer has not reported its clean state yet
      ask: async () => (calls.push('ask'), 'save'),
      requestSave: () => calls.push('requestSave'),
      beforeClose: () => new Promise<void>((resolve) => (releaseCleanup = resolve)),
      close: () => calls.push('close'),
      canceled: () => calls.push('canceled'),
    });
    guard.onCloseRequested();
    await settle();
    guard.onSaveResult({ status: 'saved', path: '/a/b.json', name: 'b.json' });
    // The renderer closes its window itself right after saving, while cleanup still runs.
    assert.equal(guard.onCloseRequested(), false);
    await settle();
    assert.deepEqual(calls, ['ask', 'requestSave']);
    releaseCleanup();
    await settle();
    assert.deepEqual(calls, ['ask', 'requestSave', 'close']);
    assert.equal(guard.onCloseRequested(), true);
  });

  it('ignores saves that were not asked for by the close prompt', async () => {
    const { guard, calls } = harness({ dirty: true, choice: 'cancel' });
    guard.onSaveResult({ status: 'saved', path: null, name: 'x.json' });
    await settle();
    assert.deepEqual(calls, []);
  });
});

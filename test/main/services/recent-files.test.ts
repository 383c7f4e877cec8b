import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAX_RECENT_FILES, RecentFiles } from '../../../main/services/recent-files.ts';

let root: string;
let counter = 0;
before(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'fabricost-recent-'));
});
after(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});
async function listFile(): Promise<string> {
  const dir = path.join(root, `case-${++counter}`);
  await fsp.mkdir(dir);
  return path.join(dir, 'recent-files.json');
}
const p = (name: string) => path.resolve('/projects', name);

describe('RecentFiles', () => {
  it('keeps newest first, moves a reopened file to the top and persists across sessions', async () => {
    const file = await listFile();
    const recent = new RecentFiles({ file });
    assert.deepEqual(await recent.list(), []);
    await recent.add(p('a.json'));
    await recent.add(p('b.json'));
    await recent.add(p('a.json'));
    assert.deepEqual(await recent.list(), [p('a.json'), p('b.json')]);
    assert.deepEqual(await new RecentFiles({ file }).list(), [p('a.json'), p('b.json')]);
    assert.deepEqual(JSON.parse(await fsp.readFile(file, 'utf8')), { version: 1, files: [p('a.json'), p('b.json')] });
  });

  it(`holds at most ${MAX_RECENT_FILES}, dropping the oldest`, async () => {
    const recent = new RecentFiles({ file: await listFile() });
    for (let i = 0; i < 13; i++) await recent.add(p(`f${i}.json`));
    const list = await recent.list();
    assert.equal(list.length, 10);
    assert.equal(list[0], p('f12.json'));
    assert.equal(list[9], p('f3.json'));
  });

  it('concurrent changes all land, in order', async () => {
    const file = await listFile();
    const recent = new RecentFiles({ file });
    await Promise.all([recent.add(p('1.json')), recent.add(p('2.json')), recent.add(p('3.json'))]);
    assert.deepEqual(await new RecentFiles({ file }).list(), [p('3.json'), p('2.json'), p('1.json')]);
  });

  it('remove, clear, and a change listener for the menu', async () => {
    const seen: string[][] = [];
    const recent = new RecentFiles({ file: await listFile(), onChange: (files) => seen.push([...files]) });
    await recent.add(p('a.json'));
    await recent.add(p('b.json'));
    await recent.remove(p('a.json'));
    assert.equal(await recent.has(p('a.json')), false);
    assert.equal(await recent.has(p('b.json')), true);
    await recent.clear();
    assert.deepEqual(await recent.list(), []);
    assert.deepEqual(seen, [[p('a.json')], [p('b.json'), p('a.json')], [p('b.json')], []]);
  });

  it('ignores paths that are not absolute', async () => {
    const recent = new RecentFiles({ file: await listFile() });
    await recent.add('relative/a.json');
    await recent.add(`${p('a.json')}\0`);
    assert.deepEqual(await recent.list(), []);
  });

  it('a damaged list reads as empty, keeps only valid entries, and is replaced on the next change', async () => {
    const file = await listFile();
    const logs: string[] = [];
    await fsp.writeFile(file, '{"version":1,"files":[');
    const damaged = new RecentFiles({ file, log: (m) => logs.push(m) });
    assert.deepEqual(await damaged.list(), []);
    assert.match(logs[0] ?? '', /damaged/);
    await damaged.add(p('new.json'));
    assert.deepEqual(await new RecentFiles({ file }).list(), [p('new.json')]);

    await fsp.writeFile(
      file,
      JSON.stringify({ version: 1, files: [p('ok.json'), 42, 'rel.json', p('ok.json'), null] }),
    );
    assert.deepEqual(await new RecentFiles({ file }).list(), [p('ok.json')]);
  });
});

import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DocumentService, toOpenResult } from '../../../main/services/document-service.ts';
import { RecentFiles } from '../../../main/services/recent-files.ts';
import { readOpenedDocument } from '../../../renderer/stores/open-document.ts';
import { parseProject, type ParseResult } from '../../../shared/scenario/parse-project.ts';
import { tempFolders } from '../../main/services/temp-folders.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/dgx-h100-1k-infiniband.json');
const folder = tempFolders('open-once');

/** parseProject, counting its calls. */
function countingParse(): { parse: (text: string) => ParseResult; calls: () => number } {
  let calls = 0;
  return {
    parse: (text) => {
      calls++;
      return parseProject(text);
    },
    calls: () => calls,
  };
}

/** The desktop open path: main's document service, the bridge result, the renderer's decision. */
async function openOnDesktop(file: string, parse: (text: string) => ParseResult) {
  const dir = await folder();
  const recent = new RecentFiles({ file: path.join(dir, 'recent-files.json') });
  const documents = new DocumentService({
    dialogs: { chooseOpenPath: async () => file, chooseSavePath: async () => null },
    recent,
    parse,
  });
  const sent = toOpenResult(await documents.openDialog());
  const opened = sent.status === 'opened' ? readOpenedDocument(sent.file.text, sent.checked, parse) : undefined;
  return { sent, opened, recent: await recent.list() };
}

describe('an opened file is parsed once', () => {
  it('desktop: main parses it, the renderer takes main’s result; the file joins the recent list', async () => {
    const counter = countingParse();
    const { opened, recent } = await openOnDesktop(EXAMPLE, counter.parse);
    assert.equal(counter.calls(), 1);
    assert.ok(opened?.kind === 'valid');
    assert.equal(opened.migrated, false);
    // The editor holds the file's JSON as typed (not the parser's output with defaults filled in).
    assert.deepEqual(opened.raw, JSON.parse(await fsp.readFile(EXAMPLE, 'utf8')));
    assert.deepEqual(recent, [EXAMPLE]);
  });

  it('desktop: a refused file is parsed once, never reaches the renderer and is not listed', async () => {
    const dir = await folder();
    const file = path.join(dir, 'future.json');
    await fsp.writeFile(file, '{"schemaVersion":9,"scenarios":[{"name":"A"}]}');
    const counter = countingParse();
    const { sent, opened, recent } = await openOnDesktop(file, counter.parse);
    assert.equal(counter.calls(), 1);
    assert.ok(sent.status === 'error');
    assert.match(sent.message, /newer Fabricost \(schema version 9\)/);
    assert.equal(opened, undefined);
    assert.deepEqual(recent, []);
  });

  it('desktop: a saved work in progress (field errors) opens with its problems, parsed once, and is listed', async () => {
    const dir = await folder();
    const file = path.join(dir, 'draft.json');
    const text = '{"schemaVersion":1,"scenarios":[{"name":"A","cluster":{"acceleratorCount":-3}}]}';
    await fsp.writeFile(file, text);
    const counter = countingParse();
    const { opened, recent } = await openOnDesktop(file, counter.parse);
    assert.equal(counter.calls(), 1);
    assert.ok(opened?.kind === 'with-problems');
    assert.deepEqual(opened.raw, JSON.parse(text)); // the value as typed, -3, is kept
    assert.deepEqual(
      opened.errors.map((e) => e.path),
      ['scenarios[0].cluster.acceleratorCount'],
    );
    assert.deepEqual(recent, [file]);
  });

  it('browser and recovery copies (no host check): the renderer parses once', () => {
    const counter = countingParse();
    const opened = readOpenedDocument('{"schemaVersion":1,"scenarios":[{"name":"A"}]}', undefined, counter.parse);
    assert.equal(counter.calls(), 1);
    assert.deepEqual(opened, {
      kind: 'valid',
      raw: { schemaVersion: 1, scenarios: [{ name: 'A' }] },
      upgradeLog: [],
      migrated: false,
    });
  });

  it('a file with a byte-order mark opens (the parser allows it; JSON.parse alone would throw)', async () => {
    const dir = await folder();
    const file = path.join(dir, 'bom.json');
    await fsp.writeFile(file, '\ufeff{"schemaVersion":1,"scenarios":[{"name":"A"}]}');
    const counter = countingParse();
    const { opened } = await openOnDesktop(file, counter.parse);
    assert.equal(counter.calls(), 1);
    assert.ok(opened?.kind === 'valid');
    assert.deepEqual(opened.raw.scenarios, [{ name: 'A' }]);
    const unchecked = readOpenedDocument('\ufeff{"schemaVersion":1,"scenarios":[{"name":"A"}]}');
    assert.equal(unchecked.kind, 'valid');
  });

  it('an upgraded project from the host opens as the upgraded JSON and is marked migrated', () => {
    const log = [{ fromVersion: 0, toVersion: 1, kind: 'renamed' as const, path: 'scenarios', detail: 'from studies' }];
    const opened = readOpenedDocument(
      '{"schemaVersion":0,"studies":[{"name":"A"}]}',
      { upgradeLog: log, upgraded: { schemaVersion: 1, scenarios: [{ name: 'A' }] } },
      () => assert.fail('parsed again'),
    );
    assert.deepEqual(opened, {
      kind: 'valid',
      raw: { schemaVersion: 1, scenarios: [{ name: 'A' }] },
      upgradeLog: log,
      migrated: true,
    });
  });

  it('unchecked text: field errors open with problems; not-a-project is refused', () => {
    const withProblems = readOpenedDocument(
      '{"schemaVersion":1,"scenarios":[{"name":"A","cluster":{"acceleratorCount":-3}}]}',
    );
    assert.ok(withProblems.kind === 'with-problems');
    assert.deepEqual(
      withProblems.errors.map((e) => e.path),
      ['scenarios[0].cluster.acceleratorCount'],
    );
    assert.equal(readOpenedDocument('{"schemaVersion":1,"scenarios":[').kind, 'refused');
    assert.equal(readOpenedDocument('{"schemaVersion":9,"scenarios":[{"name":"A"}]}').kind, 'refused');
    assert.equal(readOpenedDocument('[1,2]').kind, 'refused');
    assert.equal(readOpenedDocument('{"schemaVersion":1,"scenarios":[]}').kind, 'refused');
    assert.equal(readOpenedDocument('{"schemaVersion":1,"scenarios":[1]}').kind, 'refused');
  });
});

/**
 * Boots the built desktop main bundle (built as electron-forge builds it) in Node.js against a
 * test double of the `electron` module, with an example file on the command line, and checks
 * the wiring type checks cannot: the app becomes ready, app:// is privileged and served from
 * the built renderer, every bridge channel has a handler, the window gets the secure
 * preferences and a preload that exists in the build output, the menu is built, navigation and
 * permissions are locked, and the file given as an argument is opened and sent to the page.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOST_EVENTS, IPC_CHANNELS, type OpenResult } from '../../shared/bridge/fabricost-bridge.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import { APP_SCHEME_PRIVILEGES, SECURE_WEB_PREFERENCES } from '../../main/window-security.ts';
import { APP_ENTRY_URL } from '../../main/app-protocol.ts';
import { buildDesktop, ROOT } from './support/desktop-build.ts';
import { buildWorkbookInWorker } from '../../main/services/export-worker.ts';
import type { BootReport } from './support/electron-double.ts';
import { hostText } from '../../shared/bridge/host-text.ts';

let out = '';
let temp = '';
let report: BootReport;
const example = join(ROOT, 'examples', 'dgx-h100-1k-infiniband.json');

describe('desktop main bundle boot', () => {
  before(async () => {
    out = await buildDesktop();
    temp = mkdtempSync(join(tmpdir(), 'fabricost-boot-'));
    const reportFile = join(temp, 'report.json');
    const r = spawnSync(
      process.execPath,
      ['--import', join(ROOT, 'test/main/support/electron-double.ts'), join(out, 'build', 'main.cjs'), example],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, FABRICOST_BOOT_REPORT: reportFile, FABRICOST_BOOT_USER_DATA: join(temp, 'user-data') },
      },
    );
    assert.ok(existsSync(reportFile), `no boot report; exit ${r.status}\n${r.stdout}\n${r.stderr}`);
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as BootReport;
    assert.equal(r.status, 0, `boot exited ${r.status}\n${r.stderr}`);
  });
  after(() => {
    if (out) rmSync(out, { recursive: true, force: true });
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  test('the app becomes ready with the sandbox on for every renderer', () => {
    assert.equal(report.ready, true);
    assert.equal(report.sandboxEnabled, true);
    assert.equal(report.quit, false, 'the app did not quit during start-up');
  });

  test('app:// is registered as privileged and its handler serves the built renderer with the CSP', () => {
    assert.deepEqual(report.privilegedSchemes, [{ scheme: 'app', privileges: { ...APP_SCHEME_PRIVILEGES } }]);
    assert.deepEqual(report.protocolHandlers, ['app']);
    assert.equal(report.entryPage?.status, 200);
    assert.match(report.entryPage?.contentType ?? '', /^text\/html/);
    assert.match(report.entryPage?.csp ?? '', /default-src 'self'/);
    assert.equal(report.entryPage?.hasAppRoot, true, 'index.html of the built renderer');
  });

  test('every bridge channel has exactly one handler', () => {
    assert.deepEqual([...report.ipcChannels].sort(), Object.values(IPC_CHANNELS).sort());
  });

  test('one window with the secure preferences, a preload in the build output, loading app://', () => {
    assert.equal(report.windows.length, 1);
    const [w] = report.windows;
    const prefs = w!.options.webPreferences ?? {};
    for (const [key, value] of Object.entries(SECURE_WEB_PREFERENCES)) assert.deepEqual(prefs[key], value, key);
    assert.equal(typeof prefs.preload, 'string');
    assert.equal(prefs.preload, join(out, 'build', 'preload.cjs'));
    assert.ok(existsSync(String(prefs.preload)), `preload ${String(prefs.preload)} exists`);
    assert.equal(w!.url, APP_ENTRY_URL);
    assert.equal(w!.options.show, false, 'shown once ready, without a white flash');
  });

  test('navigation, new windows and permissions are refused', () => {
    assert.deepEqual([...new Set(report.navigationGuards)].sort(), [
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
    assert.equal(report.windowOpenHandlerSet, 1);
    assert.deepEqual(report.permissionHandlers.sort(), ['check', 'request']);
  });

  test('the application menu is built', () => {
    assert.ok(report.menus.length >= 1);
    const labels = report.menus[0]!;
    assert.ok(labels.map((l) => l.replace('&', '')).includes('File'), `menu: ${labels.join(', ')}`);
  });

  test('the page switches to pt-BR: the menu is rebuilt in Portuguese and the close prompt asks in Portuguese', () => {
    const en = hostText('en').menu;
    const pt = hostText('pt-BR').menu;
    assert.equal(report.menus[0]![0], en.file, 'English until the page says otherwise (system locale en-US)');
    assert.deepEqual(report.menus.at(-1), [pt.file, pt.edit, pt.view]);
    for (const label of [pt.new, pt.open, pt.save, pt.saveAs, pt.exportWorkbook, pt.undo, pt.copy, pt.quit])
      assert.ok(report.menuLabels.includes(label), `${label} in ${report.menuLabels.join(', ')}`);
    assert.ok(!report.menuLabels.includes(en.saveAs) && !report.menuLabels.includes(en.undo));
    const words = hostText('pt-BR').closePrompt;
    assert.deepEqual(report.messageBoxes, [
      {
        buttons: [words.save, words.discard, words.cancel],
        message: 'Deseja salvar as alterações feitas em "plan.json"?',
        detail: words.detail,
      },
    ]);
  });

  test('the file given on the command line is opened and sent to the page', () => {
    const sent = report.sent.filter((s) => s.channel === HOST_EVENTS.openFile);
    assert.equal(sent.length, 1);
    const result = sent[0]!.payload as OpenResult;
    assert.equal(result.status, 'opened');
    if (result.status !== 'opened') return;
    assert.equal(result.file.path, example);
    assert.equal(result.file.text, readFileSync(example, 'utf8'));
    assert.ok(parseProject(result.file.text).ok);
  });

  test('the bundled export worker beside main.cjs builds a workbook off the main thread', async () => {
    const worker = join(out, 'build', 'export-worker.cjs');
    assert.ok(existsSync(worker), 'export-worker.cjs is in the build output, where main.ts looks for it');
    const built = await buildWorkbookInWorker(
      {
        request: {
          suggestedName: 'x.xlsx',
          projectText: readFileSync(example, 'utf8'),
          sourceName: 'x.json',
        },
        appVersion: '0.0.0-test',
        exportedAtIso: '2026-01-01T00:00:00.000Z',
      },
      { workerPath: worker },
    );
    assert.ok(built.ok, built.ok ? '' : built.message);
    assert.equal(Buffer.from(built.bytes.subarray(0, 2)).toString('latin1'), 'PK', 'an .xlsx (zip) file');
  });
});

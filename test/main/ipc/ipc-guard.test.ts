import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_TEXT_BYTES } from '../../../shared/bridge/bridge-payloads.ts';
import type { BridgeMethod } from '../../../shared/bridge/bridge-payloads.ts';
import { guardHandler, IpcRefusedError, isTrustedSender, type IpcEventLike } from '../../../main/ipc/ipc-guard.ts';

const APP_EVENT: IpcEventLike = { senderFrame: { url: 'app://fabricost/index.html', parent: null }, sender: 'wc-1' };
const DEV = 'http://localhost:5173';

const VALID_ARGS: { [K in BridgeMethod]: unknown[] } = {
  appVersion: [],
  openDialog: [],
  openRecent: ['/home/u/plan.json'],
  recentFiles: [],
  save: [{ path: null, suggestedName: 'plan.json', text: '{}' }],
  exportWorkbook: [
    {
      suggestedName: 'plan.xlsx',
      projectText: '{}',
      sourceName: 'plan.json',
    },
  ],
  cancelExport: [],
  writeRecovery: [{ id: 'doc-1', name: 'plan.json', path: null, savedAt: '2025-03-01T10:00:00.000Z', text: '{}' }],
  clearRecovery: ['doc-1'],
  listRecovery: [],
  setDocumentState: [{ name: 'plan.json', dirty: true }],
  setLanguage: ['pt-BR'],
  openExternal: ['https://example.com/datasheet.pdf'],
};

/** Calls a guarded handler and records whether the real handler ran. */
function guarded(method: BridgeMethod, options: { devServerUrl?: string } = {}) {
  const logs: string[] = [];
  const calls: { context: unknown; args: unknown[] }[] = [];
  const handler = guardHandler(
    method,
    ((context: unknown, ...args: unknown[]) => {
      calls.push({ context, args });
      return undefined;
    }) as never,
    { ...options, log: (m) => logs.push(m) },
  );
  return { handler, logs, calls };
}

describe('isTrustedSender', () => {
  it('accepts only the top frame of app://fabricost (and the dev server when configured)', () => {
    assert.equal(isTrustedSender(APP_EVENT), true);
    assert.equal(isTrustedSender({ senderFrame: { url: `${DEV}/index.html`, parent: null } }, DEV), true);
    const refused: IpcEventLike[] = [
      { senderFrame: { url: `${DEV}/index.html`, parent: null } }, // no dev server configured
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///home/u/evil.html', parent: null } },
      { senderFrame: { url: 'app://evil/index.html', parent: null } },
      { senderFrame: { url: 'app://fabricost.evil/index.html', parent: null } },
      { senderFrame: { url: 'app://fabricost/index.html', parent: { url: 'app://fabricost/' } } }, // a sub-frame
      { senderFrame: { url: 'about:blank', parent: null } },
      { senderFrame: { url: 'not a url', parent: null } },
      { senderFrame: null },
      { senderFrame: undefined },
    ];
    for (const event of refused) assert.equal(isTrustedSender(event), false, JSON.stringify(event));
    assert.equal(isTrustedSender({ senderFrame: { url: 'http://localhost:5174/', parent: null } }, DEV), false);
    assert.equal(isTrustedSender(null), false);
  });
});

describe('guardHandler', () => {
  it('passes valid calls from our renderer through, with the sender as context', async () => {
    for (const method of Object.keys(VALID_ARGS) as BridgeMethod[]) {
      const { handler, calls, logs } = guarded(method);
      await handler(APP_EVENT, ...VALID_ARGS[method]);
      assert.equal(calls.length, 1, method);
      assert.deepEqual(calls[0]?.context, { sender: 'wc-1' });
      assert.deepEqual(calls[0]?.args, VALID_ARGS[method]);
      assert.deepEqual(logs, []);
    }
  });

  it('rejects calls from foreign senders on every channel, logs them, and never runs the handler', async () => {
    const foreign: IpcEventLike = { senderFrame: { url: 'https://evil.example/x', parent: null } };
    for (const method of Object.keys(VALID_ARGS) as BridgeMethod[]) {
      const { handler, calls, logs } = guarded(method);
      await assert.rejects(handler(foreign, ...VALID_ARGS[method]), (e: unknown) => {
        assert.ok(e instanceof IpcRefusedError);
        assert.match(e.message, /refused: untrusted sender/);
        return true;
      });
      assert.equal(calls.length, 0, method);
      assert.match(logs[0] ?? '', /untrusted sender \(https:\/\/evil\.example\)/);
    }
  });

  const bigText = 'x'.repeat(MAX_TEXT_BYTES + 1);
  const bad: [BridgeMethod, unknown[], RegExp][] = [
    ['appVersion', ['extra'], /too many arguments/],
    ['openRecent', [], /missing arguments/],
    ['openRecent', ['relative/plan.json'], /absolute path/],
    ['openRecent', ['/home/u/plan.json\0.png'], /NUL/],
    ['openRecent', [42], /must be a path/],
    ['openRecent', ['\\\\?\\C:\\Windows\\win.ini'], /absolute path/],
    ['save', [{ path: null, suggestedName: 'a.json' }], /argument 1\.text/],
    ['save', [{ path: null, suggestedName: 'a.json', text: '{}', mode: 0o777 }], /Unrecognized key/],
    ['save', [{ path: null, suggestedName: '../../.bashrc', text: '{}' }], /not a path/],
    [
      'save',
      [{ path: 'plan.json', suggestedName: 'a.json', text: '{}' }],
      /argument 1\.path: must be an absolute path/,
    ],
    ['save', [{ path: null, suggestedName: 'a.json', text: bigText }], /argument 1\.text: must be at most/],
    ['save', [{ path: null, suggestedName: 'a.json', text: '€'.repeat(MAX_TEXT_BYTES / 3 + 1) }], /bytes of UTF-8/],
    ['save', [null], /argument 1/],
    // Chart images are no longer part of an export (the workbook draws native charts): refused
    // as any unknown field is.
    ['exportWorkbook', [{ ...(VALID_ARGS.exportWorkbook[0] as object), charts: [] }], /charts/],
    ['exportWorkbook', [{ ...(VALID_ARGS.exportWorkbook[0] as object), projectText: bigText }], /projectText/],
    ['writeRecovery', [{ ...(VALID_ARGS.writeRecovery[0] as object), id: '../../etc/passwd' }], /argument 1\.id/],
    ['writeRecovery', [{ ...(VALID_ARGS.writeRecovery[0] as object), savedAt: 'yesterday' }], /ISO 8601/],
    ['clearRecovery', [''], /argument 1/],
    ['clearRecovery', ['a/b'], /argument 1/],
    ['setDocumentState', [{ name: 'plan.json', dirty: 'yes' }], /dirty/],
    ['setDocumentState', [{ name: 'evil\u0007name', dirty: true }], /control characters/],
    ['setLanguage', ['fr'], /argument 1/],
    ['setLanguage', ['pt-BR', 'en'], /arguments|argument 2/],
    ['openExternal', ['file:///etc/passwd'], /http or https/],
    ['openExternal', ['javascript:alert(1)'], /http or https/],
    ['openExternal', ['https://user:secret@example.com/'], /http or https/],
    ['openExternal', ['ms-settings:privacy'], /http or https/],
    ['openExternal', ['//example.com/x'], /http or https/],
    ['openExternal', [`https://example.com/${'a'.repeat(3000)}`], /at most 2048/],
  ];

  for (const [method, args, expected] of bad) {
    it(`rejects a bad ${method} payload (${expected.source})`, async () => {
      const { handler, calls, logs } = guarded(method);
      await assert.rejects(handler(APP_EVENT, ...args), (e: unknown) => {
        assert.ok(e instanceof IpcRefusedError);
        assert.match(e.message, /refused: invalid arguments/);
        assert.match(e.message, expected);
        assert.ok(e.message.length < 1000, 'short message, never the payload');
        return true;
      });
      assert.equal(calls.length, 0);
      assert.equal(logs.length, 1);
    });
  }

  it('never echoes payload content in messages or logs', async () => {
    const { handler, logs } = guarded('save');
    const secret = 'TOP-SECRET-PROJECT-CONTENT';
    await assert.rejects(
      handler(APP_EVENT, { path: 'relative', suggestedName: 'a.json', text: secret }),
      (e: unknown) => {
        assert.ok(!(e as Error).message.includes(secret));
        return true;
      },
    );
    assert.ok(!logs.join('\n').includes(secret));
  });

  it('contains exceptions thrown by the handler: rejected call, logged, no crash', async () => {
    const logs: string[] = [];
    const handler = guardHandler(
      'listRecovery',
      () => {
        throw new Error('disk on fire');
      },
      { log: (m) => logs.push(m) },
    );
    await assert.rejects(handler(APP_EVENT), (e: unknown) => {
      assert.ok(e instanceof IpcRefusedError);
      assert.equal(e.message, 'fabricost:list-recovery failed: disk on fire');
      return true;
    });
    assert.match(logs[0] ?? '', /fabricost:list-recovery failed: Error: disk on fire/);
  });

  it('accepts the dev server origin only when it is configured', async () => {
    const devEvent: IpcEventLike = { senderFrame: { url: `${DEV}/`, parent: null } };
    await assert.rejects(guarded('appVersion').handler(devEvent), IpcRefusedError);
    const { handler, calls } = guarded('appVersion', { devServerUrl: DEV });
    await handler(devEvent);
    assert.equal(calls.length, 1);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IPC_CHANNELS } from '../../../shared/bridge/fabricost-bridge.ts';
import type { BridgeMethod } from '../../../shared/bridge/bridge-payloads.ts';
import type { IpcEventLike } from '../../../main/ipc/ipc-guard.ts';
import { registerIpc, type BridgeHandlers, type IpcMainLike } from '../../../main/ipc/register-ipc.ts';

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

const APP: IpcEventLike = { senderFrame: { url: 'app://fabricost/index.html', parent: null }, sender: 'main-window' };
const FOREIGN: IpcEventLike = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: 'other' };

function recordingHandlers(calls: string[]): BridgeHandlers {
  return {
    appVersion: () => (calls.push('appVersion'), '1.2.3'),
    openDialog: async () => (calls.push('openDialog'), { status: 'canceled' }),
    openRecent: async (_c, p) => (calls.push(`openRecent ${p}`), { status: 'canceled' }),
    recentFiles: async () => (calls.push('recentFiles'), ['/a.json']),
    save: async (_c, r) => (calls.push(`save ${r.suggestedName}`), { status: 'canceled' }),
    exportWorkbook: async () => (calls.push('exportWorkbook'), { status: 'canceled' }),
    cancelExport: async () => void calls.push('cancelExport'),
    writeRecovery: async (_c, e) => void calls.push(`writeRecovery ${e.id}`),
    clearRecovery: async (_c, id) => void calls.push(`clearRecovery ${id}`),
    listRecovery: async () => (calls.push('listRecovery'), []),
    setDocumentState: (c, s) => void calls.push(`setDocumentState ${String(c.sender)} ${s.name} ${s.dirty}`),
    setLanguage: (c, l) => void calls.push(`setLanguage ${String(c.sender)} ${l}`),
    openExternal: async (_c, url) => void calls.push(`openExternal ${url}`),
  };
}

describe('registerIpc', () => {
  it('registers exactly one guarded handler per IPC channel, and removes them again', () => {
    const ipc = new FakeIpcMain();
    const unregister = registerIpc(ipc, recordingHandlers([]), { log: () => {} });
    assert.deepEqual([...ipc.handlers.keys()].sort(), Object.values(IPC_CHANNELS).sort());
    unregister();
    assert.equal(ipc.handlers.size, 0);
  });

  it('routes valid calls to the right handler', async () => {
    const ipc = new FakeIpcMain();
    const calls: string[] = [];
    registerIpc(ipc, recordingHandlers(calls), { log: () => {} });
    const invoke = (method: BridgeMethod, ...args: unknown[]) => ipc.handlers.get(IPC_CHANNELS[method])!(APP, ...args);
    assert.equal(await invoke('appVersion'), '1.2.3');
    assert.deepEqual(await invoke('recentFiles'), ['/a.json']);
    await invoke('openRecent', '/p/a.json');
    await invoke('save', { path: null, suggestedName: 's.json', text: '{}' });
    await invoke('setDocumentState', { name: 'x.json', dirty: true });
    await invoke('setLanguage', 'pt-BR');
    await invoke('openExternal', 'https://example.com/');
    assert.deepEqual(calls, [
      'appVersion',
      'recentFiles',
      'openRecent /p/a.json',
      'save s.json',
      'setDocumentState main-window x.json true',
      'setLanguage main-window pt-BR',
      'openExternal https://example.com/',
    ]);
  });

  it('every registered channel refuses a foreign sender and a malformed payload', async () => {
    const ipc = new FakeIpcMain();
    const calls: string[] = [];
    const logs: string[] = [];
    registerIpc(ipc, recordingHandlers(calls), { log: (m) => logs.push(m) });
    for (const [channel, listener] of ipc.handlers) {
      await assert.rejects(listener(FOREIGN), /untrusted sender/, channel);
      await assert.rejects(listener(APP, { unexpected: true }, 'and more', 3), /invalid arguments/, channel);
    }
    assert.deepEqual(calls, []);
    assert.equal(logs.length, 2 * ipc.handlers.size);
  });

  it('refuses to start with a handler missing', () => {
    const handlers = recordingHandlers([]) as Partial<BridgeHandlers>;
    delete handlers.openExternal;
    assert.throws(() => registerIpc(new FakeIpcMain(), handlers as BridgeHandlers), /no IPC handler for openExternal/);
  });
});

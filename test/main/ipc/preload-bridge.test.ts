import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  HOST_EVENTS,
  IPC_CHANNELS,
  type ExportProgress,
  type HostCommand,
  type OpenResult,
} from '../../../shared/bridge/fabricost-bridge.ts';
import { createDesktopBridge, MAX_PENDING_OPEN_FILES, type IpcRendererLike } from '../../../main/preload-bridge.ts';

class FakeIpcRenderer implements IpcRendererLike {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  readonly listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return `result of ${channel}`;
  }
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  emit(channel: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(channel) ?? []) l({}, ...args);
  }
}

const opened = (name: string): OpenResult => ({ status: 'opened', file: { path: `/p/${name}`, name, text: '{}' } });

describe('createDesktopBridge', () => {
  it('exposes exactly the contract: no generic invoke, send or ipcRenderer', () => {
    const bridge = createDesktopBridge(new FakeIpcRenderer());
    assert.deepEqual(
      Object.keys(bridge).sort(),
      [...Object.keys(IPC_CHANNELS), 'host', 'onCommand', 'onOpenFile', 'onExportProgress'].sort(),
    );
    assert.equal(bridge.host, 'desktop');
  });

  it('each method invokes its own channel with its arguments', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createDesktopBridge(ipc);
    const saveRequest = { path: null, suggestedName: 'a.json', text: '{}' };
    const entry = { id: 'd', name: 'a.json', path: null, savedAt: '2025-01-01T00:00:00Z', text: '{}' };
    const exportRequest = { suggestedName: 'a.xlsx', projectText: '{}', sourceName: 'a.json' };
    assert.equal(await bridge.appVersion(), 'result of fabricost:app-version');
    await bridge.openDialog();
    await bridge.openRecent('/p/a.json');
    await bridge.recentFiles();
    await bridge.save(saveRequest);
    await bridge.exportWorkbook(exportRequest);
    await bridge.cancelExport();
    await bridge.writeRecovery(entry);
    await bridge.clearRecovery('d');
    await bridge.listRecovery();
    bridge.setDocumentState({ name: 'a.json', dirty: true });
    bridge.setLanguage('pt-BR');
    await bridge.openExternal('https://example.com/');
    assert.deepEqual(ipc.invoked, [
      { channel: IPC_CHANNELS.appVersion, args: [] },
      { channel: IPC_CHANNELS.openDialog, args: [] },
      { channel: IPC_CHANNELS.openRecent, args: ['/p/a.json'] },
      { channel: IPC_CHANNELS.recentFiles, args: [] },
      { channel: IPC_CHANNELS.save, args: [saveRequest] },
      { channel: IPC_CHANNELS.exportWorkbook, args: [exportRequest] },
      { channel: IPC_CHANNELS.cancelExport, args: [] },
      { channel: IPC_CHANNELS.writeRecovery, args: [entry] },
      { channel: IPC_CHANNELS.clearRecovery, args: ['d'] },
      { channel: IPC_CHANNELS.listRecovery, args: [] },
      { channel: IPC_CHANNELS.setDocumentState, args: [{ name: 'a.json', dirty: true }] },
      { channel: IPC_CHANNELS.setLanguage, args: ['pt-BR'] },
      { channel: IPC_CHANNELS.openExternal, args: ['https://example.com/'] },
    ]);
  });

  it('setDocumentState sends only name and dirty', () => {
    const ipc = new FakeIpcRenderer();
    createDesktopBridge(ipc).setDocumentState({ name: 'a.json', dirty: false, extra: 'x' } as never);
    assert.deepEqual(ipc.invoked[0]?.args, [{ name: 'a.json', dirty: false }]);
  });

  it('onCommand delivers host commands until unsubscribed', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createDesktopBridge(ipc);
    const seen: HostCommand[] = [];
    ipc.emit(HOST_EVENTS.command, 'new'); // nobody listening: dropped, commands are not replayed
    const unsubscribe = bridge.onCommand((c) => seen.push(c));
    ipc.emit(HOST_EVENTS.command, 'save');
    ipc.emit(HOST_EVENTS.command, 42);
    unsubscribe();
    ipc.emit(HOST_EVENTS.command, 'undo');
    assert.deepEqual(seen, ['save']);
  });

  it('onExportProgress delivers well-formed progress only, copied field by field, until unsubscribed', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createDesktopBridge(ipc);
    const seen: ExportProgress[] = [];
    ipc.emit(HOST_EVENTS.exportProgress, { stage: 'evaluating', done: 2, total: 2 }); // nobody listening: dropped
    const unsubscribe = bridge.onExportProgress((p) => seen.push(p));
    ipc.emit(HOST_EVENTS.exportProgress, { stage: 'analyses', done: 1, total: 2, extra: 'x' });
    for (const bad of [
      null,
      'analyses',
      { stage: 'zipping', done: 1, total: 2 },
      { stage: 'writing', done: 0.5, total: 1 },
    ])
      ipc.emit(HOST_EVENTS.exportProgress, bad);
    ipc.emit(HOST_EVENTS.exportProgress, { stage: 'writing', done: 0, total: 1 });
    unsubscribe();
    ipc.emit(HOST_EVENTS.exportProgress, { stage: 'writing', done: 1, total: 1 });
    assert.deepEqual(seen, [
      { stage: 'analyses', done: 1, total: 2 },
      { stage: 'writing', done: 0, total: 1 },
    ]);
  });

  it('holds files opened before the renderer subscribed and delivers them to the first subscriber', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createDesktopBridge(ipc);
    for (let i = 0; i < MAX_PENDING_OPEN_FILES + 2; i++) ipc.emit(HOST_EVENTS.openFile, opened(`${i}.json`));
    ipc.emit(HOST_EVENTS.openFile, { status: 'bogus' });
    const seen: string[] = [];
    const unsubscribe = bridge.onOpenFile((r) => seen.push(r.status === 'opened' ? r.file.name : r.status));
    assert.equal(seen.length, MAX_PENDING_OPEN_FILES);
    assert.equal(seen[0], '0.json');
    ipc.emit(HOST_EVENTS.openFile, { status: 'error', message: 'newer version' });
    assert.equal(seen.at(-1), 'error');
    unsubscribe();
    ipc.emit(HOST_EVENTS.openFile, opened('late.json'));
    assert.ok(!seen.includes('late.json'));
  });

  it('a throwing listener does not stop the others', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createDesktopBridge(ipc);
    const seen: HostCommand[] = [];
    const originalError = console.error;
    console.error = () => {};
    try {
      bridge.onCommand(() => {
        throw new Error('boom');
      });
      bridge.onCommand((c) => seen.push(c));
      ipc.emit(HOST_EVENTS.command, 'redo');
    } finally {
      console.error = originalError;
    }
    assert.deepEqual(seen, ['redo']);
  });
});

/**
 * The desktop implementation of {@link FabricostBridge}, built on an injected `ipcRenderer`, so
 * it is testable in Node; `preload.ts` only passes Electron's `ipcRenderer` in and exposes the
 * result with `contextBridge`. One method per capability; `ipcRenderer` itself and any generic
 * channel-taking function stay inside the preload.
 *
 * Files main opens on its own (command line, file association) may arrive before the renderer has
 * subscribed; up to {@link MAX_PENDING_OPEN_FILES} are held and delivered to the first subscriber.
 */
import {
  HOST_EVENTS,
  IPC_CHANNELS,
  type ExportProgress,
  type FabricostBridge,
  type HostCommand,
  type OpenResult,
} from '../shared/bridge/fabricost-bridge.ts';

/** The part of Electron's `ipcRenderer` used here. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export const MAX_PENDING_OPEN_FILES = 8;

type Listener<T> = (value: T) => void;

class Topic<T> {
  private readonly listeners = new Set<Listener<T>>();
  private readonly pending: T[] = [];
  private readonly holdUntilSubscribed: boolean;

  constructor(holdUntilSubscribed: boolean) {
    this.holdUntilSubscribed = holdUntilSubscribed;
  }

  emit(value: T): void {
    if (this.listeners.size === 0) {
      if (this.holdUntilSubscribed && this.pending.length < MAX_PENDING_OPEN_FILES) this.pending.push(value);
      return;
    }
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (e) {
        console.error('Fabricost bridge listener failed:', e);
      }
    }
  }

  subscribe(listener: Listener<T>): () => void {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
    const wrapper: Listener<T> = (value) => listener(value);
    this.listeners.add(wrapper);
    for (const value of this.pending.splice(0)) this.emit(value);
    return () => {
      this.listeners.delete(wrapper);
    };
  }
}

const EXPORT_STAGES: readonly unknown[] = ['evaluating', 'analyses', 'writing'] satisfies ExportProgress['stage'][];

/** A progress message of the shape main sends: a known stage and two whole counts. */
function isExportProgress(value: unknown): value is ExportProgress {
  const p = value as Partial<ExportProgress> | null;
  return (
    p !== null &&
    typeof p === 'object' &&
    EXPORT_STAGES.includes(p.stage) &&
    Number.isInteger(p.done) &&
    Number.isInteger(p.total)
  );
}

function isOpenResult(value: unknown): value is OpenResult {
  const status = (value as { status?: unknown } | null)?.status;
  return status === 'opened' || status === 'canceled' || status === 'error';
}

export function createDesktopBridge(ipc: IpcRendererLike): FabricostBridge {
  const commands = new Topic<HostCommand>(false);
  const openFiles = new Topic<OpenResult>(true);
  ipc.on(HOST_EVENTS.command, (_event, command) => {
    if (typeof command === 'string') commands.emit(command as HostCommand);
  });
  ipc.on(HOST_EVENTS.openFile, (_event, result) => {
    if (isOpenResult(result)) openFiles.emit(result);
  });
  const exportProgress = new Topic<ExportProgress>(false);
  ipc.on(HOST_EVENTS.exportProgress, (_event, progress) => {
    if (isExportProgress(progress))
      exportProgress.emit({ stage: progress.stage, done: progress.done, total: progress.total });
  });

  const call = <T>(channel: string, ...args: unknown[]): Promise<T> => ipc.invoke(channel, ...args) as Promise<T>;

  return {
    host: 'desktop',
    appVersion: () => call(IPC_CHANNELS.appVersion),
    openDialog: () => call(IPC_CHANNELS.openDialog),
    openRecent: (filePath) => call(IPC_CHANNELS.openRecent, filePath),
    recentFiles: () => call(IPC_CHANNELS.recentFiles),
    save: (request) => call(IPC_CHANNELS.save, request),
    exportWorkbook: (request) => call(IPC_CHANNELS.exportWorkbook, request),
    cancelExport: () => call(IPC_CHANNELS.cancelExport),
    writeRecovery: (entry) => call(IPC_CHANNELS.writeRecovery, entry),
    clearRecovery: (id) => call(IPC_CHANNELS.clearRecovery, id),
    listRecovery: () => call(IPC_CHANNELS.listRecovery),
    setDocumentState: (state) => {
      call(IPC_CHANNELS.setDocumentState, { name: state.name, dirty: state.dirty }).catch((e: unknown) =>
        console.error('Fabricost: setDocumentState failed:', e),
      );
    },
    setLanguage: (language) => {
      call(IPC_CHANNELS.setLanguage, language).catch((e: unknown) =>
        console.error('Fabricost: setLanguage failed:', e),
      );
    },
    openExternal: (url) => call(IPC_CHANNELS.openExternal, url),
    onCommand: (listener) => commands.subscribe(listener),
    onOpenFile: (listener) => openFiles.subscribe(listener),
    onExportProgress: (listener) => exportProgress.subscribe(listener),
  };
}

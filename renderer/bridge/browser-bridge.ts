/**
 * FabricostBridge for a plain browser (`npm run web`, demos and end-to-end tests): open
 * through a file picker, save and export as downloads, recovery copies in IndexedDB.
 * Nothing leaves the page.
 */
import type {
  ExportProgress,
  ExportRequest,
  ExportResult,
  FabricostBridge,
  HostCommand,
  OpenResult,
  RecoveryEntry,
  SaveRequest,
  SaveResult,
} from '../../shared/bridge/fabricost-bridge.ts';
import type { ExportWorkerReply, ExportWorkerRequest } from '../workers/export-messages.ts';
import { clearBrowserRecovery, listBrowserRecovery, writeBrowserRecovery } from './browser-recovery.ts';

const MAX_OPEN_BYTES = 20 * 1024 * 1024;

/** Offers bytes as a download with the given name. */
export function download(name: string, bytes: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a user-chosen File as a project document, refusing oversized files. */
export async function readFileAsDocument(file: File): Promise<OpenResult> {
  if (file.size > MAX_OPEN_BYTES) {
    return { status: 'error', message: `${file.name} is ${(file.size / 2 ** 20).toFixed(1)} MiB; the limit is 20 MiB` };
  }
  try {
    return { status: 'opened', file: { path: null, name: file.name, text: await file.text() } };
  } catch (e) {
    return { status: 'error', message: `cannot read ${file.name}: ${(e as Error).message}` };
  }
}

function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.fabricost,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0]));
    input.addEventListener('cancel', () => resolve(undefined));
    input.click();
  });
}

type BuildReply = Extract<ExportWorkerReply, { type: 'result' }>['result'] | { canceled: true };

export function createBrowserBridge(): FabricostBridge {
  const commandListeners = new Set<(c: HostCommand) => void>();
  const openListeners = new Set<(r: OpenResult) => void>();
  const progressListeners = new Set<(p: ExportProgress) => void>();
  /** Ends the export under way (its worker), if any. */
  let cancelCurrent: (() => void) | undefined;

  /** Builds the workbook in a worker (export.worker.ts), reporting its progress; cancel ends the worker. */
  function buildInWorker(request: ExportRequest): Promise<BuildReply> {
    return new Promise((resolve) => {
      const worker = new Worker(new URL('../workers/export.worker.ts', import.meta.url), { type: 'module' });
      const finish = (r: BuildReply) => {
        cancelCurrent = undefined;
        worker.terminate();
        resolve(r);
      };
      cancelCurrent = () => finish({ canceled: true });
      worker.onmessage = (e: MessageEvent<ExportWorkerReply>) => {
        if (e.data.type === 'progress') for (const l of [...progressListeners]) l(e.data.progress);
        else finish(e.data.result);
      };
      worker.onerror = (e) => finish({ ok: false, message: `The workbook could not be built: ${e.message}` });
      worker.postMessage({ request, appVersion: 'browser' } satisfies ExportWorkerRequest);
    });
  }

  return {
    host: 'browser',
    appVersion: async () => __APP_VERSION__,
    async openDialog() {
      const file = await pickFile();
      return file ? readFileAsDocument(file) : { status: 'canceled' };
    },
    async openRecent() {
      return { status: 'error', message: 'recent files are not available in the browser' };
    },
    async recentFiles() {
      return [];
    },
    async save(request: SaveRequest): Promise<SaveResult> {
      const name = request.suggestedName.endsWith('.json') ? request.suggestedName : `${request.suggestedName}.json`;
      download(name, request.text, 'application/json');
      return { status: 'saved', path: null, name };
    },
    async exportWorkbook(request: ExportRequest): Promise<ExportResult> {
      if (cancelCurrent)
        return { status: 'error', message: 'An export is already under way; wait for it or cancel it.' };
      const built = await buildInWorker(request);
      if ('canceled' in built) return { status: 'canceled' };
      if (!built.ok) return { status: 'error', message: built.message };
      const name = request.suggestedName.endsWith('.xlsx') ? request.suggestedName : `${request.suggestedName}.xlsx`;
      download(name, built.bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return { status: 'exported', path: null, name };
    },
    async cancelExport() {
      cancelCurrent?.();
    },
    onExportProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    writeRecovery: (entry: RecoveryEntry) => writeBrowserRecovery(entry),
    clearRecovery: (id: string) => clearBrowserRecovery(id),
    listRecovery: () => listBrowserRecovery(),
    setDocumentState({ name, dirty }) {
      document.title = `${dirty ? '• ' : ''}${name} — Fabricost`;
    },
    setLanguage() {
      // The browser's own menus and prompts follow the browser's language.
    },
    async openExternal(url: string) {
      if (/^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
    },
    onCommand(listener) {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
    onOpenFile(listener) {
      openListeners.add(listener);
      return () => openListeners.delete(listener);
    },
  };
}

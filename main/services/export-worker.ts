/**
 * Workbook exports in a `node:worker_threads` worker, so the main process (menus, dialogs, IPC,
 * every window) never stalls while sweeps, projections and tornadoes are evaluated and the
 * workbook is zipped. One file, both sides:
 * - main: `buildWorkbookInWorker(job, options)` starts a worker on `workerPath` (the bundled
 *   `export-worker.cjs` beside main.cjs in the app; this .ts file under Node), resolves with the
 *   workbook's bytes or a message, and terminates the worker on `signal`;
 * - worker: builds the bytes with {@link buildExportBytes} (the in-process path, unchanged) and
 *   posts them back, transferred rather than copied.
 *
 * Messages, worker to main: `{ type: 'progress', progress }` (evaluating, each scenario's analyses,
 * writing), then `{ type: 'result', result }`.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ExportProgress, ExportRequest } from '../../shared/bridge/fabricost-bridge.ts';
import { buildExportBytes, type BuildResult } from './export-service.ts';

/** What the worker needs: the request as the renderer sent it, and the host's facts. */
export interface ExportJob {
  request: ExportRequest;
  appVersion: string;
  exportedAtIso: string;
}

type ToMain = { type: 'progress'; progress: ExportProgress } | { type: 'result'; result: BuildResult };

const JOB_KIND = 'fabricost-export';

export interface ExportWorkerOptions {
  /** The worker's entry file (export-worker.cjs in the packaged app). */
  workerPath: string | URL;
  /** Ends the export: the worker is terminated and the result is `canceled`. */
  signal?: AbortSignal;
  /** Told each progress message of the worker. */
  onProgress?: (progress: ExportProgress) => void;
}

/** Builds the workbook for `job` in a worker thread. Never throws. */
export function buildWorkbookInWorker(job: ExportJob, o: ExportWorkerOptions): Promise<BuildResult> {
  return new Promise((resolve) => {
    let settled = false;
    let worker: Worker;
    const settle = (r: BuildResult) => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener('abort', onAbort);
      resolve(r);
    };
    const onAbort = () => {
      void worker?.terminate();
      settle({ ok: false, canceled: true, message: 'The export was canceled.' });
    };
    try {
      worker = new Worker(o.workerPath, { workerData: { kind: JOB_KIND, job } });
    } catch (e) {
      settle({ ok: false, message: `The export could not start: ${(e as Error).message}` });
      return;
    }
    if (o.signal?.aborted) return onAbort();
    o.signal?.addEventListener('abort', onAbort);
    worker.on('message', (m: ToMain) => {
      if (m.type === 'progress' && !settled) o.onProgress?.(m.progress);
      else if (m.type === 'result') {
        settle(m.result);
        void worker.terminate();
      }
    });
    worker.on('error', (e) => settle({ ok: false, message: `The workbook could not be built: ${e.message}` }));
    worker.on('exit', (code) =>
      settle({ ok: false, message: `The export stopped unexpectedly (worker exit ${code}).` }),
    );
  });
}

if (!isMainThread && (workerData as { kind?: unknown } | null)?.kind === JOB_KIND) {
  const { job } = workerData as { job: ExportJob };
  void buildExportBytes(job.request, {
    appVersion: job.appVersion,
    exportedAt: new Date(job.exportedAtIso),
    onProgress: (progress) => parentPort?.postMessage({ type: 'progress', progress } satisfies ToMain),
  }).then((result) => {
    const message: ToMain = { type: 'result', result };
    parentPort?.postMessage(message, result.ok ? [result.bytes.buffer as ArrayBuffer] : []);
  });
}

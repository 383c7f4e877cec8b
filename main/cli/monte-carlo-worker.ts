/**
 * Monte Carlo in a `node:worker_threads` worker, so the command line (and the benchmark) keep
 * their main thread free while samples are drawn. This one file is both sides:
 * - main thread: `runMonteCarloInWorker(job, options)` starts a worker on this file, forwards
 *   its progress, and cancels it when `signal` aborts (or on Ctrl-C with `cancelOnSigint`);
 * - worker: steps the shared `startMonteCarlo` run chunk by chunk, posts progress after each
 *   chunk and yields to its event loop so that a cancel message can arrive in between.
 *
 * Messages, worker to main: `{ type: 'progress', done, total }`, then one `{ type: 'result',
 * result }` (a `Result<MonteCarloResult>`, cancellation included). Main to worker:
 * `{ type: 'cancel' }`.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents, type ProjectComponents } from '../../shared/catalog/project-components.ts';
import type { Overrides } from '../../shared/components/pricing.ts';
import { fail, type Result } from '../../shared/model-error.ts';
import type { Scenario } from '../../shared/scenario/scenario-schema.ts';
import {
  CANCELLED_PATH,
  driveMonteCarlo,
  startMonteCarlo,
  type MonteCarloProgress,
  type MonteCarloResult,
  type MonteCarloSettings,
} from '../../shared/scaling/monte-carlo.ts';

/** What a worker computes: one scenario's Monte Carlo on the default catalog. */
export interface MonteCarloJob {
  scenario: Scenario;
  projectOverrides: Overrides;
  /** The project's own components (added to the catalog); absent: none. */
  components?: ProjectComponents;
  settings: MonteCarloSettings;
  /** Samples per chunk between progress messages (default 500). */
  chunkSize?: number;
}

type ToMain = { type: 'progress'; done: number; total: number } | { type: 'result'; result: Result<MonteCarloResult> };

const JOB_KIND = 'fabricost-monte-carlo';

export interface WorkerRunOptions {
  onProgress?: (p: MonteCarloProgress) => void;
  signal?: AbortSignal;
  /** Cancel on SIGINT (Ctrl-C) while the worker runs. */
  cancelOnSigint?: boolean;
}

/** Runs `job` in a worker thread; resolves with its result (a cancellation is an error result). */
export function runMonteCarloInWorker(job: MonteCarloJob, o: WorkerRunOptions = {}): Promise<Result<MonteCarloResult>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { kind: JOB_KIND, job } });
    let settled = false;
    const cancel = () => worker.postMessage({ type: 'cancel' });
    const onSigint = () => cancel();
    const cleanup = () => {
      o.signal?.removeEventListener('abort', cancel);
      if (o.cancelOnSigint) process.off('SIGINT', onSigint);
    };
    const settle = (r: Result<MonteCarloResult>) => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve(r);
      void worker.terminate();
    };
    if (o.signal?.aborted) cancel();
    o.signal?.addEventListener('abort', cancel);
    if (o.cancelOnSigint) process.on('SIGINT', onSigint);
    worker.on('message', (m: ToMain) => {
      if (m.type === 'progress') o.onProgress?.({ done: m.done, total: m.total });
      else settle(m.result);
    });
    worker.on('error', (e) => settle(fail(CANCELLED_PATH, 'worker', `the Monte Carlo worker failed: ${e.message}`)));
    worker.on('exit', (code) => {
      if (!settled) settle(fail(CANCELLED_PATH, code, 'the Monte Carlo worker stopped without a result'));
    });
  });
}

async function workerMain(job: MonteCarloJob): Promise<void> {
  const port = parentPort!;
  let cancelled = false;
  port.on('message', (m: { type: string }) => {
    if (m.type === 'cancel') cancelled = true;
  });
  const post = (m: ToMain) => port.postMessage(m);
  const catalog = withProjectComponents(defaultCatalog, job.components);
  const run = catalog.ok
    ? startMonteCarlo(job.scenario, catalog.value, { ...job.settings, projectOverrides: job.projectOverrides })
    : catalog;
  if (!run.ok) {
    post({ type: 'result', result: run });
  } else {
    const result = await driveMonteCarlo(run.value, {
      chunkSize: job.chunkSize ?? 500,
      onProgress: (p) => post({ type: 'progress', ...p }),
      isCancelled: () => cancelled,
      yieldControl: () => new Promise((r) => setImmediate(r)),
    });
    post({ type: 'result', result });
  }
  port.close();
}

const data = workerData as { kind?: string; job?: MonteCarloJob } | null;
if (!isMainThread && data?.kind === JOB_KIND && data.job) void workerMain(data.job);

/**
 * Monte Carlo in a `node:worker_threads` worker, so the command line (and the benchmark) keep
 * their main thread free while samples are drawn. This one file is both sides:
 * - main thread: `runMonteCarloInWorker(job, options)` starts a worker on this file, forwards
 *   its progress, and cancels it when `signal` aborts (or on Ctrl-C with `cancelOnSigint`);
 * - worker: steps the shared `startMonteCarlo` run chunk by chunk, posts progress after each
 *   chunk and yields to its event loop so that a cancel message can arrive in between.
 *
 * The job travels as the app worker's `montecarlo` request and the messages are the app's too
 * (shared/scaling/analysis-messages.ts): worker to main `progress`, then one `montecarlo-done`
 * with a `Result<MonteCarloResult>` (cancellation included); main to worker `cancel`.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents, type ProjectComponents } from '../../shared/catalog/project-components.ts';
import type { Overrides } from '../../shared/components/pricing.ts';
import { fail, type Result } from '../../shared/model-error.ts';
import type { AnalysisReply, AnalysisRequest } from '../../shared/scaling/analysis-messages.ts';
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

type MonteCarloRequest = Extract<AnalysisRequest, { type: 'montecarlo' }>;

const JOB_KIND = 'fabricost-monte-carlo';
/** One request per worker thread: its id only has to match the replies. */
const REQUEST_ID = 1;

export interface WorkerRunOptions {
  onProgress?: (p: MonteCarloProgress) => void;
  signal?: AbortSignal;
  /** Cancel on SIGINT (Ctrl-C) while the worker runs. */
  cancelOnSigint?: boolean;
}

/** Runs `job` in a worker thread; resolves with its result (a cancellation is an error result). */
export function runMonteCarloInWorker(job: MonteCarloJob, o: WorkerRunOptions = {}): Promise<Result<MonteCarloResult>> {
  return new Promise((resolve) => {
    const request: MonteCarloRequest = {
      type: 'montecarlo',
      id: REQUEST_ID,
      scenario: job.scenario,
      settings: job.settings,
      overrides: job.projectOverrides,
      components: job.components,
      chunkSize: job.chunkSize,
    };
    const worker = new Worker(new URL(import.meta.url), { workerData: { kind: JOB_KIND, request } });
    let settled = false;
    const cancel = () => worker.postMessage({ type: 'cancel', id: REQUEST_ID } satisfies AnalysisRequest);
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
    worker.on('message', (m: AnalysisReply) => {
      if (m.id !== REQUEST_ID) return;
      if (m.type === 'progress') o.onProgress?.({ done: m.done, total: m.total });
      else if (m.type === 'montecarlo-done') settle(m.result);
    });
    worker.on('error', (e) => settle(fail(CANCELLED_PATH, 'worker', `the Monte Carlo worker failed: ${e.message}`)));
    worker.on('exit', (code) => {
      if (!settled) settle(fail(CANCELLED_PATH, code, 'the Monte Carlo worker stopped without a result'));
    });
  });
}

async function workerMain(request: MonteCarloRequest): Promise<void> {
  const port = parentPort!;
  const { id } = request;
  let cancelled = false;
  port.on('message', (m: AnalysisRequest) => {
    if (m.type === 'cancel' && m.id === id) cancelled = true;
  });
  const post = (m: AnalysisReply) => port.postMessage(m);
  const catalog = withProjectComponents(defaultCatalog, request.components);
  const run = catalog.ok
    ? startMonteCarlo(request.scenario, catalog.value, { ...request.settings, projectOverrides: request.overrides })
    : catalog;
  const result: Result<MonteCarloResult> = !run.ok
    ? run
    : await driveMonteCarlo(run.value, {
        chunkSize: request.chunkSize ?? 500,
        onProgress: (p) => post({ type: 'progress', id, kind: 'montecarlo', ...p }),
        isCancelled: () => cancelled,
        yieldControl: () => new Promise((r) => setImmediate(r)),
      });
  post({ type: 'montecarlo-done', id, result });
  port.close();
}

const data = workerData as { kind?: string; request?: MonteCarloRequest } | null;
if (!isMainThread && data?.kind === JOB_KIND && data.request) void workerMain(data.request);

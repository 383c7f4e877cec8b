/**
 * Design search over `node:worker_threads` workers, one shard each, for the benchmark (and any
 * caller that wants the search off its main thread). This one file is both sides:
 * - main thread: `runSearchInWorkers(job, workers)` starts the workers on this file, sums their
 *   progress, and assembles their shards into the search result;
 * - worker: drives its shard (shared `driveShard`) and posts `{ type: 'progress', done, total }`
 *   messages, then one `{ type: 'shard', result }`.
 * The result equals runSearch's for any number of workers (test/shared/search/shards.test.ts).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import type { Scenario } from '../../shared/scenario/scenario-schema.ts';
import {
  assembleSearch,
  driveShard,
  type SearchOptions,
  type SearchResult,
  type Shard,
  type ShardResult,
} from '../../shared/search/run-search.ts';

/** A search on the default catalog; the options must be cloneable (no callbacks). */
export interface SearchJob {
  base: Scenario;
  options: Omit<SearchOptions, 'onProgress' | 'shouldCancel'>;
}

type ToMain = { type: 'progress'; done: number; total: number } | { type: 'shard'; result: ShardResult };

const JOB_KIND = 'fabricost-search-shard';

/**
 * Runs `job` split over `workers` worker threads. Rejects when a worker fails. Example:
 * `await runSearchInWorkers(job, 2)` on a two-core machine.
 */
export async function runSearchInWorkers(
  job: SearchJob,
  workers: number,
  onProgress?: (done: number, total: number) => void,
): Promise<SearchResult> {
  const progress = new Array<number>(workers).fill(0);
  const shards = await Promise.all(
    Array.from(
      { length: workers },
      (_, index) =>
        new Promise<ShardResult>((resolve, reject) => {
          const shard: Shard = { index, count: workers };
          const w = new Worker(new URL(import.meta.url), { workerData: { kind: JOB_KIND, job, shard } });
          w.on('message', (m: ToMain) => {
            if (m.type === 'progress') {
              progress[index] = m.done;
              // Each shard counts the whole space; the slowest one says how far the search is.
              onProgress?.(Math.min(...progress), m.total);
            } else {
              resolve(m.result);
              void w.terminate();
            }
          });
          w.on('error', reject);
          w.on('exit', (code) => reject(new Error(`search worker ${index} stopped (exit ${code}) without a result`)));
        }),
    ),
  );
  return assembleSearch(job.base, defaultCatalog, job.options, shards);
}

async function workerMain(job: SearchJob, shard: Shard): Promise<void> {
  const port = parentPort!;
  const post = (m: ToMain) => port.postMessage(m);
  const result = await driveShard(job.base, defaultCatalog, job.options, shard, {
    onProgress: (p) => post({ type: 'progress', ...p }),
    isCancelled: () => false,
    yieldControl: () => Promise.resolve(),
  });
  post({ type: 'shard', result });
  port.close();
}

const data = workerData as { kind?: string; job?: SearchJob; shard?: Shard } | null;
if (!isMainThread && data?.kind === JOB_KIND && data.job && data.shard) void workerMain(data.job, data.shard);

/**
 * Design search over `node:worker_threads` workers, one shard each, for the benchmark (and any
 * caller that wants the search off its main thread). This one file is both sides:
 * - main thread: `runSearchInWorkers(job, workers)` starts the workers on this file, sums their
 *   progress, and assembles their shards into the search result;
 * - worker: drives its shard (shared `driveShard`) and posts `progress` messages, then one
 *   `shard-done` (or `failed`): the app's search messages (shared/search/search-messages.ts).
 * The result equals runSearch's for any number of workers (test/shared/search/shards.test.ts).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import type { Scenario } from '../../shared/scenario/scenario-schema.ts';
import {
  assembleSearch,
  driveShard,
  type SearchResult,
  type Shard,
  type ShardResult,
} from '../../shared/search/run-search.ts';
import type { SearchJobOptions, SearchReply, SearchRequest } from '../../shared/search/search-messages.ts';

/** A search on the default catalog; the options must be cloneable (no callbacks). */
export interface SearchJob {
  base: Scenario;
  options: SearchJobOptions;
}

type ShardRequest = Extract<SearchRequest, { type: 'run' }>;

const JOB_KIND = 'fabricost-search-shard';
/** One search per call: its id only has to match the replies. */
const REQUEST_ID = 1;

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
          const request: ShardRequest = { type: 'run', id: REQUEST_ID, base: job.base, options: job.options, shard };
          const w = new Worker(new URL(import.meta.url), { workerData: { kind: JOB_KIND, request } });
          w.on('message', (m: SearchReply) => {
            if (m.id !== REQUEST_ID || m.shard !== index) return;
            if (m.type === 'progress') {
              progress[index] = m.done;
              // Each shard counts the whole space; the slowest one says how far the search is.
              onProgress?.(Math.min(...progress), m.total);
            } else if (m.type === 'shard-done') {
              resolve(m.result);
              void w.terminate();
            } else {
              reject(new Error(`search worker ${index} failed: ${m.message}`));
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

async function workerMain(request: ShardRequest): Promise<void> {
  const port = parentPort!;
  const { id, shard } = request;
  const post = (m: SearchReply) => port.postMessage(m);
  try {
    const result = await driveShard(request.base, defaultCatalog, request.options, shard, {
      onProgress: (p) => post({ type: 'progress', id, shard: shard.index, ...p }),
      isCancelled: () => false,
      yieldControl: () => Promise.resolve(),
    });
    post({ type: 'shard-done', id, shard: shard.index, result });
  } catch (e) {
    post({ type: 'failed', id, shard: shard.index, message: e instanceof Error ? e.message : String(e) });
  }
  port.close();
}

const data = workerData as { kind?: string; request?: ShardRequest } | null;
if (!isMainThread && data?.kind === JOB_KIND && data.request) void workerMain(data.request);

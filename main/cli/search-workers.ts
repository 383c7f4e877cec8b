/**
 * Design search over a pool of `node:worker_threads` workers, for the benchmark (and any caller
 * that wants the search off its main thread). This one file is both sides:
 * - main thread: `SearchWorkerPool.start(n)` starts n workers and resolves once each has loaded
 *   its code (`ready`); `pool.run(job)` cuts the search into shards (4 per worker), hands them
 *   out as workers finish, sums their progress and assembles the result; the pool stays warm
 *   for the next search until `close()`. `runSearchInWorkers(job, n)` is start + run + close.
 * - worker: the shared worker logic (shared/search/search-worker-core.ts) over the thread's port.
 * The worker loads only the search and the model (no schema, no default catalog: the catalog
 * comes with the job) and caches its compiled TypeScript (`module.enableCompileCache`), so a
 * start after the first costs a fraction of the first. The result equals runSearch's for any
 * number of workers and shards (test/main/cli/search-workers.test.ts).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Catalog } from '../../shared/catalog/catalog-schema.ts';
import type { Scenario } from '../../shared/scenario/scenario-schema.ts';
import { assembleSearch, type SearchResult, type ShardResult } from '../../shared/search/run-search.ts';
import type { SearchJobOptions, SearchReply, SearchRequest } from '../../shared/search/search-messages.ts';
import { searchWorker } from '../../shared/search/search-worker-core.ts';

/** A search; the options must be cloneable (no callbacks). */
export interface SearchJob {
  base: Scenario;
  options: SearchJobOptions;
  /** Catalog to search on (e.g. the default catalog with the project's components). */
  catalog: Catalog;
}

const JOB_KIND = 'fabricost-search-worker';
/** Shards per worker: enough that a worker slowed by other processes hands work to the rest. */
export const SHARDS_PER_WORKER = 4;

/**
 * Starts the worker through a two-line module that turns on Node's compile cache first, so the
 * TypeScript of the search is stripped once per machine, not once per worker start.
 */
function bootCode(): string {
  return [
    `import { enableCompileCache } from 'node:module';`,
    `enableCompileCache();`,
    `await import(${JSON.stringify(import.meta.url)});`,
  ].join('\n');
}

export class SearchWorkerPool {
  private nextId = 1;
  private busy = false;
  private readonly workers: Worker[];
  private constructor(workers: Worker[]) {
    this.workers = workers;
  }

  /**
   * Starts `size` workers; resolves when every one has loaded (or rejects if one fails to).
   * `compileCache: false` starts them without Node's compile cache (the benchmark's first-run
   * figure: every module stripped of its types again).
   */
  static async start(size: number, o: { compileCache?: boolean } = {}): Promise<SearchWorkerPool> {
    const env = o.compileCache === false ? { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } : process.env;
    const workers = Array.from(
      { length: size },
      () => new Worker(bootCode(), { eval: true, env, workerData: { kind: JOB_KIND } }),
    );
    try {
      await Promise.all(
        workers.map(
          (w, i) =>
            new Promise<void>((resolve, reject) => {
              const onMessage = (m: SearchReply) => {
                if (m.type !== 'ready') return;
                w.off('message', onMessage);
                w.off('error', reject);
                resolve();
              };
              w.on('message', onMessage);
              w.on('error', reject);
              w.once('exit', (code) => reject(new Error(`search worker ${i} stopped (exit ${code}) while starting`)));
            }),
        ),
      );
    } catch (e) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw e;
    }
    for (const w of workers) w.removeAllListeners('exit');
    return new SearchWorkerPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Runs one search over the pool's workers. One search at a time. */
  async run(job: SearchJob, onProgress?: (done: number, total: number) => void): Promise<SearchResult> {
    if (this.busy) throw new Error('this search pool is already running a search');
    this.busy = true;
    const id = this.nextId++;
    const count = this.workers.length * SHARDS_PER_WORKER;
    const parts = new Array<ShardResult | undefined>(count);
    const mine = new Array<number>(count).fill(0);
    let next = 0;
    let finished = 0;
    const listeners: [Worker, (m: SearchReply) => void, (e: Error) => void, (code: number) => void][] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        this.workers.forEach((w, wi) => {
          const give = (first: boolean) => {
            if (next >= count) return;
            const shard = { index: next++, count };
            const msg: SearchRequest = first
              ? { type: 'run', id, base: job.base, options: job.options, catalog: job.catalog, shard }
              : { type: 'shard', id, shard };
            w.postMessage(msg);
          };
          const onMessage = (m: SearchReply) => {
            if (m.type === 'ready' || m.id !== id) return;
            if (m.type === 'progress') {
              mine[m.shard] = m.mine;
              onProgress?.(
                mine.reduce((t, x) => t + x, 0),
                m.total,
              );
            } else if (m.type === 'shard-done') {
              parts[m.shard] = m.result;
              mine[m.shard] = m.result.mine;
              finished++;
              if (finished === count) resolve();
              else give(false);
            } else reject(new Error(`search worker ${wi} failed on shard ${m.shard}: ${m.message}`));
          };
          const onError = (e: Error) => reject(e);
          const onExit = (code: number) => reject(new Error(`search worker ${wi} stopped (exit ${code}) mid-search`));
          w.on('message', onMessage);
          w.on('error', onError);
          w.on('exit', onExit);
          listeners.push([w, onMessage, onError, onExit]);
          give(true);
        });
      });
    } finally {
      for (const [w, m, e, x] of listeners) {
        w.off('message', m);
        w.off('error', e);
        w.off('exit', x);
      }
      this.busy = false;
    }
    const shards = parts as ShardResult[];
    const result = assembleSearch(job.base, job.catalog, job.options, shards);
    onProgress?.(result.candidates, result.candidates);
    return result;
  }

  /** Ends every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }
}

/**
 * Runs `job` on a fresh pool of `workers` threads and closes it (the cold path: worker start
 * included). Example: `await runSearchInWorkers(job, 2)` on a two-core machine.
 */
export async function runSearchInWorkers(
  job: SearchJob,
  workers: number,
  onProgress?: (done: number, total: number) => void,
): Promise<SearchResult> {
  const pool = await SearchWorkerPool.start(workers);
  try {
    return await pool.run(job, onProgress);
  } finally {
    await pool.close();
  }
}

const data = workerData as { kind?: string } | null;
if (!isMainThread && data?.kind === JOB_KIND && parentPort) {
  const port = parentPort;
  const handle = searchWorker({
    post: (m) => port.postMessage(m),
    // Node delivers port messages between macrotasks; setImmediate lets a cancel in.
    yieldControl: () => new Promise<void>((resolve) => setImmediate(resolve)),
    progressEvery: 2000,
  });
  port.on('message', (m: SearchRequest) => handle(m));
  port.postMessage({ type: 'ready' } satisfies SearchReply);
}

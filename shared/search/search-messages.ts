/**
 * Messages between a design search and its workers, in one place so every side agrees on them:
 * the app's search store and its Web Workers (renderer/workers/search.worker.ts), and the
 * command line's `node:worker_threads` pool (main/cli/search-workers.ts). Both workers run
 * search-worker-core.ts.
 *
 * A search is cut into shards (shared/search/run-search.ts), more shards than workers, handed
 * out as workers finish (a worker slowed by other work takes fewer). A worker gets the job
 * once, with its first shard (`run`: scenario, options, catalog), then further shards of the
 * same job by id (`shard`), so the catalog is copied once per worker and the space expanded
 * once per worker. Every request carries the job id, and replies name the id and the shard
 * they answer, so replies to a superseded search are recognised and dropped. A worker posts
 * `ready` once its code is loaded, so a host can start its workers early and know when.
 */
import type { Catalog } from '../catalog/catalog-schema.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import type { SearchOptions, SearchProgress, Shard, ShardResult } from './run-search.ts';

/** Search options a worker can receive (no callbacks). */
export type SearchJobOptions = Omit<SearchOptions, 'onProgress' | 'shouldCancel'>;

export type SearchRequest =
  | {
      type: 'run';
      id: number;
      base: Scenario;
      options: SearchJobOptions;
      /** The catalog to search on (the project's: default plus its own components). */
      catalog: Catalog;
      shard: Shard;
    }
  | { type: 'shard'; id: number; shard: Shard }
  | { type: 'cancel'; id: number };

export type SearchReply =
  | { type: 'ready' }
  | ({ type: 'progress'; id: number; shard: number } & SearchProgress)
  | { type: 'shard-done'; id: number; shard: number; result: ShardResult }
  | { type: 'failed'; id: number; shard: number; message: string };

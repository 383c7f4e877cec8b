/**
 * Messages between a design search and its workers, in one place so every side agrees on them:
 * the app's search store and its Web Workers (renderer/workers/search.worker.ts), and the
 * command line's `node:worker_threads` workers (main/cli/search-workers.ts).
 * The store splits a search over several workers, one shard each (shared/search/run-search.ts);
 * every request carries an id, and replies name the id and the shard they answer, so replies to
 * a superseded search are recognised and dropped.
 */
import type { ProjectComponents } from '../catalog/project-components.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import type { SearchOptions, Shard, ShardResult } from './run-search.ts';

/** Search options a worker can receive (no callbacks). */
export type SearchJobOptions = Omit<SearchOptions, 'onProgress' | 'shouldCancel'>;

export type SearchRequest =
  | {
      type: 'run';
      id: number;
      base: Scenario;
      options: SearchJobOptions;
      shard: Shard;
      /** The project's own components, added to the catalog in the worker. */
      components?: ProjectComponents;
    }
  | { type: 'cancel'; id: number };

export type SearchReply =
  | { type: 'progress'; id: number; shard: number; done: number; total: number }
  | { type: 'shard-done'; id: number; shard: number; result: ShardResult }
  | { type: 'failed'; id: number; shard: number; message: string };

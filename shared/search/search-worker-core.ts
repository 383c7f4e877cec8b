/**
 * What a search worker does with the search messages (search-messages.ts), for both hosts: the
 * app's Web Worker and the command line's worker thread. It keeps the job it was given with
 * its first shard, runs shards one after another in the order they arrive, yields to its event
 * loop at each progress point (so a cancel message gets in) and replies with what each shard
 * found (marked cancelled if stopped). It imports the search and the model only: no schema,
 * no default catalog (the host sends the catalog), so a worker starts fast.
 *
 * Example: `self.onmessage = (e) => handle(e.data)` with
 * `const handle = searchWorker({ post: (m) => postMessage(m), yieldControl })`.
 */
import { driveShard, type Shard } from './run-search.ts';
import type { SearchJobOptions, SearchReply, SearchRequest } from './search-messages.ts';

export interface SearchWorkerHost {
  post: (m: SearchReply) => void;
  /** Hands control back to the event loop between progress points (e.g. setTimeout 0). */
  yieldControl: () => Promise<void>;
  /** Candidates between progress messages when the job does not say; default 500. */
  progressEvery?: number;
}

/** Returns the message handler of one worker. */
export function searchWorker(host: SearchWorkerHost): (msg: SearchRequest) => void {
  let job: (Extract<SearchRequest, { type: 'run' }> & { options: SearchJobOptions }) | undefined;
  const cancelled = new Set<number>();
  let queue: Promise<void> = Promise.resolve();

  async function runShard(j: NonNullable<typeof job>, shard: Shard): Promise<void> {
    const { id } = j;
    try {
      // A cancelled job's queued shards stop at their first progress point.
      const result = await driveShard(j.base, j.catalog, j.options, shard, {
        onProgress: (p) => host.post({ type: 'progress', id, shard: shard.index, ...p }),
        isCancelled: () => cancelled.has(id),
        yieldControl: host.yieldControl,
      });
      host.post({ type: 'shard-done', id, shard: shard.index, result });
    } catch (e) {
      host.post({ type: 'failed', id, shard: shard.index, message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (msg) => {
    if (msg.type === 'cancel') {
      cancelled.add(msg.id);
      return;
    }
    if (msg.type === 'run') {
      // One options object for every shard of the job: the search reuses its expanded space.
      // A new job supersedes the last: its shards still queued stop at their first progress point.
      if (job) cancelled.add(job.id);
      job = {
        ...msg,
        options: { ...msg.options, progressEvery: msg.options.progressEvery ?? host.progressEvery ?? 500 },
      };
    }
    const j = job;
    if (!j || j.id !== msg.id) {
      host.post({ type: 'failed', id: msg.id, shard: msg.shard.index, message: `no search ${msg.id} in this worker` });
      return;
    }
    queue = queue.then(() => runShard(j, msg.shard));
  };
}

/**
 * One shard of a design search off the UI thread: the shared search stepped to the end with
 * progress messages, yielding between progress points so a cancel message gets in; a cancelled
 * shard still replies with what it found (marked cancelled).
 */
import '../zod-csp.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../../shared/catalog/project-components.ts';
import { driveShard } from '../../shared/search/run-search.ts';
import type { SearchReply, SearchRequest } from '../../shared/search/search-messages.ts';

const cancelled = new Set<number>();
const reply = (m: SearchReply) => postMessage(m);
const yieldControl = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function run(msg: Extract<SearchRequest, { type: 'run' }>): Promise<void> {
  const merged = withProjectComponents(defaultCatalog, msg.components);
  const catalog = merged.ok ? merged.value : defaultCatalog;
  const shard = msg.shard.index;
  try {
    const result = await driveShard(msg.base, catalog, { ...msg.options, progressEvery: 500 }, msg.shard, {
      onProgress: (p) => reply({ type: 'progress', id: msg.id, shard, ...p }),
      isCancelled: () => cancelled.has(msg.id),
      yieldControl,
    });
    reply({ type: 'shard-done', id: msg.id, shard, result });
  } catch (e) {
    reply({ type: 'failed', id: msg.id, shard, message: e instanceof Error ? e.message : String(e) });
  } finally {
    cancelled.delete(msg.id);
  }
}

self.onmessage = (e: MessageEvent<SearchRequest>) => {
  const msg = e.data;
  if (msg.type === 'cancel') cancelled.add(msg.id);
  else void run(msg);
};

/**
 * A design search worker in the app: the shared worker logic (shared/search/search-worker-core.ts)
 * over Web Worker messages. It loads the search and the model only, no schema and no default
 * catalog (the store sends the project's catalog), and says `ready` once loaded, so the Search
 * view can start its workers before the first search.
 */
import { searchWorker } from '../../shared/search/search-worker-core.ts';
import type { SearchReply, SearchRequest } from '../../shared/search/search-messages.ts';

const handle = searchWorker({
  post: (m: SearchReply) => postMessage(m),
  yieldControl: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
});

self.onmessage = (e: MessageEvent<SearchRequest>) => handle(e.data);
postMessage({ type: 'ready' } satisfies SearchReply);

/**
 * The long analyses off the UI thread: the size sweep and Monte Carlo, the same shared/scaling
 * runs as the command line, stepped in chunks with progress messages and cancellable between
 * chunks. One request runs at a time; a new request supersedes (cancels) the running one.
 */
import '../zod-csp.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../../shared/catalog/project-components.ts';
import { driveMonteCarlo, startMonteCarlo } from '../../shared/scaling/monte-carlo.ts';
import { storedVariants } from '../../shared/scaling/scenario-variants.ts';
import { driveSweep, storedSweepSizes } from '../../shared/scaling/size-sweep.ts';
import type { AnalysisReply, AnalysisRequest } from '../../shared/scaling/analysis-messages.ts';

/** Ids of requests cancelled or superseded while running. */
const cancelled = new Set<number>();
let running: number | undefined;

/** Lets queued messages (a cancel, a newer request) in between chunks. */
const yieldControl = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const reply = (m: AnalysisReply) => postMessage(m);

async function run(msg: Exclude<AnalysisRequest, { type: 'cancel' }>): Promise<void> {
  if (running !== undefined) cancelled.add(running);
  running = msg.id;
  const isCancelled = () => cancelled.has(msg.id);
  const merged = withProjectComponents(defaultCatalog, msg.components);
  const catalog = merged.ok ? merged.value : defaultCatalog;
  try {
    if (msg.type === 'sweep') {
      const sizes = storedSweepSizes(msg.scenario);
      const result = !sizes.ok
        ? sizes
        : await driveSweep(
            msg.scenario,
            catalog,
            { sizes: sizes.value, variants: storedVariants(msg.scenario), projectOverrides: msg.overrides },
            {
              chunkSize: 200,
              onProgress: (p) => reply({ type: 'progress', id: msg.id, kind: 'sweep', ...p }),
              isCancelled,
              yieldControl,
            },
          );
      if (!isCancelled()) reply({ type: 'sweep-done', id: msg.id, result });
      return;
    }
    const start = startMonteCarlo(msg.scenario, catalog, { ...msg.settings, projectOverrides: msg.overrides });
    const result = !start.ok
      ? start
      : await driveMonteCarlo(start.value, {
          chunkSize: msg.chunkSize ?? 500,
          onProgress: (p) => reply({ type: 'progress', id: msg.id, kind: 'montecarlo', ...p }),
          isCancelled,
          yieldControl,
        });
    reply({ type: 'montecarlo-done', id: msg.id, result });
  } finally {
    cancelled.delete(msg.id);
    if (running === msg.id) running = undefined;
  }
}

self.onmessage = (e: MessageEvent<AnalysisRequest>) => {
  const msg = e.data;
  if (msg.type === 'cancel') cancelled.add(msg.id);
  else void run(msg);
};

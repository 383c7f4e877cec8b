/**
 * Monte Carlo off the UI thread: the same shared/scaling run as the command line, stepped in
 * chunks with progress messages, cancellable between chunks.
 */
import '../zod-csp.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { driveMonteCarlo, startMonteCarlo, type MonteCarloSettings } from '../../shared/scaling/monte-carlo.ts';
import type { Overrides } from '../../shared/components/pricing.ts';
import type { Scenario } from '../../shared/scenario/scenario-schema.ts';

export type WorkerRequest =
  { type: 'run'; scenario: Scenario; settings: MonteCarloSettings; overrides: Overrides } | { type: 'cancel' };

let cancelled = false;

/** Lets queued messages (a cancel) in between chunks. */
const yieldControl = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if (msg.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  const run = startMonteCarlo(msg.scenario, defaultCatalog, { ...msg.settings, projectOverrides: msg.overrides });
  if (!run.ok) {
    postMessage({ type: 'done', result: run });
    return;
  }
  const result = await driveMonteCarlo(run.value, {
    chunkSize: 500,
    onProgress: (p) => postMessage({ type: 'progress', ...p }),
    isCancelled: () => cancelled,
    yieldControl,
  });
  postMessage({ type: 'done', result });
};

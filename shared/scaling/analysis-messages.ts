/**
 * Messages between a host and a worker that runs the long analyses (size sweep, Monte Carlo),
 * in one place so every side agrees on them: the app's analyses store and its Web Worker
 * (renderer/workers/analysis.worker.ts), and the command line's `node:worker_threads` worker
 * (main/cli/monte-carlo-worker.ts). Every request carries an id; replies name the id they
 * answer, so a reply to a superseded request is recognised and dropped.
 *
 * Example: `{ type: 'cancel', id: 3 }` stops request 3; the worker then replies
 * `{ type: 'montecarlo-done', id: 3, result: { ok: false, error } }`.
 */
import type { Overrides } from '../components/pricing.ts';
import type { ProjectComponents } from '../catalog/project-components.ts';
import type { Result } from '../model-error.ts';
import type { MonteCarloResult, MonteCarloSettings } from './monte-carlo.ts';
import type { SizeSweep } from './size-sweep.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';

/** The analyses that run off the UI thread. */
export type AnalysisKind = 'sweep' | 'montecarlo';

export type AnalysisRequest =
  | { type: 'sweep'; id: number; scenario: Scenario; overrides: Overrides; components?: ProjectComponents }
  | {
      type: 'montecarlo';
      id: number;
      scenario: Scenario;
      settings: MonteCarloSettings;
      overrides: Overrides;
      /** The project's own components, added to the catalog in the worker. */
      components?: ProjectComponents;
      /** Samples per chunk between progress messages (default 500). */
      chunkSize?: number;
    }
  | { type: 'cancel'; id: number };

export type AnalysisReply =
  | { type: 'progress'; id: number; kind: AnalysisKind; done: number; total: number }
  | { type: 'sweep-done'; id: number; result: Result<SizeSweep> }
  | { type: 'montecarlo-done'; id: number; result: Result<MonteCarloResult> };

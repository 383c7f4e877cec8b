/**
 * Messages between the analyses store and the analysis worker, in one place so both sides
 * agree on them. Every request carries an id; replies name the id they answer, so a reply to
 * a superseded request is recognised and dropped.
 */
import type { Overrides } from '../../shared/components/pricing.ts';
import type { ProjectComponents } from '../../shared/catalog/project-components.ts';
import type { Result } from '../../shared/model-error.ts';
import type { MonteCarloResult, MonteCarloSettings } from '../../shared/scaling/monte-carlo.ts';
import type { SizeSweep } from '../../shared/scaling/size-sweep.ts';
import type { Scenario } from '../../shared/scenario/scenario-schema.ts';

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
    }
  | { type: 'cancel'; id: number };

export type AnalysisReply =
  | { type: 'progress'; id: number; kind: AnalysisKind; done: number; total: number }
  | { type: 'sweep-done'; id: number; result: Result<SizeSweep> }
  | { type: 'montecarlo-done'; id: number; result: Result<MonteCarloResult> };

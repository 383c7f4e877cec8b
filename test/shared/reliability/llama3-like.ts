/**
 * A Llama-3-like cluster (arXiv:2407.21783 §3.3.1; docs/model.md):
 * H100 servers of 8 on a 400G-per-GPU RoCE 3-tier Clos, full bisection inside pods and 1:7
 * above them, evaluated through the real evaluateScenario on the default catalog.
 */
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../shared/scenario/scenario-schema.ts';

export function llama3LikeScenario(accelerators = 16384, over: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({
    name: `Llama-3-like ${accelerators}`,
    year: 2024,
    cluster: { accelerator: { name: 'H100 SXM' }, acceleratorCount: accelerators, acceleratorsPerServer: 8 },
    scaleUp: { fabric: 'nvlink4', domainSize: 8 },
    scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400, nicPortsPerAccelerator: 1, planes: 1 },
    topology: { kind: 'fat-tree', tiers: 3, oversubscription: [1, 7] },
    ...over,
  });
}

export function evaluate(s: Scenario): ScenarioResult {
  const r = evaluateScenario(s, defaultCatalog);
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value;
}

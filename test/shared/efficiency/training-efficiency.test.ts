/**
 * Throughput and cost per effective accelerator (docs/model.md): the Llama 3 MFU anchors through
 * the real evaluateScenario, and a cheaper network that
 * slows training showing up as a higher cost per effective accelerator.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clusterTcoUsd,
  effectiveAccelerators,
  modelFlopsUtilization,
  networkLimitedEfficiency,
  tokensPerDay,
  usdPerEffectiveAccelerator,
} from '../../../shared/efficiency/training-efficiency.ts';
import type { EfficiencyFigures } from '../../../shared/efficiency/evaluate-efficiency.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';
import { evaluate, llama3LikeScenario } from '../reliability/llama3-like.ts';

function figures(r: ScenarioResult): EfficiencyFigures {
  if (!r.efficiency.ok) assert.fail(`${r.efficiency.error.path}: ${r.efficiency.error.message}`);
  return r.efficiency;
}

describe('formulas', () => {
  test('network-limited efficiency, MFU, tokens per day, effective accelerators', () => {
    assert.equal(networkLimitedEfficiency(5, 0.5), 0.9);
    assert.ok(Math.abs(modelFlopsUtilization(6 * 405e9 * 16_777_216, 6.2, 16384, 989e12) - 0.4058) < 1e-4);
    assert.ok(Math.abs(tokensPerDay(16_777_216, 6.2) - 233.8e9) < 0.1e9);
    assert.equal(effectiveAccelerators(1000, 0.9, 0.5), 450);
    assert.equal(usdPerEffectiveAccelerator(900, 450), 2);
    assert.equal(usdPerEffectiveAccelerator(900, 0), Number.POSITIVE_INFINITY);
  });
  test('cluster TCO: capex plus facility energy over the horizon', () => {
    assert.ok(Math.abs(clusterTcoUsd(1e9, 20e6, 1.3, 0.08, 5, 0) - 1.0911e9) < 1e5);
    assert.ok(clusterTcoUsd(1e9, 20e6, 1.3, 0.08, 5, 10) < clusterTcoUsd(1e9, 20e6, 1.3, 0.08, 5, 0));
  });
});

describe('Llama 3 405B anchors (Table 4, §5 T7-T8) with the default efficiency inputs', () => {
  // Published runs: 8K sequences without activation checkpointing. Compute efficiency is derived
  // (matmulPeakShare, matmulHalfWidth, memoryTrafficFactor set once with Korthikanti Table 5 and
  // these two rows); pipelineInterleave 4 stays an estimate. The 8,192-GPU run (32 micro-batches
  // in flight) needs about 96 GB per GPU in our activation accounting, 16 GB more than an H100
  // has: Llama 3 §3.3.2 credits freeing pipeline-stage input and output tensors, which is not
  // modelled, so that row is evaluated with memoryCheck "report" and the shortfall noted.
  const llama = (n: number) =>
    llama3LikeScenario(n, {
      workload: { model: { activationRecompute: 'none' }, compute: { memoryCheck: n === 8192 ? 'report' : 'refuse' } },
    });
  const r8 = figures(evaluate(llama(8192)));
  const r16 = figures(evaluate(llama(16384)));
  test('8,192 GPUs, TP8 PP16 DP64: MFU 43% within 3 points; memory shortfall noted', () => {
    assert.deepEqual([r8.parallelism.tensor, r8.parallelism.pipeline, r8.parallelism.data], [8, 16, 64]);
    assert.ok(Math.abs(r8.mfu - 0.43) <= 0.03, `MFU ${r8.mfu}`);
    assert.equal(r8.memory.fits, false);
    assert.ok(r8.notes.some((n) => /^memory: needs \d+\.\d GB per accelerator/.test(n)));
  });
  test('16,384 GPUs, DP128: MFU 41% within 3 points, fits 80 GB, and below the 8k run (smaller batch per DP group)', () => {
    assert.equal(r16.parallelism.data, 128);
    assert.ok(Math.abs(r16.mfu - 0.41) <= 0.03, `MFU ${r16.mfu}`);
    assert.equal(r16.memory.fits, true);
    assert.ok(r16.mfu < r8.mfu);
    assert.ok(r16.bubbleSeconds / r16.computeSeconds > r8.bubbleSeconds / r8.computeSeconds);
  });
  test('achieved TFLOP/s = MFU x peak; effective tokens = tokens x ETTR', () => {
    assert.ok(Math.abs(r16.achievedTflopsPerAccelerator - r16.mfu * 989) < 1e-9);
    const rel = evaluate(llama(16384)).reliability;
    assert.ok(Math.abs(r16.effectiveTokensPerDay - r16.tokensPerDay * rel.ettr) < 1e-3);
    assert.ok(Math.abs(r16.effectiveAccelerators - 16384 * r16.networkLimitedEfficiency * rel.ettr) < 1e-9);
  });
});

describe('a cheaper network that slows training is visible as such', () => {
  test('1:7 at every tier costs less than 1:1 but more per effective accelerator for a DP-heavy job', () => {
    const workload = {
      // No recomputation (the default before full recomputation became the default), so the
      // reduction is a large share of the step.
      model: { parametersBillions: 70, layers: 80, hiddenSize: 8192, activationRecompute: 'none' as const },
      parallelism: { tensor: 8, pipeline: 1 },
      compute: { overlapFraction: 0.2, dataOverlapFraction: 0.2 },
    };
    const run = (oversubscription: number[]) => {
      const r = evaluate(
        llama3LikeScenario(16384, { year: 2025, topology: { kind: 'fat-tree', oversubscription }, workload }),
      );
      return { r, e: figures(r) };
    };
    const full = run([1]);
    const cheap = run([7]);
    assert.ok(cheap.r.capex.totalUsd < full.r.capex.totalUsd, 'cheaper network');
    assert.ok(cheap.e.networkLimitedEfficiency < full.e.networkLimitedEfficiency, 'slower training');
    assert.ok(
      cheap.e.clusterCapexUsdPerEffectiveAccelerator > full.e.clusterCapexUsdPerEffectiveAccelerator,
      'higher capex per effective accelerator',
    );
    for (const x of [full, cheap]) {
      assert.ok(
        Math.abs(x.e.clusterCapexUsdPerEffectiveAccelerator * x.e.effectiveAccelerators - x.r.capex.clusterUsd) < 1e-3,
      );
    }
  });
});

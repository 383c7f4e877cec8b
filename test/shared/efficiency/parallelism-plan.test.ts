/** Parallelism: auto keeps tensor parallelism inside the scale-up domain; bad splits are errors naming the input. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { largestDivisorUpTo, planParallelism } from '../../../shared/efficiency/parallelism-plan.ts';
import { workloadSchema, type WorkloadInput } from '../../../shared/scenario/workload-schema.ts';

const workload = (w: WorkloadInput = {}) => workloadSchema.parse(w);

describe('planParallelism, auto', () => {
  test('Llama-3-like defaults on 16,384 GPUs in domains of 8: TP 8, PP 16, DP 128, 16 micro-batches', () => {
    const p = planParallelism(workload(), 16384, 8);
    assert.ok(p.ok);
    assert.deepEqual(
      [p.value.tensor, p.value.pipeline, p.value.data, p.value.sequencesPerStep, p.value.microBatchesPerStep],
      [8, 16, 128, 2048, 16],
    );
    assert.equal(p.value.tensorInsideScaleUp, true);
  });
  test('tensor parallelism never leaves the scale-up domain and TP x PP x DP = accelerators', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 4, 6, 8, 12, 16, 36, 72, 144, 576),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 512 }),
        (k, tpCap, pp, dpWanted) => {
          const t = largestDivisorUpTo(k, tpCap);
          const N = t * pp * dpWanted;
          const p = planParallelism(
            workload({
              parallelism: { tensor: tpCap, pipeline: pp, pipelineInterleave: 1 },
              model: { tokensPerStep: 1e9, sequenceLength: 1000, layers: 64 },
            }),
            N,
            k,
          );
          assert.ok(p.ok, !p.ok ? p.error.message : '');
          assert.ok(p.value.tensor <= k && k % p.value.tensor === 0 && p.value.tensor <= tpCap);
          assert.equal(p.value.tensor * p.value.pipeline * p.value.data, N);
          assert.equal(p.value.tensorInsideScaleUp, true);
        },
      ),
    );
  });
  test('the largest divisor of the domain up to the cap: NVL72 → 8, domain 12 → 6, no scale-up → 1', () => {
    assert.equal(largestDivisorUpTo(72, 8), 8);
    assert.equal(largestDivisorUpTo(12, 8), 6);
    assert.equal(largestDivisorUpTo(1, 8), 1);
    assert.equal(largestDivisorUpTo(7, 8), 7);
  });
  test('TP x PP that does not divide the cluster is an error on workload.parallelism.pipeline', () => {
    const p = planParallelism(workload(), 1000, 8);
    assert.equal(p.ok, false);
    assert.ok(!p.ok);
    assert.deepEqual(p.error, {
      path: 'workload.parallelism.pipeline',
      value: '16',
      message: 'tensor 8 x pipeline 16 = 128 must divide the 1000 accelerators',
    });
  });
});

describe('planParallelism, explicit and limits', () => {
  test('explicit degrees must multiply to the accelerator count', () => {
    const good = planParallelism(
      workload({ parallelism: { mode: 'explicit', tensor: 16, pipeline: 8, data: 8 } }),
      1024,
      8,
    );
    assert.ok(good.ok);
    assert.equal(good.value.tensorInsideScaleUp, false, 'TP 16 crosses domains of 8');
    const bad = planParallelism(
      workload({ parallelism: { mode: 'explicit', tensor: 8, pipeline: 8, data: 8 } }),
      1024,
      8,
    );
    assert.ok(!bad.ok);
    assert.equal(bad.error.path, 'workload.parallelism.data');
    assert.match(bad.error.message, /= 512 must equal the 1024 accelerators/);
  });
  test('expert parallelism must divide data parallelism', () => {
    const p = planParallelism(workload({ parallelism: { expert: 3 } }), 1024, 8);
    assert.ok(!p.ok);
    assert.equal(p.error.path, 'workload.parallelism.expert');
  });
  test('every pipeline chunk needs a layer', () => {
    const p = planParallelism(
      workload({ model: { layers: 32 }, parallelism: { pipeline: 16, pipelineInterleave: 4 } }),
      1024,
      8,
    );
    assert.ok(!p.ok);
    assert.equal(p.error.path, 'workload.parallelism.pipeline');
  });
  test('a global batch smaller than DP x micro-batch is an error on tokensPerStep', () => {
    const p = planParallelism(workload(), 1 << 20, 8);
    assert.ok(!p.ok);
    assert.equal(p.error.path, 'workload.model.tokensPerStep');
    assert.match(p.error.message, /8192 data-parallel replicas/);
  });
});

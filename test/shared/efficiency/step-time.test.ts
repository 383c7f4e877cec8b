/**
 * Step time (reference/efficiency-reliability.md §1.3, §1.6): the per-parallelism volumes,
 * overlap and bubble arithmetic, and the invariants — keeping tensor parallelism inside the
 * scale-up domain is never slower than letting it cross; more scale-out bandwidth or less
 * oversubscription never slows a step.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stepTime } from '../../../shared/efficiency/step-time.ts';
import { networkLevels, type LevelsInput } from '../../../shared/efficiency/network-levels.ts';
import { planParallelism } from '../../../shared/efficiency/parallelism-plan.ts';
import { workloadSchema, type Workload, type WorkloadInput } from '../../../shared/scenario/workload-schema.ts';

const levelsInput: LevelsInput = {
  accelerators: 16384,
  domainSize: 8,
  scaleUpBusBytesPerSecond: 369e9,
  scaleOutBusBytesPerSecond: 47e9,
  scaleUpLatencySeconds: 3e-6,
  scaleOutLatencySeconds: 10e-6,
  clos: { radix: 128, tiers: 3, oversubscription: [1, 7], reservedPortsPerLeaf: 0 },
  acceleratorsPerEndpoint: 1,
};

function run(w: Workload, N: number, levels: LevelsInput, domain = levels.domainSize) {
  const plan = planParallelism(w, N, domain);
  if (!plan.ok) assert.fail(plan.error.message);
  return {
    plan: plan.value,
    st: stepTime({
      workload: w,
      plan: plan.value,
      accelerators: N,
      levels: networkLevels({ ...levels, accelerators: N, domainSize: domain }),
      forwardingBusBytesPerSecond: undefined,
    }),
  };
}

describe('step time, Llama-3-like defaults on 16,384 GPUs', () => {
  const w = workloadSchema.parse({});
  const { plan, st } = run(w, 16384, levelsInput);
  test('compute is 6 FLOPs per parameter per token at peak x efficiency', () => {
    const expected = (6 * 405e9 * 16_777_216) / (16384 * 989e12 * 0.55);
    assert.ok(Math.abs(st.computeSeconds - expected) < 1e-9 * expected);
  });
  test('per-step volumes: TP 4 all-reduces per layer per micro-batch, DP one of P·4/(t·p) bytes', () => {
    assert.equal(st.communication.tensor.callsPerStep, 4 * (126 / 16) * 16);
    assert.equal(st.communication.tensor.bytesPerCall, 8192 * 16384 * 2);
    assert.equal(st.communication.data.bytesPerCall, (405e9 * 4) / 128);
    assert.equal(st.communication.pipeline.callsPerStep, 2 * 4 * 16);
    assert.equal(st.communication.expert.callsPerStep, 0);
  });
  test('bubble (p-1)/(v·m) of compute; step = compute + bubble + exposed', () => {
    assert.ok(Math.abs(st.bubbleSeconds - (st.computeSeconds * 15) / (plan.interleave * 16)) < 1e-12);
    assert.ok(
      Math.abs(st.stepSeconds - (st.computeSeconds + st.bubbleSeconds + st.exposedCommunicationSeconds)) < 1e-12,
    );
  });
  test('exposed communication: all of it at overlap 0; beyond compute at overlap 1', () => {
    const none = run(workloadSchema.parse({ compute: { overlapFraction: 0 } }), 16384, levelsInput).st;
    assert.ok(Math.abs(none.exposedCommunicationSeconds - none.communicationSeconds) < 1e-12);
    const full = run(workloadSchema.parse({ compute: { overlapFraction: 1 } }), 16384, levelsInput).st;
    assert.ok(
      Math.abs(full.exposedCommunicationSeconds - Math.max(0, full.communicationSeconds - full.computeSeconds)) < 1e-12,
    );
    const parts = Object.values(st.communication).reduce((s, c) => s + c.exposedSeconds, 0);
    assert.ok(Math.abs(parts - st.exposedCommunicationSeconds) < 1e-12);
  });
});

/**
 * A random dense workload with explicit degrees on N = t·p·d accelerators. Expert parallelism
 * stays 1: the all-to-all of a group spread over two equally fast paths can beat the same group
 * on one of them, so moving expert ranks into a domain is not monotone in this model.
 */
const workloadArb = fc.record({
  params: fc.double({ min: 1, max: 2000, noNaN: true }),
  layers: fc.integer({ min: 16, max: 160 }),
  hidden: fc.constantFrom(2048, 4096, 8192, 16384, 32768),
  seq: fc.constantFrom(2048, 4096, 8192, 32768),
  t: fc.constantFrom(2, 4, 8, 16, 32),
  p: fc.constantFrom(1, 2, 4, 8, 16),
  d: fc.constantFrom(1, 2, 8, 32, 128),
  overlap: fc.double({ min: 0, max: 1, noNaN: true }),
  recompute: fc.constantFrom('none' as const, 'full' as const),
});

type Shape = typeof workloadArb extends fc.Arbitrary<infer T> ? T : never;

function toWorkload(v: Shape): Workload {
  const input: WorkloadInput = {
    model: {
      parametersBillions: v.params,
      layers: v.layers,
      hiddenSize: v.hidden,
      sequenceLength: v.seq,
      tokensPerStep: v.seq * v.d * 16,
      activationRecompute: v.recompute,
    },
    parallelism: { mode: 'explicit', tensor: v.t, pipeline: v.p, data: v.d, pipelineInterleave: 1 },
    compute: { overlapFraction: v.overlap },
  };
  return workloadSchema.parse(input);
}

describe('step-time invariants', () => {
  test('keeping tensor parallelism inside the scale-up domain is never slower than letting it cross', () => {
    fc.assert(
      fc.property(
        workloadArb,
        fc.constantFrom(2, 4, 8),
        fc.double({ min: 50e9, max: 2000e9, noNaN: true }),
        fc.double({ min: 10e9, max: 800e9, noNaN: true }),
        fc.constantFrom(1, 2, 7),
        (x, shrink, up, out, ratio) => {
          const w = toWorkload(x);
          const N = x.t * x.p * x.d;
          const levels = {
            ...levelsInput,
            scaleUpBusBytesPerSecond: up,
            scaleOutBusBytesPerSecond: out,
            clos: { radix: 64, tiers: 3, oversubscription: [1, ratio], reservedPortsPerLeaf: 0 },
          };
          const inside = run(w, N, levels, x.t);
          const crossing = run(w, N, levels, Math.max(1, x.t / shrink));
          assert.equal(inside.plan.tensorInsideScaleUp, true);
          assert.equal(crossing.plan.tensorInsideScaleUp, false);
          assert.ok(
            inside.st.stepSeconds <= crossing.st.stepSeconds * (1 + 1e-12),
            `inside ${inside.st.stepSeconds} > crossing ${crossing.st.stepSeconds}`,
          );
          assert.ok(inside.st.communication.tensor.seconds <= crossing.st.communication.tensor.seconds * (1 + 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });
  test('more scale-out bandwidth, or less taper at any boundary (same block sizes), never slows a step', () => {
    fc.assert(
      fc.property(
        workloadArb,
        fc.double({ min: 10e9, max: 400e9, noNaN: true }),
        fc.integer({ min: 1, max: 3 }),
        fc.double({ min: 1, max: 16, noNaN: true }),
        (x, out, boundary, taper) => {
          const w = toWorkload(x);
          const N = x.t * x.p * x.d;
          const plan = planParallelism(w, N, 8);
          if (!plan.ok) assert.fail(plan.error.message);
          const levels = networkLevels({
            ...levelsInput,
            accelerators: N,
            scaleOutBusBytesPerSecond: out,
            clos: undefined,
          });
          const withPods = [
            levels[0]!,
            { acceleratorsPerBlock: Math.min(N, 256), busBytesPerSecond: out, latencySeconds: 10e-6 },
            { acceleratorsPerBlock: Math.min(N, 2048), busBytesPerSecond: out, latencySeconds: 10e-6 },
            { acceleratorsPerBlock: N, busBytesPerSecond: out, latencySeconds: 10e-6 },
          ];
          const tapered = withPods.map((l, i) =>
            i >= boundary ? { ...l, busBytesPerSecond: l.busBytesPerSecond / taper } : l,
          );
          const doubled = withPods.map((l, i) => (i > 0 ? { ...l, busBytesPerSecond: 2 * l.busBytesPerSecond } : l));
          const at = (lv: typeof withPods) =>
            stepTime({
              workload: w,
              plan: plan.value,
              accelerators: N,
              levels: lv,
              forwardingBusBytesPerSecond: undefined,
            }).stepSeconds;
          const base = at(withPods);
          assert.ok(at(tapered) >= base * (1 - 1e-12), 'taper slows');
          assert.ok(at(doubled) <= base * (1 + 1e-12), 'bandwidth speeds');
        },
      ),
      { numRuns: 200 },
    );
  });
  test('TP 16 across two NVLink-8 domains: reduce-scatter and all-gather inside, S/8 across at NIC speed (§1.1)', () => {
    const w = workloadSchema.parse({ parallelism: { mode: 'explicit', tensor: 16, pipeline: 8, data: 8 } });
    const inside = run(w, 1024, levelsInput, 16).st.communication.tensor;
    const crossing = run(w, 1024, levelsInput, 8).st.communication.tensor;
    const S = crossing.bytesPerCall;
    const perCall = (2 * 7 * S) / 8 / 369e9 + 2 * 3 * 3e-6 + S / 8 / 47e9 + 2 * 1 * 10e-6;
    assert.ok(Math.abs(crossing.seconds / crossing.callsPerStep - perCall) < 1e-12);
    assert.ok(crossing.seconds > inside.seconds);
  });
});

/**
 * Step time (docs/model.md): the per-parallelism volumes,
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
      computeEfficiency: 0.55,
      forwardingBusBytesPerSecond: undefined,
      inNetworkFromLevel: Number.POSITIVE_INFINITY,
    }),
  };
}

describe('step time, Llama-3-like defaults on 16,384 GPUs, no recomputation', () => {
  const w = workloadSchema.parse({ model: { activationRecompute: 'none' } });
  const { plan, st } = run(w, 16384, levelsInput);
  test('compute is 6·P + 12·L·h·s FLOPs per token (PaLM MFU definition) at peak x efficiency', () => {
    const perToken = 6 * 405e9 + 12 * 126 * 16384 * 8192;
    const expected = (perToken * 16_777_216) / (16384 * 989e12 * 0.55);
    assert.ok(Math.abs(st.computeSeconds - expected) < 1e-9 * expected);
  });
  test('per-step volumes: TP 4 all-reduces per layer per micro-batch, DP one of P·4/(t·p) bytes', () => {
    assert.equal(st.communication.tensor.callsPerStep, 4 * (126 / 16) * 16);
    assert.equal(st.communication.tensor.bytesPerCall, 8192 * 16384 * 2);
    assert.equal(st.communication.data.bytesPerCall, (405e9 * 4) / 128);
    assert.equal(st.communication.pipeline.callsPerStep, 2 * 4 * 16);
    assert.equal(st.communication.expert.callsPerStep, 0);
  });
  test('bubble (p-1)/(v·m) of compute plus exposed TP and PP; step = compute + bubble + exposed', () => {
    const slot = st.computeSeconds + st.communication.tensor.exposedSeconds + st.communication.pipeline.exposedSeconds;
    assert.ok(Math.abs(st.bubbleSeconds - (slot * 15) / (plan.interleave * 16)) < 1e-12);
    assert.ok(
      Math.abs(st.stepSeconds - (st.computeSeconds + st.bubbleSeconds + st.exposedCommunicationSeconds)) < 1e-12,
    );
  });
  test('overlap per parallelism: TP not hidden by default; DP hidden up to its last-micro-batch window', () => {
    assert.equal(st.communication.tensor.exposedSeconds, st.communication.tensor.seconds);
    // Window: ((v-1)·p + 1) backward chunk-passes = (3·16 + 1) x compute·(2/3)/(16 x 4).
    assert.ok(Math.abs(st.dataOverlapWindowSeconds - (49 * st.computeSeconds * (2 / 3)) / 64) < 1e-9);
    assert.equal(st.communication.data.exposedSeconds, 0, 'DP fits in its window');
    const none = run(
      workloadSchema.parse({
        model: { activationRecompute: 'none' },
        compute: { overlapFraction: 0, dataOverlapFraction: 0 },
      }),
      16384,
      levelsInput,
    ).st;
    assert.ok(Math.abs(none.exposedCommunicationSeconds - none.communicationSeconds) < 1e-12);
    const parts = Object.values(st.communication).reduce((s, c) => s + c.exposedSeconds, 0);
    assert.ok(Math.abs(parts - st.exposedCommunicationSeconds) < 1e-12);
  });
  test('without interleaving the DP window is one micro-batch backward through the stage', () => {
    const v1 = run(
      workloadSchema.parse({ model: { activationRecompute: 'none' }, parallelism: { pipelineInterleave: 1 } }),
      16384,
      levelsInput,
    ).st;
    assert.ok(Math.abs(v1.dataOverlapWindowSeconds - (v1.computeSeconds * (2 / 3)) / 16) < 1e-9);
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
  tpOverlap: fc.double({ min: 0, max: 1, noNaN: true }),
  dpOverlap: fc.double({ min: 0, max: 1, noNaN: true }),
  recompute: fc.constantFrom('none' as const, 'selective' as const, 'full' as const),
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
    compute: { overlapFraction: v.overlap, tensorOverlapFraction: v.tpOverlap, dataOverlapFraction: v.dpOverlap },
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
              computeEfficiency: 0.5,
              forwardingBusBytesPerSecond: undefined,
              inNetworkFromLevel: Number.POSITIVE_INFINITY,
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
  test('more overlap of any parallelism never slows a step; in-network reduction never slows it', () => {
    fc.assert(
      fc.property(
        workloadArb,
        fc.constantFrom('overlapFraction', 'tensorOverlapFraction', 'dataOverlapFraction'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 10e9, max: 400e9, noNaN: true }),
        (x, field, more, out) => {
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
          const at = (wl: Workload, inNetworkFromLevel = Number.POSITIVE_INFINITY) =>
            stepTime({
              workload: wl,
              plan: plan.value,
              accelerators: N,
              levels,
              computeEfficiency: 0.5,
              forwardingBusBytesPerSecond: undefined,
              inNetworkFromLevel,
            }).stepSeconds;
          const base = at(w);
          const raised = { ...w, compute: { ...w.compute, [field]: Math.min(1, w.compute[field] + more) } };
          assert.ok(at(raised) <= base * (1 + 1e-12), `more ${field} slows`);
          assert.ok(at(w, 1) <= base * (1 + 1e-12), 'in-network reduction slows');
        },
      ),
      { numRuns: 300 },
    );
  });
});

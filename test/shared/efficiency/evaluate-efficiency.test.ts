/** The efficiency result inside a real evaluation: fields, the error path, notes and topology effects. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, llama3LikeScenario } from '../reliability/llama3-like.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';

describe('efficiency in evaluateScenario', () => {
  test('a workload that cannot be split over the cluster gives an error inside efficiency, not a failed evaluation', () => {
    const r = evaluate(llama3LikeScenario(1000, { topology: { kind: 'fat-tree' } }));
    assert.equal(r.efficiency.ok, false);
    assert.ok(!r.efficiency.ok);
    assert.equal(r.efficiency.error.path, 'workload.parallelism.pipeline');
    assert.equal(r.efficiency.error.value, '16');
    assert.ok(r.capex.totalUsd > 0, 'the rest of the result stands');
    assert.ok(r.reliability.interruptionsPerDay > 0);
  });
  test('bus bandwidths and levels come from the catalog and the fabric', () => {
    const r = evaluate(llama3LikeScenario(16384));
    assert.ok(r.efficiency.ok);
    const e = r.efficiency;
    assert.equal(e.busBandwidthGBps.scaleUp, (900 / 2) * 0.82);
    assert.equal(e.busBandwidthGBps.scaleOut, (400 / 8) * 0.94);
    assert.equal(e.levels[0]!.acceleratorsPerBlock, 8);
    assert.equal(e.levels[e.levels.length - 1]!.acceleratorsPerBlock, 16384);
    assert.ok(Math.abs(e.levels[e.levels.length - 1]!.busBandwidthGBps - 47 / 7) < 1e-9, '1:7 above the pods');
    assert.ok(e.networkLimitedEfficiency > 0 && e.networkLimitedEfficiency <= 1);
    assert.equal(JSON.parse(JSON.stringify(r.efficiency)).stepSeconds, e.stepSeconds, 'JSON-serialisable');
  });
  test('scale-up all-reduce runs at the fabric catalog figure: NVLink 4 NVLS 450 x 1.06 = 477 GB/s, ring 369', () => {
    const r = evaluate(llama3LikeScenario(16384));
    assert.ok(r.efficiency.ok);
    const e = r.efficiency;
    assert.deepEqual(e.scaleUpBusEfficiency, { ring: 0.82, allReduce: 1.06 });
    assert.ok(Math.abs(e.busBandwidthGBps.scaleUpAllReduce - 477) < 1e-9);
    assert.ok(Math.abs(e.levels[0]!.allReduceBusBandwidthGBps! - 477) < 1e-9);
    assert.equal(e.levels[1]!.allReduceBusBandwidthGBps, undefined, 'no in-network reduction beyond the domain');
    // A workload override brings back one factor for both: all-reduce slower, nothing else changes.
    const one = evaluate(
      llama3LikeScenario(16384, { workload: { communication: { scaleUpAllReduceBusEfficiency: 0.82 } } }),
    );
    assert.ok(one.efficiency.ok);
    assert.equal(one.efficiency.levels[0]!.allReduceBusBandwidthGBps, undefined);
    assert.equal(one.efficiency.communication.pipeline.seconds, e.communication.pipeline.seconds);
    // With sequence parallelism (default) TP runs reduce-scatter + all-gather, which NVLS does
    // not speed up; without it TP all-reduces run at the NVLS figure.
    assert.equal(one.efficiency.communication.tensor.seconds, e.communication.tensor.seconds);
    const noSp = (over: object) =>
      evaluate(
        llama3LikeScenario(16384, {
          workload: { parallelism: { sequenceParallel: 'off' }, communication: over },
        }),
      ).efficiency;
    const nvls = noSp({});
    const ring = noSp({ scaleUpAllReduceBusEfficiency: 0.82 });
    assert.ok(nvls.ok && ring.ok);
    assert.ok(ring.communication.tensor.seconds > nvls.communication.tensor.seconds);
    assert.ok(nvls.communication.tensor.seconds < e.communication.tensor.seconds);
  });
  test('GB200 NVL72 example through the scenario path: all-reduce at 900 x 0.93 = 837 GB/s (log: 835-847)', () => {
    const file = join(import.meta.dirname, '..', '..', '..', 'examples', 'gb200-nvl72-2tier.json');
    const parsed = parseProject(readFileSync(file, 'utf8'));
    assert.ok(parsed.ok);
    const r = evaluateScenario(parsed.project.scenarios[0]!, defaultCatalog, parsed.project.catalogOverrides);
    assert.ok(r.ok && r.value.efficiency.ok);
    const e = r.value.efficiency;
    assert.ok(Math.abs(e.busBandwidthGBps.scaleUpAllReduce - 837) < 1e-9, `${e.busBandwidthGBps.scaleUpAllReduce}`);
    assert.ok(Math.abs(e.busBandwidthGBps.scaleUp - 900 * 0.85) < 1e-9);
    assert.equal(e.levels[0]!.acceleratorsPerBlock, 72);
  });
  test('rail-only forwards MoE all-to-all through the scale-up domain and says so', () => {
    const workload = {
      model: { parametersBillions: 400, activeParameterShare: 0.1, tokensPerStep: 16384 * 8192 },
      parallelism: { tensor: 1, pipeline: 1, expert: 16 },
      // 400B without tensor or pipeline ranks does not fit 80 GB; this checks forwarding only.
      compute: { memoryCheck: 'report' as const },
    };
    const railOnly = evaluate(llama3LikeScenario(16384, { topology: { kind: 'rail-only' }, workload }));
    const fatTree = evaluate(llama3LikeScenario(16384, { topology: { kind: 'fat-tree' }, workload }));
    assert.ok(railOnly.efficiency.ok && fatTree.efficiency.ok);
    assert.ok(railOnly.efficiency.communication.expert.seconds > fatTree.efficiency.communication.expert.seconds);
    assert.ok(railOnly.efficiency.notes.some((n) => /forwarded through the scale-up domain/.test(n)));
  });
  test('explicit TP beyond the scale-up domain is allowed, flagged, and slower', () => {
    const parallelism = { mode: 'explicit' as const, tensor: 16, pipeline: 16, data: 64 };
    const crossing = evaluate(llama3LikeScenario(16384, { workload: { parallelism } }));
    const inside = evaluate(
      llama3LikeScenario(16384, { workload: { parallelism: { ...parallelism, tensor: 8, data: 128 } } }),
    );
    assert.ok(crossing.efficiency.ok && inside.efficiency.ok);
    assert.equal(crossing.efficiency.parallelism.tensorInsideScaleUp, false);
    assert.ok(crossing.efficiency.notes.some((n) => /crosses the scale-out network/.test(n)));
    assert.ok(crossing.efficiency.communication.tensor.seconds > inside.efficiency.communication.tensor.seconds);
  });
});

describe('efficiency never breaks an evaluation', () => {
  test('any schema-valid workload gives finite figures or an error on a workload input', () => {
    fc.assert(
      fc.property(
        fc.record({
          parametersBillions: fc.double({ min: 0.001, max: 100_000, noNaN: true }),
          layers: fc.integer({ min: 1, max: 10_000 }),
          hiddenSize: fc.integer({ min: 1, max: 1_000_000 }),
          sequenceLength: fc.integer({ min: 1, max: 1_000_000 }),
          tokensPerStep: fc.integer({ min: 1, max: 1e12 }),
          mode: fc.constantFrom('auto' as const, 'explicit' as const),
          tensor: fc.integer({ min: 1, max: 64 }),
          pipeline: fc.integer({ min: 1, max: 64 }),
          data: fc.integer({ min: 1, max: 4096 }),
          expert: fc.integer({ min: 1, max: 64 }),
          overlap: fc.double({ min: 0, max: 1, noNaN: true }),
          efficiency: fc.double({ min: 1e-6, max: 1, noNaN: true }),
          kind: fc.constantFrom('fat-tree' as const, 'rail-only' as const, 'dragonfly' as const),
          fabric: fc.constantFrom(['nvlink4', 8] as const, ['none', 1] as const),
        }),
        (x) => {
          const r = evaluate(
            llama3LikeScenario(4096, {
              topology: { kind: x.kind },
              scaleUp: { fabric: x.fabric[0], domainSize: x.fabric[1] },
              workload: {
                model: {
                  parametersBillions: x.parametersBillions,
                  layers: x.layers,
                  hiddenSize: x.hiddenSize,
                  sequenceLength: x.sequenceLength,
                  tokensPerStep: x.tokensPerStep,
                },
                parallelism: { mode: x.mode, tensor: x.tensor, pipeline: x.pipeline, data: x.data, expert: x.expert },
                compute: { overlapFraction: x.overlap, computeEfficiency: x.efficiency },
              },
            }),
          );
          const e = r.efficiency;
          if (!e.ok) {
            assert.match(e.error.path, /^workload\./);
            return;
          }
          for (const v of [e.stepSeconds, e.computeSeconds, e.tokensPerDay, e.clusterTcoUsdPerEffectiveAccelerator]) {
            assert.ok(Number.isFinite(v) && v > 0, String(v));
          }
          assert.ok(e.networkLimitedEfficiency > 0 && e.networkLimitedEfficiency <= 1);
          assert.ok(e.parallelism.tensor * e.parallelism.pipeline * e.parallelism.data === 4096);
        },
      ),
      { numRuns: 150 },
    );
  });
});

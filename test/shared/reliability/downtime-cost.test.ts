/**
 * Cost of downtime (docs/model.md): the worked example, the share
 * form, and monotonicity in failure rate and cluster size through the real evaluation.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  downtimeAcceleratorHoursPerYear,
  downtimeFromEvents,
  hoursLostPerInterruption,
  networkPart,
} from '../../../shared/reliability/downtime-cost.ts';
import { evaluateReliability } from '../../../shared/reliability/evaluate-reliability.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { ReliabilityInput } from '../../../shared/scenario/reliability-schema.ts';
import { evaluate, llama3LikeScenario } from './llama3-like.ts';

describe('downtime arithmetic', () => {
  test('§4.3 worked example: 236.6 events/yr x 25 min x 16,384 GPUs → 6,827 GPU-h per event, 1.62 M/yr, 3.2 M USD at 2 USD', () => {
    assert.ok(Math.abs(downtimeFromEvents(1, 25 / 60, 16384, 0) - 6827) < 1);
    const perYear = downtimeFromEvents(236.6, 25 / 60, 16384, 0);
    assert.ok(Math.abs(perYear - 1.62e6) < 0.005e6);
    assert.ok(Math.abs(perYear * 2 - 3.2e6) < 0.05e6);
    assert.ok(Math.abs(perYear * 4 - 6.5e6) < 0.05e6);
  });
  test('share form: N x 8,760 x (1 - ETTR) x (1 + f_2nd), apportioned by the network share', () => {
    assert.ok(Math.abs(downtimeAcceleratorHoursPerYear(16384, 0.9, 0) - 16384 * 876) < 1e-6);
    assert.ok(Math.abs(downtimeAcceleratorHoursPerYear(16384, 0.9, 0.19) - 1.19 * 16384 * 876) < 1e-6);
    assert.equal(networkPart(100, 0.25), 25);
    assert.equal(hoursLostPerInterruption(5, 10), 10 / 60);
  });
});

describe('downtime cost in a real evaluation', () => {
  const base = llama3LikeScenario();
  const built = evaluate(base);
  const reliabilityWith = (over: ReliabilityInput) =>
    evaluateReliability({
      scenario: llama3LikeScenario(16384, { reliability: over }),
      catalog: defaultCatalog,
      bom: built.bom,
      servers: built.servers,
      switchTiers: built.fabric.switches.byTier.map((t, i) => ({ tier: t.tier, level: i + 1, count: t.count })),
      switchModelId: built.fabric.switchModel,
    });
  test('the TCO line: tcoWithDowntimeUsd = tcoUsd + horizon x network downtime cost (no discounting by default)', () => {
    const r = built.reliability;
    assert.ok(
      Math.abs(
        built.tcoWithDowntimeUsd - (built.tcoUsd + built.economics.horizonYears * r.networkDowntimeCostUsdPerYear),
      ) < 1e-3,
    );
    assert.ok(Math.abs(r.downtimeCostUsdPerYear - r.downtimeAcceleratorHoursPerYear * 2) < 1e-6);
    assert.ok(Math.abs(r.networkDowntimeCostUsdPerYear - r.downtimeCostUsdPerYear * r.networkShare) < 1e-6);
  });
  test('downtime cost never falls as any failure rate rises; network downtime cost never falls as network rates rise', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1.01, max: 5, noNaN: true }),
        fc.constantFrom('young' as const, 'daly' as const, 'fixed' as const),
        (gpuAfr, linkQ, up, mode) => {
          const checkpoint = { intervalMode: mode };
          const low = reliabilityWith({
            failures: { acceleratorAfrPercentPerYear: gpuAfr },
            interruptProbability: { link: linkQ / up },
            checkpoint,
          });
          const moreGpu = reliabilityWith({
            failures: { acceleratorAfrPercentPerYear: gpuAfr * up + 0.01 },
            interruptProbability: { link: linkQ / up },
            checkpoint,
          });
          const moreLink = reliabilityWith({
            failures: { acceleratorAfrPercentPerYear: gpuAfr },
            interruptProbability: { link: linkQ },
            checkpoint,
          });
          assert.ok(moreGpu.downtimeCostUsdPerYear >= low.downtimeCostUsdPerYear * (1 - 1e-12));
          assert.ok(moreLink.downtimeCostUsdPerYear >= low.downtimeCostUsdPerYear * (1 - 1e-12));
          assert.ok(moreLink.networkDowntimeCostUsdPerYear >= low.networkDowntimeCostUsdPerYear * (1 - 1e-12));
          assert.ok(low.ettr > 0 && low.ettr <= 1 && moreGpu.ettr > 0 && moreGpu.ettr <= 1);
        },
      ),
      { numRuns: 60 },
    );
  });
  // Forced 3 tiers: a [1, 7] list names two boundaries, which a 2-tier fabric does not have.
  test('downtime cost never falls as the cluster grows (same fabric design, 3 tiers)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 128, max: 16384 }), fc.integer({ min: 1, max: 4096 }), (servers, more) => {
        const at = (n: number) =>
          evaluate(llama3LikeScenario(n * 8, { topology: { kind: 'fat-tree', tiers: 3, oversubscription: [1, 7] } }))
            .reliability;
        const small = at(servers);
        const large = at(servers + more);
        assert.ok(large.downtimeCostUsdPerYear >= small.downtimeCostUsdPerYear);
        assert.ok(large.downtimeAcceleratorHoursPerYear >= small.downtimeAcceleratorHoursPerYear);
        assert.ok(large.ettr <= small.ettr);
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * Effective training time ratio (docs/model.md): Meta's
 * closed form against §5 T19-T20, Daly's wall-clock form against it and the first-order
 * waste, and ETTR in (0, 1], falling as failures rise.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dalyEttr, firstOrderEttr, metaEttr } from '../../../shared/reliability/effective-training-time.ts';
import { dalyIntervalMinutes, youngIntervalMinutes } from '../../../shared/reliability/checkpoint-interval.ts';

const perNodeMinute = (perNodeDay: number) => perNodeDay / 1440;

describe('Meta closed form (§5 T19, T20)', () => {
  test('T19: 2,048 GPUs at 6.5e-3 per node-day, Δt = 60 min, w = 0: u0 = 5 → 0.96, u0 = 20 → 0.94', () => {
    assert.ok(Math.abs(metaEttr(256, perNodeMinute(6.5e-3), 5, 60, 0) - 0.96) <= 0.005);
    assert.ok(Math.abs(metaEttr(256, perNodeMinute(6.5e-3), 20, 60, 0) - 0.94) <= 0.005);
  });
  test('T19: 4,096 GPUs: u0 = 5 → 0.92, u0 = 20 → 0.88; all above 0.88 as in "average ETTR of over 0.9"', () => {
    assert.ok(Math.abs(metaEttr(512, perNodeMinute(6.5e-3), 5, 60, 0) - 0.92) <= 0.005);
    assert.ok(Math.abs(metaEttr(512, perNodeMinute(6.5e-3), 20, 60, 0) - 0.88) <= 0.005);
  });
  test('T20: 100k GPUs at 2.34e-3 per node-day with u0 = Δt = 2 min → 0.94', () => {
    assert.ok(Math.abs(metaEttr(12500, perNodeMinute(2.34e-3), 2, 2, 0) - 0.94) <= 0.005);
  });
});

describe('Daly wall-clock ETTR', () => {
  test('agrees with the first-order and Meta forms when δ and R are small next to M', () => {
    const M = 24 * 60;
    const tau = 60;
    const daly = dalyEttr(tau, 1, 5, M);
    assert.ok(Math.abs(daly - firstOrderEttr(tau, 1, 5, M)) < 0.005);
    assert.ok(Math.abs(daly - metaEttr(1, 1 / M, 5, tau, 1)) < 0.005);
  });
  test('ETTR is in (0, 1] for realistic inputs (intervals up to a day, MTTI from 10 minutes)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1440, noNaN: true }),
        fc.double({ min: 0.001, max: 120, noNaN: true }),
        fc.double({ min: 0, max: 240, noNaN: true }),
        fc.double({ min: 10, max: 1e7, noNaN: true }),
        (tau, delta, R, M) => {
          const e = dalyEttr(tau, delta, R, M);
          assert.ok(e > 0 && e <= 1, `ETTR ${e}`);
        },
      ),
      { numRuns: 500 },
    );
  });
  test('at the Young or Daly interval, ETTR falls as the interruption rate rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 5, max: 1e6, noNaN: true }),
        fc.double({ min: 1.001, max: 10, noNaN: true }),
        (delta, R, M, factor) => {
          for (const pick of [youngIntervalMinutes, dalyIntervalMinutes]) {
            const before = dalyEttr(pick(delta, M), delta, R, M);
            const after = dalyEttr(pick(delta, M / factor), delta, R, M / factor);
            assert.ok(after <= before * (1 + 1e-12));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  test('no interruptions: τ/(τ + δ), or 1 when never checkpointing', () => {
    assert.equal(dalyEttr(60, 1, 5, null), 60 / 61);
    assert.equal(dalyEttr(null, 1, 5, null), 1);
  });
});

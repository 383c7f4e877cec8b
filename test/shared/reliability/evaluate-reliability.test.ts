/** The reliability result inside a real evaluation: totals, MTTI, interval and ETTR for any schema-valid input. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dalyIntervalMinutes } from '../../../shared/reliability/checkpoint-interval.ts';
import { evaluate, llama3LikeScenario } from './llama3-like.ts';

describe('reliability in evaluateScenario', () => {
  test('MTTI, interval and ETTR follow from the interruption rate (Daly by default)', () => {
    const r = evaluate(llama3LikeScenario()).reliability;
    assert.ok(r.mttiHours !== null && Math.abs(r.mttiHours - 24 / r.interruptionsPerDay) < 1e-12);
    assert.equal(r.checkpointMode, 'daly');
    assert.equal(r.checkpointIntervalMinutes, dalyIntervalMinutes(0.25, r.mttiHours * 60));
    assert.ok(Math.abs(r.hoursLostPerInterruption - (5 + r.checkpointIntervalMinutes! / 2) / 60) < 1e-12);
    assert.ok(Math.abs(r.downtimeAcceleratorHoursPerYear - 16384 * 8760 * (1 - r.ettr)) < 1e-3);
  });
  test('no failures at all: no interruptions, no checkpoints needed, ETTR 1, no downtime cost', () => {
    const zero = { acceleratorAfrPercentPerYear: 0, hostAfrPercentPerYear: 0 };
    const r = evaluate(
      llama3LikeScenario(16384, {
        reliability: {
          failures: { ...zero, softwareInterruptionsPercentPerYear: 0, plannedInterruptionsPercentPerYear: 0 },
          interruptProbability: { nic: 0, switch: 0, link: 0, scaleUp: 0 },
        },
      }),
    ).reliability;
    assert.equal(r.interruptionsPerDay, 0);
    assert.equal(r.mttiHours, null);
    assert.equal(r.checkpointIntervalMinutes, null);
    assert.equal(r.ettr, 1);
    assert.equal(r.downtimeCostUsdPerYear, 0);
    assert.equal(r.networkShare, 0);
  });
  test('for any realistic input ETTR is in (0, 1] and every figure is finite', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 16384 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('young' as const, 'daly' as const, 'fixed' as const),
        fc.double({ min: 0.01, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.constantFrom('single' as const, 'dual' as const),
        (servers, afr, q, intervalMode, writeMinutes, restartMinutes, nicHoming) => {
          const r = evaluate(
            llama3LikeScenario(servers * 8, {
              // Two ports per GPU so that a dual-homed build exists.
              scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400, nicPortsPerAccelerator: 2 },
              topology: { kind: 'fat-tree' },
              reliability: {
                failures: { acceleratorAfrPercentPerYear: afr, hostAfrPercentPerYear: afr },
                interruptProbability: { link: q, switch: q, nic: q },
                resilience: { nicHoming },
                checkpoint: { intervalMode, writeMinutes, restartMinutes },
              },
            }),
          ).reliability;
          assert.ok(r.ettr > 0 && r.ettr <= 1, `ETTR ${r.ettr}`);
          for (const v of [r.interruptionsPerDay, r.downtimeCostUsdPerYear, r.networkDowntimeCostOverHorizonUsd]) {
            assert.ok(Number.isFinite(v) && v >= 0);
          }
          assert.ok(r.networkShare >= 0 && r.networkShare <= 1);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** Young and Daly checkpoint intervals (docs/model.md). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  checkpointIntervalMinutes,
  dalyIntervalMinutes,
  youngIntervalMinutes,
} from '../../../shared/reliability/checkpoint-interval.ts';
import { dalyEttr } from '../../../shared/reliability/effective-training-time.ts';

describe('checkpoint intervals', () => {
  test('Young: sqrt(2·δ·M); δ = 5 min, M = 24 h → 120 min', () => {
    assert.equal(youngIntervalMinutes(5, 1440), 120);
  });
  test('Daly: sqrt(2δM)[1 + sqrt(δ/2M)/3 + (δ/2M)/9] − δ; δ = 5, M = 1,440 → 116.69 min', () => {
    assert.ok(Math.abs(dalyIntervalMinutes(5, 1440) - 116.69) < 0.01);
  });
  test('Daly: τ = M once δ ≥ 2M', () => {
    assert.equal(dalyIntervalMinutes(10, 5), 5);
    assert.equal(dalyIntervalMinutes(10, 4), 4);
  });
  test('Daly’s interval is within 0.1% of the best ETTR under Daly’s own wall-clock model, and never worse than Young’s', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.double({ min: 30, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (delta, M, R) => {
          const daly = dalyIntervalMinutes(delta, M);
          const at = (tau: number) => dalyEttr(tau, delta, R, M);
          // Best over a fine grid around Young's interval.
          const young = youngIntervalMinutes(delta, M);
          let best = 0;
          for (let i = -200; i <= 200; i++) best = Math.max(best, at(young * Math.exp(i / 100)));
          assert.ok(at(daly) >= best * (1 - 1e-3), `daly ${at(daly)} vs best ${best}`);
          assert.ok(at(daly) >= at(young) * (1 - 1e-9));
        },
      ),
      { numRuns: 200 },
    );
  });
  test('the mode picks the formula; fixed uses the given minutes; no interruptions means no optimum', () => {
    assert.equal(checkpointIntervalMinutes('fixed', 60, 0.5, 100), 60);
    assert.equal(checkpointIntervalMinutes('young', 60, 0.5, 100), youngIntervalMinutes(0.5, 100));
    assert.equal(checkpointIntervalMinutes('daly', 60, 0.5, 100), dalyIntervalMinutes(0.5, 100));
    assert.equal(checkpointIntervalMinutes('daly', 60, 0.5, null), null);
    assert.equal(checkpointIntervalMinutes('fixed', 60, 0.5, null), 60);
  });
});

/** Megatron's end-to-end training-time formula (reference/efficiency-reliability.md §1.6, §5 T11-T12). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeSeconds, flopsPerToken, trainingDays } from '../../../shared/efficiency/compute-time.ts';

describe('Megatron T ≈ 8·T·P/(n·X)', () => {
  test('T11: 175B, 300B tokens, 1,024 A100 at 140 TFLOP/s → 33.9 days (paper: 34)', () => {
    const days = trainingDays(300e9, 175e9, 1024, 140e12, 'full');
    assert.ok(Math.abs(days - 33.9) < 0.05, `${days}`);
    assert.ok(Math.abs(days - 34) / 34 < 0.01, 'within 1% of the paper');
  });
  test('T12: 1T, 450B tokens, 3,072 A100 at 163 TFLOP/s → 83.2 days (paper: 84 with 1.008T)', () => {
    const days = trainingDays(450e9, 1e12, 3072, 163e12, 'full');
    assert.ok(Math.abs(days - 83.2) < 0.05, `${days}`);
    assert.ok(Math.abs(trainingDays(450e9, 1.008e12, 3072, 163e12, 'full') - 84) < 0.5, 'with the 1.008T of the paper');
  });
  test('without recomputation the time is 6/8 of it', () => {
    assert.ok(
      Math.abs(
        trainingDays(300e9, 175e9, 1024, 140e12, 'none') / trainingDays(300e9, 175e9, 1024, 140e12, 'full') - 0.75,
      ) < 1e-12,
    );
    assert.equal(flopsPerToken(1, 'none'), 6);
    assert.equal(flopsPerToken(1, 'full'), 8);
  });
  test('the step-time compute term is the same formula per step', () => {
    // One step of T tokens takes the training time of T tokens.
    const seconds = computeSeconds(flopsPerToken(175e9, 'full'), 300e9, 1024, 140e12);
    assert.ok(Math.abs(seconds / 86400 - trainingDays(300e9, 175e9, 1024, 140e12, 'full')) < 1e-9);
  });
});

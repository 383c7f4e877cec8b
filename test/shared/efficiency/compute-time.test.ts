/** Megatron's end-to-end training-time formula (docs/model.md). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  attentionFlopsPerToken,
  computeSeconds,
  flopsPerToken,
  modelFlopsPerToken,
  trainingDays,
} from '../../../shared/efficiency/compute-time.ts';

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
    // Without the attention term (sequence 0) the executed FLOPs are Megatron's 6·P and 8·P.
    const shape = { activeParameters: 1, layers: 1, hiddenSize: 1, sequenceLength: 0 };
    assert.equal(flopsPerToken(shape, 'none'), 6);
    assert.equal(flopsPerToken(shape, 'full'), 8);
  });
  test('the step-time compute term is the same formula per step', () => {
    // One step of T tokens takes the training time of T tokens.
    const shape = { activeParameters: 175e9, layers: 96, hiddenSize: 12288, sequenceLength: 0 };
    const seconds = computeSeconds(flopsPerToken(shape, 'full'), 300e9, 1024, 140e12);
    assert.ok(Math.abs(seconds / 86400 - trainingDays(300e9, 175e9, 1024, 140e12, 'full')) < 1e-9);
  });
});

describe('attention FLOPs grow with the sequence (PaLM: 6·P + 12·L·h·s per token)', () => {
  const llama = (s: number) => ({ activeParameters: 405e9, layers: 126, hiddenSize: 16384, sequenceLength: s });
  const share = (s: number) => attentionFlopsPerToken(llama(s)) / (6 * 405e9);
  test('2% at 2K, 8.4% at 8K, more than the weights at 128K', () => {
    assert.ok(Math.abs(share(2048) - 0.0209) < 1e-3, `${share(2048)}`);
    assert.ok(Math.abs(share(8192) - 0.0835) < 1e-3, `${share(8192)}`);
    assert.ok(share(131072) > 1, `${share(131072)}`);
  });
  test('recomputation: selective replays the attention forward (4·L·h·s), full the whole forward', () => {
    const x = { activeParameters: 175e9, layers: 96, hiddenSize: 12288, sequenceLength: 2048 };
    const model = modelFlopsPerToken(x);
    assert.equal(model, 6 * 175e9 + 12 * 96 * 12288 * 2048);
    assert.equal(flopsPerToken(x, 'selective') - model, 4 * 96 * 12288 * 2048);
    assert.equal(flopsPerToken(x, 'full') - model, 2 * 175e9 + 4 * 96 * 12288 * 2048);
  });
});

/** α-β collective times (docs/model.md) and their relations. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  allToAllSeconds,
  ringAllGatherSeconds,
  ringAllReduceSeconds,
  ringReduceScatterSeconds,
  treeAllReduceSeconds,
} from '../../../shared/efficiency/collective-time.ts';

const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-30);

describe('collective times', () => {
  test('T6: DP all-reduce of 1 GB over 128 ranks at 47 GB/s takes 42.2 ms plus latency', () => {
    const t = ringAllReduceSeconds(128, 1e9, 47e9, 0);
    assert.ok(Math.abs(t - 0.0422) < 0.00005, `${t}`);
    assert.ok(Math.abs(ringAllReduceSeconds(128, 1e9, 47e9, 10e-6) - t - 2 * 127 * 10e-6) < 1e-12);
  });
  test('ring all-reduce = ring reduce-scatter + ring all-gather', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1e6, max: 1e13, noNaN: true }),
        fc.double({ min: 0, max: 1e-3, noNaN: true }),
        (p, S, B, a) =>
          close(
            ringAllReduceSeconds(p, S, B, a),
            ringReduceScatterSeconds(p, S, B, a) + ringAllGatherSeconds(p, S, B, a),
          ),
      ),
    );
  });
  test('tree and ring share the bandwidth term; the tree latency is never above the ring', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1e6, max: 1e13, noNaN: true }),
        fc.double({ min: 0, max: 1e-3, noNaN: true }),
        (p, S, B, a) => {
          assert.ok(treeAllReduceSeconds(p, S, B, a) <= ringAllReduceSeconds(p, S, B, a) * (1 + 1e-12));
          assert.ok(close(treeAllReduceSeconds(p, S, B, 0), ringAllReduceSeconds(p, S, B, 0)));
        },
      ),
    );
  });
  test('one rank moves nothing; no bandwidth is needed when nothing moves', () => {
    assert.equal(ringAllReduceSeconds(1, 1e9, 1e9, 1e-5), 0);
    assert.equal(allToAllSeconds(1, 1e9, 1e9, 1e-5), 0);
    assert.equal(ringAllReduceSeconds(8, 0, 0, 0), 0);
  });
  test('all-to-all: (p-1)α + (p-1)/p·S/B', () => {
    assert.ok(close(allToAllSeconds(64, 64e6, 47e9, 10e-6), 63 * 10e-6 + 63e6 / 47e9));
  });
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dominates, paretoFront } from '../../../shared/search/pareto.ts';

const SEED = 20261201;

describe('paretoFront', () => {
  test('worked example: the staircase stays, the dominated corner goes', () => {
    assert.deepEqual(
      paretoFront([
        [1, 3],
        [2, 2],
        [3, 1],
        [3, 3],
      ]),
      [0, 1, 2],
    );
    assert.deepEqual(
      paretoFront([
        [2, 2],
        [2, 2],
        [1, 5],
      ]),
      [0, 1, 2],
    );
    assert.equal(dominates([1, 2], [1, 3]), true);
    assert.equal(dominates([1, 2], [1, 2]), false);
  });

  test('equals the O(n²) definition on random points', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((k) =>
            fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: k, maxLength: k }), { maxLength: 40 }),
          ),
        (pts) => {
          const brute = pts.map((_, i) => i).filter((i) => !pts.some((q) => dominates(q, pts[i]!)));
          assert.deepEqual(paretoFront(pts), brute);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

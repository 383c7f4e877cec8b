/** Latin hypercube: one sample per stratum in every dimension, a pure function of (n, d, seed). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { latinHypercube } from '../../../shared/scaling/latin-hypercube.ts';

test('every dimension has exactly one sample in each of the n strata', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 300 }),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 0, max: 0xffffffff }),
      (n, d, seed) => {
        const u = latinHypercube(n, d, seed);
        assert.equal(u.length, n * d);
        for (let j = 0; j < d; j++) {
          const strata = new Set<number>();
          for (let i = 0; i < n; i++) {
            const x = u[i * d + j]!;
            assert.ok(x >= 0 && x < 1);
            strata.add(Math.floor(x * n));
          }
          assert.equal(strata.size, n, `dimension ${j}`);
        }
      },
    ),
    { numRuns: 60 },
  );
});

test('the same seed reproduces the design; another seed changes it', () => {
  assert.deepEqual(latinHypercube(500, 4, 9), latinHypercube(500, 4, 9));
  assert.notDeepEqual(latinHypercube(500, 4, 9), latinHypercube(500, 4, 10));
});

test('dimensions are not paired in order (independent permutations)', () => {
  const n = 1000;
  const u = latinHypercube(n, 2, 3);
  let same = 0;
  for (let i = 0; i < n; i++) if (Math.floor(u[2 * i]! * n) === Math.floor(u[2 * i + 1]! * n)) same++;
  assert.ok(same < 10, `${same} samples share their stratum in both dimensions`);
});

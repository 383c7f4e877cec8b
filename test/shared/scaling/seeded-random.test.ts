/** mulberry32: agrees with a BigInt rendering of the published algorithm, is uniform and seed-determined. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deriveSeed, mulberry32 } from '../../../shared/scaling/seeded-random.ts';

const M = 0xffffffffn;
const imul = (x: bigint, y: bigint) => (x * y) & M;

/** The reference algorithm on unsigned 32-bit BigInts, written independently of the module. */
function reference(seed: number): () => number {
  let a = BigInt(seed >>> 0);
  return () => {
    a = (a + 0x6d2b79f5n) & M;
    let t = imul(a ^ (a >> 15n), 1n | a);
    t = ((t + imul(t ^ (t >> 7n), 61n | t)) & M) ^ t;
    return Number((t ^ (t >> 14n)) & M) / 2 ** 32;
  };
}

describe('mulberry32', () => {
  test('matches the reference algorithm for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const a = mulberry32(seed);
        const b = reference(seed);
        for (let i = 0; i < 50; i++) assert.equal(a(), b());
      }),
      { numRuns: 100 },
    );
  });

  test('the same seed gives the same sequence; another seed another one', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 100 }, () => a());
    assert.deepEqual(
      xs,
      Array.from({ length: 100 }, () => b()),
    );
    assert.notDeepEqual(
      xs,
      Array.from({ length: 100 }, () => c()),
    );
  });

  test('values lie in [0, 1) and are uniform (chi-square over 20 bins)', () => {
    const next = mulberry32(7);
    const bins = new Array<number>(20).fill(0);
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = next();
      assert.ok(u >= 0 && u < 1);
      bins[Math.floor(u * 20)]!++;
    }
    const expected = n / 20;
    const chi2 = bins.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    assert.ok(chi2 < 43.8, `chi-square ${chi2} above the 99.9% point of 19 degrees of freedom`);
  });

  test('deriveSeed gives distinct, repeatable seeds per stream', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => deriveSeed(1, i)));
    assert.equal(seeds.size, 1000);
    assert.equal(deriveSeed(5, 3), deriveSeed(5, 3));
    assert.notEqual(deriveSeed(5, 3), deriveSeed(6, 3));
  });
});

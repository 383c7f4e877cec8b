/** Quantile functions: inverse of their CDFs, bounded, monotone; lognormal median at typical. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  lognormalSigma,
  normalQuantile,
  sampleRange,
  triangularQuantile,
  uniformQuantile,
  Z95,
} from '../../../shared/scaling/distributions.ts';

/** CDF of the triangular distribution, from its textbook definition. */
function triangularCdf(x: number, a: number, c: number, b: number): number {
  if (x <= a) return 0;
  if (x >= b) return 1;
  return x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c));
}

const triangle = fc
  .tuple(
    fc.double({ min: 0, max: 1000, noNaN: true }),
    fc.double({ min: 0.01, max: 1000, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([a, w, f]) => ({ a, b: a + w, c: a + f * w }));
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('triangular', () => {
  test('the CDF of the quantile gives back the probability', () => {
    fc.assert(
      fc.property(triangle, unit, ({ a, b, c }, u) => {
        const x = triangularQuantile(u, a, c, b);
        assert.ok(x >= a - 1e-9 && x <= b + 1e-9);
        assert.ok(Math.abs(triangularCdf(x, a, c, b) - u) < 1e-9, `u ${u} x ${x}`);
      }),
    );
  });
  test('monotone in u, low at 0, mode at the mode probability', () => {
    fc.assert(
      fc.property(triangle, unit, unit, ({ a, b, c }, u1, u2) => {
        const [lo, hi] = u1 <= u2 ? [u1, u2] : [u2, u1];
        assert.ok(triangularQuantile(lo, a, c, b) <= triangularQuantile(hi, a, c, b) + 1e-12);
      }),
    );
    assert.equal(triangularQuantile(0, 2, 5, 10), 2);
    assert.ok(Math.abs(triangularQuantile((5 - 2) / (10 - 2), 2, 5, 10) - 5) < 1e-12);
    assert.equal(triangularQuantile(0.3, 4, 4, 4), 4);
  });
});

describe('uniform', () => {
  test('is linear between low and high', () => {
    fc.assert(
      fc.property(triangle, unit, ({ a, b }, u) => {
        assert.ok(Math.abs(uniformQuantile(u, a, b) - (a + u * (b - a))) < 1e-9);
      }),
    );
  });
});

describe('normal quantile', () => {
  test('matches published standard normal quantiles', () => {
    const known: [number, number][] = [
      [0.5, 0],
      [0.9, 1.2815515655446004],
      [0.95, Z95],
      [0.975, 1.959963984540054],
      [0.001, -3.090232306167813],
      [1e-6, -4.753424308822899],
    ];
    for (const [p, z] of known) assert.ok(Math.abs(normalQuantile(p) - z) < 1e-8, `p ${p}: ${normalQuantile(p)}`);
  });
  test('is antisymmetric around 0.5', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        assert.ok(Math.abs(normalQuantile(p) + normalQuantile(1 - p)) < 1e-8);
      }),
    );
  });
});

describe('lognormal', () => {
  test('median is typical; a log-symmetric range puts low and high at the 5th and 95th percentiles', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1.01, max: 5, noNaN: true }),
        (t, k) => {
          const r = { low: t / k, typical: t, high: t * k };
          assert.ok(Math.abs(sampleRange('lognormal', r, 0.5) / t - 1) < 1e-12);
          assert.ok(Math.abs(sampleRange('lognormal', r, 0.05) / r.low - 1) < 1e-7);
          assert.ok(Math.abs(sampleRange('lognormal', r, 0.95) / r.high - 1) < 1e-7);
        },
      ),
    );
  });
  test('a zero low takes the spread from the high side; a point range has none', () => {
    assert.ok(Math.abs(lognormalSigma({ low: 0, typical: 100, high: 200 }) - Math.log(2) / Z95) < 1e-15);
    assert.equal(sampleRange('lognormal', { low: 5, typical: 5, high: 5 }, 0.9), 5);
    assert.ok(Number.isFinite(sampleRange('lognormal', { low: 1, typical: 2, high: 4 }, 0)));
  });
});

describe('sampleRange', () => {
  test('stays within the range for the bounded distributions', () => {
    fc.assert(
      fc.property(
        triangle,
        unit,
        fc.constantFrom('triangular' as const, 'uniform' as const),
        ({ a, b, c }, u, kind) => {
          const x = sampleRange(kind, { low: a, typical: c, high: b }, u);
          assert.ok(x >= a - 1e-9 && x <= b + 1e-9);
        },
      ),
    );
  });
});

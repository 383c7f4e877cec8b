/** Type-7 quantiles and summaries: the convention as stated, checked against its definition. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  histogramSorted,
  median,
  quantile,
  QUANTILE_CONVENTION,
  quantileSorted,
  summarize,
} from '../../../shared/scaling/percentiles.ts';

const data = fc.array(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x + 0),
  { minLength: 1, maxLength: 200 },
);

test('quantiles interpolate between order statistics at h = (n - 1) p', () => {
  // R: quantile(c(1, 2, 3, 4), c(0.5, 0.9), type = 7) gives 2.5 and 3.7.
  assert.equal(quantileSorted([1, 2, 3, 4], 0.5), 2.5);
  assert.ok(Math.abs(quantileSorted([1, 2, 3, 4], 0.9) - 3.7) < 1e-12);
  fc.assert(
    fc.property(data, (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const n = s.length;
      assert.equal(quantileSorted(s, 0), s[0]);
      assert.equal(quantileSorted(s, 1), s[n - 1]);
      for (let k = 0; k < n; k++) {
        const q = quantileSorted(s, n === 1 ? 0 : k / (n - 1));
        assert.ok(Math.abs(q - s[k]!) <= 1e-9 * (1 + Math.abs(s[k]!)));
      }
    }),
  );
});

test('quantiles rise with p, and P90 has at least 90% of samples at or below it', () => {
  fc.assert(
    fc.property(
      data,
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (xs, p, q) => {
        const s = [...xs].sort((a, b) => a - b);
        const [lo, hi] = p <= q ? [p, q] : [q, p];
        assert.ok(quantileSorted(s, lo) <= quantileSorted(s, hi));
        const p90 = quantileSorted(s, 0.9);
        const atOrBelow = s.filter((x) => x <= p90).length / s.length;
        assert.ok(atOrBelow >= 0.9 - 1 / s.length, `${atOrBelow}`);
      },
    ),
  );
  assert.match(QUANTILE_CONVENTION, /P90 is not an exceedance level/);
});

test('summaries agree with direct computations', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 300 }), (xs) => {
      const s = summarize(xs, 10);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
      assert.ok(Math.abs(s.mean - mean) <= 1e-9 * (1 + mean));
      assert.ok(Math.abs(s.sd - sd) <= 1e-6 * (1 + sd));
      assert.equal(s.min, Math.min(...xs));
      assert.equal(s.max, Math.max(...xs));
      assert.ok(s.p5 <= s.p10 && s.p10 <= s.p50 && s.p50 <= s.p90 && s.p90 <= s.p95);
      assert.equal(
        s.histogram.counts.reduce((a, b) => a + b, 0),
        xs.length,
      );
      assert.equal(s.cdf.values[0], s.min);
      assert.equal(s.cdf.values[100], s.max);
      for (let i = 1; i < s.cdf.values.length; i++) assert.ok(s.cdf.values[i]! >= s.cdf.values[i - 1]!);
    }),
  );
});

test('histogram bins hold the values between their edges', () => {
  const h = histogramSorted([1, 2, 3, 4], 2);
  assert.deepEqual(h, { edges: [1, 2.5, 4], counts: [2, 2] });
  assert.deepEqual(histogramSorted([3, 3, 3], 5), { edges: [3, 3], counts: [3] });
  fc.assert(
    fc.property(data, fc.integer({ min: 1, max: 50 }), (xs, bins) => {
      const s = [...xs].sort((a, b) => a - b);
      const hist = histogramSorted(s, bins);
      const tol = 1e-9 * (1 + s[s.length - 1]! - s[0]!);
      let cumulative = 0;
      for (let b = 0; b < hist.counts.length; b++) {
        cumulative += hist.counts[b]!;
        const edge = hist.edges[b + 1]!;
        const below = s.filter((x) => x < edge - tol).length;
        const atOrBelow = s.filter((x) => x <= edge + tol).length;
        assert.ok(
          cumulative >= below && cumulative <= atOrBelow,
          `bin ${b}: ${cumulative} not in [${below}, ${atOrBelow}]`,
        );
      }
    }),
  );
});

test('quantile and median take data in any order (type 7, the same as quantileSorted)', () => {
  assert.equal(quantile([4, 1, 3, 2], 0.9), quantileSorted([1, 2, 3, 4], 0.9));
  assert.ok(Math.abs(quantile([4, 1, 3, 2], 0.9) - 3.7) < 1e-12);
  assert.equal(median([3, 1, 2, 10]), 2.5);
  assert.equal(median([5, 1, 9]), 5);
  // Nearest rank would give 10 here; type 7 interpolates: h = 0.9 x 4 = 3.6 → 4 + 0.6 x (10 - 4).
  assert.ok(Math.abs(quantile([10, 1, 2, 3, 4], 0.9) - 7.6) < 1e-12);
  assert.ok(Number.isNaN(median([])));
  const data = [3, 1, 2];
  median(data);
  assert.deepEqual(data, [3, 1, 2], 'the input is not sorted in place');
});

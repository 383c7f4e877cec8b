/** Crossovers: where the lower of two series changes, across gaps, ignoring exact ties. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allCrossovers, crossovers } from '../../../shared/scaling/crossovers.ts';

test('the documented example', () => {
  const c = crossovers(
    { name: 'a', x: [1, 2, 3], values: [10, 8, 6] },
    { name: 'b', x: [1, 2, 3], values: [7, 7, 7] },
    'm',
  );
  assert.deepEqual(c, [
    {
      metric: 'm',
      before: 2,
      at: 3,
      lowerBefore: 'b',
      lowerAfter: 'a',
      valuesBefore: [7, 8],
      valuesAfter: [7, 6],
      advantage: 1 / 7,
    },
  ]);
});

test('one crossover per change of sign of a - b over the points where both have values', () => {
  const value = fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined });
  fc.assert(
    fc.property(fc.array(fc.tuple(value, value), { minLength: 0, maxLength: 40 }), (pairs) => {
      const x = pairs.map((_, i) => i * 10);
      const a = { name: 'a', x, values: pairs.map((p) => p[0]) };
      const b = { name: 'b', x, values: pairs.map((p) => p[1]) };
      const signs = pairs
        .filter((p) => p[0] !== undefined && p[1] !== undefined)
        .map((p) => Math.sign(p[0]! - p[1]!))
        .filter((s) => s !== 0);
      const changes = signs.filter((s, i) => i > 0 && s !== signs[i - 1]).length;
      const found = crossovers(a, b, 'm');
      assert.equal(found.length, changes);
      for (const c of found) {
        assert.ok(c.valuesBefore[0] < c.valuesBefore[1], 'the leader before is lower before');
        assert.ok(c.valuesAfter[1] < c.valuesAfter[0], 'the leader after is lower after');
        assert.notEqual(c.lowerBefore, c.lowerAfter);
      }
    }),
  );
});

test('allCrossovers covers every pair', () => {
  const s = (name: string, values: number[]) => ({ name, x: [1, 2], values });
  const found = allCrossovers([s('a', [1, 3]), s('b', [2, 2]), s('c', [3, 1])], 'm');
  assert.deepEqual(
    found.map((c) => `${c.lowerBefore}>${c.lowerAfter}`),
    ['a>b', 'a>c', 'b>c'],
  );
});

test('leads below the materiality threshold are ties: no back-and-forth, the real crossover is kept', () => {
  // a - b: +5 (b 5/105 = 4.8 % lower), then a 0.5 % lower, b 0.4 % lower, then a 10 % lower.
  const a = { name: 'a', x: [1, 2, 3, 4], values: [105, 99.5, 100.4, 90] };
  const b = { name: 'b', x: [1, 2, 3, 4], values: [100, 100, 100, 100] };
  // Every sign change without a threshold: b -> a -> b -> a.
  assert.equal(crossovers(a, b, 'm').length, 3);
  const c = crossovers(a, b, 'm', 0.01);
  assert.equal(c.length, 1);
  assert.deepEqual(
    [c[0]!.before, c[0]!.at, c[0]!.lowerBefore, c[0]!.lowerAfter, c[0]!.advantage],
    [1, 4, 'b', 'a', 0.1],
  );
  // A lead of 0.9 % that never grows is not reported at all.
  const flat = crossovers(
    { name: 'a', x: [1, 2], values: [100.5, 99.1] },
    { name: 'b', x: [1, 2], values: [100, 100] },
    'm',
    0.01,
  );
  assert.deepEqual(flat, []);
});

test('with a threshold, every reported crossover has a lead at least that large on both sides', () => {
  const value = fc.option(fc.integer({ min: 90, max: 110 }), { nil: undefined });
  fc.assert(
    fc.property(fc.array(fc.tuple(value, value), { minLength: 0, maxLength: 40 }), (pairs) => {
      const x = pairs.map((_, i) => i);
      const a = { name: 'a', x, values: pairs.map((p) => p[0]) };
      const b = { name: 'b', x, values: pairs.map((p) => p[1]) };
      const found = crossovers(a, b, 'm', 0.02);
      for (const c of found) assert.ok(c.advantage >= 0.02);
      for (let i = 1; i < found.length; i++) assert.equal(found[i]!.lowerBefore, found[i - 1]!.lowerAfter);
      assert.ok(found.length <= crossovers(a, b, 'm').length);
    }),
  );
});

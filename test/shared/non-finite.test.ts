import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allFinite, findNonFinite } from '../../shared/non-finite.ts';

describe('findNonFinite', () => {
  test('names each NaN and infinity by its path, in document order', () => {
    assert.deepEqual(findNonFinite({ a: [1, NaN], b: { c: -Infinity, d: 2 }, e: Infinity }), [
      { path: 'a[1]', value: NaN },
      { path: 'b.c', value: -Infinity },
      { path: 'e', value: Infinity },
    ]);
    assert.deepEqual(findNonFinite(NaN), [{ path: '', value: NaN }]);
  });

  test('finite numbers, texts and nulls are not reported; the limit cuts the list', () => {
    assert.deepEqual(findNonFinite({ a: [1, 2, -0, 5e-324, 1.7976931348623157e308], b: 'Infinity', c: null }), []);
    assert.equal(allFinite({ a: [1, { b: 'NaN' }] }), true);
    assert.equal(allFinite({ a: [1, { b: NaN }] }), false);
    assert.deepEqual(
      findNonFinite([NaN, NaN, NaN, NaN], 2).map((n) => n.path),
      ['[0]', '[1]'],
    );
  });
});

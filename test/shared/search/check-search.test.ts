/** Search settings checks: each constraint's range, objectives, empty lists. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSearch } from '../../../shared/search/check-search.ts';

test('constraints in range and a list with values pass', () => {
  assert.deepEqual(
    checkSearch(
      { planes: { mode: 'list', values: [1, 2] } },
      { maxOversubscription: 1, minEfficiency: 0.9, maxHhi: 2500, minSiliconSuppliers: 2, buildYear: 2026 },
      ['capex'],
    ),
    [],
  );
});

test('out-of-range constraints name the field, the value and the range', () => {
  const errors = checkSearch({}, { minEfficiency: 1.2, maxHhi: -1, minSiliconSuppliers: 1.5, buildYear: 2050 }, [
    'capex',
  ]);
  assert.deepEqual(errors, [
    { path: 'constraints.minEfficiency', value: '1.2', message: 'must be between 0 and 1' },
    { path: 'constraints.maxHhi', value: '-1', message: 'must be between 0 and 10000' },
    { path: 'constraints.minSiliconSuppliers', value: '1.5', message: 'must be a whole number between 0 and 100' },
    { path: 'constraints.buildYear', value: '2050', message: 'must be a whole number between 2015 and 2040' },
  ]);
});

test('no objective, and an empty list, are errors', () => {
  const errors = checkSearch({ media: { leafSpine: { mode: 'list', values: [] } } }, {}, []);
  assert.deepEqual(
    errors.map((e) => e.path),
    ['objectives', 'space.media.leafSpine'],
  );
});

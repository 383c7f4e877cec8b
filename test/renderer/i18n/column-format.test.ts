/**
 * A column of figures is written one way: one unit and one number of decimals for every cell
 * and its deltas. Expected strings worked by hand from the rule in renderer/i18n/column-format.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatIn,
  formatSignedIn,
  numberScale,
  powerScale,
  sharedDigits,
  usdScale,
} from '../../../renderer/i18n/column-format.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

test('sharedDigits: as many decimals as the most precise value needs, at most max', () => {
  assert.equal(sharedDigits([0.08, 0.1, 0.12], 3), 2);
  assert.equal(sharedDigits([11.06, 2.6, 1], 3), 2);
  assert.equal(sharedDigits([2, 4, 96], 3), 0);
  assert.equal(sharedDigits([0.0469, 2], 3), 3); // 0.0469 rounds to 0.047 at 3 decimals
  assert.equal(sharedDigits([1.0004, 5], 3), 0); // 1.000 at 3 decimals: nothing to show
  assert.equal(sharedDigits([NaN, 0.5], 3), 1);
});

test('USD: no cents once the column reaches $1,000, cents in every cell below', () => {
  const tco = [377.23, 485.56, 246.14, 1248.4];
  const s = usdScale(tco);
  assert.deepEqual(
    tco.map((v) => formatIn('en', s, v)),
    ['$377', '$486', '$246', '$1,248'],
  );
  const small = usdScale([75.45, 97.1]);
  assert.deepEqual(
    [75.45, 97.1].map((v) => formatIn('en', small, v)),
    ['$75.45', '$97.10'],
  );
  assert.equal(plain(formatIn('pt-BR', small, 97.1)), 'US$ 97,10');
});

test('compact USD: the whole column in millions (or billions) with two decimals', () => {
  const spend = [8_410_000, 616_038, 28_877];
  const s = usdScale(spend, true);
  assert.deepEqual(
    spend.map((v) => formatIn('en', s, v)),
    ['$8.41M', '$0.62M', '$0.03M'],
  );
  assert.deepEqual(
    spend.map((v) => plain(formatIn('pt-BR', s, v))),
    ['US$ 8,41 mi', 'US$ 0,62 mi', 'US$ 0,03 mi'],
  );
  const b = usdScale([2.5e9, 3e8], true);
  assert.equal(formatIn('en', b, 3e8), '$0.30B');
  assert.equal(formatIn('en', b, -2.5e9), '-$2.50B');
  // A compact column below a million is written like a plain one.
  assert.deepEqual(usdScale([100_821, 950], true), { kind: 'usd', digits: 0 });
});

test('power: the unit of the largest value for every cell', () => {
  const s = powerScale([169_600, 3_490_000]);
  assert.equal(formatIn('en', s, 169_600), '0.17 MW');
  assert.equal(formatIn('en', s, 3_490_000), '3.49 MW');
  const k = powerScale([41_000, 0, 44_800]);
  assert.deepEqual(
    [41_000, 0, 44_800].map((v) => formatIn('en', k, v)),
    ['41.0 kW', '0.0 kW', '44.8 kW'],
  );
  assert.equal(formatIn('pt-BR', k, 44_800), '44,8 kW');
});

test('signed deltas carry the column’s decimals; a change that rounds to nothing is ±', () => {
  const s = numberScale([0.047, 0.039], 3);
  assert.equal(formatSignedIn('en', s, 0.039 - 0.047), '−0.008');
  assert.equal(formatSignedIn('en', usdScale([5996, 9416]), 3420.4), '+$3,420');
  assert.equal(formatSignedIn('en', { kind: 'number', digits: 1 }, 0.04), '±0.0');
  assert.equal(formatSignedIn('pt-BR', { kind: 'number', digits: 1 }, 3.46), '+3,5');
});

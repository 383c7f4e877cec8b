import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed, int, kw, musd, pct, signedUsd, signedUsdCents, textTable, usd } from '../../../main/cli/text-format.ts';

test('number formats group thousands the en-US way and round as documented', () => {
  assert.equal(usd(1_234_567.4), '$1,234,567');
  assert.equal(usd(1_234_567.5), '$1,234,568');
  assert.equal(musd(2_345_678), '$2.3M');
  assert.equal(musd(1_000_000), '$1.0M');
  assert.equal(int(12_287.6), '12,288');
  assert.equal(fixed(1234.567, 1), '1,234.6');
  assert.equal(fixed(2, 1), '2');
  assert.equal(pct(0.1234), '12.3%');
  assert.equal(kw(12_345), '12.3 kW');
  assert.equal(kw(1_000_000), '1,000 kW');
  assert.equal(signedUsd(-50.4), '-$50');
  assert.equal(signedUsd(1200), '+$1,200');
  assert.equal(signedUsdCents(12.5), '+$12.50');
  assert.equal(signedUsdCents(-0.126), '-$0.13');
});

test('textTable aligns the first and the listed columns left, the rest right, two spaces apart', () => {
  assert.equal(
    textTable([
      ['Tier', 'Count'],
      ['leaf', '64'],
      ['spine', '8'],
    ]),
    'Tier   Count\nleaf      64\nspine      8',
  );
  assert.equal(
    textTable(
      [
        ['Name', 'Kind', 'USD'],
        ['a', 'switch', '$1'],
        ['bb', 'nic', '$10'],
      ],
      [1],
    ),
    'Name  Kind    USD\na     switch   $1\nbb    nic     $10',
  );
});

test('textTable trims the trailing spaces of a short left-aligned last column', () => {
  assert.equal(
    textTable(
      [
        ['A', 'Long header'],
        ['x', ''],
      ],
      [1],
    ),
    'A  Long header\nx',
  );
});

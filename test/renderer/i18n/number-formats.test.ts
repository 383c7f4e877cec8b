/** Number formatters are made once per locale and options, and format as a fresh one would. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberFormat } from '../../../renderer/i18n/number-formats.ts';

test('one formatter per locale and options, formatting like a new Intl.NumberFormat', () => {
  const a = numberFormat('pt-BR', { maximumFractionDigits: 1 });
  assert.equal(numberFormat('pt-BR', { maximumFractionDigits: 1 }), a, 'reused');
  assert.notEqual(numberFormat('en', { maximumFractionDigits: 1 }), a, 'another locale');
  assert.notEqual(numberFormat('pt-BR', { maximumFractionDigits: 2 }), a, 'other options');
  // 1234.56 to one decimal: "1.234,6" in Portuguese, "1,234.6" in English.
  assert.equal(a.format(1234.56), '1.234,6');
  assert.equal(numberFormat('en', { maximumFractionDigits: 1 }).format(1234.56), '1,234.6');
  const usd = { style: 'currency', currency: 'USD', maximumFractionDigits: 0 } as const;
  assert.equal(numberFormat('en', usd).format(30000), new Intl.NumberFormat('en', usd).format(30000));
});

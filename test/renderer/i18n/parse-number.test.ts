/** Numbers typed the user's way: the locale's form and the plain form, ambiguity refused. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatInputNumber, parseLocaleNumber } from '../../../renderer/i18n/parse-number.ts';

const read = (text: string, locale: string) => parseLocaleNumber(text, locale);

describe('parseLocaleNumber', () => {
  test('pt-BR: dot groups thousands, comma marks decimals', () => {
    assert.deepEqual(read('30.000', 'pt-BR'), { ok: true, value: 30000 });
    assert.deepEqual(read('0,08', 'pt-BR'), { ok: true, value: 0.08 });
    assert.deepEqual(read('30.000,50', 'pt-BR'), { ok: true, value: 30000.5 });
    assert.deepEqual(read('10.000.000', 'pt-BR'), { ok: true, value: 10_000_000 });
    assert.deepEqual(read('-1,5', 'pt-BR'), { ok: true, value: -1.5 });
  });

  test('pt-BR: the plain form is accepted where it cannot be a group', () => {
    assert.deepEqual(read('25000.5', 'pt-BR'), { ok: true, value: 25000.5 });
    assert.deepEqual(read('1.5', 'pt-BR'), { ok: true, value: 1.5 });
    assert.deepEqual(read('0.080', 'pt-BR'), { ok: true, value: 0.08 });
    assert.deepEqual(read('1e6', 'pt-BR'), { ok: true, value: 1e6 });
    assert.deepEqual(read('2048', 'pt-BR'), { ok: true, value: 2048 });
  });

  test('en: comma groups thousands, dot marks decimals', () => {
    assert.deepEqual(read('30,000', 'en'), { ok: true, value: 30000 });
    assert.deepEqual(read('30,000.5', 'en'), { ok: true, value: 30000.5 });
    assert.deepEqual(read('0.08', 'en'), { ok: true, value: 0.08 });
    assert.deepEqual(read('1_000', 'en'), { ok: true, value: 1000 });
  });

  test('mixed or badly grouped text is refused as ambiguous, never guessed', () => {
    for (const [text, locale] of [
      ['30,000.5', 'pt-BR'],
      ['1.234.5', 'pt-BR'],
      ['1.234,5', 'en'],
      ['30,00', 'en'],
      ['0,08', 'en'],
      ['1.234.567', 'en'],
    ] as const) {
      assert.deepEqual(read(text, locale), { ok: false, reason: 'ambiguous' }, `${locale} ${text}`);
    }
    assert.deepEqual(read('abc', 'pt-BR'), { ok: false, reason: 'not-a-number' });
    assert.deepEqual(read('  ', 'en'), { ok: false, reason: 'empty' });
  });

  test('what the field shows reads back to the same number, in both locales', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en', 'pt-BR'),
        fc.oneof(
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => Math.round(x * 1e6) / 1e6),
        ),
        fc.boolean(),
        (locale, x, grouping) => {
          const shown = formatInputNumber(locale, x, grouping);
          const back = read(shown, locale);
          assert.ok(back.ok, `${locale} ${x} shown as ${shown}`);
          assert.equal(back.value + 0, x + 0);
        },
      ),
    );
  });
});

/** CSV for spreadsheets: quoting, formula injection neutralised, numbers untouched. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { csvCell, toCsv } from '../../../shared/bom/csv.ts';

test('the documented example', () => {
  assert.equal(
    toCsv([
      ['name', 'qty'],
      ['=1+1', -2],
    ]),
    "name,qty\r\n'=1+1,-2\r\n",
  );
});

test('text starting with = + - @ tab or CR is prefixed; numbers (even negative) are not', () => {
  assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
  assert.equal(csvCell('+cmd'), "'+cmd");
  assert.equal(csvCell('-1'), "'-1");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\tx'), "'\tx");
  assert.equal(csvCell(-1.5), '-1.5');
  assert.equal(csvCell(1234567.891), '1234567.891');
  assert.equal(csvCell('a, "b"'), '"a, ""b"""');
  assert.equal(csvCell(undefined), '');
  // Only a leading character starts a formula; one inside the text is left alone.
  assert.equal(csvCell('a=b+c-d@e'), 'a=b+c-d@e');
  // A number that is not finite has no spreadsheet form: an empty cell.
  assert.equal(csvCell(Number.NaN), '');
  assert.equal(csvCell(Number.POSITIVE_INFINITY), '');
});

test('no text cell ever starts a formula, and quoted cells round-trip', () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const c = csvCell(s);
      const unquoted = c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c;
      assert.ok(!/^[=+\-@\t\r]/.test(unquoted));
      assert.ok(unquoted === s || unquoted === `'${s}`);
    }),
  );
});

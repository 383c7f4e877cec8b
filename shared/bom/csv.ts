/**
 * Comma-separated values (RFC 4180) for tables a user opens in a spreadsheet. Text cells that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) get a
 * leading apostrophe, so a component name like "=HYPERLINK(...)" stays text; numbers are
 * written plainly (full precision, dot decimal) and never prefixed.
 *
 * Example: toCsv([['name', 'qty'], ['=1+1', -2]]) === 'name,qty\r\n\'=1+1,-2\r\n'.
 */

export type CsvCell = string | number | undefined;

/** Characters that make a spreadsheet treat a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as written by JavaScript, text neutralised and quoted when needed. */
export function csvCell(v: CsvCell): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text with CRLF line ends (a trailing one after the last row). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Number formats and the aligned text table of every command-line report (model, analyses,
 * market, compare, search), in one place so one figure reads the same in each. English
 * grouping (`en-US`): the terminal output is a documented, locale-independent format.
 *
 * Examples: `usd(1234567.4)` → `'$1,234,567'`; `musd(2_345_678)` → `'$2.3M'`;
 * `pct(0.1234)` → `'12.3%'`; `kw(12_345)` → `'12.3 kW'`; `signedUsd(-50)` → `'-$50'`.
 */

/** Whole US dollars with thousands separators, e.g. `$1,234,567`. */
export const usd = (x: number): string => `$${Math.round(x).toLocaleString('en-US')}`;

/** Millions of US dollars with one decimal, e.g. `$2.3M`. */
export const musd = (x: number): string =>
  `$${(x / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}M`;

/** A whole number with thousands separators, e.g. `12,288`. */
export const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/** At most `digits` decimals with thousands separators, e.g. `fixed(1234.567, 1)` → `1,234.6`. */
export const fixed = (x: number, digits: number): string =>
  x.toLocaleString('en-US', { maximumFractionDigits: digits });

/** A share (0 to 1) as a percentage with one decimal, e.g. `0.1234` → `12.3%`. */
export const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Watts as kilowatts with at most one decimal, e.g. `12345` → `12.3 kW`. */
export const kw = (w: number): string => `${fixed(w / 1000, 1)} kW`;

/** Whole US dollars with an explicit sign, e.g. `+$1,200` or `-$50`. */
export const signedUsd = (x: number): string => `${x < 0 ? '-' : '+'}${usd(Math.abs(x))}`;

/** US dollars with cents and an explicit sign, e.g. `+$12.50`. */
export const signedUsdCents = (x: number): string =>
  `${x < 0 ? '-' : '+'}$${Math.abs(x).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * Rows as an aligned text table: columns two spaces apart, the first column and those listed
 * in `left` aligned left, the others right; trailing spaces trimmed.
 *
 * Example: `textTable([['Tier', 'Count'], ['leaf', '64']])` → `'Tier  Count\nleaf     64'`.
 */
export function textTable(rows: string[][], left: readonly number[] = []): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 || left.includes(c) ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

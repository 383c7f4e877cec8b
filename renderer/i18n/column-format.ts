/**
 * One column (or one compared row) of figures, one way: the same unit and the same number of
 * decimals for every cell and for the deltas beside them, chosen once from all the column's
 * values. Presentation only: the figures come from shared/ unrounded.
 *
 * Example (en): USD per accelerator 377.23, 485.56, 246.14, 1,248.4 reads "$377", "$486",
 * "$246", "$1,248" (the column reaches a thousand, so no cents anywhere in it), not "$377.23"
 * beside "$1,248"; 616,038 in a column that reaches 8.41 million reads "$0.62M".
 */
import { numberFormat } from './number-formats.ts';

/** How every cell of a column is written. */
export type ColumnScale =
  | { kind: 'usd'; digits: number }
  | { kind: 'usd-compact'; divisor: number; digits: number }
  | { kind: 'power'; divisor: number; unit: 'W' | 'kW' | 'MW'; digits: number }
  | { kind: 'number'; digits: number };

function largest(values: readonly number[]): number {
  let m = 0;
  for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return m;
}

/**
 * The fewest decimals (0 to `max`) that write every value of the column as precisely as
 * `max` decimals would. Example: 0.08, 0.1, 0.12 with max 3 → 2 ("0.08", "0.10", "0.12").
 */
export function sharedDigits(values: readonly number[], max: number): number {
  let need = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const fraction = Math.abs(v).toFixed(max).split('.')[1] ?? '';
    const trimmed = fraction.replace(/0+$/, '');
    need = Math.max(need, trimmed.length);
  }
  return need;
}

/**
 * USD: whole dollars once the column reaches $1,000, cents below. With `compact`, a column
 * reaching a million (a billion) is written in millions (billions) with two decimals.
 */
export function usdScale(values: readonly number[], compact = false): ColumnScale {
  const m = largest(values);
  if (compact && m >= 1e9) return { kind: 'usd-compact', divisor: 1e9, digits: 2 };
  if (compact && m >= 1e6) return { kind: 'usd-compact', divisor: 1e6, digits: 2 };
  return { kind: 'usd', digits: m >= 1000 ? 0 : 2 };
}

/** Power in the unit of the column's largest value: MW with 2 decimals, kW or W with 1. */
export function powerScale(values: readonly number[]): ColumnScale {
  const m = largest(values);
  if (m >= 1e6) return { kind: 'power', divisor: 1e6, unit: 'MW', digits: 2 };
  if (m >= 1e3) return { kind: 'power', divisor: 1e3, unit: 'kW', digits: 1 };
  return { kind: 'power', divisor: 1, unit: 'W', digits: 1 };
}

/** Plain numbers with at most `max` decimals, as many as the most precise value needs. */
export function numberScale(values: readonly number[], max: number): ColumnScale {
  return { kind: 'number', digits: sharedDigits(values, max) };
}

function fixed(locale: string, x: number, digits: number): string {
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

/** A currency amount written in millions or billions with the locale's own suffix ("M", "mi"). */
function usdCompact(locale: string, x: number, divisor: number, digits: number): string {
  const parts = numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).formatToParts(Math.sign(x) * divisor || divisor);
  const scaled = fixed(locale, Math.abs(x) / divisor, digits);
  let number = false;
  return parts
    .map((p) => {
      if (p.type === 'minusSign') return x < 0 ? p.value : '';
      if (p.type === 'integer' || p.type === 'decimal' || p.type === 'fraction' || p.type === 'group') {
        if (number) return '';
        number = true;
        return scaled;
      }
      return p.value;
    })
    .join('');
}

/** One cell of a column written with the column's scale. */
export function formatIn(locale: string, scale: ColumnScale, x: number): string {
  switch (scale.kind) {
    case 'usd':
      return numberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: scale.digits,
        maximumFractionDigits: scale.digits,
      }).format(x);
    case 'usd-compact':
      return usdCompact(locale, x, scale.divisor, scale.digits);
    case 'power':
      return `${fixed(locale, x / scale.divisor, scale.digits)} ${scale.unit}`;
    case 'number':
      return fixed(locale, x, scale.digits);
  }
}

/**
 * A signed difference written like its column, e.g. "+$3,420", "−0.008", "±0 W"; the minus is
 * U+2212 as in the rest of the app.
 */
export function formatSignedIn(locale: string, scale: ColumnScale, d: number): string {
  const shown = formatIn(locale, scale, Math.abs(d));
  const zero = formatIn(locale, scale, 0);
  const sign = shown === zero ? '±' : d > 0 ? '+' : '−';
  return `${sign}${shown}`;
}

/**
 * Reads a number as a person types it in the active locale, and writes one back the same way.
 * Presentation only: the value read goes to shared/, which validates its range.
 *
 * Accepted, for a locale whose decimal mark is D and group mark is G (en: "." and ",";
 * pt-BR: "," and "."):
 * - the locale's form: groups of exactly three digits after G, an optional decimal part after D
 *   (pt-BR `30.000` = 30000, `30.000,50` = 30000.5, `0,08` = 0.08; en `30,000.5`);
 * - the plain form a program writes: `30000.5`, `1e6`, `-2` (pt-BR `1.5` = 1.5, since `.5` is
 *   not a group of three).
 * Refused, never guessed: text that mixes the two conventions or groups digits wrongly, such
 * as pt-BR `30,000.5` or en `1.234,5` and `30,00`.
 */

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'empty' | 'ambiguous' | 'not-a-number' };

/** The decimal and group marks of a locale, e.g. `{ decimal: ',', group: '.' }` for pt-BR. */
export function numberMarks(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  return { decimal, group };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses `text` in `locale`. Example: `parseLocaleNumber('30.000,5', 'pt-BR')` gives
 * `{ ok: true, value: 30000.5 }`; `parseLocaleNumber('1.234,5', 'en')` gives ambiguous.
 */
export function parseLocaleNumber(text: string, locale: string): ParsedNumber {
  // No-break and thin spaces (the group mark of some locales) and underscores are ignored.
  const s = text
    .trim()
    .replace(/[\u00a0\u202f_]/g, '')
    .replace(/^−/, '-');
  if (s === '') return { ok: false, reason: 'empty' };
  const { decimal, group } = numberMarks(locale);
  const D = esc(decimal);
  const G = esc(group);
  const grouped = new RegExp(`^([+-]?)([1-9]\\d{0,2}(?:${G}\\d{3})+|\\d+)(?:${D}(\\d+))?$`);
  const m = grouped.exec(s);
  if (m && (m[2]!.includes(group) || s.includes(decimal))) {
    const digits = m[2]!.split(group).join('');
    const value = Number(`${m[1]}${digits}${m[3] !== undefined ? `.${m[3]}` : ''}`);
    if (Number.isFinite(value)) return { ok: true, value };
  }
  if (PLAIN.test(s)) {
    const value = Number(s);
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-a-number' };
  }
  // Digits with both marks or badly grouped: could be read two ways, so refused.
  if (/^[+-]?[\d.,\s']+$/.test(s) && /\d/.test(s)) return { ok: false, reason: 'ambiguous' };
  return { ok: false, reason: 'not-a-number' };
}

/**
 * A number as it is shown in an input of `locale`: every significant digit kept (up to 12
 * fraction digits), groups marked unless `grouping` is false (years). Example: 30000.5 in
 * pt-BR is `30.000,5`.
 */
export function formatInputNumber(locale: string, value: number, grouping = true): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0'; // also -0
  if (Math.abs(value) >= 1e15 || (value !== 0 && Math.abs(value) < 1e-9)) return String(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 12, useGrouping: grouping }).format(value);
}

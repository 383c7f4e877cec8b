import { baselineDelta } from '../../shared/evaluate/baseline-delta.ts';
import { numberFormat } from './number-formats.ts';

/**
 * Locale-aware formatting of model figures. Presentation only: the numbers come from
 * shared/, formatting never rounds before the model has finished computing.
 */

export function formatNumber(locale: string, x: number, digits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(x);
}

/** USD with no cents above 1,000 and a compact form for millions when asked. */
export function formatUsd(locale: string, x: number, compact = false): string {
  if (compact && Math.abs(x) >= 1e6) {
    return numberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      maximumFractionDigits: 2,
    }).format(x);
  }
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: Math.abs(x) >= 1000 ? 0 : 2,
  }).format(x);
}

export function formatPercent(locale: string, share: number, digits = 1): string {
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(share);
}

/** Watts scaled to W, kW or MW. */
export function formatPower(locale: string, watts: number): string {
  const abs = Math.abs(watts);
  if (abs >= 1e6) return `${formatNumber(locale, watts / 1e6, 2)} MW`;
  if (abs >= 1e3) return `${formatNumber(locale, watts / 1e3, 1)} kW`;
  return `${formatNumber(locale, watts, 1)} W`;
}

export function formatEnergy(locale: string, mwh: number): string {
  if (Math.abs(mwh) >= 1e4) return `${formatNumber(locale, mwh / 1e3, 1)} GWh`;
  return `${formatNumber(locale, mwh, 0)} MWh`;
}

/** A signed delta with its percentage, e.g. "+$1,200 (+4.1%)". */
export function formatDelta(locale: string, value: number, base: number, kind: 'usd' | 'number' | 'power'): string {
  const d = baselineDelta(value, base);
  const sign = d.absolute > 0 ? '+' : d.absolute < 0 ? '−' : '±';
  const abs = Math.abs(d.absolute);
  const main =
    kind === 'usd'
      ? formatUsd(locale, abs, true)
      : kind === 'power'
        ? formatPower(locale, abs)
        : formatNumber(locale, abs, 1);
  const pct = d.relative !== undefined ? ` (${sign}${formatPercent(locale, Math.abs(d.relative))})` : '';
  return `${sign}${main}${pct}`;
}

/** Compact USD for chart axes at every magnitude, e.g. "$0", "$500K", "$4.5M". */
export function formatUsdAxis(locale: string, x: number): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(x);
}

/** Compact counts for log axes, e.g. "1K", "20K", "1M" (en) or "1 mil", "1 mi" (pt-BR). */
export function formatCount(locale: string, x: number): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(x);
}

/**
 * Tick labels for a log axis: only 1, 2 and 5 times a power of ten are labelled, so labels
 * never crowd each other; other ticks keep their grid line with an empty label.
 */
export function logTickLabel(locale: string, v: number): string {
  if (!(v > 0)) return '';
  const m = Math.round(v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9)));
  return m === 1 || m === 2 || m === 5 ? formatCount(locale, v) : '';
}

/**
 * Chart axis ticks and tooltips formatted alike: currency in the compact form, power as
 * W / kW / MW, and each bar's share of its total. The figures (values and shares) come from
 * shared/; this only formats them with the renderer's shared formatters (i18n/format.ts).
 */
import { sharesOfTotal } from '../../shared/evaluate/shares.ts';
import { formatPercent, formatPower, formatUsd, formatUsdAxis } from '../i18n/format.ts';

/** What a chart's values are: USD or W. */
export type ChartUnit = 'usd' | 'power';

/** An axis tick: "$4.5M" / "US$ 4,5 mi", "500 kW", "1,25 MW". */
export function axisTick(locale: string, unit: ChartUnit, v: number): string {
  return unit === 'usd' ? formatUsdAxis(locale, v) : formatPower(locale, v);
}

/** A value in a tooltip, a little more precise than the axis: "$4.13M", "$2,016", "1.92 MW". */
export function tooltipValue(locale: string, unit: ChartUnit, v: number): string {
  return unit === 'usd' ? formatUsd(locale, v, true) : formatPower(locale, v);
}

/** The part of a Chart.js tooltip item these callbacks read. */
export interface TooltipPoint {
  dataIndex: number;
  datasetIndex: number;
  dataset: { label?: string };
}

/**
 * Tooltip label callback for bars that split a total (capex or power by category): value and
 * share of that dataset's total, e.g. "Switches: $4.13M (33.6% of the total)". `datasets` holds
 * the plotted values (USD or W) per dataset; `shareText` words the share ("{share} of the total").
 * With `withDataset` the dataset's label leads (compare charts: one dataset per scenario).
 */
export function shareTooltip(
  locale: string,
  unit: ChartUnit,
  datasets: readonly (readonly number[])[],
  shareText: (share: string) => string,
  withDataset = false,
): (item: TooltipPoint) => string {
  const shares = datasets.map((d) => sharesOfTotal(d));
  return (item) => {
    const v = datasets[item.datasetIndex]?.[item.dataIndex];
    if (v === undefined) return '';
    const share = shares[item.datasetIndex]![item.dataIndex]!;
    const text = `${tooltipValue(locale, unit, v)} (${shareText(formatPercent(locale, share, 1))})`;
    return withDataset && item.dataset.label ? `${item.dataset.label}: ${text}` : text;
  };
}

/**
 * A long category label (a company, layer or input name beside a horizontal bar) split into
 * lines of at most `width` characters at spaces, at most `maxLines` of them, the last cut with
 * "…" when the label is longer, so the axis does not push the label out of the chart. The
 * tooltip still shows the whole name.
 * Example: wrapTick('Switch components (cages, power, cooling)') → ['Switch components', '(cages, power, cooling)'].
 */
export function wrapTick(label: string, width = 24, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const rest = lines.slice(maxLines - 1).join(' ');
  return [...lines.slice(0, maxLines - 1), `${rest.slice(0, width - 1)}…`];
}

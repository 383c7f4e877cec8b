/**
 * Stacked bar charts of spend (Market view by technology, value-chain panel by layer and by
 * company, spend by year): the datasets, one colour per value-chain layer in catalog order,
 * and the options (stacked axes, USD ticks, legend below). Figures come from shared/.
 * Example: stackedBarOptions('en', { horizontal: true }) → bars along x with "$4.5M" ticks.
 */
import { VALUE_CHAIN_LAYERS } from '../../shared/catalog/catalog-schema.ts';
import { formatUsd, formatUsdAxis } from '../i18n/format.ts';
import { wrapTick } from './chart-format.ts';
import { layerColor } from './palette.ts';

/** Layers in catalog order (stable colours across scenarios and years), "unsplit" last. */
export const LAYER_ORDER: readonly string[] = [...VALUE_CHAIN_LAYERS, 'unsplit'];

/** A layer's colour: the same layer has the same colour in every chart. */
export function layerOrderColor(layer: string): string {
  return layerColor(LAYER_ORDER.indexOf(layer));
}

/** One stack of a stacked bar chart: its legend label, a value (USD) per bar (null: no bar) and its colour. */
export interface StackSeries {
  label: string;
  data: (number | null)[];
  colour: string;
}

/** Chart.js data: the bars' labels and one dataset per stack. */
export function stackedBarData(labels: string[], stacks: StackSeries[]) {
  return {
    labels,
    datasets: stacks.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.colour })),
  };
}

/** What a category-axis tick callback reads from its scale. */
interface CategoryScale {
  getLabelForValue(value: number): string;
}

/**
 * Chart.js options: stacked bars with USD ticks on the value axis and the legend below.
 * `horizontal` lays the bars along x; `categoryAxis: false` hides the bars' labels (one bar).
 * Every bar keeps its label (long names wrap onto two lines instead of being skipped), the
 * value ticks stay level (skipped, not slanted, when crowded) and tooltips read like the axis.
 */
export function stackedBarOptions(locale: string, o: { horizontal?: boolean; categoryAxis?: boolean } = {}) {
  const value = {
    stacked: true,
    ticks: { maxRotation: 0, callback: (v: string | number) => formatUsdAxis(locale, Number(v)) },
  };
  const category =
    o.categoryAxis === false
      ? { stacked: true, display: false }
      : {
          stacked: true,
          ticks: {
            autoSkip: false,
            callback(this: CategoryScale, v: string | number) {
              return wrapTick(this.getLabelForValue(Number(v)));
            },
          },
        };
  return {
    indexAxis: o.horizontal ? ('y' as const) : ('x' as const),
    plugins: {
      legend: { position: 'bottom' as const, labels: { boxWidth: 12 } },
      tooltip: {
        callbacks: {
          label: (item: { dataset: { label?: string }; parsed: { x: number | null; y: number | null } }) =>
            `${item.dataset.label ?? ''}: ${formatUsd(locale, Number(o.horizontal ? item.parsed.x : item.parsed.y), true)}`,
        },
      },
    },
    scales: o.horizontal ? { x: value, y: category } : { x: category, y: value },
  };
}

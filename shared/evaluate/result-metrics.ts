/**
 * The one registry of result metrics: every headline figure of a {@link ScenarioResult} once,
 * with where it lives in the result, its English label, the key of its translated label in the
 * app's message files, its unit and how it is formatted. The workbook's Summary and Compare
 * sheets, the command line's crossover lines and the app's `metrics.*` messages all read their
 * labels here, so one figure is not labelled three ways.
 *
 * The ids of the per-accelerator figures are also the metric names of the analyses
 * (`capexPerAcceleratorUsd` in a sweep point, a crossover or a Monte Carlo summary), so
 * `resultMetric(crossover.metric)` labels a crossover.
 *
 * Example: `resultMetric('capexPerAcceleratorUsd')` → `{ label: 'Network capex per
 * accelerator', labelKey: 'metrics.capexPerAcceleratorUsd', unit: 'USD per accelerator',
 * format: 'usdCents', path: 'capex.perAcceleratorUsd', … }`.
 */
import { linkMediaSplit } from '../media/link-media-split.ts';
import type { ScenarioResult } from './scenario-result.ts';

/**
 * How a figure is shown: `usd` whole dollars, `usdCents` dollars and cents, `percent` a 0-1
 * share, `count` a whole number, `decimal` two decimals, `fine` up to six decimals, `watts`
 * W with one decimal, `kilowatts` / `megawatts` W shown in kW / MW, `mwh` MWh, `hhi` the
 * 0-10,000 index, `year` a calendar year, `text` a word.
 */
export type MetricFormat =
  | 'usd'
  | 'usdCents'
  | 'percent'
  | 'count'
  | 'decimal'
  | 'fine'
  | 'watts'
  | 'kilowatts'
  | 'megawatts'
  | 'mwh'
  | 'hhi'
  | 'year'
  | 'text';

export interface ResultMetric {
  /** Stable id, also the last segment of `labelKey`. */
  id: string;
  /** Dotted path of the figure in ScenarioResult (and the command line's JSON); null when derived. */
  path: string | null;
  /** The figure of one result; undefined when the result does not have it (optional metrics). */
  value: (r: ScenarioResult) => number | string | undefined;
  /** English label: the workbook's and the command line's, and the en message of `labelKey`. */
  label: string;
  /** Key of the label in renderer/i18n/en.ts and pt-BR.ts. */
  labelKey: string;
  /**
   * Short English label for a table row or a card, where the full label would not fit (the
   * command line's headline table, the app's headline cards); the full label when undefined.
   */
  short?: string;
  /** Key of the short label (`metrics.<id>Short`), set when `short` is. */
  shortKey?: string;
  /** Unit as written beside the figure ('' for a word). */
  unit: string;
  format: MetricFormat;
  /** True when some results lack it (efficiency figures need a workload that splits over the cluster). */
  optional?: boolean;
}

type Entry = Omit<ResultMetric, 'labelKey' | 'shortKey' | 'value'> & { value?: ResultMetric['value'] };

/** Reads a dotted path, e.g. `at(r, 'capex.totalUsd')`. */
function at(r: ScenarioResult, path: string): number | string | undefined {
  let v: unknown = r;
  for (const k of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[k];
  return v as number | string | undefined;
}

const split = (r: ScenarioResult) => linkMediaSplit(r.fabric.links.byClass, r.fabric.transceivers, r.accelerators);

const ENTRIES: readonly Entry[] = [
  { id: 'year', path: 'year', label: 'Build year', unit: 'year', format: 'year' },
  { id: 'topology', path: 'fabric.topology', label: 'Topology', unit: '', format: 'text' },
  { id: 'accelerators', path: 'accelerators', label: 'Accelerators', unit: 'accelerators', format: 'count' },
  { id: 'tiers', path: 'fabric.tiers', label: 'Switching tiers', unit: 'tiers', format: 'count' },
  { id: 'switches', path: 'fabric.switches.total', label: 'Switches', unit: 'switches', format: 'count' },
  { id: 'links', path: 'fabric.links.total', label: 'Links', unit: 'links', format: 'count' },
  {
    id: 'transceivers',
    path: 'fabric.transceivers',
    label: 'Pluggable transceivers',
    unit: 'modules',
    format: 'count',
  },
  {
    id: 'idlePortShare',
    path: 'fabric.switches.idlePortShare',
    label: 'Idle switch-port share',
    unit: '%',
    format: 'percent',
    short: 'Idle switch ports',
  },
  {
    id: 'modulesPerAccelerator',
    path: null,
    value: (r) => split(r).modulesPerAccelerator,
    label: 'Optics attach rate (pluggable modules per accelerator)',
    unit: 'modules/accelerator',
    format: 'decimal',
  },
  {
    id: 'copperLinks',
    path: null,
    value: (r) => split(r).copperLinks,
    label: 'Copper links (DAC, ACC, AEC)',
    unit: 'links',
    format: 'count',
  },
  {
    id: 'opticalLinks',
    path: null,
    value: (r) => split(r).opticalLinks,
    label: 'Optical links (AOC, pluggable modules, CPO)',
    unit: 'links',
    format: 'count',
  },
  {
    id: 'copperShare',
    path: null,
    value: (r) => split(r).copperShare,
    label: 'Copper share of links',
    unit: '%',
    format: 'percent',
  },
  {
    id: 'capexUsd',
    path: 'capex.totalUsd',
    label: 'Network capex at list price',
    unit: 'USD',
    format: 'usd',
    short: 'Network capex',
  },
  {
    id: 'capexAdjustedUsd',
    path: 'capex.adjusted.totalUsd',
    label: 'Network capex after discount, spares and installation',
    unit: 'USD',
    format: 'usd',
  },
  {
    id: 'supportUsdPerYear',
    path: 'capex.adjusted.supportUsdPerYear',
    label: 'Network support per year',
    unit: 'USD/yr',
    format: 'usd',
  },
  {
    id: 'capexLowUsd',
    path: 'capex.range.lowUsd',
    label: 'Network capex, catalog low end of every price range',
    unit: 'USD',
    format: 'usd',
  },
  {
    id: 'capexHighUsd',
    path: 'capex.range.highUsd',
    label: 'Network capex, catalog high end of every price range',
    unit: 'USD',
    format: 'usd',
  },
  {
    id: 'capexPerAcceleratorUsd',
    path: 'capex.perAcceleratorUsd',
    label: 'Network capex per accelerator',
    unit: 'USD per accelerator',
    format: 'usdCents',
    short: 'Capex per accelerator',
  },
  {
    id: 'networkShareOfClusterCapex',
    path: 'capex.networkShareOfCluster',
    label: 'Network share of cluster capex',
    unit: '%',
    format: 'percent',
    short: 'Share of cluster capex',
  },
  {
    id: 'usdPerGbps',
    path: 'usdPerGbps',
    label: 'Network capex per Gb/s of endpoint bandwidth',
    unit: 'USD per Gb/s',
    format: 'usdCents',
  },
  {
    id: 'powerW',
    path: 'power.totalW',
    label: 'Network IT power',
    unit: 'kW',
    format: 'kilowatts',
    short: 'Network power',
  },
  {
    id: 'powerPerAcceleratorW',
    path: 'power.perAcceleratorW',
    label: 'Network power per accelerator',
    unit: 'W per accelerator',
    format: 'watts',
    short: 'Power per accelerator',
  },
  {
    id: 'networkShareOfClusterPower',
    path: 'power.networkShareOfClusterPower',
    label: 'Network share of cluster power',
    unit: '%',
    format: 'percent',
    short: 'Share of cluster power',
  },
  {
    id: 'clusterPowerW',
    path: 'power.cluster.totalW',
    label: 'Whole-cluster IT power (accelerators, servers, network)',
    unit: 'MW',
    format: 'megawatts',
    short: 'Cluster power (accelerators, servers, network)',
  },
  {
    id: 'energyMWhPerYear',
    path: 'power.energyMWhPerYear',
    label: 'Facility energy per year (with PUE)',
    unit: 'MWh/yr',
    format: 'mwh',
    short: 'Network energy per year (with PUE)',
  },
  {
    id: 'energyCostUsdPerYear',
    path: 'power.energyCostUsdPerYear',
    label: 'Energy cost per year',
    unit: 'USD/yr',
    format: 'usd',
    short: 'Network energy cost per year',
  },
  {
    id: 'tcoUsd',
    path: 'tcoUsd',
    label: 'Network TCO over the horizon',
    unit: 'USD',
    format: 'usd',
    short: 'Network TCO',
  },
  { id: 'vendorHhi', path: 'exposure.hhi', label: 'Vendor HHI', unit: '0-10,000', format: 'hhi' },
  {
    id: 'topVendor',
    path: null,
    // The vendor's name (as the workbook's Exposure sheet shows it), not the catalog id.
    value: (r) => r.exposure.byVendor.find((v) => v.vendor === r.exposure.topVendor?.vendor)?.name ?? '',
    label: 'Top vendor',
    unit: '',
    format: 'text',
  },
  {
    id: 'topVendorShare',
    path: null,
    value: (r) => r.exposure.topVendor?.share ?? 0,
    label: 'Top vendor share',
    unit: '%',
    format: 'percent',
  },
  { id: 'countryHhi', path: 'exposure.countryHhi', label: 'Country HHI', unit: '0-10,000', format: 'hhi' },
  {
    id: 'networkInterruptionsPerDay',
    path: 'reliability.networkInterruptionsPerDay',
    label: 'Network-caused interruptions per day',
    unit: '1/day',
    format: 'fine',
  },
  {
    id: 'ettr',
    path: 'reliability.ettr',
    label: 'Effective training time ratio (ETTR)',
    unit: '%',
    format: 'percent',
  },
  {
    id: 'tcoWithDowntimeUsd',
    path: 'tcoWithDowntimeUsd',
    label: 'Network TCO with downtime',
    unit: 'USD',
    format: 'usd',
  },
  {
    id: 'networkLimitedEfficiency',
    path: null,
    value: (r) => (r.efficiency.ok ? r.efficiency.networkLimitedEfficiency : undefined),
    label: 'Network-limited efficiency',
    unit: '%',
    format: 'percent',
    optional: true,
  },
  {
    id: 'clusterTcoUsdPerEffectiveAccelerator',
    path: null,
    value: (r) => (r.efficiency.ok ? r.efficiency.clusterTcoUsdPerEffectiveAccelerator : undefined),
    label: 'Cluster TCO per effective accelerator',
    unit: 'USD per effective accelerator',
    format: 'usd',
    optional: true,
  },
];

/** Every result metric, in the order the Summary sheet lists them. */
export const RESULT_METRICS: readonly ResultMetric[] = ENTRIES.map(({ value, ...e }) => ({
  ...e,
  labelKey: `metrics.${e.id}`,
  ...(e.short === undefined ? {} : { shortKey: `metrics.${e.id}Short` }),
  value: value ?? ((r: ScenarioResult) => at(r, e.path!)),
}));

const BY_ID = new Map(RESULT_METRICS.map((m) => [m.id, m]));

/** The metric with this id, or undefined. */
export function resultMetric(id: string): ResultMetric | undefined {
  return BY_ID.get(id);
}

/** The English label of a metric id; the id itself when it is not a result metric. */
export function metricLabel(id: string): string {
  return BY_ID.get(id)?.label ?? id;
}

/**
 * The metric with this id, which must exist: for hosts that name their figures by id (the
 * command line's headline table, the app's headline cards). Throws on an unknown id, so a
 * renamed metric fails at its first use rather than showing a blank label.
 */
export function requireMetric(id: string): ResultMetric {
  const m = BY_ID.get(id);
  if (!m) throw new Error(`unknown result metric "${id}"`);
  return m;
}

/** The short English label of a metric (its full label when it has no short one). */
export function metricShortLabel(m: ResultMetric): string {
  return m.short ?? m.label;
}

/** The i18n key a card or table row shows: the short label's key, else the full label's. */
export function metricShortKey(m: ResultMetric): string {
  return m.shortKey ?? m.labelKey;
}

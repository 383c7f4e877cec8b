/**
 * Plain-text reports of the scaling analyses for the terminal: size sweeps, year projections,
 * tornado charts, Monte Carlo summaries and the roadmap timeline. Presentation only: every
 * number comes from the result objects computed in shared/scaling.
 */
import type { MonteCarloMetric, MonteCarloResult } from '../../shared/scaling/monte-carlo.ts';
import type { DistributionSummary } from '../../shared/scaling/percentiles.ts';
import type { RoadmapTimeline } from '../../shared/scaling/roadmap.ts';
import type { SizeSweep } from '../../shared/scaling/size-sweep.ts';
import type { Tornado, TornadoBar } from '../../shared/scaling/tornado.ts';
import type { YearProjection } from '../../shared/scaling/year-projection.ts';
import { spendByYear, type SpendRow } from '../../shared/exposure/spend-by-year.ts';
import type { Crossover } from '../../shared/scaling/crossovers.ts';
import { fixed, int, musd, textTable, usd } from './text-format.ts';
import { layerName } from '../../shared/exposure/layer-names.ts';
import { metricLabel } from '../../shared/evaluate/result-metrics.ts';

function formatCrossover(c: Crossover, x: (v: number) => string): string {
  return `  ${metricLabel(c.metric)}: ${c.lowerAfter} lower than ${c.lowerBefore} from ${x(c.at)} (${c.lowerBefore} lower up to ${x(c.before)})`;
}

/** Sweep: one table per series, then tier transitions, build limits and crossovers. */
export function formatSweep(scenario: string, w: SizeSweep): string {
  const out: string[] = [`== Cluster-size sweep: ${scenario} (${w.sizes.length} sizes) ==`];
  for (const s of w.series) {
    out.push('', `-- ${s.name} (${s.topology}) --`);
    const rows = [['Accelerators', 'Tiers', 'Switches', 'Transceivers', 'Capex/acc', 'W/acc', 'Switch']];
    for (const p of s.points) {
      rows.push(
        p.ok
          ? [
              int(p.accelerators),
              String(p.tiers),
              int(p.switches),
              int(p.transceivers),
              usd(p.capexPerAcceleratorUsd),
              fixed(p.powerPerAcceleratorW, 1),
              p.switchModel,
            ]
          : [int(p.accelerators), '-', '-', '-', '-', '-', `not buildable (${p.error.path})`],
      );
    }
    out.push(textTable(rows, [6]));
    for (const t of s.tierTransitions) {
      out.push(
        `  tiers ${t.fromTiers} -> ${t.toTiers} between ${int(t.lastAccelerators)} and ${int(t.firstAccelerators)} accelerators`,
      );
    }
    for (const f of s.feasibility) {
      out.push(
        f.buildable
          ? `  buildable again from ${int(f.firstAccelerators)} accelerators`
          : `  not buildable beyond ${int(f.lastAccelerators)} accelerators: ${f.error?.message ?? ''}`,
      );
    }
  }
  if (w.crossovers.length) {
    out.push('', 'Crossovers (lower is better):');
    for (const c of w.crossovers) out.push(formatCrossover(c, (v) => `${int(v)} accelerators`));
  }
  return out.join('\n');
}

/** Projection: one table per series, transitions, slips and crossovers. */
export function formatProjection(scenario: string, p: YearProjection): string {
  const out: string[] = [
    `== Year projection: ${scenario}, ${p.fromYear}-${p.toYear}, ${p.mode} (build year ${p.baseYear}; prices of shipping products refer to ${p.priceReferenceYear ?? 'the catalog'}) ==`,
  ];
  if (p.slips.length) {
    out.push('Slips applied:');
    for (const s of p.slips)
      out.push(`  ${s.componentId}: first volume ${s.fromYear} -> ${s.toYear} (${s.targets.join(', ')})`);
  }
  for (const s of p.series) {
    out.push('', `-- ${s.name} --`);
    const rows = [['Year', 'Switch', 'NIC', 'Capex', 'Capex/acc', 'W/acc', 'USD/Gbps', 'Vendor HHI']];
    for (const x of s.points) {
      rows.push(
        x.ok
          ? [
              String(x.year),
              x.switchModel,
              x.nicModel,
              musd(x.capexUsd),
              usd(x.capexPerAcceleratorUsd),
              fixed(x.powerPerAcceleratorW, 1),
              fixed(x.usdPerGbps, 2),
              int(x.exposure.hhi),
            ]
          : [String(x.year), 'not buildable', '', '', '', '', '', ''],
      );
    }
    out.push(textTable(rows, [1, 2]));
    for (const x of s.points) if (!x.ok) out.push(`  ${x.year} not buildable: ${x.error.path}: ${x.error.message}`);
    for (const t of s.transitions) out.push(`  ${t.year}: ${t.what} ${t.from} -> ${t.to}`);
  }
  const main = p.series[0];
  if (main) {
    const w = spendByYear(main.points);
    const yearTable = (head: string, xs: SpendRow[]) =>
      textTable([
        [head, ...w.years.map(String)],
        ...xs.map((r) => [r.name, ...r.spendUsd.map((v) => (v === null ? '-' : musd(v)))]),
      ]);
    out.push('', `Spend by company per year, ${main.name} (top 10 over the years):`);
    out.push(yearTable('Company', w.companies.slice(0, 10)));
    out.push('', `Spend by value-chain layer per year, ${main.name}:`);
    out.push(
      yearTable(
        'Layer',
        w.layers.map((r) => ({ ...r, name: layerName(r.key) })),
      ),
    );
  }
  if (p.crossovers.length) {
    out.push('', 'Crossovers (lower is better):');
    for (const c of p.crossovers) out.push(formatCrossover(c, String));
  }
  return out.join('\n');
}

const BAR_WIDTH = 30;

function tornadoTable(title: string, bars: readonly TornadoBar[], base: number): string {
  if (bars.length === 0) return `${title}: no input moves it`;
  const widest = Math.max(...bars.map((b) => b.swing));
  const rows = [['#', 'Input', 'Low', 'High', 'At low', 'At high', 'Swing', '']];
  bars.forEach((b, i) => {
    const len = widest > 0 ? Math.max(1, Math.round((BAR_WIDTH * b.swing) / widest)) : 0;
    const flag = b.designChangesAt.length ? ` (auto choice changes at ${b.designChangesAt.join(' and ')})` : '';
    rows.push([
      String(i + 1),
      b.label + flag,
      fixed(b.low, 3),
      fixed(b.high, 3),
      musd(b.atLow),
      musd(b.atHigh),
      musd(b.swing),
      '#'.repeat(len),
    ]);
  });
  return `${title} (base ${musd(base)}):\n${textTable(rows, [1, 7])}`;
}

/** Tornado: base case, then the capex and TCO charts as ranked tables with text bars. */
export function formatTornado(t: Tornado): string {
  const out = [
    `== Tornado: ${t.scenario} ==`,
    `Base case: ${t.baseCase.statement}.`,
    `Method: ${t.method}`,
    '',
    tornadoTable('Network capex', t.capex, t.baseCase.capexUsd),
    '',
    tornadoTable('Network TCO', t.tco, t.baseCase.tcoUsd),
  ];
  if (t.tcoWithDowntime) {
    out.push(
      '',
      tornadoTable('Network TCO with network downtime cost', t.tcoWithDowntime.bars, t.tcoWithDowntime.baseUsd),
    );
  }
  if (t.held.length) {
    out.push('', `Held at their value: ${t.held.map((h) => `${h.label} (${h.reason})`).join('; ')}`);
  }
  return out.join('\n');
}

/** Monte Carlo rows: the registry's label of each metric (power printed in W, so said so). */
const MC_ROWS: [MonteCarloMetric, string, (x: number) => string][] = [
  ['capexUsd', metricLabel('capexUsd'), musd],
  ['capexPerAcceleratorUsd', metricLabel('capexPerAcceleratorUsd'), usd],
  ['powerW', `${metricLabel('powerW')} (W)`, int],
  ['energyCostUsdPerYear', metricLabel('energyCostUsdPerYear'), musd],
  ['tcoUsd', metricLabel('tcoUsd'), musd],
];

function histogram(h: DistributionSummary['histogram'], f: (x: number) => string): string {
  const peak = Math.max(...h.counts);
  const lines: string[] = [];
  for (let i = 0; i < h.counts.length; i++) {
    const bar = '#'.repeat(peak > 0 ? Math.round((40 * h.counts[i]!) / peak) : 0);
    lines.push(`  ${f(h.edges[i]!).padStart(10)}  ${bar}`);
  }
  return lines.join('\n');
}

/** Monte Carlo: settings and convention, percentile table, histogram of network capex. */
export function formatMonteCarlo(m: MonteCarloResult): string {
  const rows = [['Metric', 'Base', 'Mean', 'P10', 'P50', 'P90', 'Min', 'Max']];
  for (const [key, label, f] of MC_ROWS) {
    const s = m.metrics[key];
    const base = key === 'capexPerAcceleratorUsd' ? m.baseCase.capexPerAcceleratorUsd : m.baseCase[key];
    rows.push([label, f(base), f(s.mean), f(s.p10), f(s.p50), f(s.p90), f(s.min), f(s.max)]);
  }
  return [
    `== Monte Carlo: ${m.scenario} ==`,
    `${int(m.samples)} samples, ${m.distribution} distributions, ${m.sampling} sampling, seed ${m.seed} (${m.generator}); ` +
      `${m.inputs.length} uncertain inputs, ${m.held.length} held; not sampled: ${m.notSampled.join('; ')}.`,
    m.quantileConvention,
    '',
    textTable(rows),
    '',
    'Network capex, histogram (bin start):',
    histogram(m.metrics.capexUsd.histogram, musd),
  ].join('\n');
}

/** Roadmap: product lanes by technology, then by vendor, with slips. */
export function formatRoadmap(t: RoadmapTimeline): string {
  const out = ['== Roadmap: products by technology and by vendor (first-volume year) =='];
  for (const tech of t.technologies) {
    const y = tech.firstVolumeYear;
    const moved = y.typical !== tech.catalogFirstVolumeYear ? ` (catalog ${tech.catalogFirstVolumeYear})` : '';
    out.push(
      `${tech.name}: ${y.typical}${moved}, range ${y.low}-${y.high} [${tech.quality}, ${tech.source}]: ` +
        tech.products.join(', '),
    );
  }
  out.push('');
  for (const lane of t.byVendor) {
    out.push(`${lane.name}: ${lane.products.map((p) => `${p.id} ${p.firstVolumeYear}`).join(', ')}`);
  }
  if (t.slips.length) {
    out.push('', 'Slips:');
    for (const s of t.slips) out.push(`  ${s.componentId}: ${s.fromYear} -> ${s.toYear} (${s.targets.join(', ')})`);
  }
  return out.join('\n');
}

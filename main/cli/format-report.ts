/**
 * Plain-text report of evaluated scenarios for the terminal. Presentation only: every
 * number comes from the ScenarioResult computed in shared/.
 */
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import { terminalSafeValue } from './terminal-text.ts';
import { fixed, int, kw, pct, textTable, usd } from './text-format.ts';
import { layerName } from '../../shared/exposure/layer-names.ts';
import { metricShortLabel, requireMetric } from '../../shared/evaluate/result-metrics.ts';

/**
 * The headline table's label of a result metric: its short label in the registry, the one the
 * app's headline cards show. Rows that combine figures (low / high, the cluster split) and the
 * cluster's own energy rows are not result metrics and keep their wording here. The values keep
 * the terminal's formats (whole dollars, kW), documented in text-format.ts.
 */
const short = (id: string): string => metricShortLabel(requireMetric(id));

/** Renders one scenario as headline figures, fabric plan, capex, power and exposure. */
export function formatScenario(r: ScenarioResult): string {
  const f = r.fabric;
  const out: string[] = [];
  out.push(`== ${terminalSafeValue(r.name)} (${r.year}) ==`);
  out.push(
    `${int(r.accelerators)} accelerators, ${f.topology}, ${f.tiers} tier${f.tiers === 1 ? '' : 's'}, ` +
      `${f.planes} plane${f.planes === 1 ? '' : 's'}, switch ${f.switchModel} (radix ${f.radix}), NIC ${f.nicModel}`,
  );
  out.push('');
  out.push(
    textTable([
      ['Headline', 'Value'],
      [short('capexUsd'), usd(r.capex.totalUsd)],
      ['  low / high (price ranges of the parts)', `${usd(r.capex.range.lowUsd)} / ${usd(r.capex.range.highUsd)}`],
      [short('capexPerAcceleratorUsd'), usd(r.capex.perAcceleratorUsd)],
      [short('networkShareOfClusterCapex'), pct(r.capex.networkShareOfCluster)],
      [short('powerW'), kw(r.power.totalW)],
      [short('powerPerAcceleratorW'), `${fixed(r.power.perAcceleratorW, 1)} W`],
      [short('networkShareOfClusterPower'), pct(r.power.networkShareOfClusterPower)],
      [short('energyMWhPerYear'), `${int(r.power.energyMWhPerYear)} MWh/yr`],
      [short('energyCostUsdPerYear'), `${usd(r.power.energyCostUsdPerYear)}/yr`],
      [short('clusterPowerW'), kw(r.power.cluster.totalW)],
      [
        '  accelerators / servers / network',
        `${kw(r.power.cluster.acceleratorsW)} / ${kw(r.power.cluster.serversW)} / ${kw(r.power.cluster.networkW)}`,
      ],
      ['  per accelerator', `${fixed(r.power.cluster.perAcceleratorW, 1)} W`],
      ['Cluster energy per year (with PUE)', `${int(r.power.cluster.energyMWhPerYear)} MWh/yr`],
      ['Cluster energy cost per year', `${usd(r.power.cluster.energyCostUsdPerYear)}/yr`],
      [`${short('tcoUsd')} over ${r.economics.horizonYears} years`, usd(r.tcoUsd)],
      [`${short('vendorHhi')} (${requireMetric('vendorHhi').unit})`, int(r.exposure.hhi)],
    ]),
  );
  out.push('');
  const unit = f.scalableUnit;
  if (unit && !unit.fillsLeaves) {
    out.push(
      `WARNING: the forced scalable unit of ${int(unit.servers)} servers does not fill its rail leaves: ` +
        `${int(unit.idleLeafPorts)} leaf ports (${pct(unit.idleLeafPortShare)}) are idle. ` +
        'Set topology.scalableUnitServers to "auto" to fill them.',
    );
    out.push('');
  }
  out.push(
    textTable([
      ['Switch tier', 'Count', 'Radix', 'Idle ports', 'Idle share'],
      ...f.switches.byTier.map((t) => [t.tier, int(t.count), int(t.radix), int(t.idlePorts), pct(t.idlePortShare)]),
      ['total', int(f.switches.total), '', '', pct(f.switches.idlePortShare)],
    ]),
  );
  if (unit) out.push(`Scalable unit: ${int(unit.servers)} servers${unit.auto ? ' (auto)' : ' (forced)'}`);
  out.push('');
  out.push(
    textTable([
      ['Link class', 'Links', 'Medium', 'Length', 'Cables', 'Modules'],
      ...f.links.byClass.map((l) => [
        l.class,
        int(l.count),
        l.medium,
        `${l.lengthM} m`,
        int(l.cables + l.fibers),
        int(l.transceivers),
      ]),
    ]),
  );
  out.push('');
  const cats = Object.entries(r.capex.byCategory);
  out.push(
    textTable([
      ['Category', 'Capex', 'Power'],
      ...cats.map(([c, v]) => [c, usd(v), kw(r.power.byCategory[c as keyof typeof r.power.byCategory])]),
    ]),
  );
  out.push('');
  out.push(
    textTable([
      ['Vendor', 'Country', 'Spend', 'Share'],
      ...r.exposure.byVendor.slice(0, 8).map((v) => [v.name, v.country, usd(v.spendUsd), pct(v.share)]),
    ]),
  );
  if (r.exposure.byCompany.length) {
    const companyName = new Map(r.exposure.byCompany.map((c) => [c.vendor, c.name]));
    out.push('');
    out.push(
      textTable(
        [
          ['Company (value chain)', 'Listing', 'Largest layer', 'Earns', 'Share'],
          ...r.exposure.byCompany
            .slice(0, 10)
            .map((c) => [c.name, c.listing, layerName(c.byLayer[0]?.layer ?? ''), usd(c.spendUsd), pct(c.share)]),
        ],
        [1, 2],
      ),
    );
    out.push('');
    out.push(
      textTable(
        [
          ['Value-chain layer', 'Spend', 'Share', 'Largest earner'],
          ...r.exposure.byLayer.map((l) => {
            const top = l.companies[0]?.vendor;
            return [layerName(l.layer), usd(l.spendUsd), pct(l.share), top ? (companyName.get(top) ?? top) : ''];
          }),
        ],
        [3],
      ),
    );
  }
  out.push('', ...efficiencyAndReliability(r));
  if (f.notes.length) out.push('', ...f.notes.map((n) => `note: ${n}`));
  return out.join('\n');
}

/** Short efficiency and reliability section: step time, efficiency, interruptions and downtime cost. */
function efficiencyAndReliability(r: ScenarioResult): string[] {
  const out: string[] = [];
  const e = r.efficiency;
  if (e.ok) {
    const p = e.parallelism;
    const c = e.communication;
    out.push(
      textTable([
        ['Parallel efficiency', 'Value'],
        ['Parallelism (TP x PP x DP, EP)', `${p.tensor} x ${p.pipeline} x ${p.data}, EP ${p.expert}`],
        [
          'Bus bandwidth scale-up / scale-out',
          `${fixed(e.busBandwidthGBps.scaleUp, 1)} / ${fixed(e.busBandwidthGBps.scaleOut, 1)} GB/s`,
        ],
        ['Compute efficiency', `${pct(e.computeEfficiency)} (${e.computeEfficiencySource})`],
        [
          'Memory per accelerator',
          `${fixed(e.memory.totalBytes / 1e9, 1)} of ${fixed(e.memory.capacityBytes / 1e9, 1)} GB` +
            (e.memory.fits ? '' : ' (does not fit)'),
        ],
        ['In-network reduction (DP)', e.inNetworkReduction ? 'yes' : 'no'],
        ['Step time', `${fixed(e.stepSeconds, 3)} s`],
        ['  compute / bubble', `${fixed(e.computeSeconds, 3)} / ${fixed(e.bubbleSeconds, 3)} s`],
        [
          '  exposed comm. TP / PP / DP / EP',
          [c.tensor, c.pipeline, c.data, c.expert].map((x) => fixed(x.exposedSeconds, 3)).join(' / ') + ' s',
        ],
        ['Network-limited efficiency', pct(e.networkLimitedEfficiency)],
        ['MFU', pct(e.mfu)],
        [
          'Tokens per day (after failures)',
          `${fixed(e.tokensPerDay / 1e9, 1)} B (${fixed(e.effectiveTokensPerDay / 1e9, 1)} B)`,
        ],
        ['Cluster TCO per effective accelerator', usd(e.clusterTcoUsdPerEffectiveAccelerator)],
      ]),
    );
  } else {
    out.push(`Parallel efficiency: not computed: ${e.error.path}: ${e.error.message} (got ${e.error.value})`);
  }
  const q = r.reliability;
  out.push('');
  out.push(
    textTable([
      ['Reliability', 'Value'],
      ['Interruptions per day', fixed(q.interruptionsPerDay, 2)],
      ['  network-caused (share)', `${fixed(q.networkInterruptionsPerDay, 2)} (${pct(q.networkShare)})`],
      ['Mean time to interruption', q.mttiHours === null ? 'none expected' : `${fixed(q.mttiHours, 2)} h`],
      [
        `Checkpoint interval (${q.checkpointMode})`,
        q.checkpointIntervalMinutes === null ? 'none' : `${fixed(q.checkpointIntervalMinutes, 1)} min`,
      ],
      ['Effective training time ratio', pct(q.ettr)],
      ['Downtime', `${int(q.downtimeAcceleratorHoursPerYear)} accelerator-h/yr, ${usd(q.downtimeCostUsdPerYear)}/yr`],
      ['Network-caused downtime', `${usd(q.networkDowntimeCostUsdPerYear)}/yr`],
      [`TCO with network downtime, ${r.economics.horizonYears} years`, usd(r.tcoWithDowntimeUsd)],
    ]),
  );
  return out;
}

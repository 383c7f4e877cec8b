/**
 * Plain-text report of evaluated scenarios for the terminal. Presentation only: every
 * number comes from the ScenarioResult computed in shared/.
 */
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';

const usd = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;
const int = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const kw = (w: number) => `${(w / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} kW`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n');
}

/** Renders one scenario as headline figures, fabric plan, capex, power and exposure. */
export function formatScenario(r: ScenarioResult): string {
  const f = r.fabric;
  const out: string[] = [];
  out.push(`== ${r.name} (${r.year}) ==`);
  out.push(
    `${int(r.accelerators)} accelerators, ${f.topology}, ${f.tiers} tier${f.tiers === 1 ? '' : 's'}, ` +
      `${f.planes} plane${f.planes === 1 ? '' : 's'}, switch ${f.switchModel} (radix ${f.radix}), NIC ${f.nicModel}`,
  );
  out.push('');
  out.push(
    table([
      ['Headline', 'Value'],
      ['Network capex', usd(r.capex.totalUsd)],
      ['  per accelerator', usd(r.capex.perAcceleratorUsd)],
      ['  share of cluster capex', pct(r.capex.networkShareOfCluster)],
      ['Network power', kw(r.power.totalW)],
      ['  per accelerator', `${r.power.perAcceleratorW.toFixed(1)} W`],
      ['Energy (facility, with PUE)', `${int(r.power.energyMWhPerYear)} MWh/yr`],
      ['Energy cost', `${usd(r.power.energyCostUsdPerYear)}/yr`],
      [`TCO over ${r.economics.horizonYears} years`, usd(r.tcoUsd)],
      ['Vendor HHI (0-10,000)', int(r.exposure.hhi)],
    ]),
  );
  out.push('');
  out.push(
    table([
      ['Switch tier', 'Count', 'Radix', 'Idle ports'],
      ...f.switches.byTier.map((t) => [t.tier, int(t.count), int(t.radix), int(t.idlePorts)]),
      ['total', int(f.switches.total), '', ''],
    ]),
  );
  out.push('');
  out.push(
    table([
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
    table([
      ['Category', 'Capex', 'Power'],
      ...cats.map(([c, v]) => [c, usd(v), kw(r.power.byCategory[c as keyof typeof r.power.byCategory])]),
    ]),
  );
  out.push('');
  out.push(
    table([
      ['Vendor', 'Country', 'Spend', 'Share'],
      ...r.exposure.byVendor.slice(0, 8).map((v) => [v.name, v.country, usd(v.spendUsd), pct(v.share)]),
    ]),
  );
  if (f.notes.length) out.push('', ...f.notes.map((n) => `note: ${n}`));
  return out.join('\n');
}

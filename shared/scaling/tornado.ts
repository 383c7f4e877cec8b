/**
 * Tornado charts: one-at-a-time swings of each uncertain input (component prices and powers
 * with catalog ranges, PUE, electricity price; see bom-repricing.ts) from its low to its high
 * value, every other input held at its base value, for network capex and for network TCO.
 * Bars are ranked by swing, largest first; inputs that do not move an output (a power does
 * not move capex) are left out of that output's chart.
 *
 * Base case: the scenario as evaluated, every figure at its catalog typical value or the
 * user's override, the design (plan, switch, NIC, media) chosen by the evaluator; swings
 * re-price that design. A price swing that would make an `auto` choice pick another component
 * is flagged (`designChangesAt`), found by re-evaluating the scenario with that price.
 *
 * Failure rates: when the evaluation carries a reliability result (`result.reliability`), a
 * third chart ranks the swings of network TCO plus network-caused downtime cost over the
 * horizon. Its bars are the TCO bars (prices, powers, PUE and electricity do not move downtime)
 * plus one bar per network component whose catalog failure rate has a range, swung from low to
 * high by re-evaluating the scenario on a catalog copy with that rate (downtime cost is not
 * linear in failure rates: the checkpoint interval and training-time ratio follow them).
 *
 * Example: for a 100k-accelerator Ethernet scenario the capex chart is usually led by the
 * switch and optics prices; the TCO chart adds electricity price and PUE.
 */
import type { Catalog, Figure, Quality } from '../catalog/catalog-schema.ts';
import type { Overrides } from '../components/pricing.ts';
import { evaluateScenario } from '../evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../evaluate/scenario-result.ts';
import { ok, type Result } from '../model-error.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { repricingModel, type HeldInput, type Outcome, type UncertainInputKind } from './bom-repricing.ts';

/** A bar's input kind: the re-priced inputs, or a component's failure rate (%/yr). */
export type TornadoInputKind = UncertainInputKind | 'failure-rate';

export interface TornadoBar {
  inputId: string;
  label: string;
  kind: TornadoInputKind;
  unit: string;
  source: string;
  quality: Quality | 'scenario';
  /** Input values: low, base and high. */
  low: number;
  base: number;
  high: number;
  /** The output with the input at its low and at its high value. */
  atLow: number;
  atHigh: number;
  /** |atHigh - atLow|, the ranking key. */
  swing: number;
  /** Ends of the range at which `auto` selection would choose other components (price inputs only). */
  designChangesAt: ('low' | 'high')[];
}

export interface Tornado {
  scenario: string;
  baseCase: Outcome & { capexPerAcceleratorUsd: number; statement: string };
  /** Network capex, USD: bars ranked by swing. */
  capex: TornadoBar[];
  /** Network TCO over the horizon, USD: bars ranked by swing. */
  tco: TornadoBar[];
  /**
   * Network TCO plus network-caused downtime cost over the horizon, USD, with failure-rate bars;
   * present when the evaluation has a reliability result.
   */
  tcoWithDowntime?: { baseUsd: number; bars: TornadoBar[] };
  /** Inputs held at their value (no range, or overridden). */
  held: HeldInput[];
  method: string;
}

export const TORNADO_METHOD =
  'One input at a time from its low to its high value, every other input at its base value; ' +
  'the base case design (plan, switch, NIC, media) is re-priced, not re-chosen. Bars ranked by swing = |output at high - output at low|.';

const NO_OVERRIDES: Overrides = { priceUsd: {}, powerW: {} };

/** The part of a result that the reliability evaluation adds, read structurally (it may be absent). */
interface WithReliability {
  reliability?: { networkDowntimeCostOverHorizonUsd?: number };
}

/** Network downtime cost over the horizon of an evaluation, USD, or undefined without reliability. */
export function downtimeCostOf(r: ScenarioResult): number | undefined {
  const v = (r as WithReliability).reliability?.networkDowntimeCostOverHorizonUsd;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

interface RatedComponent {
  name: string;
  afr: Figure;
}

function ratedComponent(c: Catalog, id: string): RatedComponent | undefined {
  const x =
    c.media.find((m) => m.id === id) ??
    c.switches.find((m) => m.id === id) ??
    c.nics.find((m) => m.id === id) ??
    c.scaleUpFabrics.find((m) => m.id === id);
  return x ? { name: x.name, afr: x.afrPercentPerYear } : undefined;
}

/** A copy of `c` in which component `id` has failure rate `afr` (%/yr) as its typical figure. */
export function withFailureRate(c: Catalog, id: string, afr: number): Catalog {
  const set = <T extends { id: string; afrPercentPerYear: Figure }>(x: T): T =>
    x.id === id ? { ...x, afrPercentPerYear: { ...x.afrPercentPerYear, typical: afr } } : x;
  return {
    ...c,
    media: c.media.map(set),
    switches: c.switches.map(set),
    nics: c.nics.map(set),
    scaleUpFabrics: c.scaleUpFabrics.map(set),
  };
}

/** Identity of a design: switch, NIC and the components of every link class. */
export function designKey(r: ScenarioResult): string {
  return [
    r.fabric.switchModel,
    r.fabric.nicModel,
    ...r.fabric.links.byClass.map((c) => `${c.class}=${c.components.join('+')}`),
  ].join('|');
}

/**
 * The tornado of scenario `s`; an error when the scenario itself cannot be built.
 */
export function tornado(s: Scenario, catalog: Catalog, projectOverrides: Overrides = NO_OVERRIDES): Result<Tornado> {
  const evaluated = evaluateScenario(s, catalog, projectOverrides);
  if (!evaluated.ok) return evaluated;
  const model = repricingModel(s, catalog, evaluated.value, projectOverrides);
  const baseKey = designKey(evaluated.value);
  const bases = model.inputs.map((i) => i.base);
  const capex: TornadoBar[] = [];
  const tco: TornadoBar[] = [];
  model.inputs.forEach((input, k) => {
    const at = (value: number) => {
      const x = [...bases];
      x[k] = value;
      return model.evaluate(x);
    };
    const lo = at(input.low);
    const hi = at(input.high);
    const designChangesAt: ('low' | 'high')[] = [];
    if (input.kind === 'price' && input.componentId) {
      for (const [end, value] of [
        ['low', input.low],
        ['high', input.high],
      ] as const) {
        const r = evaluateScenario(
          { ...s, overrides: { ...s.overrides, priceUsd: { ...s.overrides.priceUsd, [input.componentId]: value } } },
          catalog,
          projectOverrides,
        );
        if (r.ok && designKey(r.value) !== baseKey) designChangesAt.push(end);
      }
    }
    const bar = (a: number, b: number): TornadoBar => ({
      inputId: input.id,
      label: input.label,
      kind: input.kind,
      unit: input.unit,
      source: input.source,
      quality: input.quality,
      low: input.low,
      base: input.base,
      high: input.high,
      atLow: a,
      atHigh: b,
      swing: Math.abs(b - a),
      designChangesAt,
    });
    const c = bar(lo.capexUsd, hi.capexUsd);
    if (c.swing > 0) capex.push(c);
    const t = bar(lo.tcoUsd, hi.tcoUsd);
    if (t.swing > 0) tco.push(t);
  });
  const rank = (a: TornadoBar, b: TornadoBar) => b.swing - a.swing || a.label.localeCompare(b.label);
  capex.sort(rank);
  tco.sort(rank);
  const downtime = downtimeCostOf(evaluated.value);
  let tcoWithDowntime: Tornado['tcoWithDowntime'];
  if (downtime !== undefined) {
    const bars: TornadoBar[] = tco.map((b) => ({ ...b, atLow: b.atLow + downtime, atHigh: b.atHigh + downtime }));
    for (const id of new Set(evaluated.value.bom.map((l) => l.componentId))) {
      const rated = ratedComponent(catalog, id);
      if (!rated) continue;
      const low = rated.afr.low ?? rated.afr.typical;
      const high = rated.afr.high ?? rated.afr.typical;
      if (!(high > low)) continue;
      const at = (afr: number) => {
        const r = evaluateScenario(s, withFailureRate(catalog, id, afr), projectOverrides);
        return r.ok ? downtimeCostOf(r.value) : undefined;
      };
      const dLow = at(low);
      const dHigh = at(high);
      if (dLow === undefined || dHigh === undefined || dHigh === dLow) continue;
      bars.push({
        inputId: `failure-rate:${id}`,
        label: `${rated.name} failure rate`,
        kind: 'failure-rate',
        unit: '%/yr',
        source: rated.afr.source,
        quality: rated.afr.quality,
        low,
        base: rated.afr.typical,
        high,
        atLow: model.base.tcoUsd + dLow,
        atHigh: model.base.tcoUsd + dHigh,
        swing: Math.abs(dHigh - dLow),
        designChangesAt: [],
      });
    }
    bars.sort(rank);
    tcoWithDowntime = { baseUsd: model.base.tcoUsd + downtime, bars };
  }
  const e = s.economics;
  return ok({
    scenario: s.name,
    baseCase: {
      ...model.base,
      capexPerAcceleratorUsd: model.base.capexUsd / model.accelerators,
      statement:
        `${s.name} as evaluated: ${model.accelerators} accelerators in ${s.year}, ` +
        `every price and power at its catalog typical value or override, PUE ${e.pue}, ` +
        `${e.electricityUsdPerKWh} USD/kWh, TCO over ${e.horizonYears} years at ${e.discountRatePercent}%/yr`,
    },
    capex,
    tco,
    ...(tcoWithDowntime ? { tcoWithDowntime } : {}),
    held: model.held,
    method: TORNADO_METHOD,
  });
}

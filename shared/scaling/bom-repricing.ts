/**
 * The uncertain inputs of an evaluated scenario and a fast re-pricing of its fixed bill of
 * materials, shared by the tornado and the Monte Carlo.
 *
 * Uncertain inputs: the unit price and unit power of every catalog component in the bill of
 * materials whose figure has a low / high range, plus the facility PUE and the electricity
 * price (ranges from `analysis.uncertainty`, in percent of the scenario's values). Held fixed,
 * and listed as such: figures without a range, and prices or powers the user overrode (the user
 * stated them). Failure rates are not re-priced here (downtime cost is not linear in them); the
 * tornado swings them by re-evaluation, and the Monte Carlo lists them as not sampled.
 *
 * Re-pricing keeps the design of the base case (fabric plan, switch, NIC and medium per link
 * class: what `auto` chose at typical values) and recomputes network capex = sum of quantity x
 * unit price, power = sum of quantity x unit power, energy cost = power x 8,760 h x PUE x
 * electricity price, and TCO = capex + energy cost x annuity factor. This is exact for the
 * fixed design; it answers "what does this design cost when prices and powers move within
 * their ranges", not "which design would be chosen at other prices" (the tornado reports
 * separately which swings would change an auto choice).
 *
 * Example: for the default 1,024-GPU InfiniBand scenario, `repricingModel(...)` lists inputs
 * such as `price:qm9700` (36,000 / 43,000 / 50,000 USD) and `electricity` (0.06 / 0.08 /
 * 0.12 USD/kWh), and `evaluate(bases)` returns the evaluator's capex and TCO.
 */
import type { Catalog, Figure, Quality } from '../catalog/catalog-schema.ts';
import { makePricing, type Overrides } from '../components/pricing.ts';
import { annuityFactor } from '../cost/tco.ts';
import { capexFactor, supportFactor } from '../cost/capex-adjustments.ts';
import type { ScenarioResult } from '../evaluate/scenario-result.ts';
import { HOURS_PER_YEAR } from '../power/power-rollup.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';

export type UncertainInputKind = 'price' | 'power' | 'pue' | 'electricity';

/** One uncertain input with its range; `base` is the value the scenario evaluates with. */
export interface UncertainInput {
  /** Stable id, e.g. `price:dsp-dr-800g`, `power:qm9700`, `pue`, `electricity`. */
  id: string;
  kind: UncertainInputKind;
  componentId?: string;
  /** Readable name, e.g. "NVIDIA Quantum-2 QM9700 unit price". */
  label: string;
  /** "USD", "W", "ratio" or "USD/kWh" (prices and powers per unit as in the catalog). */
  unit: string;
  low: number;
  base: number;
  high: number;
  /** Source id of the range, or `analysis.uncertainty` for the scenario-level inputs. */
  source: string;
  quality: Quality | 'scenario';
}

/** An input that could matter but is held at its value, and why. */
export interface HeldInput {
  id: string;
  label: string;
  value: number;
  reason: 'no range in the catalog' | 'user override';
}

/** What one set of input values gives for the fixed design. */
export interface Outcome {
  capexUsd: number;
  powerW: number;
  energyCostUsdPerYear: number;
  tcoUsd: number;
}

export interface RepricingModel {
  scenario: string;
  accelerators: number;
  inputs: UncertainInput[];
  held: HeldInput[];
  /** Outcome with every input at its base value (equals the evaluator's figures). */
  base: Outcome;
  /** Outcome for input values `x`, one per entry of `inputs`, in that order. */
  evaluate(x: ArrayLike<number>): Outcome;
}

interface ComponentFigures {
  name: string;
  price: Figure;
  power: Figure | undefined;
  powerUnit: string;
}

function figuresOf(c: Catalog, id: string): ComponentFigures | undefined {
  const m = c.media.find((x) => x.id === id);
  if (m) return { name: m.name, price: m.priceUsd, power: m.powerWPerEnd, powerUnit: 'W per end' };
  const s = c.switches.find((x) => x.id === id);
  if (s) return { name: s.name, price: s.priceUsd, power: s.powerW, powerUnit: 'W' };
  const n = c.nics.find((x) => x.id === id);
  if (n) return { name: n.name, price: n.priceUsd, power: n.powerW, powerUnit: 'W' };
  const f = c.scaleUpFabrics.find((x) => x.id === id);
  if (f)
    return {
      name: f.name,
      price: f.priceUsdPerAccelerator,
      power: f.powerWPerAccelerator,
      powerUnit: 'W per accelerator',
    };
  if (c.fiber.id === id) return { name: c.fiber.name, price: c.fiber.priceUsdPerLink, power: undefined, powerUnit: '' };
  return undefined;
}

const NO_OVERRIDES: Overrides = { priceUsd: {}, powerW: {} };

/**
 * Builds the inputs and the re-pricing of the evaluated scenario `r` (from `evaluateScenario(s,
 * catalog, projectOverrides)`).
 */
export function repricingModel(
  s: Scenario,
  catalog: Catalog,
  r: ScenarioResult,
  projectOverrides: Overrides = NO_OVERRIDES,
): RepricingModel {
  const pricing = makePricing(projectOverrides, s.overrides);
  const inputs: UncertainInput[] = [];
  const held: HeldInput[] = [];
  const index = new Map<string, number>();
  const heldIds = new Set<string>();
  let capexConst = 0;
  let powerConst = 0;
  const capexCoef: number[] = [];
  const powerCoef: number[] = [];

  /** Index of the input for (kind, id, fig), creating it; -1 when the value is held. */
  const inputFor = (kind: 'price' | 'power', id: string, name: string, fig: Figure, unit: string): number => {
    const key = `${kind}:${id}`;
    const known = index.get(key);
    if (known !== undefined) return known;
    if (heldIds.has(key)) return -1;
    const base = kind === 'price' ? pricing.price(id, fig) : pricing.power(id, fig);
    const label = `${name} unit ${kind}`;
    const overridden = (kind === 'price' ? pricing.priceProvenance(id, fig) : pricing.powerProvenance(id, fig)).quality;
    const low = fig.low ?? fig.typical;
    const high = fig.high ?? fig.typical;
    if (overridden === 'override' || !(high > low)) {
      heldIds.add(key);
      held.push({
        id: key,
        label,
        value: base,
        reason: overridden === 'override' ? 'user override' : 'no range in the catalog',
      });
      return -1;
    }
    inputs.push({
      id: key,
      kind,
      componentId: id,
      label,
      unit,
      low,
      base,
      high,
      source: fig.source,
      quality: fig.quality,
    });
    capexCoef.push(0);
    powerCoef.push(0);
    index.set(key, inputs.length - 1);
    return inputs.length - 1;
  };

  for (const line of r.bom) {
    const f = figuresOf(catalog, line.componentId);
    const priceBase = f ? pricing.price(line.componentId, f.price) : 0;
    const pi = f && priceBase !== 0 ? inputFor('price', line.componentId, f.name, f.price, 'USD') : -1;
    if (pi >= 0) capexCoef[pi]! += (line.quantity * line.unitPriceUsd) / priceBase;
    else capexConst += line.extendedPriceUsd;
    const powerBase = f?.power ? pricing.power(line.componentId, f.power) : 0;
    const wi =
      f?.power && powerBase !== 0 && line.unitPowerW !== 0
        ? inputFor('power', line.componentId, f.name, f.power, f.powerUnit)
        : -1;
    if (wi >= 0) powerCoef[wi]! += (line.quantity * line.unitPowerW) / powerBase;
    else powerConst += line.extendedPowerW;
  }

  const e = s.economics;
  const u = s.analysis.uncertainty;
  const scenarioInput = (
    id: 'pue' | 'electricity',
    label: string,
    unit: string,
    base: number,
    low: number,
    high: number,
  ): number => {
    if (!(high > low)) {
      held.push({ id, label, value: base, reason: 'no range in the catalog' });
      return -1;
    }
    inputs.push({ id, kind: id, label, unit, low, base, high, source: 'analysis.uncertainty', quality: 'scenario' });
    capexCoef.push(0);
    powerCoef.push(0);
    return inputs.length - 1;
  };
  // A facility cannot use less energy than its IT load: PUE samples stay at or above 1.
  const pueIndex = scenarioInput(
    'pue',
    'PUE (facility / IT energy)',
    'ratio',
    e.pue,
    Math.max(1, e.pue * (1 - u.pueBelowPercent / 100)),
    e.pue * (1 + u.pueAbovePercent / 100),
  );
  const elecIndex = scenarioInput(
    'electricity',
    'Electricity price',
    'USD/kWh',
    e.electricityUsdPerKWh,
    e.electricityUsdPerKWh * (1 - u.electricityBelowPercent / 100),
    e.electricityUsdPerKWh * (1 + u.electricityAbovePercent / 100),
  );

  const annuity = annuityFactor(e.horizonYears, e.discountRatePercent);
  const kCapex = capexFactor(e);
  const kSupport = supportFactor(e);
  const cc = Float64Array.from(capexCoef);
  const pc = Float64Array.from(powerCoef);
  const k = inputs.length;
  const evaluate = (x: ArrayLike<number>): Outcome => {
    let capexUsd = capexConst;
    let powerW = powerConst;
    for (let i = 0; i < k; i++) {
      capexUsd += cc[i]! * x[i]!;
      powerW += pc[i]! * x[i]!;
    }
    const pue = pueIndex >= 0 ? x[pueIndex]! : e.pue;
    const usdPerKWh = elecIndex >= 0 ? x[elecIndex]! : e.electricityUsdPerKWh;
    const energyCostUsdPerYear = ((powerW * HOURS_PER_YEAR) / 1e6) * pue * 1000 * usdPerKWh;
    // Capex at list; the TCO applies the scenario's street discount, spares, installation and support.
    return {
      capexUsd,
      powerW,
      energyCostUsdPerYear,
      tcoUsd: capexUsd * kCapex + (energyCostUsdPerYear + capexUsd * kSupport) * annuity,
    };
  };
  return {
    scenario: s.name,
    accelerators: r.accelerators,
    inputs,
    held,
    base: evaluate(inputs.map((i) => i.base)),
    evaluate,
  };
}

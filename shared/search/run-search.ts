/**
 * Design search: evaluates every candidate of a design space with evaluateScenario, keeps
 * those that meet the constraints, and returns the Pareto frontier on the chosen objectives
 * plus the best design per objective, each as a full scenario. Pure and deterministic.
 *
 * Pruning (tiers beyond the minimum that fits). Within a candidate group (same everything but
 * folded-Clos tiers, fewest first), once a design with t tiers evaluates and meets every
 * constraint, designs with more tiers are skipped when HHI is not an objective. Why no frontier
 * point is lost: at equal switch models, oversubscription, media policies, planes and ports, a
 * Clos with t + 1 tiers adds a tier boundary whose links (endpoints / oversubscription^t per
 * plane) and switches are all extra, so network capex and power per accelerator are strictly
 * higher; each extra hop adds latency and each extra switch and link adds failures, so
 * network-limited efficiency and ETTR are no higher and cluster TCO per effective accelerator
 * is strictly higher. The t-tier design therefore dominates on capex, TCO and power. HHI can
 * move either way (spend shares shift towards switches), so with HHI as an objective nothing
 * is pruned. The test test/shared/search/run-search.test.ts checks the pruned frontier
 * against the exhaustive one.
 */
import type { Catalog } from '../catalog/catalog-schema.ts';
import type { Overrides } from '../components/pricing.ts';
import { evaluateScenario } from '../evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../evaluate/scenario-result.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { generateCandidates } from './candidates.ts';
import type { DesignSpace, Objective, SearchConstraints } from './design-space.ts';
import { objectiveValues, type ObjectiveValues } from './objectives.ts';
import { paretoFront } from './pareto.ts';

export interface SearchOptions {
  space: DesignSpace;
  constraints?: SearchConstraints;
  /** Objectives to minimize; default all four. */
  objectives?: readonly Objective[];
  /** Catalog overrides of the project. */
  overrides?: Overrides;
  /** Disable pruning (for checking it); every candidate is evaluated. */
  exhaustive?: boolean;
  /** Called every `progressEvery` candidates and at the end. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Checked with each progress call; true stops the search (the result says cancelled). */
  shouldCancel?: () => boolean;
}

/** A design that meets the constraints: its scenario, objective values and a short label. */
export interface SearchDesign {
  scenario: Scenario;
  label: string;
  values: ObjectiveValues;
  ecosystem: string;
  tiers: number;
  switchModel: string;
  networkLimitedEfficiency: number;
}

/** One feasible candidate in the scatter: capex and TCO per effective accelerator, ecosystem. */
export interface SearchPoint {
  capex: number;
  tco: number;
  ecosystem: string;
  frontier: boolean;
}

export interface SearchResult {
  objectives: Objective[];
  /** Candidates in the space (evaluated + pruned + rejected before evaluation). */
  candidates: number;
  evaluated: number;
  /** Skipped by the tier bound (never evaluated; provably off the frontier). */
  pruned: number;
  /** Failed to build or violated a constraint. */
  infeasible: number;
  /** Feasible designs identical to an earlier one (e.g. a tier model equal to the switch). */
  duplicates: number;
  feasible: number;
  /** Infeasibility reasons, most common first. */
  reasons: { reason: string; count: number }[];
  frontier: SearchDesign[];
  best: Partial<Record<Objective, SearchDesign>>;
  points: SearchPoint[];
  cancelled: boolean;
}

function label(s: Scenario, r: ScenarioResult): string {
  const f = r.fabric;
  const models = [...new Set(f.switches.byTier.map((t) => t.model))].join('+');
  const media = f.links.byClass.map((c) => c.medium).join('/');
  const over = Math.max(...s.topology.oversubscription);
  const su = f.scalableUnit ? ` SU${f.scalableUnit.servers}` : '';
  return (
    `${s.scaleOut.ecosystem} ${models} ${f.topology} ${f.tiers}T 1:${over} ${f.planes}P ` +
    `${s.scaleOut.nicPortsPerAccelerator}x${s.scaleOut.nicPortRateGbps}G${su} ${media}`
  );
}

/** Identity of a built design: equal signatures are the same fabric. */
function signature(s: Scenario, r: ScenarioResult): string {
  const f = r.fabric;
  return JSON.stringify([
    s.scaleOut.ecosystem,
    s.scaleOut.nicPortRateGbps,
    s.scaleOut.nicPortsPerAccelerator,
    f.topology,
    f.tiers,
    f.planes,
    s.topology.oversubscription,
    f.scalableUnit?.servers,
    f.switches.byTier.map((t) => [t.model, t.count]),
    f.links.byClass.map((c) => [c.class, c.components]),
  ]);
}

function preCheck(s: Scenario, c: SearchConstraints, catalog: Catalog): string | undefined {
  if (c.maxOversubscription !== undefined && Math.max(...s.topology.oversubscription) > c.maxOversubscription)
    return `constraint: oversubscription above ${c.maxOversubscription}`;
  if (c.minSiliconSuppliers !== undefined) {
    const n = catalog.ecosystems.find((e) => e.id === s.scaleOut.ecosystem)?.siliconSuppliers.length ?? 0;
    if (n < c.minSiliconSuppliers) return `constraint: fewer than ${c.minSiliconSuppliers} switch-silicon suppliers`;
  }
  return undefined;
}

function postCheck(r: ScenarioResult, v: ObjectiveValues, c: SearchConstraints, needTco: boolean): string | undefined {
  if ((needTco || c.minEfficiency !== undefined) && !r.efficiency.ok)
    return `efficiency: ${r.efficiency.error.path}: ${r.efficiency.error.message}`;
  if (c.minEfficiency !== undefined && r.efficiency.ok && r.efficiency.networkLimitedEfficiency < c.minEfficiency)
    return `constraint: network-limited efficiency below ${c.minEfficiency}`;
  if (c.maxHhi !== undefined && v.hhi > c.maxHhi) return `constraint: vendor HHI above ${c.maxHhi}`;
  if (c.maxPowerWPerAccelerator !== undefined && v.power > c.maxPowerWPerAccelerator)
    return `constraint: network power above ${c.maxPowerWPerAccelerator} W per accelerator`;
  return undefined;
}

/**
 * Example: the default scenario with `space: { planes: { mode: 'list', values: [1, 2] } }`
 * evaluates two candidates; the frontier holds the one-plane design when it costs less on
 * every objective.
 */
export function runSearch(base: Scenario, catalog: Catalog, o: SearchOptions): SearchResult {
  const objectives = [...(o.objectives ?? ['capex', 'tco', 'power', 'hhi'])];
  const c = o.constraints ?? {};
  const needTco = objectives.includes('tco');
  const canPrune = !o.exhaustive && !objectives.includes('hhi');
  const start = c.buildYear === undefined ? base : { ...base, year: c.buildYear };
  const groups = generateCandidates(start, o.space, catalog);
  const total = groups.reduce((t, g) => t + g.variants.length, 0);
  const every = o.progressEvery ?? 2000;
  const reasons = new Map<string, number>();
  const seen = new Set<string>();
  const labels = new Map<string, number>();
  const designs: SearchDesign[] = [];
  let done = 0;
  let evaluated = 0;
  let pruned = 0;
  let infeasible = 0;
  let duplicates = 0;
  let cancelled = false;
  const reject = (text: string) => {
    infeasible++;
    // Long model messages list every medium tried; the head is enough to group and read them.
    const reason = text.length > 200 ? `${text.slice(0, 199)}…` : text;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  };
  let nextReport = every;
  outer: for (const g of groups) {
    let fitted = false;
    for (const s of g.variants) {
      done++;
      if (done >= nextReport) {
        nextReport += every;
        o.onProgress?.(done, total);
        if (o.shouldCancel?.()) {
          cancelled = true;
          break outer;
        }
      }
      if (fitted && canPrune && s.topology.tiers !== 'auto') {
        pruned++;
        continue;
      }
      const pre = preCheck(s, c, catalog);
      if (pre) {
        reject(pre);
        continue;
      }
      evaluated++;
      // The search reads no value-chain figure; a design added to a project is evaluated in full there.
      const r = evaluateScenario(s, catalog, o.overrides, { valueChain: false });
      if (!r.ok) {
        reject(`${r.error.path}: ${r.error.message}`);
        continue;
      }
      const values = objectiveValues(r.value);
      const post = postCheck(r.value, values, c, needTco);
      if (post) {
        reject(post);
        continue;
      }
      fitted = true;
      const sig = signature(s, r.value);
      if (seen.has(sig)) {
        duplicates++;
        continue;
      }
      seen.add(sig);
      const name = label(s, r.value);
      // Equal labels (e.g. the same design on another plane count that builds alike) get a number.
      const n = (labels.get(name) ?? 0) + 1;
      labels.set(name, n);
      const unique = n === 1 ? name : `${name} #${n}`;
      designs.push({
        scenario: { ...s, name: `${base.name.slice(0, 40)} · ${unique}`.slice(-120) },
        label: name,
        values,
        ecosystem: s.scaleOut.ecosystem,
        tiers: r.value.fabric.tiers,
        switchModel: r.value.fabric.switchModel,
        networkLimitedEfficiency: r.value.efficiency.ok ? r.value.efficiency.networkLimitedEfficiency : NaN,
      });
    }
  }
  o.onProgress?.(done, total);
  const vectors = designs.map((d) => objectives.map((k) => d.values[k]));
  const frontIdx = paretoFront(vectors);
  const onFront = new Set(frontIdx);
  const frontier = frontIdx.map((i) => designs[i]!);
  const best: SearchResult['best'] = {};
  for (const [k, key] of objectives.entries()) {
    let b: number | undefined;
    for (const i of frontIdx) if (b === undefined || vectors[i]![k]! < vectors[b]![k]!) b = i;
    if (b !== undefined) best[key] = designs[b]!;
  }
  return {
    objectives,
    candidates: total,
    evaluated,
    pruned,
    infeasible,
    duplicates,
    feasible: designs.length,
    reasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    frontier,
    best,
    points: designs.map((d, i) => ({
      capex: d.values.capex,
      tco: d.values.tco,
      ecosystem: d.ecosystem,
      frontier: onFront.has(i),
    })),
    cancelled,
  };
}

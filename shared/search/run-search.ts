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
import { candidateGroups, type CandidateGroup } from './candidates.ts';
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
  /**
   * Other frontier designs with exactly this design's objective values (e.g. the same fabric on
   * two planes that cost and draw the same), folded into this row: it is the first of them in
   * candidate order. 0 when the row stands alone.
   */
  equivalents: number;
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
  /** Frontier designs folded into an earlier one with identical objective values (sum of equivalents). */
  equivalents: number;
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

/** Which share of the candidate groups one worker evaluates: groups g with g % count === index. */
export interface Shard {
  index: number;
  count: number;
}

/** A feasible design as a shard finds it, before duplicates are dropped and labels numbered. */
export interface ShardDesign {
  /** Position of the candidate among all candidates (global, so shards merge in one order). */
  ordinal: number;
  signature: string;
  label: string;
  values: ObjectiveValues;
  ecosystem: string;
  tiers: number;
  switchModel: string;
  networkLimitedEfficiency: number;
  /**
   * Non-dominated among this shard's designs. The search's frontier lies within the union of
   * the shards' local frontiers (a design another dominates in its shard is dominated in the
   * whole space), so assembly compares only these: in the workers' time, not the window's.
   */
  local: boolean;
}

/** What one shard found: counts, reasons with the ordinal each first appeared at, designs. */
export interface ShardResult {
  candidates: number;
  done: number;
  /** Candidates of this shard passed (all of its own when it ran to the end). */
  mine: number;
  evaluated: number;
  pruned: number;
  infeasible: number;
  reasons: { reason: string; count: number; first: number }[];
  designs: ShardDesign[];
  cancelled: boolean;
}

/**
 * Progress of a shard: candidates of the whole space passed so far (this shard's and skipped),
 * and `mine`, this shard's own candidates passed (summed over shards, the search's progress).
 */
export interface SearchProgress {
  done: number;
  total: number;
  mine: number;
}

interface Prepared {
  objectives: Objective[];
  constraints: SearchConstraints;
  needTco: boolean;
  canPrune: boolean;
  groups: CandidateGroup[];
  total: number;
}

/**
 * The last preparation per design space object, reused while the search inputs are the very
 * same objects: runSearch's shard and assembly, and a worker's successive shards of one job,
 * expand the space once (about 20,000 groups for 100,000 candidates) instead of each time.
 */
const prepared = new WeakMap<DesignSpace, { key: readonly unknown[]; value: Prepared }>();

function prepare(base: Scenario, catalog: Catalog, o: SearchOptions): Prepared {
  const key = [base, catalog, o.constraints, o.objectives, o.exhaustive];
  const hit = prepared.get(o.space);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.value;
  const value = prepareNew(base, catalog, o);
  prepared.set(o.space, { key, value });
  return value;
}

function prepareNew(base: Scenario, catalog: Catalog, o: SearchOptions): Prepared {
  const objectives = [...(o.objectives ?? ['capex', 'tco', 'power', 'hhi'])];
  const constraints = o.constraints ?? {};
  const start = constraints.buildYear === undefined ? base : { ...base, year: constraints.buildYear };
  const groups = candidateGroups(start, o.space, catalog);
  return {
    objectives,
    constraints,
    needTco: objectives.includes('tco'),
    canPrune: !o.exhaustive && !objectives.includes('hhi'),
    groups,
    total: groups.reduce((t, g) => t + g.tiers.length, 0),
  };
}

/**
 * Evaluates one shard of the space, yielding progress every `progressEvery` candidates (so a
 * worker can hand control back to its event loop and read a cancel message) and returning
 * what it found. `o.shouldCancel` is read after each yield. Example: with shard { index: 0,
 * count: 1 } it evaluates every group; runSearch drives it to the end synchronously.
 */
export function* searchShard(
  base: Scenario,
  catalog: Catalog,
  o: SearchOptions,
  shard: Shard = { index: 0, count: 1 },
): Generator<SearchProgress, ShardResult> {
  const { objectives, constraints: c, needTco, canPrune, groups, total } = prepare(base, catalog, o);
  const every = o.progressEvery ?? 2000;
  const reasons = new Map<string, { count: number; first: number }>();
  const designs: ShardDesign[] = [];
  let ordinal = -1;
  let done = 0;
  let mine = 0;
  let evaluated = 0;
  let pruned = 0;
  let infeasible = 0;
  let cancelled = false;
  const reject = (text: string) => {
    infeasible++;
    // Long model messages list every medium tried; the head is enough to group and read them.
    const reason = text.length > 200 ? `${text.slice(0, 199)}…` : text;
    const e = reasons.get(reason);
    if (e) e.count++;
    else reasons.set(reason, { count: 1, first: ordinal });
  };
  let nextReport = every;
  outer: for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    if (gi % shard.count !== shard.index) {
      ordinal += g.tiers.length;
      done += g.tiers.length;
      continue;
    }
    let fitted = false;
    for (let vi = 0; vi < g.tiers.length; vi++) {
      ordinal++;
      done++;
      mine++;
      if (done >= nextReport) {
        nextReport = done + every;
        yield { done, total, mine };
        if (o.shouldCancel?.()) {
          cancelled = true;
          break outer;
        }
      }
      if (fitted && canPrune && g.tiers[vi] !== 'auto') {
        pruned++;
        continue;
      }
      const s = g.variant(vi);
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
      designs.push({
        ordinal,
        signature: signature(s, r.value),
        label: label(s, r.value),
        values,
        ecosystem: s.scaleOut.ecosystem,
        tiers: r.value.fabric.tiers,
        switchModel: r.value.fabric.switchModel,
        networkLimitedEfficiency: r.value.efficiency.ok ? r.value.efficiency.networkLimitedEfficiency : NaN,
        local: false,
      });
    }
  }
  for (const i of paretoFront(designs.map((d) => objectives.map((k) => d.values[k])))) designs[i]!.local = true;
  return {
    candidates: total,
    done: cancelled ? done : total,
    mine,
    evaluated,
    pruned,
    infeasible,
    reasons: [...reasons].map(([reason, e]) => ({ reason, ...e })),
    designs,
    cancelled,
  };
}

/**
 * Merges the shards of one search into its result, exactly as one pass over the whole space
 * would give: designs in candidate order, later duplicates dropped, equal labels numbered,
 * reasons summed (ties in the order they first appeared). The frontier's scenarios are
 * rebuilt from the space (generation is deterministic). Example: the shards { 0, 2 } and
 * { 1, 2 } of a search assemble to runSearch's result.
 */
export function assembleSearch(
  base: Scenario,
  catalog: Catalog,
  o: SearchOptions,
  shards: readonly ShardResult[],
): SearchResult {
  const { objectives, groups, total } = prepare(base, catalog, o);
  const found = shards.flatMap((x) => x.designs).sort((a, b) => a.ordinal - b.ordinal);
  const seen = new Set<string>();
  const labels = new Map<string, number>();
  const kept: { d: ShardDesign; name: string }[] = [];
  let duplicates = 0;
  for (const d of found) {
    if (seen.has(d.signature)) {
      duplicates++;
      continue;
    }
    seen.add(d.signature);
    // Equal labels (e.g. the same design on another plane count that builds alike) get a number.
    const n = (labels.get(d.label) ?? 0) + 1;
    labels.set(d.label, n);
    kept.push({ d, name: n === 1 ? d.label : `${d.label} #${n}` });
  }
  const vectors = kept.map(({ d }) => objectives.map((k) => d.values[k]));
  // Only the shards' local frontiers can hold frontier designs (see ShardDesign.local).
  const contenders = kept.flatMap(({ d }, i) => (d.local ? [i] : []));
  const allFront = paretoFront(contenders.map((i) => vectors[i]!)).map((j) => contenders[j]!);
  const onFront = new Set(allFront);
  // Equal objective vectors are all non-dominated; a reader gains nothing from a row per copy.
  // Keep the first in candidate order (allFront is ascending) and count the others on it.
  const equivalents = new Map<string, number>();
  const frontIdx: number[] = [];
  const representative = new Map<string, number>();
  for (const i of allFront) {
    const k = vectors[i]!.map(String).join('|');
    if (representative.has(k)) equivalents.set(k, (equivalents.get(k) ?? 0) + 1);
    else {
      representative.set(k, i);
      frontIdx.push(i);
    }
  }
  const scenarioAt = ordinalIndex(groups);
  const designOf = new Map<number, SearchDesign>();
  const design = (i: number): SearchDesign => {
    let x = designOf.get(i);
    if (!x) {
      const { d, name } = kept[i]!;
      const s = scenarioAt(d.ordinal);
      x = {
        scenario: { ...s, name: `${base.name.slice(0, 40)} · ${name}`.slice(-120) },
        label: d.label,
        values: d.values,
        ecosystem: d.ecosystem,
        tiers: d.tiers,
        switchModel: d.switchModel,
        networkLimitedEfficiency: d.networkLimitedEfficiency,
        equivalents: equivalents.get(vectors[i]!.map(String).join('|')) ?? 0,
      };
      designOf.set(i, x);
    }
    return x;
  };
  const frontier = frontIdx.map(design);
  const best: SearchResult['best'] = {};
  for (const [k, key] of objectives.entries()) {
    let b: number | undefined;
    for (const i of frontIdx) if (b === undefined || vectors[i]![k]! < vectors[b]![k]!) b = i;
    if (b !== undefined) best[key] = design(b);
  }
  const reasons = new Map<string, { count: number; first: number }>();
  for (const x of shards.flatMap((sh) => sh.reasons)) {
    const e = reasons.get(x.reason);
    if (e) {
      e.count += x.count;
      e.first = Math.min(e.first, x.first);
    } else reasons.set(x.reason, { count: x.count, first: x.first });
  }
  const sum = (f: (x: ShardResult) => number) => shards.reduce((t, x) => t + f(x), 0);
  return {
    objectives: [...objectives],
    candidates: total,
    evaluated: sum((x) => x.evaluated),
    pruned: sum((x) => x.pruned),
    infeasible: sum((x) => x.infeasible),
    duplicates,
    feasible: kept.length,
    equivalents: allFront.length - frontIdx.length,
    reasons: [...reasons]
      .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
      .map(([reason, e]) => ({ reason, count: e.count })),
    frontier,
    best,
    points: kept.map(({ d }, i) => ({
      capex: d.values.capex,
      tco: d.values.tco,
      ecosystem: d.ecosystem,
      frontier: onFront.has(i),
    })),
    cancelled: shards.some((x) => x.cancelled),
  };
}

/** Scenario of a candidate by its global ordinal. */
function ordinalIndex(groups: readonly CandidateGroup[]): (ordinal: number) => Scenario {
  const starts: number[] = [];
  let n = 0;
  for (const g of groups) {
    starts.push(n);
    n += g.tiers.length;
  }
  return (ordinal) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= ordinal) lo = mid;
      else hi = mid - 1;
    }
    return groups[lo]!.variant(ordinal - starts[lo]!);
  };
}

/**
 * Example: the default scenario with `space: { planes: { mode: 'list', values: [1, 2] } }`
 * evaluates two candidates; the frontier holds the one-plane design when it costs less on
 * every objective.
 */
export function runSearch(base: Scenario, catalog: Catalog, o: SearchOptions): SearchResult {
  const steps = searchShard(base, catalog, o);
  let step = steps.next();
  while (!step.done) {
    o.onProgress?.(step.value.done, step.value.total);
    step = steps.next();
  }
  o.onProgress?.(step.value.done, step.value.candidates);
  return assembleSearch(base, catalog, o, [step.value]);
}

/** How an asynchronous caller (a worker) steps a shard. */
export interface ShardDriver {
  onProgress?: (p: SearchProgress) => void;
  isCancelled: () => boolean;
  /** Hands control back to the event loop between progress points (e.g. setTimeout 0). */
  yieldControl: () => Promise<void>;
}

/**
 * Runs one shard to its end, yielding to the event loop at each progress point so a cancel
 * message can arrive; returns what the shard found (marked cancelled if stopped). Example: a
 * Web Worker calls it with `isCancelled` reading a flag its message handler sets.
 */
export async function driveShard(
  base: Scenario,
  catalog: Catalog,
  o: SearchOptions,
  shard: Shard,
  d: ShardDriver,
): Promise<ShardResult> {
  const steps = searchShard(base, catalog, { ...o, shouldCancel: d.isCancelled }, shard);
  let step = steps.next();
  while (!step.done) {
    d.onProgress?.(step.value);
    await d.yieldControl();
    step = steps.next();
  }
  return step.value;
}

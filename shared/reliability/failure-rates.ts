/**
 * Failure rates per component class of one scenario (docs/model.md, "Reliability"): accelerators, hosts, software and planned interruptions from the reliability inputs;
 * NICs, switches per tier, each medium's transceivers, cables or co-packaged ports, and
 * scale-up switching from the bill of materials and the catalog's `afrPercentPerYear`.
 * Fibre is passive and carries no failure rate in the catalog. LPO and CPO rates are scaled by
 * the user's factors (vendor claims are only sensitivity bounds). Closed-form: one row per
 * BOM line or switch tier, never per component.
 */
import type { BomLine } from '../bom/bom-line.ts';
import type { Catalog, Figure, MediumKind } from '../catalog/catalog-schema.ts';
import type { LinkClass } from '../scenario/scenario-schema.ts';
import type { Reliability } from '../scenario/reliability-schema.ts';
import { dualHomingFactor, planeFactor } from './interrupt-probability.ts';
import { interruptionsPerDay } from './interruption-rate.ts';

export const COMPONENT_CLASSES = [
  'accelerator',
  'host',
  'software',
  'planned',
  'nic',
  'switch',
  'transceiver',
  'cable',
  'cpo-port',
  'scale-up',
] as const;
export type ComponentClass = (typeof COMPONENT_CLASSES)[number];

export interface ComponentFailures {
  class: ComponentClass;
  /** Catalog id for network components, '' otherwise. */
  componentId: string;
  /** Link class of a transceiver, cable or CPO port; switch tier name for switches. */
  where: string;
  /** True for scale-out and scale-up network components. */
  network: boolean;
  count: number;
  /** Failures per component-year in %, after the LPO or CPO factor. */
  afrPercentPerYear: number;
  /** After dual-homing and plane credits. */
  interruptProbability: number;
  interruptionsPerDay: number;
}

export interface FailureRates {
  rows: ComponentFailures[];
  /** Network interruptions per day with every catalog rate at its low and high figure. */
  networkRange: { low: number; high: number };
}

export interface FailureRatesInput {
  catalog: Catalog;
  reliability: Reliability;
  accelerators: number;
  servers: number;
  bom: readonly BomLine[];
  /** Switch tiers of the plan; level 1 is where endpoints attach. */
  /** Switches per tier; `model` is the tier's catalog id when tiers mix models (else switchModelId). */
  switchTiers: readonly { tier: string; level: number; count: number; model?: string }[];
  switchModelId: string;
  /** Planes one accelerator's ports reach: min(ports per accelerator, planes). */
  planesPerAccelerator: number;
}

interface Rated {
  afr: Figure;
  kind?: MediumKind;
}

const ratedCache = new WeakMap<Catalog, Map<string, Rated>>();

function ratedComponents(catalog: Catalog): Map<string, Rated> {
  let map = ratedCache.get(catalog);
  if (!map) {
    map = new Map<string, Rated>();
    for (const m of catalog.media) map.set(m.id, { afr: m.afrPercentPerYear, kind: m.kind });
    for (const s of catalog.switches) map.set(s.id, { afr: s.afrPercentPerYear });
    for (const n of catalog.nics) map.set(n.id, { afr: n.afrPercentPerYear });
    for (const f of catalog.scaleUpFabrics) map.set(f.id, { afr: f.afrPercentPerYear });
    ratedCache.set(catalog, map);
  }
  return map;
}

/**
 * Example: Llama-3-like 16,384 H100 on a 3-tier RoCE Clos → accelerator 4.96/day, host
 * 0.85/day, ..., NIC 16,384 x 1 %/yr x 0.5, switch tiers at 2 %/yr, transceivers and cables
 * per medium; network total about 0.7 per day.
 */
export function failureRates(x: FailureRatesInput): FailureRates {
  const r = x.reliability;
  const f = r.failures;
  const q = r.interruptProbability;
  const res = r.resilience;
  const plane = planeFactor(x.planesPerAccelerator, res.planeFailoverCoverage);
  const dual = dualHomingFactor(res.nicHoming, res.dualHomingCoverage);
  const rated = ratedComponents(x.catalog);
  const rows: ComponentFailures[] = [];
  let low = 0;
  let high = 0;
  const push = (
    cls: ComponentClass,
    componentId: string,
    where: string,
    count: number,
    afr: number,
    probability: number,
    figure?: Figure,
    factor = 1,
  ) => {
    const network = figure !== undefined;
    rows.push({
      class: cls,
      componentId,
      where,
      network,
      count,
      afrPercentPerYear: afr,
      interruptProbability: probability,
      interruptionsPerDay: interruptionsPerDay(count, afr, probability),
    });
    if (figure) {
      low += interruptionsPerDay(count, (figure.low ?? figure.typical) * factor, probability);
      high += interruptionsPerDay(count, (figure.high ?? figure.typical) * factor, probability);
    }
  };

  push('accelerator', '', '', x.accelerators, f.acceleratorAfrPercentPerYear, q.accelerator);
  push('host', '', '', x.servers, f.hostAfrPercentPerYear, q.host);
  push('software', '', '', x.accelerators, f.softwareInterruptionsPercentPerYear, 1);
  push('planned', '', '', x.accelerators, f.plannedInterruptionsPercentPerYear, 1);

  for (const t of x.switchTiers) {
    // Tiers may mix switch models; each tier takes its own model's failure rate.
    const id = t.model ?? x.switchModelId;
    const sw = rated.get(id);
    if (!sw || t.count === 0) continue;
    const p = q.switch * plane * (t.level === 1 ? dual : 1);
    push('switch', id, t.tier, t.count, sw.afr.typical, p, sw.afr);
  }
  for (const line of x.bom) {
    const c = rated.get(line.componentId);
    if (!c || line.quantity === 0) continue;
    if (line.category === 'nics') {
      push('nic', line.componentId, '', line.quantity, c.afr.typical, q.nic, c.afr);
    } else if (line.category === 'scaleUp') {
      push('scale-up', line.componentId, '', line.quantity, c.afr.typical, q.scaleUp, c.afr);
    } else if (line.category === 'transceivers' || line.category === 'cables') {
      const factor = c.kind === 'lpo' ? f.lpoAfrFactor : c.kind === 'cpo' ? f.cpoAfrFactor : 1;
      const cls: ComponentClass = c.kind === 'cpo' ? 'cpo-port' : line.category === 'cables' ? 'cable' : 'transceiver';
      const linkClass: LinkClass | undefined = line.linkClass;
      const p = q.link * plane * (linkClass === 'accelerator-leaf' ? dual : 1);
      push(cls, line.componentId, linkClass ?? '', line.quantity, c.afr.typical * factor, p, c.afr, factor);
    }
  }
  return { rows, networkRange: { low, high } };
}

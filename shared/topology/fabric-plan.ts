/**
 * The fabric plan every topology planner returns: switch counts per tier and link counts per
 * link class, closed-form, with no per-link objects. All counts are for the whole cluster
 * (all planes). Links are logical links at the NIC port rate.
 */
import type { LinkClass, TopologyKind } from '../scenario/scenario-schema.ts';

export interface SwitchTierPlan {
  /** "leaf", "spine", "core", "super-core", "router", "group-leaf", "group-spine". */
  tier: string;
  /** 1 for the tier endpoints attach to, counting up. */
  level: number;
  /** Switches in this tier, all planes. */
  count: number;
  /** Effective ports per switch at the link rate (after breakout). */
  radix: number;
  /** Ports in use across the tier (endpoint, switch-to-switch and reserved ports). */
  portsUsed: number;
  /** Ports kept for management or spares across the tier (counted in portsUsed). */
  portsReserved: number;
  /** count * radix - portsUsed. */
  idlePorts: number;
}

/**
 * `pairs` pairs of boxes (two switches, or a server and a switch) each joined by `linksPerPair`
 * parallel links. A twin-port or splitter cable leg can carry several links only when they run
 * between the same two boxes, so cable counts depend on it. Example: 32 leaves with 32 uplinks
 * spread over 16 spines → `{ linksPerPair: 2, pairs: 512 }`.
 */
export interface LinkBundle {
  linksPerPair: number;
  pairs: number;
}

export interface LinkPlan {
  class: LinkClass;
  /** Logical links at the NIC port rate, all planes. */
  count: number;
  /** Rate of these links in Gb/s when it differs by class (switch-to-switch links above the NIC rate); unset = NIC rate. */
  rateGbps?: number;
  /**
   * How the links group between box pairs. Links not covered here (or all, when absent) each
   * join their own pair: one link per pair, the conservative reading for cable counts.
   */
  bundles?: LinkBundle[];
}

/** Links a class's bundles cover. Example: [{ linksPerPair: 2, pairs: 512 }] → 1,024. */
export function bundledLinks(bundles: readonly LinkBundle[] | undefined): number {
  return (bundles ?? []).reduce((s, b) => s + b.linksPerPair * b.pairs, 0);
}

/** Merges bundles of the same width, dropping empty ones, widest first. */
export function mergeBundles(bundles: readonly LinkBundle[]): LinkBundle[] {
  const m = new Map<number, number>();
  for (const b of bundles)
    if (b.pairs > 0 && b.linksPerPair > 0) m.set(b.linksPerPair, (m.get(b.linksPerPair) ?? 0) + b.pairs);
  return [...m].sort((a, b) => b[0] - a[0]).map(([linksPerPair, pairs]) => ({ linksPerPair, pairs }));
}

/** Pod grouping of a fabric (pod-clos.ts): pods, accelerators per pod, achieved ratio between pods. */
export interface PodPlan {
  count: number;
  accelerators: number;
  /** Pod-top downlink to uplink bandwidth actually built, e.g. 15 for HPN, 6.857 for Llama 3 at radix 128. */
  oversubscription: number;
}

export interface FabricPlan {
  topology: TopologyKind;
  /** Switching tiers (1 for a single switch; a dragonfly counts as 1 router tier). */
  tiers: number;
  /** Scale-out endpoints (NIC ports) attached, all planes. */
  endpoints: number;
  planes: number;
  switchTiers: SwitchTierPlan[];
  links: LinkPlan[];
  /** Most switches on a minimal path between two endpoints of the same plane and rail. */
  switchHopBound: number;
  /** Largest endpoint count per plane this construction can reach with the same tiers and radix. */
  maxEndpointsPerPlane: number;
  /**
   * Rail-optimized only: servers per scalable unit, whether it was chosen automatically, and
   * whether a whole unit fills its rail leaves' endpoint ports (a multiple of them).
   */
  scalableUnit?: { servers: number; auto: boolean; fillsLeaves: boolean };
  notes: string[];
  /** Leaf ports cabled to standby (backup) servers, all planes; not in `endpoints`. */
  standbyEndpoints?: number;
  /**
   * Block structure for the efficiency model when the plan states it (pod-clos.ts), innermost
   * first: endpoints per block in one plane and the bandwidth oversubscription leaving it.
   * Example (Llama 3 at radix 128): [{ 16, 1 }, { 1024, 1 }, { 3072, 6.857 }].
   */
  blocks?: { endpoints: number; oversubscription: number }[];
  pods?: PodPlan;
}

/**
 * Share of a tier's ports left idle, 0 to 1 (0 for an empty tier). Example: 256 leaves of
 * radix 128 with 8,192 idle ports → 0.25.
 */
export function idlePortShare(t: Pick<SwitchTierPlan, 'count' | 'radix' | 'idlePorts'>): number {
  const ports = t.count * t.radix;
  return ports > 0 ? t.idlePorts / ports : 0;
}

/** Total switches over all tiers. Example: a 2-tier k=64 full build gives 96. */
export function totalSwitches(plan: FabricPlan): number {
  return plan.switchTiers.reduce((sum, t) => sum + t.count, 0);
}

/** Links of one class, 0 when the plan has none. */
export function linksOf(plan: FabricPlan, cls: LinkClass): number {
  return plan.links.find((l) => l.class === cls)?.count ?? 0;
}

/** Switch-to-switch links (every class but accelerator-leaf). */
export function switchToSwitchLinks(plan: FabricPlan): number {
  return plan.links.filter((l) => l.class !== 'accelerator-leaf').reduce((s, l) => s + l.count, 0);
}

/** Multiplies a single-plane plan by `planes` (the multi-plane modifier). */
export function replicatePlanes(plan: FabricPlan, planes: number): FabricPlan {
  if (planes === 1) return plan;
  return {
    ...plan,
    planes: plan.planes * planes,
    endpoints: plan.endpoints * planes,
    switchTiers: plan.switchTiers.map((t) => ({
      ...t,
      count: t.count * planes,
      portsUsed: t.portsUsed * planes,
      portsReserved: t.portsReserved * planes,
      idlePorts: t.idlePorts * planes,
    })),
    links: plan.links.map((l) => ({
      ...l,
      count: l.count * planes,
      ...(l.bundles ? { bundles: l.bundles.map((b) => ({ ...b, pairs: b.pairs * planes })) } : {}),
    })),
  };
}

/** Adds two plans of the same topology that run side by side (rails of different sizes). */
export function sumPlans(a: FabricPlan, b: FabricPlan): FabricPlan {
  const tiers = new Map<string, SwitchTierPlan>();
  for (const t of [...a.switchTiers, ...b.switchTiers]) {
    const prev = tiers.get(t.tier);
    tiers.set(
      t.tier,
      prev
        ? {
            ...prev,
            count: prev.count + t.count,
            portsUsed: prev.portsUsed + t.portsUsed,
            portsReserved: prev.portsReserved + t.portsReserved,
            idlePorts: prev.idlePorts + t.idlePorts,
          }
        : { ...t },
    );
  }
  const links = new Map<LinkClass, LinkPlan>();
  for (const l of [...a.links, ...b.links]) {
    const prev = links.get(l.class);
    const bundles =
      prev?.bundles || l.bundles ? mergeBundles([...(prev?.bundles ?? []), ...(l.bundles ?? [])]) : undefined;
    links.set(l.class, { ...(prev ?? l), count: (prev?.count ?? 0) + l.count, ...(bundles ? { bundles } : {}) });
  }
  return {
    ...a,
    tiers: Math.max(a.tiers, b.tiers),
    endpoints: a.endpoints + b.endpoints,
    switchTiers: [...tiers.values()].sort((x, y) => x.level - y.level),
    links: [...links.values()],
    switchHopBound: Math.max(a.switchHopBound, b.switchHopBound),
    notes: [...new Set([...a.notes, ...b.notes])],
  };
}

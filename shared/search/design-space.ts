/**
 * The design space of a search: each dimension of a scenario the search may vary, held fixed
 * (the scenario's own value), given as a list, or "all" (every value compatible with the
 * catalog, the ecosystem, the NIC port rate and the year). A dimension left out is fixed.
 */
import type { EcosystemId, MediumKind } from '../catalog/catalog-schema.ts';
import type { TopologyKind } from '../scenario/scenario-schema.ts';

/** How one dimension varies: the scenario's value, an explicit list, or every compatible value. */
export type DimensionChoice<T> = { mode: 'fixed' } | { mode: 'list'; values: readonly T[] } | { mode: 'all' };

/** Scenario-file keys of the link-class media policies. */
export const MEDIA_KEYS = ['acceleratorLeaf', 'leafSpine', 'spineCore', 'coreSuper', 'local', 'global'] as const;
export type MediaKey = (typeof MEDIA_KEYS)[number];

/** Scenario-file keys of the per-tier switch models (switch.byTier). */
export const TIER_KEYS = ['leaf', 'spine', 'core', 'superCore'] as const;
export type TierKey = (typeof TIER_KEYS)[number];

export type MediaPolicy = 'auto' | MediumKind;

export interface DesignSpace {
  ecosystem?: DimensionChoice<EcosystemId>;
  /** Switch model id or "auto"; "all" = every switch of the ecosystem at the NIC rate by the year. */
  switchModel?: DimensionChoice<string>;
  /** Per-tier switch model ids ("auto" = the scenario's switch); folded-Clos kinds only. */
  tierModels?: Partial<Record<TierKey, DimensionChoice<string>>>;
  topologyKind?: DimensionChoice<TopologyKind>;
  /** Folded-Clos tiers ("auto" = the fewest that fit); "all" = 1 to 5. Other kinds ignore it. */
  tiers?: DimensionChoice<number | 'auto'>;
  /** One oversubscription for every tier boundary (1 = non-blocking). Clos kinds only. */
  oversubscription?: DimensionChoice<number>;
  /** Servers per scalable unit; rail-optimized only. */
  scalableUnitServers?: DimensionChoice<number | 'auto'>;
  planes?: DimensionChoice<number>;
  /** Media policy per link class; "all" = auto and every medium the ecosystem's switches qualify. */
  media?: Partial<Record<MediaKey, DimensionChoice<MediaPolicy>>>;
  nicPortRateGbps?: DimensionChoice<number>;
  nicPortsPerAccelerator?: DimensionChoice<number>;
}

/** Values "all" takes where the catalog does not enumerate them. */
export const ALL_VALUES = {
  tiers: [1, 2, 3, 4, 5] as const,
  oversubscription: [1, 2, 3, 4, 5, 7] as const,
  scalableUnitServers: ['auto', 16, 32, 64, 128] as const,
  planes: [1, 2, 4, 8] as const,
  nicPortsPerAccelerator: [1, 2] as const,
};

/**
 * Constraints a design must meet to count. Example: `{ maxOversubscription: 1,
 * minSiliconSuppliers: 2 }` keeps non-blocking fabrics of an ecosystem with two or more
 * switch-silicon suppliers. `buildYear` replaces the scenario year (parts must ship by then).
 */
export interface SearchConstraints {
  /** Highest oversubscription at any tier boundary (ratio, 1 = non-blocking). */
  maxOversubscription?: number;
  /** Lowest network-limited efficiency of the workload, 0 to 1. */
  minEfficiency?: number;
  /** Highest vendor HHI of network spend, 0 to 10,000. */
  maxHhi?: number;
  /** Fewest independent switch-silicon suppliers of the ecosystem. */
  minSiliconSuppliers?: number;
  /** Highest network IT power per accelerator, W. */
  maxPowerWPerAccelerator?: number;
  /** Year the fabric is built: every part must be in volume by then. */
  buildYear?: number;
}

export const OBJECTIVES = ['capex', 'tco', 'power', 'hhi'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/**
 * The topology kinds a scenario can name, in their own module so that schema modules that
 * scenario-schema.ts imports (analysis-schema.ts) can use them without an import cycle.
 * Example: `TOPOLOGY_KINDS.includes('rail-only')` is true.
 */
export const TOPOLOGY_KINDS = [
  'leaf-spine',
  'fat-tree',
  'rail-optimized',
  'rail-only',
  'dragonfly',
  'dragonfly-plus',
  'slim-fly',
] as const;
export type TopologyKind = (typeof TOPOLOGY_KINDS)[number];

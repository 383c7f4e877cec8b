/**
 * The link classes a fabric cables and their scenario-file keys, in a module without the
 * schema (zod) so the evaluation path, and a search worker that loads only it, need not build
 * the schema. scenario-schema.ts re-exports them. Example: `LINK_CLASS_KEYS['leaf-spine']` is
 * `'leafSpine'`.
 */
export const LINK_CLASSES = ['accelerator-leaf', 'leaf-spine', 'spine-core', 'core-super', 'local', 'global'] as const;
export type LinkClass = (typeof LINK_CLASSES)[number];

/** Scenario-file keys of the per-link-class inputs (camelCase of LINK_CLASSES). */
export const LINK_CLASS_KEYS = {
  'accelerator-leaf': 'acceleratorLeaf',
  'leaf-spine': 'leafSpine',
  'spine-core': 'spineCore',
  'core-super': 'coreSuper',
  local: 'local',
  global: 'global',
} as const satisfies Record<LinkClass, string>;

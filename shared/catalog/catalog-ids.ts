/**
 * Closed lists of catalog words (medium kinds, scale-out ecosystems), in a module without the
 * schema (zod) so the evaluation and search path, and a search worker that loads only it, need
 * not build the catalog schema. catalog-schema.ts re-exports them. Example:
 * `ECOSYSTEM_IDS.includes('infiniband')` is true.
 */
export const MEDIUM_KINDS = ['dac', 'acc', 'aec', 'aoc', 'dsp-sr', 'dsp-dr', 'dsp-fr', 'lpo', 'lro', 'cpo'] as const;
export const ECOSYSTEM_IDS = ['infiniband', 'ethernet-roce', 'spectrum-x', 'ultra-ethernet'] as const;

/**
 * Inputs of the scaling analyses stored with a scenario: variants to compare, the
 * cluster-size sweep, the year projection with its slips, the uncertainty ranges of the
 * scenario-level inputs, and the Monte Carlo settings (seed included, so results are
 * reproducible from the file alone).
 *
 * Variants and slips are fixed slots (`a`, `b`, `c`) of plain fields rather than lists of
 * objects: every input stays a number, a word or a short text with a unit, range, default and
 * description, which the generic editor, validator, JSON Schema and workbook read (see
 * input-fields.ts). A slot left at its defaults is unused. Checks that tie two fields together
 * (sweep from <= to, projection from <= to) are made when the analysis runs, with the field's
 * path in the error, so that each field stays valid on its own.
 *
 * Example (inside a scenario):
 * ```json
 * "analysis": {
 *   "variants": { "a": { "topology": "rail-only" } },
 *   "sweep": { "fromAccelerators": 1000, "toAccelerators": 1000000, "points": 31 },
 *   "projection": { "mode": "follow-roadmap", "slips": { "a": { "target": "cpo", "delayYears": 2 } } },
 *   "monteCarlo": { "samples": 10000, "seed": 42, "distribution": "triangular" }
 * }
 * ```
 */
import { z } from 'zod';
import { ECOSYSTEM_IDS, MEDIUM_KINDS } from '../catalog/catalog-schema.ts';
import { enumField, numberField } from './field.ts';
import { TOPOLOGY_KINDS } from './topology-kinds.ts';

const LABEL_MESSAGE = 'must be text of at most 60 characters';

/** One variant: each field left at "same" (or 0 planes) keeps the scenario's own value. */
export const variantSchema = z
  .object({
    label: z.string({ error: LABEL_MESSAGE }).max(60, { error: LABEL_MESSAGE }).default('').meta({
      unit: '',
      description: 'Name of the variant in charts and tables; empty for one built from its changes',
    }),
    topology: enumField(
      ['same', ...TOPOLOGY_KINDS] as const,
      'same',
      'Topology of the variant, or same as the scenario',
    ),
    ecosystem: enumField(
      ['same', ...ECOSYSTEM_IDS] as const,
      'same',
      'Scale-out ecosystem of the variant (switch and NIC then chosen automatically), or same',
    ),
    acceleratorLeafMedium: enumField(
      ['same', 'auto', ...MEDIUM_KINDS] as const,
      'same',
      'Medium of the NIC-to-leaf links of the variant, or same as the scenario',
    ),
    switchLinkMedium: enumField(
      ['same', 'auto', ...MEDIUM_KINDS] as const,
      'same',
      'Medium of every switch-to-switch link class of the variant (cpo picks a CPO switch), or same',
    ),
    planes: numberField({
      min: 0,
      max: 16,
      default: 0,
      int: true,
      unit: 'planes',
      description: 'Independent network planes of the variant; 0 keeps the scenario value',
    }),
  })
  .strict();
export type VariantSlot = z.output<typeof variantSchema>;

export const VARIANT_SLOTS = ['a', 'b', 'c'] as const;
export type VariantSlotId = (typeof VARIANT_SLOTS)[number];

export const variantsSchema = z
  .object({ a: variantSchema.prefault({}), b: variantSchema.prefault({}), c: variantSchema.prefault({}) })
  .strict();

export const sweepSchema = z
  .object({
    fromAccelerators: numberField({
      min: 1,
      max: 4_000_000,
      default: 1000,
      int: true,
      unit: 'accelerators',
      description: 'Smallest cluster of the size sweep (rounded up to whole servers)',
    }),
    toAccelerators: numberField({
      min: 1,
      max: 4_000_000,
      default: 1_000_000,
      int: true,
      unit: 'accelerators',
      description: 'Largest cluster of the size sweep (rounded down to whole servers)',
    }),
    points: numberField({
      min: 2,
      max: 10_000,
      default: 31,
      int: true,
      unit: 'points',
      description: 'Log-spaced sizes in the sweep (sizes that round to the same server count are merged)',
    }),
  })
  .strict();

const SLIP_TARGET_RULE =
  'a technology, vendor or component id of the catalog (1 to 64 lower-case letters, digits, ".", "+" or "-")';
const SLIP_TARGET_MESSAGE = `must be "none" or ${SLIP_TARGET_RULE}`;

/** One slip: delay (or, negative, bring forward) what `target` names by `delayYears`. */
export const slipSchema = z
  .object({
    target: z
      .union(
        [
          z.literal('none', { error: SLIP_TARGET_MESSAGE }),
          // Empty (a cleared field) means no slip, as "none" does.
          z
            .string({ error: SLIP_TARGET_MESSAGE })
            .regex(/^(?:[a-z0-9][a-z0-9.+-]{0,63})?$/, { error: SLIP_TARGET_MESSAGE }),
        ],
        { error: SLIP_TARGET_MESSAGE },
      )
      .default('none')
      .meta({
        unit: '',
        description:
          'What slips: a roadmap technology (e.g. cpo, optics-1.6t), a vendor or a component id; none (or empty) for no slip',
      }),
    delayYears: numberField({
      min: -5,
      max: 10,
      default: 0,
      int: true,
      unit: 'years',
      description: 'Years by which the target first ships later (negative: earlier)',
    }),
  })
  .strict();
export type SlipSlot = z.output<typeof slipSchema>;

export const SLIP_SLOTS = ['a', 'b', 'c'] as const;

export const PROJECTION_MODES = ['follow-roadmap', 'fixed'] as const;
export type ProjectionMode = (typeof PROJECTION_MODES)[number];

export const projectionSchema = z
  .object({
    fromYear: numberField({
      min: 2022,
      max: 2035,
      default: 2024,
      int: true,
      unit: 'year',
      description: 'First year of the projection',
    }),
    toYear: numberField({
      min: 2022,
      max: 2035,
      default: 2032,
      int: true,
      unit: 'year',
      description: 'Last year of the projection',
    }),
    mode: enumField(
      PROJECTION_MODES,
      'follow-roadmap',
      'follow-roadmap: newest components each year within the scenario choices; fixed: keep the build-year components',
    ),
    slips: z
      .object({ a: slipSchema.prefault({}), b: slipSchema.prefault({}), c: slipSchema.prefault({}) })
      .strict()
      .prefault({}),
  })
  .strict();

/**
 * Swings of the scenario-level inputs for the tornado and the Monte Carlo, in percent of the
 * scenario value. Defaults from EIA 2023 US industrial prices: electricity 0.06 / 0.08 / 0.12 USD/kWh
 * ([E] range built from EIA state averages) gives -25% / +50%; PUE of new AI builds
 * 1.1 / 1.2 / 1.3 ([S] Uptime via cloudnews.tech) gives about -8.3% / +8.3%.
 */
export const uncertaintySchema = z
  .object({
    electricityBelowPercent: numberField({
      min: 0,
      max: 90,
      default: 25,
      unit: '%',
      description:
        'Low electricity price, percent below the scenario value (0.06 vs 0.08 USD/kWh: low-cost data-centre states vs the 2023 US industrial average, EIA)',
    }),
    electricityAbovePercent: numberField({
      min: 0,
      max: 300,
      default: 50,
      unit: '%',
      description:
        'High electricity price, percent above the scenario value (0.12 vs 0.08 USD/kWh: high-cost states vs the 2023 US industrial average, EIA)',
    }),
    pueBelowPercent: numberField({
      min: 0,
      max: 50,
      default: 8.3,
      unit: '%',
      description: 'Low PUE, percent below the scenario value (new AI builds 1.1 / 1.2 / 1.3); never below 1',
    }),
    pueAbovePercent: numberField({
      min: 0,
      max: 100,
      default: 8.3,
      unit: '%',
      description: 'High PUE, percent above the scenario value (new AI builds 1.1 / 1.2 / 1.3)',
    }),
  })
  .strict();

export const DISTRIBUTIONS = ['triangular', 'uniform', 'lognormal'] as const;
export type DistributionKind = (typeof DISTRIBUTIONS)[number];

export const monteCarloSchema = z
  .object({
    samples: numberField({
      min: 100,
      max: 100_000,
      default: 10_000,
      int: true,
      unit: 'samples',
      description: 'Monte Carlo samples (Latin hypercube)',
    }),
    seed: numberField({
      min: 0,
      max: 4_294_967_295,
      default: 1,
      int: true,
      unit: 'seed',
      description: 'Seed of the random number generator; the same seed gives the same results',
    }),
    distribution: enumField(
      DISTRIBUTIONS,
      'triangular',
      'Distribution over each low / typical / high range (lognormal: median at typical)',
    ),
  })
  .strict();

export const analysisSchema = z
  .object({
    variants: variantsSchema.prefault({}),
    sweep: sweepSchema.prefault({}),
    projection: projectionSchema.prefault({}),
    uncertainty: uncertaintySchema.prefault({}),
    monteCarlo: monteCarloSchema.prefault({}),
  })
  .strict();
export type AnalysisSettings = z.output<typeof analysisSchema>;

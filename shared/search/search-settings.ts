/**
 * The settings of one design search as data: the scenario searched around (by name), the
 * design space, the constraints and the objectives. An export request carries the Search
 * tab's last settings in this form so the workbook can run the same search (deterministic)
 * and write its Search sheet; the schema checks them where they cross a process boundary.
 *
 * Example: `{ scenario: 'H100 IB', space: { planes: { mode: 'list', values: [1, 2] } },
 * objectives: ['capex', 'tco'] }`.
 */
import { z } from 'zod';
import { ECOSYSTEM_IDS, MEDIUM_KINDS } from '../catalog/catalog-schema.ts';
import { TOPOLOGY_KINDS } from '../scenario/scenario-schema.ts';
import {
  MEDIA_KEYS,
  OBJECTIVES,
  TIER_KEYS,
  type DesignSpace,
  type Objective,
  type SearchConstraints,
} from './design-space.ts';

export interface SearchSettings {
  /** Name of the project scenario the search varies. */
  scenario: string;
  space: DesignSpace;
  constraints?: SearchConstraints;
  objectives?: Objective[];
}

/** Most values one list dimension may hold. */
const MAX_LIST = 256;

const choice = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('fixed') }),
    z.strictObject({ mode: z.literal('all') }),
    z.strictObject({ mode: z.literal('list'), values: z.array(value).min(1).max(MAX_LIST) }),
  ]);

const id = z.string().min(1).max(100);
const positive = z.number().positive().max(1e6);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const media = z.enum(['auto', ...MEDIUM_KINDS]);
const finite = z.number().finite();

export const searchSettingsSchema = z.strictObject({
  scenario: z.string().min(1).max(200),
  space: z.strictObject({
    ecosystem: choice(z.enum(ECOSYSTEM_IDS)).optional(),
    switchModel: choice(id).optional(),
    tierModels: z
      .strictObject(
        Object.fromEntries(TIER_KEYS.map((k) => [k, choice(id).optional()])) as Record<
          (typeof TIER_KEYS)[number],
          z.ZodOptional<ReturnType<typeof choice<typeof id>>>
        >,
      )
      .optional(),
    topologyKind: choice(z.enum(TOPOLOGY_KINDS)).optional(),
    tiers: choice(z.union([z.literal('auto'), int(1, 5)])).optional(),
    oversubscription: choice(positive).optional(),
    scalableUnitServers: choice(z.union([z.literal('auto'), int(1, 100_000)])).optional(),
    planes: choice(int(1, 64)).optional(),
    media: z
      .strictObject(
        Object.fromEntries(MEDIA_KEYS.map((k) => [k, choice(media).optional()])) as Record<
          (typeof MEDIA_KEYS)[number],
          z.ZodOptional<ReturnType<typeof choice<typeof media>>>
        >,
      )
      .optional(),
    nicPortRateGbps: choice(positive).optional(),
    nicPortsPerAccelerator: choice(int(1, 16)).optional(),
  }),
  constraints: z
    .strictObject({
      maxOversubscription: finite.optional(),
      minEfficiency: finite.optional(),
      maxHhi: finite.optional(),
      minSiliconSuppliers: finite.optional(),
      maxPowerWPerAccelerator: finite.optional(),
      buildYear: finite.optional(),
    })
    .optional(),
  objectives: z.array(z.enum(OBJECTIVES)).min(1).max(OBJECTIVES.length).optional(),
}) satisfies z.ZodType<SearchSettings>;

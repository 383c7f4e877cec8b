/**
 * A project's optional build-out plan: for each year, how many clusters of which of its
 * scenarios are built. The market model (shared/market/build-out.ts) turns it into the network
 * market per year. Scenario names are checked against the project when the market is computed
 * (with the entry's path in the error), so renaming a scenario never makes the file unreadable.
 *
 * Example (top level of a project file):
 * ```json
 * "buildOut": { "plan": [
 *   { "year": 2026, "builds": [{ "scenario": "NVL72 100k, rail-only", "count": 12 },
 *                              { "scenario": "Ethernet 32k fat-tree, DSP", "count": 40 }] }
 * ] }
 * ```
 */
import { z } from 'zod';
import { numberRangeMessage } from './field.ts';

const COUNT = { min: 0, max: 100_000, int: true, unit: 'clusters' } as const;
const YEAR = { min: 2020, max: 2040, int: true, unit: 'year' } as const;
const NAME_MESSAGE = 'must be the name of a scenario of this project';

const whole = (o: typeof COUNT | typeof YEAR, description: string) => {
  const message = numberRangeMessage(o);
  return z
    .number({ error: message })
    .int({ error: message })
    .gte(o.min, { error: message })
    .lte(o.max, { error: message })
    .meta({ unit: o.unit, description, minimum: o.min, maximum: o.max });
};

export const buildSchema = z
  .object({
    scenario: z
      .string({ error: NAME_MESSAGE })
      .min(1, { error: NAME_MESSAGE })
      .max(120, { error: NAME_MESSAGE })
      .meta({ unit: '', description: 'Name of the scenario built' }),
    count: whole(COUNT, 'Number of clusters of this scenario built in the year'),
  })
  .strict();

export const buildYearSchema = z
  .object({
    year: whole(YEAR, 'Year the clusters are built (prices and products of that year on the roadmap)'),
    builds: z
      .array(buildSchema, { error: 'must be a list of 1 to 64 builds' })
      .min(1, { error: 'must be a list of 1 to 64 builds' })
      .max(64, { error: 'must be a list of 1 to 64 builds' }),
  })
  .strict();

export const buildOutSchema = z
  .object({
    plan: z
      .array(buildYearSchema, { error: 'must be a list of 1 to 21 years' })
      .min(1, { error: 'must be a list of 1 to 21 years' })
      .max(21, { error: 'must be a list of 1 to 21 years' })
      .superRefine((plan, ctx) => {
        const seen = new Set<number>();
        plan.forEach((y, i) => {
          if (seen.has(y.year))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'year'],
              input: y.year,
              message: 'must be a year not already in the plan (one entry per year)',
            });
          seen.add(y.year);
        });
      }),
  })
  .strict()
  .meta({ unit: '', description: 'Build-out plan: clusters of which scenario are built each year (market model)' });

export type BuildOut = z.output<typeof buildOutSchema>;

/**
 * The scenario and project file schema, version 1. Every input is declared once here with
 * its unit, range, default and description (see field.ts). Objects are strict: unknown
 * fields are reported as errors, never silently kept or dropped.
 */
import { z } from 'zod';
import { MEDIUM_KINDS, ECOSYSTEM_IDS, SCALE_UP_IDS } from '../catalog/catalog-schema.ts';
import { buildOutSchema } from './build-out-schema.ts';
import { numberField, optionalNumberField, enumField, numberRangeMessage } from './field.ts';
import { workloadSchema } from './workload-schema.ts';
import { reliabilitySchema } from './reliability-schema.ts';
import { TOPOLOGY_KINDS } from './topology-kinds.ts';
import { analysisSchema } from './analysis-schema.ts';
import { checkProjectComponents, projectComponentsSchema } from '../catalog/project-components.ts';
import { defaultCatalog } from '../catalog/default-catalog.ts';

export const CURRENT_SCHEMA_VERSION = 1;

export { TOPOLOGY_KINDS, type TopologyKind } from './topology-kinds.ts';

export { LINK_CLASSES, LINK_CLASS_KEYS, type LinkClass } from './link-classes.ts';

const NAME_MESSAGE = 'must be text of 1 to 120 characters (spaces at either end are removed)';
const name = z
  .string({ error: (iss) => (iss.input === undefined ? `required; ${NAME_MESSAGE}` : NAME_MESSAGE) })
  .trim()
  .min(1, { error: 'must not be empty or only spaces; 1 to 120 characters' })
  .max(120, { error: NAME_MESSAGE });

const CATALOG_ID_PATTERN = /^[a-z0-9][a-z0-9.+-]{0,63}$/;
const CATALOG_ID_RULE = '1 to 64 lower-case letters, digits, ".", "+" or "-", starting with a letter or digit';
const componentId = z
  .string({ error: `must be a catalog id (${CATALOG_ID_RULE})` })
  .regex(CATALOG_ID_PATTERN, { error: `must be a catalog id (${CATALOG_ID_RULE})` });

/** A catalog id or the word "auto"; errors name both choices. */
const componentIdOrAuto = (description: string) => {
  const message = `must be "auto" or a catalog id (${CATALOG_ID_RULE})`;
  return z
    .union(
      [
        z.literal('auto', { error: message }),
        z.string({ error: message }).regex(CATALOG_ID_PATTERN, { error: message }),
      ],
      {
        error: message,
      },
    )
    .default('auto')
    .meta({ unit: '', description });
};

/** Free text of at most `max` characters. */
const text = (max: number, def: string, description: string) => {
  const message = `must be text of at most ${max} characters`;
  return z.string({ error: message }).max(max, { error: message }).default(def).meta({ unit: '', description });
};

export const acceleratorSchema = z
  .object({
    name: name.default('H100 SXM').meta({ unit: '', description: 'Accelerator model name' }),
    unitPriceUsd: numberField({
      min: 0,
      max: 1e7,
      default: 25000,
      unit: 'USD',
      description: 'Price of one accelerator',
    }),
    powerW: numberField({ min: 0, max: 1e5, default: 700, unit: 'W', description: 'Power of one accelerator' }),
  })
  .strict();

export const clusterSchema = z
  .object({
    accelerator: acceleratorSchema.prefault({}),
    acceleratorCount: numberField({
      min: 1,
      max: 4_000_000,
      default: 1024,
      int: true,
      unit: 'accelerators',
      description: 'Number of accelerators in the cluster',
    }),
    acceleratorsPerServer: numberField({
      min: 1,
      max: 72,
      default: 8,
      int: true,
      unit: 'accelerators',
      description: 'Accelerators per server (compute tray)',
    }),
    serverPriceUsd: numberField({
      min: 0,
      max: 1e8,
      default: 110000,
      unit: 'USD',
      description: 'Price of one server excluding its accelerators and scale-out NICs',
    }),
    serverPowerW: numberField({
      min: 0,
      max: 1e6,
      default: 4600,
      unit: 'W',
      description: 'Power of one server excluding its accelerators and scale-out NICs',
    }),
  })
  .strict();

export const scaleUpSchema = z
  .object({
    fabric: enumField(SCALE_UP_IDS, 'nvlink4', 'Scale-up fabric inside the domain'),
    domainSize: numberField({
      min: 1,
      max: 1024,
      default: 8,
      int: true,
      unit: 'accelerators',
      description: 'Accelerators in one scale-up (high-bandwidth) domain',
    }),
  })
  .strict();

const SERVER_MESSAGE = `must be "generic" or a reference server id of the catalog (${CATALOG_ID_RULE})`;
const CAGE_RATE_MESSAGE = 'must be "auto" or a whole number from 10 to 3200 Gb/s';

export const scaleOutSchema = z
  .object({
    ecosystem: enumField(ECOSYSTEM_IDS, 'infiniband', 'Scale-out protocol ecosystem'),
    nicPortRateGbps: numberField({
      min: 10,
      max: 3200,
      default: 400,
      int: true,
      unit: 'Gb/s',
      description: 'Rate of one scale-out NIC port',
    }),
    nicPortsPerAccelerator: numberField({
      min: 1,
      max: 8,
      default: 1,
      int: true,
      unit: 'ports',
      description: 'Scale-out NIC ports per accelerator',
    }),
    planes: numberField({
      min: 1,
      max: 16,
      default: 1,
      int: true,
      unit: 'planes',
      description: 'Independent network planes; NIC ports are spread evenly over them',
    }),
    nic: componentIdOrAuto('NIC model id, or auto'),
    server: z
      .union(
        [
          z.literal('generic', { error: SERVER_MESSAGE }),
          z.string({ error: SERVER_MESSAGE }).regex(CATALOG_ID_PATTERN, { error: SERVER_MESSAGE }),
        ],
        { error: SERVER_MESSAGE },
      )
      .default('generic')
      .meta({
        unit: '',
        description:
          'Reference server whose scale-out cages take the server-end modules (catalog id, e.g. dgx-h100: ' +
          '8 x 400G on 4 twin-port 800G OSFP cages), or generic: each NIC port in its NIC cage',
      }),
    serverCageRateGbps: z
      .union(
        [
          z.literal('auto', { error: CAGE_RATE_MESSAGE }),
          z
            .number({ error: CAGE_RATE_MESSAGE })
            .int({ error: CAGE_RATE_MESSAGE })
            .min(10, { error: CAGE_RATE_MESSAGE })
            .max(3200, { error: CAGE_RATE_MESSAGE }),
        ],
        { error: CAGE_RATE_MESSAGE },
      )
      .default('auto')
      .meta({
        unit: 'Gb/s',
        description:
          'Rate of one server scale-out cage, the NIC port rate or a whole multiple of it (800 = twin-port ' +
          '2 x 400G); auto = the reference server cage, or the NIC cage for a generic server',
      }),
  })
  .strict();

export const dragonflySchema = z
  .object({
    mode: enumField(
      ['balanced', 'explicit'] as const,
      'balanced',
      'Balanced (a = 2p = 2h from the radix) or explicit p, a, h',
    ),
    p: numberField({
      min: 1,
      max: 512,
      default: 16,
      int: true,
      unit: 'ports',
      description: 'Terminals per router (explicit mode)',
    }),
    a: numberField({
      min: 1,
      max: 1024,
      default: 32,
      int: true,
      unit: 'routers',
      description: 'Routers per group (explicit mode)',
    }),
    h: numberField({
      min: 1,
      max: 512,
      default: 16,
      int: true,
      unit: 'ports',
      description: 'Global links per router (explicit mode)',
    }),
  })
  .strict();

const TIERS_MESSAGE = 'must be "auto" or a whole number from 1 to 5 tiers';
const SCALABLE_UNIT_MESSAGE = 'must be "auto" or a whole number from 1 to 4096 servers';
const LINK_RATE_MESSAGE = 'must be "auto" or a whole number from 10 to 3200 Gb/s';
const SERVERS_PER_LEAF_MESSAGE = 'must be "auto" or a whole number from 1 to 1024 servers';
const OVERSUBSCRIPTION_LIST_MESSAGE = 'must be a list of 1 to 4 ratios, each a number from 1 to 64';

export const topologySchema = z
  .object({
    kind: enumField(TOPOLOGY_KINDS, 'rail-optimized', 'Network topology'),
    tiers: z
      .union(
        [
          z.literal('auto', { error: TIERS_MESSAGE }),
          z
            .number({ error: TIERS_MESSAGE })
            .int({ error: TIERS_MESSAGE })
            .min(1, { error: TIERS_MESSAGE })
            .max(5, { error: TIERS_MESSAGE }),
        ],
        {
          error: TIERS_MESSAGE,
        },
      )
      .default('auto')
      .meta({ unit: 'tiers', description: 'Switching tiers of a folded Clos, or auto for the fewest that fit' }),
    oversubscription: z
      .array(numberField({ min: 1, max: 64, default: 1, unit: 'ratio', description: 'Downlink to uplink bandwidth' }), {
        error: OVERSUBSCRIPTION_LIST_MESSAGE,
      })
      .min(1, { error: `${OVERSUBSCRIPTION_LIST_MESSAGE} (one per tier boundary; the last repeats)` })
      .max(4, { error: `${OVERSUBSCRIPTION_LIST_MESSAGE} (one per tier boundary; the last repeats)` })
      .default([1])
      .meta({
        unit: 'ratio',
        description:
          'Oversubscription per tier boundary, leaf first (1 = non-blocking, 7 = 1:7). One value applies to every ' +
          'boundary; a longer list gives one value per boundary (the last repeats upward) and is refused when it ' +
          'names more values than the fabric has boundaries. Direct networks (dragonfly, dragonfly+, Slim Fly) take [1]',
      }),
    scalableUnitServers: z
      .union(
        [
          z.literal('auto', { error: SCALABLE_UNIT_MESSAGE }),
          z
            .number({ error: SCALABLE_UNIT_MESSAGE })
            .int({ error: SCALABLE_UNIT_MESSAGE })
            .min(1, { error: SCALABLE_UNIT_MESSAGE })
            .max(4096, { error: SCALABLE_UNIT_MESSAGE }),
        ],
        { error: SCALABLE_UNIT_MESSAGE },
      )
      .default('auto')
      .meta({
        unit: 'servers',
        description:
          'Servers per scalable unit (rail-optimized); auto fills every endpoint port of a rail leaf ' +
          '(leaf downlinks at this radix and oversubscription, less reserved ports). A forced unit that ' +
          'leaves leaf ports idle is built and its idle-port share is reported',
      }),
    reservedPortsPerLeaf: numberField({
      min: 0,
      max: 64,
      default: 0,
      int: true,
      unit: 'ports',
      description:
        'Downlink ports kept on every leaf for management or spares (per leaf, not per pod). With a forced ' +
        'scalable unit that no longer fits a rail leaf once they are taken, the scenario is refused',
    }),
    switchLinkRateGbps: z
      .union(
        [
          z.literal('auto', { error: LINK_RATE_MESSAGE }),
          z
            .number({ error: LINK_RATE_MESSAGE })
            .int({ error: LINK_RATE_MESSAGE })
            .min(10, { error: LINK_RATE_MESSAGE })
            .max(3200, { error: LINK_RATE_MESSAGE }),
        ],
        { error: LINK_RATE_MESSAGE },
      )
      .default('auto')
      .meta({
        unit: 'Gb/s',
        description:
          'Rate of switch-to-switch links (leaf uplinks and above), the NIC port rate or a whole multiple of it (Alibaba HPN: 400 over 200G NICs); auto = the NIC port rate',
      }),
    backupPortsPerLeaf: numberField({
      min: 0,
      max: 64,
      default: 0,
      int: true,
      unit: 'ports',
      description:
        'Leaf downlinks cabled to standby servers (Alibaba HPN: 8); taken from the uplinks, so the active downlinks keep the oversubscription',
    }),
    serversPerLeaf: z
      .union(
        [
          z.literal('auto', { error: SERVERS_PER_LEAF_MESSAGE }),
          z
            .number({ error: SERVERS_PER_LEAF_MESSAGE })
            .int({ error: SERVERS_PER_LEAF_MESSAGE })
            .min(1, { error: SERVERS_PER_LEAF_MESSAGE })
            .max(1024, { error: SERVERS_PER_LEAF_MESSAGE }),
        ],
        { error: SERVERS_PER_LEAF_MESSAGE },
      )
      .default('auto')
      .meta({
        unit: 'servers',
        description:
          'Servers under one leaf switch, a rack ToR (Llama 3: 2), for leaf-spine and fat-tree; auto fills each leaf',
      }),
    podAccelerators: numberField({
      min: 0,
      max: 4_000_000,
      default: 0,
      int: true,
      unit: 'accelerators',
      description:
        'Accelerators per pod (0 = no pods): each pod is a full Clos block and a core tier joins the pods at the pod oversubscription',
    }),
    podOversubscription: numberField({
      min: 1,
      max: 64,
      default: 1,
      unit: 'ratio',
      description: 'Downlink to uplink bandwidth at the top of each pod (7 = 1:7 between pods); used with pods',
    }),
    dragonfly: dragonflySchema.prefault({}),
  })
  .strict();

/** Switch of one tier when it differs from the scenario's switch (mixed models per tier). */
const tierSwitchSchema = (tier: string) =>
  z
    .object({
      model: componentIdOrAuto(`${tier} switch model id, or auto for the scenario's switch model`),
      radix: optionalNumberField({
        min: 2,
        max: 2048,
        int: true,
        unit: 'ports',
        description: `Override of the ${tier.toLowerCase()} switch's effective radix at the NIC port rate (ports after breakout)`,
      }),
    })
    .strict();

/** Scenario-file keys of the per-tier switch inputs, by Clos tier name. */
export const TIER_SWITCH_KEYS = {
  leaf: 'leaf',
  spine: 'spine',
  core: 'core',
  'super-core': 'superCore',
  'super-core-2': 'superCore',
} as const;

export const switchSchema = z
  .object({
    model: componentIdOrAuto('Switch model id, or auto'),
    radix: optionalNumberField({
      min: 2,
      max: 2048,
      int: true,
      unit: 'ports',
      description: 'Override of the effective radix at the NIC port rate (ports after breakout)',
    }),
    byTier: z
      .object({
        leaf: tierSwitchSchema('Leaf').prefault({}),
        spine: tierSwitchSchema('Spine').prefault({}),
        core: tierSwitchSchema('Core').prefault({}),
        superCore: tierSwitchSchema('Super-core').prefault({}),
      })
      .strict()
      .prefault({})
      .meta({
        unit: '',
        description:
          'Folded-Clos topologies only: a switch model and radix per tier (e.g. XDR spines over NDR leaves); ' +
          'tiers not named use the switch model and radix above',
      }),
  })
  .strict();

const mediumPolicy = enumField(
  ['auto', ...MEDIUM_KINDS] as const,
  'auto',
  'Medium: auto (cheapest eligible by reach and year) or forced',
);

export const mediaSchema = z
  .object({
    acceleratorLeaf: mediumPolicy,
    leafSpine: mediumPolicy,
    spineCore: mediumPolicy,
    coreSuper: mediumPolicy,
    local: mediumPolicy,
    global: mediumPolicy,
  })
  .strict();

const length = (def: number, what: string) =>
  numberField({ min: 0.1, max: 10000, default: def, unit: 'm', description: `Typical length of a ${what} link` });

export const linkLengthSchema = z
  .object({
    acceleratorLeaf: length(3, 'NIC-to-leaf'),
    leafSpine: length(30, 'leaf-to-spine'),
    spineCore: length(150, 'spine-to-core'),
    coreSuper: length(400, 'core-to-super-core'),
    local: length(5, 'dragonfly intra-group'),
    global: length(100, 'dragonfly inter-group'),
  })
  .strict();

export const economicsSchema = z
  .object({
    electricityUsdPerKWh: numberField({
      min: 0,
      max: 2,
      default: 0.08,
      unit: 'USD/kWh',
      description: 'Electricity price',
    }),
    pue: numberField({
      min: 1,
      max: 3,
      default: 1.3,
      unit: 'ratio',
      description: 'Power usage effectiveness of the facility',
    }),
    horizonYears: numberField({ min: 1, max: 15, default: 5, int: true, unit: 'years', description: 'TCO horizon' }),
    discountRatePercent: numberField({
      min: 0,
      max: 50,
      default: 0,
      unit: '%/yr',
      description: 'Discount rate applied to future energy cost in the TCO (0 = undiscounted)',
    }),
    streetDiscountPercent: numberField({
      min: 0,
      max: 90,
      default: 0,
      unit: '%',
      description: 'Street discount off the list prices of the network bill of materials (0 = list price)',
    }),
    sparesPercent: numberField({
      min: 0,
      max: 50,
      default: 0,
      unit: '%',
      description: 'Spare parts bought with the network, as a share of its discounted hardware price',
    }),
    installationPercent: numberField({
      min: 0,
      max: 50,
      default: 0,
      unit: '%',
      description: 'Installation and cabling labour, as a share of the discounted hardware price',
    }),
    supportPercentPerYear: numberField({
      min: 0,
      max: 50,
      default: 0,
      unit: '%/yr',
      description: 'Support contract per year over the TCO horizon, as a share of hardware and spares',
    }),
  })
  .strict();

const overrideMap = (unit: string, max: number) => {
  const message = numberRangeMessage({ min: 0, max, unit });
  return z
    .record(componentId, z.number({ error: message }).min(0, { error: message }).max(max, { error: message }), {
      error: `must be an object mapping catalog ids to numbers from 0 to ${max} ${unit}`,
    })
    .default({});
};

export const overridesSchema = z
  .object({
    priceUsd: overrideMap('USD', 1e8).meta({ unit: 'USD', description: 'Unit price overrides by catalog id' }),
    powerW: overrideMap('W', 1e6).meta({
      unit: 'W',
      description: 'Unit power overrides by catalog id (W per end for media)',
    }),
  })
  .strict();

export const scenarioSchema = z
  .object({
    name: name.meta({ unit: '', description: 'Scenario name, unique within the project' }),
    description: text(4000, '', 'Free-text notes on the scenario'),
    year: numberField({
      min: 2022,
      max: 2035,
      default: 2025,
      int: true,
      unit: 'year',
      description: 'Build year (gates component availability)',
    }),
    cluster: clusterSchema.prefault({}),
    scaleUp: scaleUpSchema.prefault({}),
    scaleOut: scaleOutSchema.prefault({}),
    topology: topologySchema.prefault({}),
    switch: switchSchema.prefault({}),
    media: mediaSchema.prefault({}),
    linkLengthM: linkLengthSchema.prefault({}),
    economics: economicsSchema.prefault({}),
    overrides: overridesSchema.prefault({}),
    workload: workloadSchema.prefault({}),
    reliability: reliabilitySchema.prefault({}),
    analysis: analysisSchema.prefault({}),
  })
  .strict();

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/**
 * Scenario names must be unique within a project (after trimming spaces). Returns one entry
 * per repeated name, pointing at the later scenario: `[{ index: 2, message: 'scenario names
 * must be unique; scenarios[0] already has this name' }]`. Non-text names are skipped.
 */
export function duplicateScenarioNames(names: readonly unknown[]): { index: number; message: string }[] {
  const firstIndex = new Map<string, number>();
  const duplicates: { index: number; message: string }[] = [];
  names.forEach((raw, index) => {
    if (typeof raw !== 'string') return;
    const key = raw.trim();
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else
      duplicates.push({ index, message: `scenario names must be unique; scenarios[${first}] already has this name` });
  });
  return duplicates;
}

export const projectSchema = z
  .object({
    schemaVersion: z
      .literal(CURRENT_SCHEMA_VERSION, {
        error: `must be ${CURRENT_SCHEMA_VERSION}, the schema version this Fabricost reads`,
      })
      .meta({
        unit: '',
        description: 'Version of the file format; older files are upgraded on opening, newer ones refused',
      }),
    title: text(200, 'Untitled project', 'Project title'),
    notes: text(100_000, '', 'Free-text notes on the project'),
    catalogOverrides: overridesSchema
      .prefault({})
      .meta({ unit: '', description: 'Unit price and power overrides for the whole project, by catalog id' }),
    components: projectComponentsSchema
      .prefault({})
      .superRefine((c, ctx) => {
        for (const p of checkProjectComponents(defaultCatalog, c)) {
          const path = p.path
            .split(/[.[\]]+/)
            .filter((x) => x !== '')
            .map((x) => (/^\d+$/.test(x) ? Number(x) : x));
          ctx.addIssue({ code: 'custom', path, input: p.value, message: p.message });
        }
      })
      .meta({
        unit: '',
        description:
          "The project's own switches, NICs and media (same fields as catalog entries, a source note each); ids must not clash with the catalog",
      }),
    buildOut: buildOutSchema.optional(),
    scenarios: z
      .array(scenarioSchema, { error: 'must be a list of 1 to 64 scenarios' })
      .min(1, { error: 'must be a list of 1 to 64 scenarios; a project needs at least one' })
      .max(64, { error: 'must be a list of 1 to 64 scenarios' })
      .superRefine((list, ctx) => {
        for (const duplicate of duplicateScenarioNames(list.map((s) => s.name))) {
          ctx.addIssue({
            code: 'custom',
            path: [duplicate.index, 'name'],
            input: list[duplicate.index]?.name,
            message: duplicate.message,
          });
        }
      }),
  })
  .strict();

export type Project = z.output<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;

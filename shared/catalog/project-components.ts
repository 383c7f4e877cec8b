/**
 * Components a project file adds to the catalog: its own switches, NICs and media, so an
 * analyst can model a quote or a product the catalog does not ship. Each takes the same fields
 * and checks as a catalog entry (rate, cages or ports, price, power, reach, vendors, failure
 * rate, first-volume year), with figures as `{ low?, typical, high?, note? }` and one source
 * note for the component instead of a catalog source id. Merged into the catalog, every figure
 * cites the source `project:<id>` (whose citation is the note), so provenance shows it as a
 * project figure wherever it is shown. An id the catalog already uses is refused.
 *
 * Example (in a project file):
 * ```json
 * "components": { "switches": [{ "id": "acme-51t", "name": "Acme 51.2T quote", "family": "Tomahawk 5",
 *   "ecosystems": ["ethernet-roce"], "siliconVendor": "broadcom", "vendors": [{ "vendor": "celestica", "share": 1 }],
 *   "cages": 64, "cageRateGbps": 800, "portRatesGbps": [800, 400], "cpo": false,
 *   "powerW": { "typical": 1400 }, "priceUsd": { "low": 90000, "typical": 100000, "high": 110000 },
 *   "afrPercentPerYear": { "typical": 2 }, "firstVolumeYear": 2024, "source": "Acme quote Q-123, 2026-01" }] }
 * ```
 */
import { z } from 'zod';
import {
  mediumSchema,
  nicSchema,
  qualitySchema,
  switchModelSchema,
  type Catalog,
  type Figure,
  type Medium,
  type Nic,
  type Quality,
  type Source,
  type SwitchModel,
} from './catalog-schema.ts';
import { checkCatalog, COMPONENT_ID_PATTERN, SHARE_SUM_TOLERANCE } from './default-catalog.ts';
import { fail, ok, type Result } from '../model-error.ts';

/** Source ids of project figures start with this, e.g. `project:acme-51t`. */
export const PROJECT_SOURCE_PREFIX = 'project:';

/** True when a provenance source id names a project component's figures. */
export function isProjectSource(sourceId: string): boolean {
  return sourceId.startsWith(PROJECT_SOURCE_PREFIX);
}

const FIGURE_MESSAGE = 'must be a number of at least 0';
const figureValue = () =>
  z.number({ error: FIGURE_MESSAGE }).finite({ error: FIGURE_MESSAGE }).nonnegative({ error: FIGURE_MESSAGE });

/** A project figure: like a catalog figure without source and quality (the component states those once). */
export const projectFigureSchema = z
  .object({
    low: figureValue().optional(),
    typical: figureValue(),
    high: figureValue().optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .refine((f) => (f.low ?? f.typical) <= f.typical && f.typical <= (f.high ?? f.typical), {
    message: 'must satisfy low <= typical <= high',
  });
export type ProjectFigure = z.infer<typeof projectFigureSchema>;

const POSITIVE_INT = 'must be a whole number greater than 0';
const positiveInt = () =>
  z.number({ error: POSITIVE_INT }).int({ error: POSITIVE_INT }).positive({ error: POSITIVE_INT });
const YEAR = 'must be a whole number from 2000 to 2050';
const year = () => z.number({ error: YEAR }).int({ error: YEAR }).min(2000, { error: YEAR }).max(2050, { error: YEAR });

const provenanceFields = {
  firstVolumeYear: year(),
  id: z.string().regex(COMPONENT_ID_PATTERN, {
    error: 'must be 1 to 64 lower-case letters, digits, ".", "+" or "-", starting with a letter or digit',
  }),
  /** Where the figures come from: a quote, a datasheet, an analyst's assumption. */
  source: z
    .string({ error: 'required: a note saying where the figures come from (a quote, a datasheet, an assumption)' })
    .trim()
    .min(1, { error: 'required: a note saying where the figures come from (a quote, a datasheet, an assumption)' })
    .max(1000),
  /** How strong the source is; project figures default to `estimate`. */
  quality: qualitySchema.default('estimate'),
};

export const projectSwitchSchema = switchModelSchema
  .omit({ inNetworkReduction: true })
  .extend({
    ...provenanceFields,
    cages: positiveInt(),
    cageRateGbps: positiveInt(),
    portRatesGbps: z.array(positiveInt()).min(1, { error: 'must list at least one port rate in Gb/s' }),
    powerW: projectFigureSchema,
    priceUsd: projectFigureSchema,
    afrPercentPerYear: projectFigureSchema,
  })
  .strict();

export const projectNicSchema = nicSchema
  .extend({
    ...provenanceFields,
    ports: positiveInt(),
    portRateGbps: positiveInt(),
    cageRateGbps: positiveInt(),
    powerW: projectFigureSchema,
    priceUsd: projectFigureSchema,
    afrPercentPerYear: projectFigureSchema,
  })
  .strict();

export const projectMediumSchema = mediumSchema
  .extend({
    ...provenanceFields,
    rateGbps: positiveInt(),
    reachM: projectFigureSchema,
    powerWPerEnd: projectFigureSchema,
    priceUsd: projectFigureSchema,
    afrPercentPerYear: projectFigureSchema,
  })
  .strict();

export const projectComponentsSchema = z
  .object({
    switches: z.array(projectSwitchSchema).max(64).default([]),
    nics: z.array(projectNicSchema).max(64).default([]),
    media: z.array(projectMediumSchema).max(64).default([]),
  })
  .strict();
export type ProjectComponents = z.output<typeof projectComponentsSchema>;

const NO_COMPONENTS: ProjectComponents = { switches: [], nics: [], media: [] };

/** A problem with one project component: path inside `components`, the value, and what is allowed. */
export interface ComponentProblem {
  /** e.g. `switches[0].id`. */
  path: string;
  value: string;
  message: string;
}

function toFigure(f: ProjectFigure, source: string, quality: Quality): Figure {
  return {
    ...(f.low === undefined ? {} : { low: f.low }),
    typical: f.typical,
    ...(f.high === undefined ? {} : { high: f.high }),
    source,
    quality,
    ...(f.note === undefined ? {} : { note: f.note }),
  };
}

type Kind = 'switches' | 'nics' | 'media';
const KIND_NOUN: Record<Kind, string> = { switches: 'switch', nics: 'NIC', media: 'medium' };

function catalogIdOwner(c: Catalog, id: string): string | undefined {
  const m = c.media.find((x) => x.id === id);
  if (m) return `catalog medium "${m.name}"`;
  const s = c.switches.find((x) => x.id === id);
  if (s) return `catalog switch "${s.name}"`;
  const n = c.nics.find((x) => x.id === id);
  if (n) return `catalog NIC "${n.name}"`;
  const f = c.scaleUpFabrics.find((x) => x.id === id);
  if (f) return `catalog scale-up fabric "${f.name}"`;
  if (c.fiber.id === id) return `catalog fibre "${c.fiber.name}"`;
  return undefined;
}

/**
 * Checks project components against a base catalog: id clashes (with the catalog or within the
 * project), vendors and silicon vendors the catalog knows, vendor shares summing to 1, a switch
 * family whose media qualifications cover each of its ecosystems (otherwise no medium could be
 * chosen for it), and a NIC cage that carries whole ports. Returns [] when the components can be
 * merged.
 * Example: a switch with id "qm9700" → `[{ path: 'switches[0].id', value: '"qm9700"', message:
 * 'is already a catalog id (catalog switch "NVIDIA Quantum-2 QM9700"); give the project component its own id' }]`.
 */
export function checkProjectComponents(base: Catalog, comps: ProjectComponents): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  const vendorIds = new Set(base.vendors.map((v) => v.id));
  const seen = new Map<string, string>();
  const all: { kind: Kind; index: number; c: { id: string; vendors: { vendor: string; share: number }[] } }[] = [
    ...comps.switches.map((c, index) => ({ kind: 'switches' as const, index, c })),
    ...comps.nics.map((c, index) => ({ kind: 'nics' as const, index, c })),
    ...comps.media.map((c, index) => ({ kind: 'media' as const, index, c })),
  ];
  for (const { kind, index, c } of all) {
    const at = `${kind}[${index}]`;
    const owner = catalogIdOwner(base, c.id);
    if (owner) {
      problems.push({
        path: `${at}.id`,
        value: JSON.stringify(c.id),
        message: `is already a catalog id (${owner}); give the project ${KIND_NOUN[kind]} its own id`,
      });
    }
    const first = seen.get(c.id);
    if (first) {
      problems.push({
        path: `${at}.id`,
        value: JSON.stringify(c.id),
        message: `is also the id of ${first}; ids must be unique`,
      });
    } else seen.set(c.id, `components.${at}`);
    c.vendors.forEach((v, i) => {
      if (!vendorIds.has(v.vendor)) {
        problems.push({
          path: `${at}.vendors[${i}].vendor`,
          value: JSON.stringify(v.vendor),
          message: `is not a catalog vendor id; allowed: ${[...vendorIds].sort().join(', ')}`,
        });
      }
    });
    const sum = c.vendors.reduce((t, v) => t + v.share, 0);
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      problems.push({ path: `${at}.vendors`, value: `shares summing to ${sum}`, message: 'shares must sum to 1' });
    }
  }
  comps.switches.forEach((s, index) => {
    const at = `switches[${index}]`;
    if (!vendorIds.has(s.siliconVendor)) {
      problems.push({
        path: `${at}.siliconVendor`,
        value: JSON.stringify(s.siliconVendor),
        message: `is not a catalog vendor id; allowed: ${[...vendorIds].sort().join(', ')}`,
      });
    }
    if (!s.portRatesGbps.every((r) => s.cageRateGbps % r === 0 || r % s.cageRateGbps === 0)) {
      problems.push({
        path: `${at}.portRatesGbps`,
        value: JSON.stringify(s.portRatesGbps),
        message: `each port rate must divide the cage rate ${s.cageRateGbps} Gb/s (a breakout) or be a multiple of it`,
      });
    }
    const quals = base.mediaQualifications;
    if (!quals) return;
    for (const e of s.ecosystems) {
      const eco = base.ecosystems.find((x) => x.id === e);
      if (eco && !eco.siliconSuppliers.includes(s.siliconVendor) && vendorIds.has(s.siliconVendor)) {
        problems.push({
          path: `${at}.siliconVendor`,
          value: JSON.stringify(s.siliconVendor),
          message: `is not a switch-silicon supplier of ${eco.name}; allowed: ${eco.siliconSuppliers.join(', ')}`,
        });
      }
      if (!quals.some((q) => q.ecosystems.includes(e) && q.switchFamilies.includes(s.family))) {
        const families = [
          ...new Set(quals.filter((q) => q.ecosystems.includes(e)).flatMap((q) => q.switchFamilies)),
        ].sort();
        problems.push({
          path: `${at}.family`,
          value: JSON.stringify(s.family),
          message: `has no media qualification in ecosystem "${e}", so no medium could be chosen; use a family the catalog qualifies there: ${families.join(', ')}`,
        });
      }
    }
  });
  comps.nics.forEach((n, index) => {
    // serverCages checks the cage only of a forced rate or a reference server; a generic server
    // takes the NIC's own cage, so it must carry whole ports (catalog NICs all do).
    if (n.cageRateGbps % n.portRateGbps !== 0) {
      problems.push({
        path: `nics[${index}].cageRateGbps`,
        value: String(n.cageRateGbps),
        message: `must be the port rate ${n.portRateGbps} Gb/s or a whole multiple of it, so the cage carries whole ports`,
      });
    }
  });
  return problems;
}

const mergedCache = new WeakMap<Catalog, WeakMap<ProjectComponents, Catalog>>();

/**
 * The base catalog with the project's components added (figures citing `project:<id>`), or the
 * base itself when there are none; an error naming the first problem (checkProjectComponents,
 * then the catalog's own cross-checks) when they do not fit. Cached per (base, components) pair.
 * Example: `withProjectComponents(defaultCatalog, project.components)` → `{ ok: true, value: catalog }`.
 */
export function withProjectComponents(base: Catalog, comps: ProjectComponents | undefined): Result<Catalog> {
  if (!comps || (comps.switches.length === 0 && comps.nics.length === 0 && comps.media.length === 0)) return ok(base);
  let byBase = mergedCache.get(base);
  const hit = byBase?.get(comps);
  if (hit) return ok(hit);
  const first = checkProjectComponents(base, comps)[0];
  if (first) return fail(`components.${first.path}`, first.value, first.message);
  const sources: Source[] = [];
  const src = (c: { id: string; name: string; source: string; quality: Quality }) => {
    const id = `${PROJECT_SOURCE_PREFIX}${c.id}`;
    sources.push({ id, citation: `Project figure (${c.name}): ${c.source}`, quality: c.quality });
    return id;
  };
  const switches: SwitchModel[] = comps.switches.map((s) => {
    const id = src(s);
    const { source: _s, quality: q, ...rest } = s;
    return {
      ...rest,
      powerW: toFigure(s.powerW, id, q),
      priceUsd: toFigure(s.priceUsd, id, q),
      afrPercentPerYear: toFigure(s.afrPercentPerYear, id, q),
    };
  });
  const nics: Nic[] = comps.nics.map((n) => {
    const id = src(n);
    const { source: _s, quality: q, ...rest } = n;
    return {
      ...rest,
      powerW: toFigure(n.powerW, id, q),
      priceUsd: toFigure(n.priceUsd, id, q),
      afrPercentPerYear: toFigure(n.afrPercentPerYear, id, q),
    };
  });
  const media: Medium[] = comps.media.map((m) => {
    const id = src(m);
    const { source: _s, quality: q, ...rest } = m;
    return {
      ...rest,
      reachM: toFigure(m.reachM, id, q),
      powerWPerEnd: toFigure(m.powerWPerEnd, id, q),
      priceUsd: toFigure(m.priceUsd, id, q),
      afrPercentPerYear: toFigure(m.afrPercentPerYear, id, q),
    };
  });
  const merged: Catalog = {
    ...base,
    sources: [...base.sources, ...sources],
    switches: [...base.switches, ...switches],
    nics: [...base.nics, ...nics],
    media: [...base.media, ...media],
  };
  const problems = checkCatalog(merged);
  if (problems.length > 0) return fail('components', problems[0], 'the project components do not fit the catalog');
  if (!byBase) mergedCache.set(base, (byBase = new WeakMap()));
  byBase.set(comps, merged);
  return ok(merged);
}

/** Ids of the project's own components, for tagging them in lists. */
export function projectComponentIds(comps: ProjectComponents | undefined): Set<string> {
  const c = comps ?? NO_COMPONENTS;
  return new Set([...c.switches, ...c.nics, ...c.media].map((x) => x.id));
}

/**
 * Search sheet: the design search that came with the export (the Search tab's last run),
 * present only then. It shows what was searched (objectives, constraints, counts and the most
 * common reason a candidate was infeasible), the best design per objective, and the Pareto
 * frontier: one row per design with its objective values and the design itself (ecosystem,
 * switch, topology, tiers, oversubscription, planes, NIC ports and rate, media per link class).
 * Every value is the engine's (shared/search); the sheet computes nothing.
 *
 * Example: `runWorkbookSearch(project, catalog, { scenario: 'H100 IB', space: { planes: { mode:
 * 'list', values: [1, 2] } } })` → `{ scenarioName: 'H100 IB', result }` for WorkbookInput.search.
 */
import type { Catalog } from '../shared/catalog/catalog-schema.ts';
import type { Project } from '../shared/scenario/scenario-schema.ts';
import { checkSearch } from '../shared/search/check-search.ts';
import { MEDIA_KEYS, OBJECTIVES, type Objective, type SearchConstraints } from '../shared/search/design-space.ts';
import { OBJECTIVE_UNITS } from '../shared/search/objectives.ts';
import { runSearch, type SearchDesign, type SearchResult } from '../shared/search/run-search.ts';
import { searchCatalog } from '../shared/search/search-catalog.ts';
import type { SearchSettings } from '../shared/search/search-settings.ts';
import { FMT, layoutSheet, setHeader, setNote, setSection, setTitle, setValue } from './cell-formats.ts';
import type { SheetModule, WorkbookContext, WorkbookSearch } from './workbook-context.ts';

export const SEARCH_TAB = 'Search';

/**
 * Runs the search of `spec` on the project's scenario of that name (catalog and overrides of
 * the project, with the scenario's stored roadmap slips, as the Search tab does). Undefined when the project no longer holds the
 * scenario; an Error naming the field when the settings are invalid.
 */
export function runWorkbookSearch(
  project: Project,
  catalog: Catalog,
  spec: SearchSettings,
): WorkbookSearch | undefined {
  const base = project.scenarios.find((s) => s.name === spec.scenario);
  if (!base) return undefined;
  const objectives = spec.objectives ?? [...OBJECTIVES];
  const errors = checkSearch(spec.space, spec.constraints ?? {}, objectives);
  if (errors[0]) throw new Error(`search ${errors[0].path}: ${errors[0].message} (got ${errors[0].value})`);
  // The scenario's stored roadmap slips apply, as in the CLI and the Search tab.
  const slipped = searchCatalog(base, catalog);
  if (!slipped.ok)
    throw new Error(`search ${slipped.error.path}: ${slipped.error.message} (got ${slipped.error.value})`);
  const result = runSearch(base, slipped.value, {
    space: spec.space,
    constraints: spec.constraints ?? {},
    objectives,
    overrides: project.catalogOverrides,
  });
  return { scenarioName: base.name, constraints: spec.constraints ?? {}, result };
}

/**
 * `{ search }` for WorkbookInput when the request carries a search whose scenario is still in
 * the project, else `{}`. Throws (with the field) on invalid settings; the callers catch it.
 */
export function withSearch(
  project: Project,
  catalog: Catalog,
  request: { search?: SearchSettings },
): { search?: WorkbookSearch } {
  const search = request.search && runWorkbookSearch(project, catalog, request.search);
  return search ? { search } : {};
}

const OBJECTIVE_LABEL: Record<Objective, string> = {
  capex: 'Network capex per accelerator',
  tco: 'TCO per effective accelerator',
  power: 'Network power per accelerator',
  hhi: 'Vendor HHI of network spend',
};
const OBJECTIVE_FMT: Record<Objective, string> = { capex: FMT.usd, tco: FMT.usd, power: FMT.watts, hhi: FMT.hhi };

const CONSTRAINT_LABEL: Record<keyof SearchConstraints, string> = {
  maxOversubscription: 'Max oversubscription',
  minEfficiency: 'Min network-limited efficiency',
  maxHhi: 'Max vendor HHI',
  minSiliconSuppliers: 'Min switch-silicon suppliers',
  maxPowerWPerAccelerator: 'Max network power per accelerator (W)',
  buildYear: 'Build year',
};

/** The design columns of a frontier row, read from its scenario. */
const DESIGN_COLUMNS: { label: string; width: number; value: (d: SearchDesign) => string | number; fmt?: string }[] = [
  { label: 'Ecosystem', width: 14, value: (d) => d.ecosystem },
  { label: 'Switch', width: 18, value: (d) => d.switchModel },
  { label: 'Topology', width: 14, value: (d) => d.scenario.topology.kind },
  { label: 'Tiers', width: 7, value: (d) => d.tiers, fmt: FMT.count },
  {
    label: 'Oversubscription',
    width: 10,
    value: (d) => d.scenario.topology.oversubscription.map((o) => `1:${o}`).join(' '),
  },
  { label: 'Planes', width: 7, value: (d) => d.scenario.scaleOut.planes, fmt: FMT.count },
  { label: 'NIC ports per accelerator', width: 9, value: (d) => d.scenario.scaleOut.nicPortsPerAccelerator },
  { label: 'NIC port rate', width: 11, value: (d) => d.scenario.scaleOut.nicPortRateGbps, fmt: FMT.gbps },
  { label: 'Scalable unit (servers)', width: 10, value: (d) => String(d.scenario.topology.scalableUnitServers) },
  ...MEDIA_KEYS.map((k) => ({ label: `Media ${k}`, width: 11, value: (d: SearchDesign) => d.scenario.media[k] })),
  { label: 'Build year', width: 8, value: (d) => d.scenario.year },
  { label: 'Equivalent designs folded in', width: 11, value: (d) => d.equivalents, fmt: FMT.count },
];

function countsLine(r: SearchResult): string {
  return (
    `${r.candidates} candidates: ${r.evaluated} evaluated, ${r.pruned} pruned (tiers beyond the fewest that fit), ` +
    `${r.infeasible} infeasible, ${r.duplicates} duplicates; ${r.feasible} feasible, ${r.frontier.length} on the frontier` +
    (r.equivalents > 0 ? ` (${r.equivalents} more with identical objective values folded into them)` : '') +
    (r.cancelled ? ' (cancelled before the end: partial)' : '')
  );
}

function writeSearch(ctx: WorkbookContext): void {
  const s = ctx.input.search;
  if (!s) return;
  const ws = ctx.sheet(SEARCH_TAB);
  const r = s.result;
  setTitle(ws, 1, `Design search around ${s.scenarioName}: Pareto frontier`);
  setNote(ws, 2, 1, `Objectives (all minimized): ${r.objectives.map((k) => OBJECTIVE_LABEL[k]).join('; ')}.`);
  setNote(ws, 3, 1, countsLine(r));
  const top = r.reasons[0];
  setNote(ws, 4, 1, top ? `Most common infeasibility (${top.count}): ${top.reason}` : 'No candidate was infeasible.');
  const cs = Object.entries(s.constraints) as [keyof SearchConstraints, number][];
  setNote(
    ws,
    5,
    1,
    cs.length > 0 ? `Constraints: ${cs.map(([k, v]) => `${CONSTRAINT_LABEL[k]} ${v}`).join('; ')}.` : 'No constraints.',
  );

  let row = 7;
  setSection(ws, row++, 'Best design per objective');
  setHeader(ws, row++, ['Objective', 'Unit', 'Best value', 'Design']);
  for (const k of r.objectives) {
    const d = r.best[k];
    setValue(ws, row, 1, OBJECTIVE_LABEL[k]);
    setValue(ws, row, 2, OBJECTIVE_UNITS[k]);
    setValue(ws, row, 3, d ? d.values[k] : 'none', OBJECTIVE_FMT[k]);
    setValue(ws, row, 4, d ? d.label : 'no feasible design');
    row++;
  }

  row++;
  setSection(ws, row++, `Pareto frontier (${r.frontier.length} designs), cheapest network capex first`);
  const headerRow = row++;
  const objectiveCols = OBJECTIVES.map((k) => `${OBJECTIVE_LABEL[k]} (${OBJECTIVE_UNITS[k]})`);
  setHeader(ws, headerRow, [
    '#',
    'Design',
    ...objectiveCols,
    'Network-limited efficiency',
    'Best for',
    ...DESIGN_COLUMNS.map((c) => c.label),
  ]);
  const rows = [...r.frontier].sort((a, b) => a.values.capex - b.values.capex || a.label.localeCompare(b.label));
  rows.forEach((d, i) => {
    let c = 1;
    setValue(ws, row, c++, i + 1, FMT.count);
    setValue(ws, row, c++, d.label);
    for (const k of OBJECTIVES) setValue(ws, row, c++, d.values[k], OBJECTIVE_FMT[k]);
    setValue(ws, row, c++, d.networkLimitedEfficiency, FMT.percent);
    setValue(ws, row, c++, r.objectives.filter((k) => r.best[k] === d).join(', '));
    for (const col of DESIGN_COLUMNS) setValue(ws, row, c++, col.value(d), col.fmt);
    row++;
  });
  if (rows.length === 0) setNote(ws, row, 1, 'No design met the constraints.');
  layoutSheet(ws, {
    widths: [6, 64, 16, 16, 16, 10, 12, 14, ...DESIGN_COLUMNS.map((c) => c.width)],
    freezeRows: 0,
  });
}

export const searchSheet: SheetModule = {
  id: 'search',
  tabs: (ctx) => (ctx.input.search ? [SEARCH_TAB] : []),
  write: writeSearch,
};

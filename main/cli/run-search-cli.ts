/**
 * The design search of the command line: `--search [--objectives capex,tco,power,hhi]
 * [--max-oversubscription R] [--min-efficiency F] [--max-hhi H] [--min-suppliers N]
 * [--max-power W] [--year Y] [--json]`. For each selected scenario it searches the space of every compatible ecosystem
 * and switch, Clos tiers (pruned beyond the fewest that fit), oversubscription 1 to 3 and one or
 * two planes, and prints the Pareto frontier as a table, or with --json one document:
 * `{ file, catalogVersion, searches: [{ scenario, objectives, constraints, candidates, evaluated, pruned,
 * infeasible, duplicates, feasible, equivalents, reasons, best, frontier: [{ label, values,
 * equivalents, scenario }] }] }`, each frontier scenario a scenario object a project file
 * accepts. Frontier designs with identical objective values share one row (the first in
 * candidate order); `equivalents` counts the others.
 */
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../../shared/catalog/project-components.ts';
import type { Project, Scenario } from '../../shared/scenario/scenario-schema.ts';
import { CONSTRAINT_RANGES, checkSearch } from '../../shared/search/check-search.ts';
import {
  OBJECTIVES,
  type DesignSpace,
  type Objective,
  type SearchConstraints,
} from '../../shared/search/design-space.ts';
import { OBJECTIVE_UNITS } from '../../shared/search/objectives.ts';
import { runSearch, type SearchResult } from '../../shared/search/run-search.ts';
import { searchCatalog, searchSlips } from '../../shared/search/search-catalog.ts';
import type { SlipSpec } from '../../shared/scaling/roadmap-slips.ts';
import { parseSlipFlags, type CliOutcome } from './run-analyses-cli.ts';
import { int } from './text-format.ts';

/** Each constraint's flag, and how the help and the text report word it. */
export const CONSTRAINT_FLAGS = {
  maxOversubscription: { flag: 'max-oversubscription', arg: 'R', words: 'oversubscription at most 1:' },
  minEfficiency: { flag: 'min-efficiency', arg: 'F', words: 'network-limited efficiency at least ' },
  maxHhi: { flag: 'max-hhi', arg: 'H', words: 'vendor HHI at most ' },
  minSiliconSuppliers: { flag: 'min-suppliers', arg: 'N', words: 'switch-silicon suppliers at least ' },
  maxPowerWPerAccelerator: { flag: 'max-power', arg: 'W', words: 'network power per accelerator at most ', unit: ' W' },
  buildYear: { flag: 'year', arg: 'Y', words: 'built in ' },
} as const satisfies Record<keyof SearchConstraints, { flag: string; arg: string; words: string; unit?: string }>;

type ConstraintKey = keyof typeof CONSTRAINT_FLAGS;
const CONSTRAINT_KEYS = Object.keys(CONSTRAINT_FLAGS) as ConstraintKey[];

export const SEARCH_OPTIONS = {
  search: { type: 'boolean', default: false },
  objectives: { type: 'string' },
  'max-oversubscription': { type: 'string' },
  'min-efficiency': { type: 'string' },
  'max-hhi': { type: 'string' },
  'min-suppliers': { type: 'string' },
  'max-power': { type: 'string' },
  year: { type: 'string' },
} as const;

/** Flags of the search constraints as parseArgs names them. */
export const SEARCH_CONSTRAINT_FLAGS = CONSTRAINT_KEYS.map((k) => CONSTRAINT_FLAGS[k].flag);

const range = (k: ConstraintKey) => `${CONSTRAINT_RANGES[k].min} to ${CONSTRAINT_RANGES[k].max}`;

export const SEARCH_USAGE = `Design search (also with --json):
  --search [--objectives ${OBJECTIVES.join(',')}] [constraints]
                              Pareto frontier over ecosystems, switches, tiers, oversubscription 1-3 and
                              1-2 planes
  Constraints a frontier design must meet (each optional, with --search):
  --max-oversubscription R    highest oversubscription at any tier boundary, R in 1:R (${range('maxOversubscription')})
  --min-efficiency F          lowest network-limited efficiency of the workload (${range('minEfficiency')})
  --max-hhi H                 highest vendor HHI of the network spend (${range('maxHhi')})
  --min-suppliers N           fewest switch-silicon suppliers of the ecosystem (${range('minSiliconSuppliers')})
  --max-power W               highest network power per accelerator in W
  --year Y                    build year: every part ships in volume by then (${range('buildYear')})
  --slip TARGET=YEARS ...     roadmap slips for the search, after the scenario's stored ones`;

/**
 * Reads the constraint flags into constraints, or the first error naming the flag, the value
 * and the allowed range. Example: `{ 'max-hhi': '5000' }` → `{ maxHhi: 5000 }`;
 * `{ year: '2050' }` → "--year: must be a whole number between 2015 and 2040 (got 2050)".
 */
export function parseConstraints(values: Partial<Record<string, string>>): SearchConstraints | string {
  const c: SearchConstraints = {};
  for (const k of CONSTRAINT_KEYS) {
    const text = values[CONSTRAINT_FLAGS[k].flag];
    if (text === undefined) continue;
    const n = text.trim() === '' ? NaN : Number(text);
    if (!Number.isFinite(n)) return `--${CONSTRAINT_FLAGS[k].flag}: must be a number (got "${text}")`;
    c[k] = n;
  }
  const e = checkSearch({}, c, [...OBJECTIVES])[0];
  if (e) {
    const k = e.path.replace(/^constraints\./, '') as ConstraintKey;
    return `--${CONSTRAINT_FLAGS[k].flag}: ${e.message} (got ${e.value})`;
  }
  return c;
}

/** The constraints in words for the text report. Example: "oversubscription at most 1:2; built in 2026". */
export function describeConstraints(c: SearchConstraints): string {
  const parts = CONSTRAINT_KEYS.filter((k) => c[k] !== undefined).map((k) => {
    const f: { words: string; unit?: string } = CONSTRAINT_FLAGS[k];
    return `${f.words}${c[k]}${f.unit ?? ''}`;
  });
  return parts.length > 0 ? parts.join('; ') : 'none';
}

/** The space the command line searches around each scenario. */
export const CLI_SEARCH_SPACE: DesignSpace = {
  ecosystem: { mode: 'all' },
  switchModel: { mode: 'all' },
  tiers: { mode: 'all' },
  oversubscription: { mode: 'list', values: [1, 2, 3] },
  planes: { mode: 'list', values: [1, 2] },
};

const bad = (message: string): CliOutcome => ({ exitCode: 2, stdout: '', stderr: `fabricost: ${message}` });

/** Parses --objectives: a comma-separated subset of the objectives, or an error message. */
export function parseObjectives(text: string | undefined): Objective[] | string {
  if (text === undefined) return [...OBJECTIVES];
  const list = text.split(',').map((x) => x.trim());
  const wrong = list.find((x) => !(OBJECTIVES as readonly string[]).includes(x));
  if (wrong !== undefined || list.length === 0)
    return `--objectives: must be a comma-separated list of ${OBJECTIVES.join(', ')} (got "${text}")`;
  return [...new Set(list)] as Objective[];
}

const fmt = (k: Objective, x: number) => (Number.isNaN(x) ? 'n/a' : k === 'power' ? x.toFixed(1) : int(x));

/** The frontier as text: counts, the most common infeasibility reason, one row per design. */
export function formatSearch(
  name: string,
  r: SearchResult,
  constraints: SearchConstraints = {},
  slips: readonly SlipSpec[] = [],
): string {
  const head = [
    `Design search: ${name}`,
    `  constraints: ${describeConstraints(constraints)}`,
    ...(slips.length > 0
      ? [
          `  roadmap slips: ${slips.map((x) => `${x.target} ${x.delayYears > 0 ? '+' : ''}${x.delayYears} y`).join(', ')}`,
        ]
      : []),
    `  ${r.candidates} candidates: ${r.evaluated} evaluated, ${r.pruned} pruned (tiers beyond the fewest that fit), ` +
      `${r.infeasible} infeasible, ${r.duplicates} duplicates; ${r.feasible} feasible, ${r.frontier.length} on the frontier` +
      (r.equivalents > 0 ? ` (${r.equivalents} more with identical objective values folded into them)` : ''),
  ];
  if (r.reasons[0]) head.push(`  most common infeasibility (${r.reasons[0].count}): ${r.reasons[0].reason}`);
  const cols = r.objectives.map((k) => `${k} (${OBJECTIVE_UNITS[k]})`);
  const rows = r.frontier.map((d) => [
    ...r.objectives.map((k) => fmt(k, d.values[k])),
    d.equivalents > 0 ? `${d.label} (+${d.equivalents} equivalent)` : d.label,
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((x) => x[i]!.length)));
  const line = (cells: string[]) =>
    '  ' + cells.map((c, i) => (i < widths.length ? c.padStart(widths[i]!) : c)).join('  ');
  if (r.frontier.length === 0) return [...head, '  no design meets the constraints: the frontier is empty'].join('\n');
  const best = r.objectives.map((k) => `  best ${k}: ${r.best[k]?.label ?? 'none'}`);
  return [...head, line([...cols, 'design']), ...rows.map(line), ...best].join('\n');
}

/** Runs --search for each scenario. */
export function runSearchCli(req: {
  file: string;
  project: Project;
  scenarios: Scenario[];
  objectives?: string;
  /** The constraint flags as given (`'max-hhi': '5000'`, ...). */
  constraints?: Partial<Record<string, string>>;
  /** `--slip TARGET=YEARS` flags: roadmap slips on top of each scenario's stored ones. */
  slips?: string[];
  json: boolean;
}): CliOutcome {
  const objectives = parseObjectives(req.objectives);
  if (typeof objectives === 'string') return bad(objectives);
  const constraints = parseConstraints(req.constraints ?? {});
  if (typeof constraints === 'string') return bad(constraints);
  const slips = parseSlipFlags(req.slips);
  if (typeof slips === 'string') return bad(slips);
  const merged = withProjectComponents(defaultCatalog, req.project.components);
  if (!merged.ok) return bad(`${merged.error.path}: ${merged.error.message} (got ${merged.error.value})`);
  const searches: { scenario: string; slips: SlipSpec[]; result: SearchResult }[] = [];
  for (const s of req.scenarios) {
    // The roadmap as the projection sees it: the scenario's stored slips, then --slip. A part
    // slipped past the build year (--year, or the scenario's year) is refused like any other.
    const all = searchSlips(s, slips);
    const catalog = searchCatalog(s, merged.value, slips);
    if (!catalog.ok)
      return bad(`scenario "${s.name}": ${catalog.error.path}: ${catalog.error.message} (got ${catalog.error.value})`);
    searches.push({
      scenario: s.name,
      slips: all,
      result: runSearch(s, catalog.value, {
        space: CLI_SEARCH_SPACE,
        constraints,
        objectives,
        overrides: req.project.catalogOverrides,
      }),
    });
  }
  if (req.json) {
    const doc = {
      file: req.file,
      catalogVersion: defaultCatalog.version,
      searches: searches.map(({ scenario, slips, result: r }) => ({
        scenario,
        objectives: r.objectives,
        constraints,
        slips: slips.map((x) => ({ target: x.target, delayYears: x.delayYears })),
        candidates: r.candidates,
        evaluated: r.evaluated,
        pruned: r.pruned,
        infeasible: r.infeasible,
        duplicates: r.duplicates,
        feasible: r.feasible,
        equivalents: r.equivalents,
        reasons: r.reasons,
        best: Object.fromEntries(Object.entries(r.best).map(([k, d]) => [k, d.label])),
        frontier: r.frontier.map((d) => ({
          label: d.label,
          values: d.values,
          equivalents: d.equivalents,
          scenario: d.scenario,
        })),
      })),
    };
    return { exitCode: 0, stdout: JSON.stringify(doc, null, 2), stderr: '' };
  }
  return {
    exitCode: 0,
    stdout: searches.map((x) => formatSearch(x.scenario, x.result, constraints, x.slips)).join('\n\n'),
    stderr: '',
  };
}

/**
 * The design search of the command line: `--search [--objectives capex,tco,power,hhi]
 * [--json]`. For each selected scenario it searches the space of every compatible ecosystem
 * and switch, Clos tiers (pruned beyond the fewest that fit), oversubscription 1 to 3 and one or
 * two planes, and prints the Pareto frontier as a table, or with --json one document:
 * `{ file, catalogVersion, searches: [{ scenario, objectives, candidates, evaluated, pruned,
 * infeasible, duplicates, feasible, equivalents, reasons, best, frontier: [{ label, values,
 * equivalents, scenario }] }] }`, each frontier scenario a scenario object a project file
 * accepts. Frontier designs with identical objective values share one row (the first in
 * candidate order); `equivalents` counts the others.
 */
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../../shared/catalog/project-components.ts';
import type { Project, Scenario } from '../../shared/scenario/scenario-schema.ts';
import { OBJECTIVES, type DesignSpace, type Objective } from '../../shared/search/design-space.ts';
import { OBJECTIVE_UNITS } from '../../shared/search/objectives.ts';
import { runSearch, type SearchResult } from '../../shared/search/run-search.ts';
import type { CliOutcome } from './run-analyses-cli.ts';
import { int } from './text-format.ts';

export const SEARCH_OPTIONS = {
  search: { type: 'boolean', default: false },
  objectives: { type: 'string' },
} as const;

export const SEARCH_USAGE = `Design search (also with --json):
  --search [--objectives ${OBJECTIVES.join(',')}]
                              Pareto frontier over ecosystems, switches, tiers, oversubscription 1-3 and 1-2 planes`;

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

const fmt = (k: Objective, x: number) =>
  Number.isNaN(x) ? 'n/a' : k === 'hhi' ? x.toFixed(0) : k === 'power' ? x.toFixed(1) : int(x);

/** The frontier as text: counts, the most common infeasibility reason, one row per design. */
export function formatSearch(name: string, r: SearchResult): string {
  const head = [
    `Design search: ${name}`,
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
  const best = r.objectives.map((k) => `  best ${k}: ${r.best[k]?.label ?? 'none'}`);
  return [...head, line([...cols, 'design']), ...rows.map(line), ...best].join('\n');
}

/** Runs --search for each scenario. */
export function runSearchCli(req: {
  file: string;
  project: Project;
  scenarios: Scenario[];
  objectives?: string;
  json: boolean;
}): CliOutcome {
  const objectives = parseObjectives(req.objectives);
  if (typeof objectives === 'string') return bad(objectives);
  const merged = withProjectComponents(defaultCatalog, req.project.components);
  if (!merged.ok) return bad(`${merged.error.path}: ${merged.error.message} (got ${merged.error.value})`);
  const searches = req.scenarios.map((s) => ({
    scenario: s.name,
    result: runSearch(s, merged.value, {
      space: CLI_SEARCH_SPACE,
      objectives,
      overrides: req.project.catalogOverrides,
    }),
  }));
  if (req.json) {
    const doc = {
      file: req.file,
      catalogVersion: defaultCatalog.version,
      searches: searches.map(({ scenario, result: r }) => ({
        scenario,
        objectives: r.objectives,
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
  return { exitCode: 0, stdout: searches.map((x) => formatSearch(x.scenario, x.result)).join('\n\n'), stderr: '' };
}

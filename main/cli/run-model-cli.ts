/**
 * The command line's logic, separated from process I/O so tests can call it directly.
 */
import type { parseArgs as ParseArgs } from 'node:util';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import { formatFieldErrors, parseProject } from '../../shared/scenario/parse-project.ts';
import { formatScenario } from './format-report.ts';

export interface CliIo {
  readFile: (path: string) => string;
  parseArgs: typeof ParseArgs;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const USAGE = `usage: npm run model -- FILE [--scenario NAME] [--json]

Evaluates every scenario of a Fabricost project file (or the one named) and prints a
report, or JSON with --json. Exit code 2 on bad input.`;

const bad = (message: string): CliResult => ({ exitCode: 2, stdout: '', stderr: `fabricost: ${message}` });

export function runModelCli(argv: string[], io: CliIo): CliResult {
  let parsed;
  try {
    parsed = io.parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        scenario: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return bad(`${(e as Error).message}\n${USAGE}`);
  }
  if (parsed.values.help) return { exitCode: 0, stdout: USAGE, stderr: '' };
  const files = parsed.positionals;
  if (files.length !== 1) return bad(`expected one project file, got ${files.length}\n${USAGE}`);
  const file = files[0]!;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    return bad(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const project = parseProject(text);
  if (!project.ok) return bad(`${file} is not a valid project file:\n${formatFieldErrors(project.errors)}`);
  const wanted = parsed.values.scenario;
  const scenarios =
    wanted === undefined ? project.project.scenarios : project.project.scenarios.filter((s) => s.name === wanted);
  if (scenarios.length === 0) {
    return bad(`no scenario named "${wanted}"; scenarios: ${project.project.scenarios.map((s) => s.name).join(', ')}`);
  }
  const results: ScenarioResult[] = [];
  for (const [i, s] of scenarios.entries()) {
    const r = evaluateScenario(s, defaultCatalog, project.project.catalogOverrides);
    if (!r.ok) {
      const index = project.project.scenarios.indexOf(s);
      return bad(
        `scenario "${s.name}" (scenarios[${index < 0 ? i : index}].${r.error.path}): ${r.error.message} (got ${r.error.value})`,
      );
    }
    results.push(r.value);
  }
  if (parsed.values.json) {
    const doc = { file, catalogVersion: defaultCatalog.version, upgradeLog: project.upgradeLog, scenarios: results };
    return { exitCode: 0, stdout: JSON.stringify(doc, null, 2), stderr: '' };
  }
  const notes = project.upgradeLog.map((l) => `upgraded: ${l.path}: ${l.detail}`);
  return { exitCode: 0, stdout: [...results.map(formatScenario), ...notes].join('\n\n'), stderr: '' };
}

/**
 * The command line's logic, separated from process I/O so tests can call it directly.
 */
import path from 'node:path';
import type { parseArgs as ParseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { checkAnalysisWork } from '../../shared/evaluate/analysis-work.ts';
import { evaluateProject, type ProjectFailure } from '../../shared/evaluate/evaluate-project.ts';
import { formatFieldErrors } from '../../shared/scenario/parse-project.ts';
import { WORKBOOK_ANALYSES, writeWorkbook } from '../../workbook/workbook-writer.ts';
import { formatScenario } from './format-report.ts';
import {
  ANALYSIS_OPTIONS,
  ANALYSIS_USAGE,
  analysisRequested,
  runAnalyses,
  type PendingMonteCarlo,
} from './run-analyses-cli.ts';
import { SEARCH_CONSTRAINT_FLAGS, SEARCH_OPTIONS, SEARCH_USAGE, runSearchCli } from './run-search-cli.ts';
import { COMPARE_OPTIONS, COMPARE_USAGE, runCompareCli } from './run-compare-cli.ts';
import { MARKET_OPTIONS, MARKET_USAGE, runMarketCli } from './run-market-cli.ts';

export interface CliIo {
  /** The file's text, or why it cannot be read (model.ts: the app's size-limited reader). */
  readFile: (path: string) => string | { error: string };
  /** True when both paths are one file on disk; default: the same resolved path. */
  sameFile?: (a: string, b: string) => boolean;
  parseArgs: typeof ParseArgs;
  /** Leave --montecarlo jobs pending in the result (model.ts runs them in a worker thread). */
  deferMonteCarlo?: boolean;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** With --xlsx: the workbook still to be built and written (see {@link finishModelCli}). */
  xlsx?: { path: string; build: () => Promise<Uint8Array> };
  /** With --montecarlo and `deferMonteCarlo`: the jobs still to run (see completeMonteCarlo). */
  monteCarlo?: PendingMonteCarlo;
}

export const USAGE = `usage: npm run model -- FILE [--scenario NAME] [--json] [--xlsx OUT.xlsx] [analyses]

Evaluates every scenario of a Fabricost project file (or the one named) and prints a
report, or JSON with --json. --xlsx also writes an Excel workbook (formulas with cached
results) to OUT.xlsx; the project file is never written. Exit code 2 on bad input.

${ANALYSIS_USAGE}

${SEARCH_USAGE}

${COMPARE_USAGE}

${MARKET_USAGE}`;

const bad = (message: string): CliResult => ({ exitCode: 2, stdout: '', stderr: `fabricost: ${message}` });

/** The command line's wording of a project that cannot be evaluated (exit code 2). */
function describeFailure(file: string, f: ProjectFailure): string {
  switch (f.stage) {
    case 'parse':
      return `${file} is not a valid project file:\n${formatFieldErrors(f.errors)}`;
    case 'no-such-scenario':
      return `no scenario named "${f.wanted}"; scenarios: ${f.names.join(', ')}`;
    case 'components':
    case 'analysis-work':
      return `${file}: ${f.error.path}: ${f.error.message} (got ${String(f.error.value)})`;
    case 'scenario':
      return `scenario "${f.name}" (scenarios[${f.index}].${f.error.path}): ${f.error.message} (got ${String(f.error.value)})`;
  }
}

export function runModelCli(argv: string[], io: CliIo): CliResult {
  let parsed;
  try {
    parsed = io.parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        scenario: { type: 'string' },
        json: { type: 'boolean', default: false },
        xlsx: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        ...ANALYSIS_OPTIONS,
        ...SEARCH_OPTIONS,
        ...COMPARE_OPTIONS,
        ...MARKET_OPTIONS,
      },
    });
  } catch (e) {
    return bad(`${(e as Error).message}\n${USAGE}`);
  }
  if (parsed.values.help) return { exitCode: 0, stdout: USAGE, stderr: '' };
  const files = parsed.positionals;
  if (files.length !== 1) return bad(`expected one project file, got ${files.length}\n${USAGE}`);
  const file = files[0]!;
  const xlsxPath = parsed.values.xlsx;
  if (xlsxPath !== undefined) {
    if (!/\.xlsx$/i.test(xlsxPath)) return bad(`--xlsx: "${xlsxPath}" must be a file name ending in .xlsx`);
    const same = io.sameFile ?? ((a: string, b: string) => path.resolve(a) === path.resolve(b));
    if (path.resolve(xlsxPath) === path.resolve(file) || same(xlsxPath, file))
      return bad(`--xlsx: "${xlsxPath}" is the project file itself; choose another name`);
  }
  let text: string;
  try {
    const read = io.readFile(file);
    if (typeof read !== 'string') return bad(read.error);
    text = read;
  } catch (e) {
    return bad(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const evaluated = evaluateProject(text, { scenario: parsed.values.scenario });
  if (!evaluated.ok) return bad(describeFailure(file, evaluated.failure));
  const { results } = evaluated;
  const project = { project: evaluated.project, upgradeLog: evaluated.upgradeLog };
  const wanted = parsed.values.scenario;
  const scenarios = evaluated.project.scenarios.filter((s) => wanted === undefined || s.name === wanted);
  if (parsed.values.market) {
    const v = parsed.values;
    const other =
      v.sweep ||
      v.projection ||
      v.roadmap ||
      v.tornado ||
      v.points !== undefined ||
      v.mode !== undefined ||
      v.slip?.length;
    if (other || v.search || v.compare !== undefined || xlsxPath !== undefined || wanted !== undefined)
      return bad('--market runs alone or with --montecarlo, --seed and --distribution');
    return runMarketCli({
      file,
      project: project.project,
      json: v.json,
      montecarlo: v.montecarlo,
      seed: v.seed,
      distribution: v.distribution,
    });
  }
  if (parsed.values.compare !== undefined) {
    if (parsed.values.search || analysisRequested(parsed.values) || xlsxPath !== undefined || wanted !== undefined)
      return bad('--compare runs alone; drop --scenario, --search, the analyses and --xlsx');
    return runCompareCli({ file, names: parsed.values.compare, results, json: parsed.values.json });
  }
  if (parsed.values.objectives !== undefined && !parsed.values.search) return bad('--objectives applies to --search');
  const values = parsed.values as Partial<Record<string, string | boolean | string[]>>;
  const constraintFlags = SEARCH_CONSTRAINT_FLAGS.filter((f) => values[f] !== undefined);
  if (constraintFlags.length > 0 && !parsed.values.search)
    return bad(`${constraintFlags.map((f) => `--${f}`).join(', ')} applies to --search`);
  if (parsed.values.search) {
    // --slip moves the roadmap the search builds on; every other analysis option runs alone.
    if (analysisRequested({ ...parsed.values, slip: undefined }) || xlsxPath !== undefined)
      return bad('--search runs alone (with --slip); drop the analyses and --xlsx options');
    return runSearchCli({
      file,
      project: project.project,
      scenarios,
      objectives: parsed.values.objectives,
      constraints: Object.fromEntries(constraintFlags.map((f) => [f, String(values[f])])),
      slips: parsed.values.slip,
      json: parsed.values.json,
    });
  }
  if (analysisRequested(parsed.values)) {
    return runAnalyses({
      file,
      project: project.project,
      upgradeLog: project.upgradeLog,
      scenarios,
      values: parsed.values,
      deferMonteCarlo: io.deferMonteCarlo ?? false,
    });
  }
  if (xlsxPath !== undefined) {
    const work = checkAnalysisWork(project.project);
    if (!work.ok) return bad(`--xlsx: ${work.error.message} (${work.error.path} is ${work.error.value})`);
  }
  const xlsx =
    xlsxPath === undefined
      ? undefined
      : {
          path: xlsxPath,
          // The analyses run in shared/ (evaluateProject), once the bound above has passed.
          build: () => {
            const e = evaluateProject(text, { scenario: wanted, analyses: WORKBOOK_ANALYSES });
            if (!e.ok) throw new Error(e.message);
            return writeWorkbook({
              project: e.project,
              results: e.results,
              analyses: e.analyses,
              sourceFile: path.basename(file),
              appVersion: packageJson.version,
              catalog: e.catalog,
            });
          },
        };
  if (parsed.values.json) {
    const doc = { file, catalogVersion: defaultCatalog.version, upgradeLog: project.upgradeLog, scenarios: results };
    return { exitCode: 0, stdout: JSON.stringify(doc, null, 2), stderr: '', xlsx };
  }
  const notes = project.upgradeLog.map((l) => `upgraded: ${l.path}: ${l.detail}`);
  return { exitCode: 0, stdout: [...results.map(formatScenario), ...notes].join('\n\n'), stderr: '', xlsx };
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: 'the folder does not exist (ENOENT)',
  ENOTDIR: 'a part of the path is not a folder (ENOTDIR)',
  EISDIR: 'it is a folder (EISDIR)',
  EACCES: 'permission denied (EACCES)',
  EPERM: 'permission denied (EPERM)',
  EROFS: 'read-only file system (EROFS)',
  ENOSPC: 'no space left on the device (ENOSPC)',
};

/**
 * Builds and writes the workbook a successful run asked for (--xlsx), with `write` (an atomic
 * file write in model.ts). A workbook that cannot be written is a bad-input error: exit code 2,
 * a message naming the path, nothing on stdout. Returns the result without `xlsx`.
 */
export async function finishModelCli(
  result: CliResult,
  write: (path: string, bytes: Uint8Array) => Promise<void>,
): Promise<CliResult> {
  const { xlsx, ...rest } = result;
  if (!xlsx || rest.exitCode !== 0) return rest;
  let bytes: Uint8Array;
  try {
    bytes = await xlsx.build();
  } catch (e) {
    return { exitCode: 1, stdout: '', stderr: `fabricost: the workbook could not be built: ${(e as Error).message}` };
  }
  try {
    await write(xlsx.path, bytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = (err.code && WRITE_ERRORS[err.code]) ?? err.code ?? err.message;
    return bad(`cannot write ${xlsx.path}: ${why}`);
  }
  const note = `wrote Excel workbook ${xlsx.path}`;
  return { ...rest, stderr: rest.stderr ? `${rest.stderr}\n${note}` : note };
}

/**
 * Export to Excel: parse the project text as it is in the editor, evaluate every scenario with
 * shared/, hand project, results and chart images to the workbook writer, and write the bytes
 * atomically where the user chose. The scenario file is never touched. Electron-free: the save
 * dialog is injected, and so can the workbook writer be (tests).
 *
 * Nothing is written when the project is invalid or a scenario cannot be evaluated: the error
 * names the scenario and the field, as the CLI does.
 */
import path from 'node:path';
import type { ExportRequest, ExportResult } from '../../shared/bridge/fabricost-bridge.ts';
import type { Catalog } from '../../shared/catalog/catalog-schema.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import { formatFieldErrors, parseProject } from '../../shared/scenario/parse-project.ts';
import type { Project } from '../../shared/scenario/scenario-schema.ts';
import { writeWorkbook as writeXlsxWorkbook } from '../../workbook/workbook-writer.ts';
import { nodeFs, writeFileAtomic, type AtomicFs } from './atomic-file.ts';

export const WORKBOOK_EXTENSION = 'xlsx';

/** What the workbook writer receives: the writer's `WorkbookInput` (workbook/workbook-writer.ts). */
export interface WorkbookExportInput {
  project: Project;
  /** One result per scenario of the project, in the project's order. */
  results: ScenarioResult[];
  /** Name of the scenario file, for the workbook's document properties. */
  sourceFile: string;
  appVersion: string;
  catalog: Catalog;
  charts: { sheet: string; title: string; png: Uint8Array }[];
  exportedAt: Date;
}

/** Builds the .xlsx file and returns its bytes. */
export type WriteWorkbook = (input: WorkbookExportInput) => Promise<Uint8Array>;

export interface ExportServiceOptions {
  /** The workbook writer; `writeWorkbook` of workbook/workbook-writer.ts unless a test injects one. */
  writeWorkbook?: WriteWorkbook;
  /** Save dialog preset to a file name; null when canceled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
  appVersion: string;
  catalog?: Catalog;
  fs?: AtomicFs;
  now?: () => Date;
  log?: (message: string) => void;
}

export type EvaluatedProject =
  { ok: true; project: Project; results: ScenarioResult[] } | { ok: false; message: string };

/** Parses the project text and evaluates every scenario. Never throws. */
export function evaluateProjectText(text: string, catalog: Catalog = defaultCatalog): EvaluatedProject {
  const parsed = parseProject(text);
  if (!parsed.ok) return { ok: false, message: `The project is not valid:\n${formatFieldErrors(parsed.errors)}` };
  const results: ScenarioResult[] = [];
  for (const [i, scenario] of parsed.project.scenarios.entries()) {
    const result = evaluateScenario(scenario, catalog, parsed.project.catalogOverrides);
    if (!result.ok) {
      const { path: field, message, value } = result.error;
      return {
        ok: false,
        message: `Scenario "${scenario.name}" cannot be evaluated (scenarios[${i}].${field}): ${message} (got ${value})`,
      };
    }
    results.push(result.value);
  }
  return { ok: true, project: parsed.project, results };
}

function withExtension(name: string): string {
  const base = name.replace(/\.json$/i, '');
  return base.toLowerCase().endsWith(`.${WORKBOOK_EXTENSION}`) ? base : `${base}.${WORKBOOK_EXTENSION}`;
}

export class ExportService {
  private readonly options: ExportServiceOptions;

  constructor(options: ExportServiceOptions) {
    this.options = options;
  }

  /** Never throws. */
  async exportWorkbook(request: ExportRequest): Promise<ExportResult> {
    try {
      const catalog = this.options.catalog ?? defaultCatalog;
      const evaluated = evaluateProjectText(request.projectText, catalog);
      if (!evaluated.ok) return { status: 'error', message: `Nothing was exported. ${evaluated.message}` };

      const target = await this.options.chooseSavePath(withExtension(request.suggestedName));
      if (target === null) return { status: 'canceled' };

      let bytes: Uint8Array;
      try {
        const write = this.options.writeWorkbook ?? writeXlsxWorkbook;
        bytes = await write({
          project: evaluated.project,
          results: evaluated.results,
          sourceFile: request.sourceName,
          appVersion: this.options.appVersion,
          catalog,
          charts: request.charts.map((c) => ({ sheet: c.sheet, title: c.title, png: c.png })),
          exportedAt: (this.options.now ?? (() => new Date()))(),
        });
      } catch (e) {
        this.options.log?.(`export: the workbook writer failed: ${(e as Error)?.stack ?? String(e)}`);
        return { status: 'error', message: `The workbook could not be built: ${(e as Error)?.message ?? String(e)}` };
      }

      const written = await writeFileAtomic(target, bytes, { fs: this.options.fs ?? nodeFs });
      if (!written.ok) return { status: 'error', message: written.message };
      return { status: 'exported', path: target, name: path.basename(target) };
    } catch (e) {
      this.options.log?.(`export failed: ${(e as Error)?.stack ?? String(e)}`);
      return { status: 'error', message: `Export failed: ${(e as Error)?.message ?? String(e)}` };
    }
  }
}

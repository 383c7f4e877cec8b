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
import { EXPORT_MAX_EVALUATIONS } from '../../shared/evaluate/analysis-work.ts';
import { evaluateProject, type ProjectEvaluation } from '../../shared/evaluate/evaluate-project.ts';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import type { Project } from '../../shared/scenario/scenario-schema.ts';
import { writeWorkbook as writeXlsxWorkbook } from '../../workbook/workbook-writer.ts';
import { withSearch } from '../../workbook/search-sheet.ts';
import type { WorkbookSearch } from '../../workbook/workbook-context.ts';
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
  exportedAt: Date;
  /** The design search the request carried (the workbook's Search sheet). */
  search?: WorkbookSearch;
}

/** Builds the .xlsx file and returns its bytes. */
export type WriteWorkbook = (input: WorkbookExportInput) => Promise<Uint8Array>;

export interface ExportServiceOptions {
  /** The workbook writer; `writeWorkbook` of workbook/workbook-writer.ts unless a test injects one. */
  writeWorkbook?: WriteWorkbook;
  /**
   * Builds the workbook (evaluate + write); in process with `writeWorkbook` unless given. The
   * desktop app passes one that runs in a worker thread (export-worker.ts).
   */
  build?: (request: ExportRequest, exportedAt: Date) => Promise<BuildResult>;
  /** Save dialog preset to a file name; null when canceled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
  appVersion: string;
  catalog?: Catalog;
  fs?: AtomicFs;
  now?: () => Date;
  log?: (message: string) => void;
}

export type EvaluatedProject = ProjectEvaluation;

/** Parses the project text, checks its analyses against the export bound, evaluates every scenario. */
export function evaluateProjectText(text: string, catalog: Catalog = defaultCatalog): EvaluatedProject {
  return evaluateProject(text, { catalog, maxAnalysisEvaluations: EXPORT_MAX_EVALUATIONS });
}

/** The workbook's bytes, or why there are none. */
export type BuildResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string; canceled?: boolean };

export interface BuildOptions {
  appVersion: string;
  exportedAt: Date;
  catalog?: Catalog;
  writeWorkbook?: WriteWorkbook;
  log?: (message: string) => void;
}

/**
 * Evaluates the project text and builds its workbook: the heavy part of an export, which the
 * desktop app runs in a worker thread (export-worker.ts). Never throws.
 */
export async function buildExportBytes(request: ExportRequest, o: BuildOptions): Promise<BuildResult> {
  const catalog = o.catalog ?? defaultCatalog;
  const evaluated = evaluateProjectText(request.projectText, catalog);
  if (!evaluated.ok) return { ok: false, message: `Nothing was exported. ${evaluated.message}` };
  try {
    const write = o.writeWorkbook ?? writeXlsxWorkbook;
    const bytes = await write({
      project: evaluated.project,
      results: evaluated.results,
      sourceFile: request.sourceName,
      appVersion: o.appVersion,
      catalog: evaluated.catalog,
      exportedAt: o.exportedAt,
      ...withSearch(evaluated.project, evaluated.catalog, request),
    });
    return { ok: true, bytes };
  } catch (e) {
    o.log?.(`export: the workbook writer failed: ${(e as Error)?.stack ?? String(e)}`);
    return { ok: false, message: `The workbook could not be built: ${(e as Error)?.message ?? String(e)}` };
  }
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

      const exportedAt = (this.options.now ?? (() => new Date()))();
      const built = this.options.build
        ? await this.options.build(request, exportedAt)
        : await buildExportBytes(request, {
            appVersion: this.options.appVersion,
            exportedAt,
            ...(this.options.catalog ? { catalog: this.options.catalog } : {}),
            ...(this.options.writeWorkbook ? { writeWorkbook: this.options.writeWorkbook } : {}),
            ...(this.options.log ? { log: this.options.log } : {}),
          });
      if (!built.ok) return built.canceled ? { status: 'canceled' } : { status: 'error', message: built.message };
      const bytes = built.bytes;

      const written = await writeFileAtomic(target, bytes, { fs: this.options.fs ?? nodeFs });
      if (!written.ok) return { status: 'error', message: written.message };
      return { status: 'exported', path: target, name: path.basename(target) };
    } catch (e) {
      this.options.log?.(`export failed: ${(e as Error)?.stack ?? String(e)}`);
      return { status: 'error', message: `Export failed: ${(e as Error)?.message ?? String(e)}` };
    }
  }
}

/**
 * Export to Excel: parse the project text as it is in the editor, evaluate every scenario and
 * its analyses with shared/ (evaluateProject), hand project, results and analyses to the workbook writer, and write the bytes
 * atomically where the user chose. The scenario file is never touched. Electron-free: the save
 * dialog is injected, and so can the workbook writer be (tests).
 *
 * Nothing is written when the project is invalid or a scenario cannot be evaluated: the error
 * names the scenario and the field, as the CLI does.
 */
import path from 'node:path';
import type { ExportProgress, ExportRequest, ExportResult } from '../../shared/bridge/fabricost-bridge.ts';
import type { Catalog } from '../../shared/catalog/catalog-schema.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { EXPORT_MAX_EVALUATIONS } from '../../shared/evaluate/analysis-work.ts';
import { evaluateProject, type ProjectEvaluation } from '../../shared/evaluate/evaluate-project.ts';
import type { ScenarioAnalyses } from '../../shared/evaluate/project-analyses.ts';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import type { Project } from '../../shared/scenario/scenario-schema.ts';
import { WORKBOOK_ANALYSES, writeWorkbook as writeXlsxWorkbook } from '../../workbook/workbook-writer.ts';
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
  /** Every scenario's sweep, projection, tornado and Monte Carlo, as evaluateProject ran them. */
  analyses: ScenarioAnalyses[];
}

/** Builds the .xlsx file and returns its bytes. */
export type WriteWorkbook = (input: WorkbookExportInput) => Promise<Uint8Array>;

export interface ExportServiceOptions {
  /** The workbook writer; `writeWorkbook` of workbook/workbook-writer.ts unless a test injects one. */
  writeWorkbook?: WriteWorkbook;
  /**
   * Builds the workbook (evaluate + write); in process with `writeWorkbook` unless given. The
   * desktop app passes one that runs in a worker thread (export-worker.ts), ends it on `signal`
   * and reports its progress.
   */
  build?: (request: ExportRequest, exportedAt: Date, hooks: BuildHooks) => Promise<BuildResult>;
  /** Told how far the export under way has got (the desktop app sends it to the window). */
  onProgress?: (progress: ExportProgress) => void;
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

/** What a build is given besides the request: the export's cancel signal and its progress report. */
export interface BuildHooks {
  signal: AbortSignal;
  onProgress: (progress: ExportProgress) => void;
}

export interface BuildOptions {
  appVersion: string;
  exportedAt: Date;
  catalog?: Catalog;
  writeWorkbook?: WriteWorkbook;
  log?: (message: string) => void;
  /** Progress of the build: evaluating, then analyses scenario by scenario, then writing. */
  onProgress?: (progress: ExportProgress) => void;
}

const CANCELED: BuildResult = { ok: false, canceled: true, message: 'The export was canceled.' };

/**
 * Evaluates the project text and builds its workbook: the heavy part of an export, which the
 * desktop app runs in a worker thread (export-worker.ts). Never throws.
 */
export async function buildExportBytes(request: ExportRequest, o: BuildOptions): Promise<BuildResult> {
  const catalog = o.catalog ?? defaultCatalog;
  const evaluated = evaluateProject(request.projectText, {
    catalog,
    maxAnalysisEvaluations: EXPORT_MAX_EVALUATIONS,
    analyses: WORKBOOK_ANALYSES,
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  });
  if (!evaluated.ok) return { ok: false, message: `Nothing was exported. ${evaluated.message}` };
  o.onProgress?.({ stage: 'writing', done: 0, total: 1 });
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
      analyses: evaluated.analyses,
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
  /** The export under way: one at a time. */
  private current: AbortController | undefined;

  constructor(options: ExportServiceOptions) {
    this.options = options;
  }

  /**
   * Stops the export under way, if any: a worker build is ended at once, an in-process build
   * at its next step; the export resolves `canceled` and writes nothing.
   */
  cancel(): void {
    this.current?.abort();
  }

  /** Never throws. One export at a time: a second one while the first runs is refused. */
  async exportWorkbook(request: ExportRequest): Promise<ExportResult> {
    if (this.current) return { status: 'error', message: 'An export is already under way; wait for it or cancel it.' };
    const controller = new AbortController();
    this.current = controller;
    try {
      return await this.run(request, controller.signal);
    } finally {
      this.current = undefined;
    }
  }

  private async run(request: ExportRequest, signal: AbortSignal): Promise<ExportResult> {
    try {
      const catalog = this.options.catalog ?? defaultCatalog;
      const evaluated = evaluateProjectText(request.projectText, catalog);
      if (!evaluated.ok) return { status: 'error', message: `Nothing was exported. ${evaluated.message}` };

      const target = await this.options.chooseSavePath(withExtension(request.suggestedName));
      if (target === null) return { status: 'canceled' };

      const exportedAt = (this.options.now ?? (() => new Date()))();
      const onProgress = (p: ExportProgress) => {
        if (!signal.aborted) this.options.onProgress?.(p);
      };
      const built = signal.aborted
        ? CANCELED
        : this.options.build
          ? await this.options.build(request, exportedAt, { signal, onProgress })
          : await buildExportBytes(request, {
              appVersion: this.options.appVersion,
              exportedAt,
              onProgress,
              ...(this.options.catalog ? { catalog: this.options.catalog } : {}),
              ...(this.options.writeWorkbook ? { writeWorkbook: this.options.writeWorkbook } : {}),
              ...(this.options.log ? { log: this.options.log } : {}),
            });
      // A cancel that comes after the bytes are built still writes nothing.
      if (!built.ok || signal.aborted) {
        return built.ok || built.canceled ? { status: 'canceled' } : { status: 'error', message: built.message };
      }
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

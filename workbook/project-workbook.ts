/**
 * Project text to workbook bytes, for callers that hold the project as text (the browser
 * bridge's export worker, renderer/workers/export.worker.ts): parses the project, evaluates every
 * scenario and its analyses with shared/ (evaluateProject) and hands both to {@link writeWorkbook}. Never throws; nothing
 * is built when the project is invalid or a scenario cannot be evaluated, and the message
 * names the scenario and the field as the CLI does. No Node built-ins: runs in the page too.
 *
 * Example: `await buildProjectWorkbook({ projectText, sourceName: 'dc.json', appVersion: '0.1.0' })`
 * → `{ ok: true, bytes }`.
 */
import type { ExportProgress } from '../shared/bridge/fabricost-bridge.ts';
import type { Catalog } from '../shared/catalog/catalog-schema.ts';
import { defaultCatalog } from '../shared/catalog/default-catalog.ts';
import { EXPORT_MAX_EVALUATIONS } from '../shared/evaluate/analysis-work.ts';
import { evaluateProject } from '../shared/evaluate/evaluate-project.ts';
import type { SearchSettings } from '../shared/search/search-settings.ts';
import { withSearch } from './search-sheet.ts';
import { WORKBOOK_ANALYSES, writeWorkbook } from './workbook-writer.ts';

export async function buildProjectWorkbook(input: {
  projectText: string;
  sourceName: string;
  appVersion: string;
  catalog?: Catalog;
  exportedAt?: Date;
  /** The Search tab's last search: run again and written on the Search sheet. */
  search?: SearchSettings;
  /** Progress of the build: evaluating, then analyses scenario by scenario, then writing. */
  onProgress?: (progress: ExportProgress) => void;
}): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  try {
    const catalog = input.catalog ?? defaultCatalog;
    const evaluated = evaluateProject(input.projectText, {
      catalog,
      maxAnalysisEvaluations: EXPORT_MAX_EVALUATIONS,
      analyses: WORKBOOK_ANALYSES,
      onProgress: input.onProgress,
    });
    if (!evaluated.ok) return evaluated;
    input.onProgress?.({ stage: 'writing', done: 0, total: 1 });
    const { project, results, analyses } = evaluated;
    const bytes = await writeWorkbook({
      project,
      results,
      sourceFile: input.sourceName,
      appVersion: input.appVersion,
      // The catalog the results used: the project's own components included.
      catalog: evaluated.catalog,
      exportedAt: input.exportedAt,
      ...withSearch(project, evaluated.catalog, input),
      analyses,
    });
    return { ok: true, bytes };
  } catch (e) {
    return { ok: false, message: `The workbook could not be built: ${(e as Error)?.message ?? String(e)}` };
  }
}

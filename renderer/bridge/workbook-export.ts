/**
 * Builds the Excel workbook in the page for the browser bridge: evaluates the project with
 * shared/ and hands the results to the same workbook writer the desktop and the CLI use.
 * Loaded on demand, so exceljs is only fetched when the user exports.
 */
import type { ExportRequest } from '../../shared/bridge/fabricost-bridge.ts';
import { buildProjectWorkbook } from '../../workbook/project-workbook.ts';

export async function buildWorkbookFromProjectText(
  request: ExportRequest,
  appVersion: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  return buildProjectWorkbook({
    projectText: request.projectText,
    sourceName: request.sourceName,
    appVersion,
    charts: request.charts,
    ...(request.search ? { search: request.search } : {}),
  });
}

/**
 * Browser-mode workbook export off the UI thread: evaluates the project and builds the .xlsx
 * with the same code as the desktop worker (workbook/project-workbook.ts), posting progress as it
 * goes, so the page stays responsive and shows it. Cancel is the page terminating this worker.
 *
 * In: one {@link ExportWorkerRequest}. Out: `{ type: 'progress', progress }` messages, then one
 * `{ type: 'result', result }` (the bytes transferred).
 */
import '../zod-csp.ts';
import { buildProjectWorkbook } from '../../workbook/project-workbook.ts';
import type { ExportWorkerReply, ExportWorkerRequest } from './export-messages.ts';

const reply = (m: ExportWorkerReply, transfer: Transferable[] = []) => postMessage(m, { transfer });

onmessage = async (e: MessageEvent<ExportWorkerRequest>) => {
  const { request, appVersion } = e.data;
  const result = await buildProjectWorkbook({
    projectText: request.projectText,
    sourceName: request.sourceName,
    appVersion,
    ...(request.search ? { search: request.search } : {}),
    onProgress: (progress) => reply({ type: 'progress', progress }),
  });
  reply({ type: 'result', result }, result.ok ? [result.bytes.buffer as ArrayBuffer] : []);
};

/** Messages between the browser bridge and the export worker (export.worker.ts). */
import type { ExportProgress, ExportRequest } from '../../shared/bridge/fabricost-bridge.ts';

export interface ExportWorkerRequest {
  request: ExportRequest;
  appVersion: string;
}

export type ExportWorkerReply =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'result'; result: { ok: true; bytes: Uint8Array } | { ok: false; message: string } };

/** TEMPORARY until the workbook writer lands: replaced by the real project-to-workbook entry. */
import type { ChartImage } from '../../shared/bridge/fabricost-bridge.ts';

export async function buildProjectWorkbook(_input: {
  projectText: string;
  sourceName: string;
  appVersion: string;
  charts: ChartImage[];
}): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  return { ok: false, message: 'workbook export is not wired yet' };
}

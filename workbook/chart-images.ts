/**
 * Places PNG images of the app's charts next to the data they show: to the right of the used
 * columns of their tab, one under the other, each with its title above it. A chart for one
 * scenario whose tab is "BOM" goes on that scenario's BOM tab; a chart naming a tab the
 * workbook does not have goes on a "Charts" tab at the end.
 *
 * exceljs cannot write native Excel charts; the data table beside each picture is the live part.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { analysisTab } from './analysis-sheet.ts';
import { setValue } from './cell-formats.ts';
import { bomTab, type ScenarioEntry, type WorkbookChart } from './workbook-context.ts';

export const CHARTS_TAB = 'Charts';

/** Width and height in pixels from a PNG's IHDR chunk, or undefined when it is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Largest width a chart is shown at, in pixels; taller or wider PNGs (e.g. at 2x pixel ratio) are scaled down. */
const MAX_WIDTH_PX = 720;
const ROW_HEIGHT_PX = 20;

/** Adds the charts; throws on a chart that is not a PNG (a caller bug: the app renders PNGs). */
export function placeCharts(wb: Workbook, charts: readonly WorkbookChart[], scenarios: readonly ScenarioEntry[]): void {
  const nextRow = new Map<string, number>();
  const anchorCol = new Map<string, number>();
  for (const chart of charts) {
    const size = pngSize(chart.png);
    if (!size) throw new Error(`workbook: chart "${chart.title}" is not a PNG image`);
    let tab = chart.sheet;
    const scenario = chart.scenario === undefined ? undefined : scenarios.find((s) => s.result.name === chart.scenario);
    if (tab === 'BOM' && scenario) tab = bomTab(scenario);
    let ws: Worksheet | undefined = wb.getWorksheet(tab) ?? wb.getWorksheet(analysisTab(tab));
    if (ws) tab = ws.name;
    if (!ws) {
      tab = CHARTS_TAB;
      ws = wb.getWorksheet(CHARTS_TAB) ?? wb.addWorksheet(CHARTS_TAB);
    }
    if (!anchorCol.has(tab)) anchorCol.set(tab, (ws.columnCount || 0) + 2);
    const col = anchorCol.get(tab)!;
    const row = nextRow.get(tab) ?? 4;
    const scale = Math.min(1, MAX_WIDTH_PX / size.width);
    const width = Math.round(size.width * scale);
    const height = Math.round(size.height * scale);
    const title = setValue(ws, row, col, scenario ? `${chart.title} (${scenario.result.name})` : chart.title);
    title.font = { bold: true };
    const id = wb.addImage({ base64: base64(chart.png), extension: 'png' });
    ws.addImage(id, { tl: { col: col - 1, row }, ext: { width, height }, editAs: 'oneCell' });
    nextRow.set(tab, row + 2 + Math.ceil(height / ROW_HEIGHT_PX));
  }
}

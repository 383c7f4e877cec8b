/**
 * Shared helpers of the workbook tests: exporting the example projects, reading formula cells
 * back with exceljs, and the relative-tolerance comparison.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Catalog } from '../../shared/catalog/catalog-schema.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../../shared/catalog/project-components.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import type { Project } from '../../shared/scenario/scenario-schema.ts';
import { buildWorkbookWithCharts, writeWorkbook } from '../../workbook/workbook-writer.ts';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', 'examples');
export const EXPORTED_AT = new Date('2026-01-02T03:04:05.000Z');

/**
 * The example projects, sorted; `WORKBOOK_EXAMPLES=a.json,b.json` limits the slow LibreOffice
 * tests to those while working on one (unset, as in CI: every example).
 */
export const exampleFiles = (): string[] => {
  const only = process.env.WORKBOOK_EXAMPLES?.split(',').filter((x) => x !== '');
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json') && (!only || only.includes(f)))
    .sort();
};

export function loadProject(file: string): Project {
  const parsed = parseProject(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.project;
}

/** The default catalog with the project's own components (switches, NICs, media) added. */
export function projectCatalog(project: Project): Catalog {
  const merged = withProjectComponents(defaultCatalog, project.components);
  if (!merged.ok) throw new Error(`components: ${merged.error.message}`);
  return merged.value;
}

export function evaluateProject(project: Project): ScenarioResult[] {
  return project.scenarios.map((s) => {
    const r = evaluateScenario(s, projectCatalog(project), project.catalogOverrides);
    if (!r.ok) throw new Error(`${s.name}: ${r.error.path}: ${r.error.message}`);
    return r.value;
  });
}

export async function exportProject(project: Project, sourceFile: string, results = evaluateProject(project)) {
  const bytes = await writeWorkbook({
    project,
    results,
    sourceFile,
    appVersion: '0.1.0-test',
    catalog: projectCatalog(project),
    exportedAt: EXPORTED_AT,
  });
  return { bytes, results };
}

export async function readWorkbook(source: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  return wb;
}

export interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  /** The cached result (`cell.result`; exceljs's `cell.value` drops a cached 0). */
  result: unknown;
}

/** Every formula cell of the workbook, keyed `Sheet!A1`. */
export function formulaCells(wb: ExcelJS.Workbook): Map<string, FormulaCell> {
  const out = new Map<string, FormulaCell>();
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          out.set(`${ws.name}!${cell.address}`, {
            sheet: ws.name,
            address: cell.address,
            formula: cell.formula,
            result: cell.result,
          });
        }
      });
    });
  });
  return out;
}

/**
 * Equal within a relative 1e-9 (strings and other values: strictly equal). Values that are
 * both within 1e-12 of zero count as equal, since a relative tolerance is meaningless at 0.
 */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const diff = Math.abs(actual - expected);
    return diff <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected)) || diff <= 1e-12;
  }
  return actual === expected;
}

/** The cell of `ws` in column 1 whose text is `label`, or undefined. */
export function rowOfLabel(ws: ExcelJS.Worksheet, label: string): number | undefined {
  let found: number | undefined;
  ws.eachRow((row, n) => {
    if (found === undefined && row.getCell(1).value === label) found = n;
  });
  return found;
}

/** The value shown by a cell: the cached result of a formula, else the value. */
export function shown(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

/** A valid RGBA PNG of the given size (grey pixels). */
export function makePng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (1 + 4 * width), 0x80);
  for (let y = 0; y < height; y++) raw[y * (1 + 4 * width)] = 0;
  return Uint8Array.from(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/**
 * An example's workbook built in memory (no LibreOffice, no package), with its chart specs, for
 * tests of a sheet's layout. Example: `buildExample('rail-only-100k.json').charts.length` → 14.
 */
export function buildExample(file: string) {
  const project = loadProject(file);
  const results = evaluateProject(project);
  const built = buildWorkbookWithCharts({
    project,
    results,
    catalog: projectCatalog(project),
    sourceFile: file,
    appVersion: '0',
    tables: [],
  });
  return { project, results, ...built };
}

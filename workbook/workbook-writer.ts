/**
 * Writes an investment-memo workbook (.xlsx) from evaluated scenarios. Every number comes
 * from the engine in shared/: plain values where the engine's computation is not spreadsheet
 * arithmetic (the fabric plan, quantities), formulas that reproduce the engine's arithmetic
 * elsewhere (extended prices and powers, subtotals, capex rollup, energy, TCO, exposure,
 * HHI), each formula carrying the engine's value as its cached result. The live inputs
 * (electricity price, PUE, horizon, discount rate, accelerator and server prices and powers,
 * every unit price and unit power) are named cells on the Inputs sheet.
 *
 * Tabs: Cover (contents, legend, provenance; written last), Summary, Inputs, Fabric, BOM 1..n, Power, Exposure,
 * Value chain (live layer shares, spend by company and layer), Market (with a build-out plan), Reliability and Efficiency (when
 * the engine reports them), one tab per analysis table sheet (sweeps, projections), Compare
 * (2+ scenarios), Search (when the export carries a design search), Export check, Sources; native charts bound to these cells (native-charts.ts).
 * Pure apart from exceljs and jszip: no Node built-ins, so the browser build can use it too.
 *
 * Example:
 * ```ts
 * const bytes = await writeWorkbook({ project, results, sourceFile: 'dc.json', appVersion: '0.1.0', catalog });
 * ```
 */
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import {
  anyAnalysis,
  runProjectAnalyses,
  type AnalysisRequest,
  type ScenarioAnalyses,
} from '../shared/evaluate/project-analyses.ts';
import { analysisSheets } from './analysis-sheet.ts';
import { analysisTables } from './analysis-tables.ts';
import { fitChartsToPages } from './chart-pages.ts';
import { bomSheets } from './bom-sheet.ts';
import { compareSheet } from './compare-sheet.ts';
import { coverSheet } from './cover-sheet.ts';
import { efficiencySheet } from './efficiency-sheet.ts';
import { exportCheckSheet } from './export-check-sheet.ts';
import { exposureSheet } from './exposure-sheet.ts';
import { fabricSheet } from './fabric-sheet.ts';
import { inputsSheet } from './inputs-sheet.ts';
import { monteCarloSheet } from './monte-carlo-sheet.ts';
import { NameRegistry } from './named-ranges.ts';
import { addCharts, type ChartSpec } from './native-charts.ts';
import { powerSheet } from './power-sheet.ts';
import { reliabilitySheet } from './reliability-sheet.ts';
import { roadmapSheet } from './roadmap-sheet.ts';
import { searchSheet } from './search-sheet.ts';
import { sourcesSheet } from './sources-sheet.ts';
import { summarySheet } from './summary-sheet.ts';
import { tornadoSheets } from './tornado-sheet.ts';
import { valueChainSheet } from './value-chain-sheet.ts';
import { marketSheet } from './market-sheet.ts';
import {
  RefRegistry,
  SourceUses,
  type ScenarioEntry,
  type SheetModule,
  type WorkbookContext,
  type WorkbookInput,
} from './workbook-context.ts';
import { makeWorkbookXmlSafe } from './xml-safe-text.ts';

export type { WorkbookInput, WorkbookTable } from './workbook-context.ts';

/** Sheet modules in tab order. Add efficiency, reliability, sweep or projection sheets here. */
export const SHEET_MODULES: readonly SheetModule[] = [
  coverSheet,
  summarySheet,
  // Next to Summary: the same figures against a chosen baseline.
  compareSheet,
  inputsSheet,
  fabricSheet,
  bomSheets,
  powerSheet,
  exposureSheet,
  valueChainSheet,
  marketSheet,
  reliabilitySheet,
  efficiencySheet,
  tornadoSheets,
  monteCarloSheet,
  analysisSheets,
  roadmapSheet,
  searchSheet,
  exportCheckSheet,
  sourcesSheet,
];

/**
 * Order in which modules are written: a module may read the cell references and defined names
 * registered by the modules before it. Modules not listed are written before `sources`.
 */
export const WRITE_ORDER: readonly string[] = [
  'inputs',
  'fabric',
  'bom',
  'power',
  'exposure',
  'value-chain',
  'market',
  'reliability',
  'efficiency',
  'summary',
  'compare',
  'tornado',
  'analyses',
  'export-check',
];

function writeOrder(modules: readonly SheetModule[]): SheetModule[] {
  const rank = (m: SheetModule) => {
    if (m.id === 'cover') return WRITE_ORDER.length + 2;
    if (m.id === 'sources') return WRITE_ORDER.length + 1;
    const i = WRITE_ORDER.indexOf(m.id);
    return i < 0 ? WRITE_ORDER.length : i;
  };
  return [...modules].sort((a, b) => rank(a) - rank(b));
}

/** Pairs each result with its scenario in the project, by name. */
function scenarioEntries(input: WorkbookInput): ScenarioEntry[] {
  if (input.results.length === 0) throw new Error('workbook: no scenario results to write');
  return input.results.map((result, index) => {
    const scenario = input.project.scenarios.find((s) => s.name === result.name);
    if (!scenario) throw new Error(`workbook: result "${result.name}" has no scenario of that name in the project`);
    return { index, n: index + 1, result, scenario };
  });
}

/** The analyses a workbook shows for every scenario: ask evaluateProject for these and pass them on. */
export const WORKBOOK_ANALYSES: AnalysisRequest = { sweep: true, projection: true, tornado: true, monteCarlo: true };

/**
 * The analyses the sheets write, per exported scenario in export order: the caller's
 * (`input.analyses`, from evaluateProject), with what is missing run here through
 * shared/evaluate/project-analyses.ts: tornado and Monte Carlo always, sweep and projection
 * unless the caller gave its own tables.
 */
function completeAnalyses(input: WorkbookInput, scenarios: readonly ScenarioEntry[]): ScenarioAnalyses[] {
  return scenarios.map((e) => {
    const have = input.analyses?.find((a) => a.scenario === e.result.name) ?? { scenario: e.result.name };
    const missing: AnalysisRequest = {
      sweep: !input.tables && !have.sweep,
      projection: !input.tables && !have.projection,
      tornado: !have.tornado,
      monteCarlo: !have.monteCarlo,
    };
    const ran = anyAnalysis(missing)
      ? runProjectAnalyses(input.project, input.catalog, [e.scenario], missing)[0]!
      : { scenario: e.result.name };
    input.onAnalysesProgress?.(e.n, scenarios.length);
    return { ...have, ...ran };
  });
}

/** Builds the workbook in memory (exposed for tests that inspect it before serialising; no charts). */
export function buildWorkbook(given: WorkbookInput): ExcelJS.Workbook {
  return buildWorkbookWithCharts(given).wb;
}

/** The workbook and the native charts to add to its package. */
export function buildWorkbookWithCharts(given: WorkbookInput): { wb: ExcelJS.Workbook; charts: ChartSpec[] } {
  const scenarios = scenarioEntries(given);
  const analyses = completeAnalyses(given, scenarios);
  // Without tables from the caller, every scenario's sweep and projection are laid out as tables.
  const input: WorkbookInput = { ...given, analyses, tables: given.tables ?? analysisTables(analyses) };
  const wb = new ExcelJS.Workbook();
  const exportedAt = input.exportedAt ?? new Date();
  const title = input.project.title;
  wb.title = title;
  wb.subject = `Fabricost network cost model of ${input.sourceFile}`;
  wb.creator = `Fabricost ${input.appVersion}`;
  wb.lastModifiedBy = `Fabricost ${input.appVersion}`;
  wb.company = 'Fabricost';
  wb.category = 'Fabricost export';
  wb.keywords = `source file: ${input.sourceFile}; app version: ${input.appVersion}; catalog version: ${input.catalog.version}`;
  wb.description =
    `Exported by Fabricost ${input.appVersion} from ${input.sourceFile} with catalog ${input.catalog.version} ` +
    `at ${exportedAt.toISOString()}. ${scenarios.length} scenario(s).`;
  wb.created = exportedAt;
  wb.modified = exportedAt;
  // Excel recalculates on open; the cached results are already the engine's values.
  wb.calcProperties.fullCalcOnLoad = true;

  const sheets = new Map<string, Worksheet>();
  const partial = { input, scenarios };
  for (const m of SHEET_MODULES) {
    for (const tab of m.tabs(partial)) {
      if (sheets.has(tab)) throw new Error(`workbook: two sheets named ${tab}`);
      sheets.set(tab, wb.addWorksheet(tab));
    }
  }
  const ctx: WorkbookContext = {
    wb,
    input,
    scenarios,
    names: new NameRegistry(),
    refs: new RefRegistry(),
    sources: new SourceUses(),
    unitNames: new Map(),
    liveInputs: [],
    charts: [],
    exportedAt,
    sheet: (name) => {
      const ws = sheets.get(name);
      if (!ws) throw new Error(`workbook: no sheet named ${name}`);
      return ws;
    },
  };
  for (const m of writeOrder(SHEET_MODULES)) if (m.tabs(partial).length > 0) m.write(ctx);
  for (const ws of wb.worksheets) fitChartsToPages(ws, ctx.charts);
  return { wb, charts: ctx.charts };
}

/** The workbook as .xlsx bytes. */
export async function writeWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const { wb, charts } = buildWorkbookWithCharts(input);
  makeWorkbookXmlSafe(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return addCharts(new Uint8Array(buffer as ArrayBuffer), charts);
}

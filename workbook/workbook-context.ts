/**
 * What the sheet modules share while one workbook is written: the input, the scenarios with
 * their results, the defined-name registry, the cross-sheet cell references each sheet
 * registers for the sheets written after it, and the catalog sources cited so far.
 *
 * A sheet module (see {@link SheetModule}) names its tabs and fills them. To add a sheet
 * (efficiency, reliability, sweeps, projections), write a module and list it in
 * workbook-writer.ts; it may read any reference registered by modules written before it.
 */
import type { ScenarioAnalyses } from '../shared/evaluate/project-analyses.ts';
import type { Workbook, Worksheet } from 'exceljs';
import type { Catalog } from '../shared/catalog/catalog-schema.ts';
import type { ScenarioResult } from '../shared/evaluate/scenario-result.ts';
import type { Project, Scenario } from '../shared/scenario/scenario-schema.ts';
import type { SearchConstraints } from '../shared/search/design-space.ts';
import type { SearchResult } from '../shared/search/run-search.ts';
import { absRef, colRange } from './cell-formats.ts';
import type { NameRegistry } from './named-ranges.ts';
import type { ChartSpec } from './native-charts.ts';
import { xmlSafeText } from './xml-safe-text.ts';

/**
 * A table of engine values for an analysis outside ScenarioResult (size sweep, year
 * projection, …), written on the tab `sheet` (see analysis-sheet.ts).
 */
export interface WorkbookTable {
  sheet: string;
  title: string;
  note?: string;
  columns: { label: string; unit?: string }[];
  rows: (number | string | null)[][];
  /** Charts of the table: y columns (0-based) over the first column as x, a log x axis if asked. */
  charts?: { title: string; yTitle: string; columns: number[]; logX?: boolean; valueFormat?: string }[];
}

export interface WorkbookInput {
  /** The parsed project (defaults applied); its scenarios supply the Inputs sheet. */
  project: Project;
  /** Engine results, one per exported scenario, matched to the project's scenarios by name. */
  results: ScenarioResult[];
  /** Path or name of the scenario file, recorded in the document properties. */
  sourceFile: string;
  appVersion: string;
  catalog: Catalog;
  /** Sweeps, projections and other analyses as tables of engine values, one tab per `sheet`. */
  tables?: WorkbookTable[];
  /** Export time recorded in the properties; defaults to now. */
  exportedAt?: Date;
  /** A design search that came with the export: written on the Search sheet (search-sheet.ts). */
  search?: WorkbookSearch;
  /**
   * The scenarios' analyses as `evaluateProject(text, { analyses })` returned them (by scenario
   * name): the Sweep and Projection tables (unless `tables` is given), the Tornado and Monte
   * Carlo sheets. An analysis missing here is run by the writer through the same
   * shared/evaluate/project-analyses.ts, so callers that only hold results still get them.
   */
  analyses?: readonly ScenarioAnalyses[];
  /**
   * Called after each scenario's missing analyses are run by the writer (the long part of a
   * build when the caller did not pass `analyses`): `done` of `total` scenarios.
   */
  onAnalysesProgress?: (done: number, total: number) => void;
}

/** The analyses of one exported scenario (complete once the writer has filled in what was missing). */
export function analysesOf(ctx: Pick<WorkbookContext, 'input'>, s: ScenarioEntry): ScenarioAnalyses {
  return ctx.input.analyses?.find((a) => a.scenario === s.result.name) ?? { scenario: s.result.name };
}

/** A design search around one scenario of the project, as the engine returned it. */
export interface WorkbookSearch {
  scenarioName: string;
  constraints: SearchConstraints;
  result: SearchResult;
}

export interface ScenarioEntry {
  /** 0-based position among the exported results. */
  index: number;
  /** 1-based number used in tab and cell names (`BOM 2`, `PUE_S2`). */
  n: number;
  result: ScenarioResult;
  /** The scenario's inputs as parsed from the project (defaults applied). */
  scenario: Scenario;
}

/**
 * Keys of cross-sheet references. Per-scenario keys are registered once per scenario.
 * Example: `refs.set('capex.totalUsd', 0, 'BOM 1', 40, 3)`, read as `refs.get('capex.totalUsd', 0)`
 * → `'BOM 1'!$C$40`.
 */
export class RefRegistry {
  private readonly refs = new Map<string, string>();

  set(key: string, scenarioIndex: number, sheet: string, row: number, col: number): void {
    this.refs.set(`${key}#${scenarioIndex}`, absRef(sheet, row, col));
  }

  /** Registers a one-column range, e.g. the vendor column of a BOM's vendor split. */
  setRange(key: string, scenarioIndex: number, sheet: string, col: number, fromRow: number, toRow: number): void {
    this.refs.set(`${key}#${scenarioIndex}`, colRange(sheet, col, fromRow, toRow));
  }

  has(key: string, scenarioIndex: number): boolean {
    return this.refs.has(`${key}#${scenarioIndex}`);
  }

  /** The reference; throws {@link MissingRefError} when no sheet registered the key. */
  get(key: string, scenarioIndex: number): string {
    const ref = this.refs.get(`${key}#${scenarioIndex}`);
    if (ref === undefined) throw new MissingRefError(key, scenarioIndex);
    return ref;
  }
}

/** A formula needs a cell no sheet provides (a sheet-order bug, or a figure the engine did not report). */
export class MissingRefError extends Error {
  constructor(key: string, scenarioIndex: number) {
    super(`workbook: no cell registered for ${key} of scenario ${scenarioIndex + 1}`);
  }
}

/** Where each cited source is used, for the Sources sheet. */
export class SourceUses {
  private readonly uses = new Map<string, Set<string>>();

  add(sourceId: string, use: string): void {
    let set = this.uses.get(sourceId);
    if (!set) this.uses.set(sourceId, (set = new Set()));
    set.add(use);
  }

  /** Source ids in first-cited order with their uses. */
  entries(): [string, string[]][] {
    return [...this.uses].map(([id, uses]) => [id, [...uses]]);
  }
}

export interface WorkbookContext {
  wb: Workbook;
  input: WorkbookInput;
  scenarios: ScenarioEntry[];
  names: NameRegistry;
  refs: RefRegistry;
  sources: SourceUses;
  exportedAt: Date;
  /**
   * Defined names of the unit price and unit power cells each BOM line reads, by
   * {@link lineKey}; filled by the Inputs sheet, read by the BOM sheets.
   */
  unitNames: Map<string, UnitCells>;
  /**
   * Every live input cell with its value at export, registered by the sheet that writes it;
   * the Export check sheet counts those that differ now (see export-check-sheet.ts).
   */
  liveInputs: LiveInput[];
  /** Native charts over the workbook's cells, added to the package after exceljs writes it. */
  charts: ChartSpec[];
  /** The worksheet with this tab name (created up front by the writer, in display order). */
  sheet(name: string): Worksheet;
}

/**
 * The cells one BOM line reads: its unit price and unit power (defined names or absolute
 * references) and the catalog's low and high price of the component (absolute references;
 * absent when the catalog gives no range, or the price is overridden: then the line's capex
 * is fixed in the capex range, as in shared/cost/capex-range.ts).
 */
export interface UnitCells {
  price: string;
  power: string;
  low?: string;
  high?: string;
}

/** A live input cell: its absolute reference, a label and the value written at export. */
export interface LiveInput {
  ref: string;
  label: string;
  value: number;
}

/** One kind of sheet. `tabs` lists its tab names (none when it does not apply). */
export interface SheetModule {
  id: string;
  tabs(ctx: Pick<WorkbookContext, 'input' | 'scenarios'>): string[];
  write(ctx: WorkbookContext): void;
}

/** Key of BOM line `line` of scenario `scenarioIndex` in {@link WorkbookContext.unitNames}. */
export const lineKey = (scenarioIndex: number, line: number): string => `${scenarioIndex}:${line}`;

/** A short label of a scenario for chart series and tab names: `S2 Rail-only 100k…` (at most 24 characters). */
export const shortLabel = (s: Pick<ScenarioEntry, 'n' | 'result'>): string => {
  const name = s.result.name.trim();
  const label = `S${s.n} ${name}`;
  return label.length <= 24 ? label : `${label.slice(0, 23)}…`;
};

/** Longest tab name Excel accepts. */
export const TAB_NAME_MAX = 31;

/**
 * Tab name of a per-scenario sheet: its kind, the scenario's number and as much of its name as
 * fits Excel's 31 characters (cut with `…`). Characters Excel forbids in a tab name
 * (`\ / ? * [ ] :`, control characters) and those XML forbids become spaces; the number keeps
 * names unique.
 * Example: `scenarioTab('BOM', 2, 'Rail-only 100k: XDR')` → `'BOM 2 Rail-only 100k XDR'`;
 * `scenarioTab('Projection', 1, 'InfiniBand 2k, rail-optimized')` → `'Projection 1 InfiniBand 2k, ra…'`.
 */
export function scenarioTab(kind: string, n: number, name: string): string {
  const base = `${kind} ${n}`;
  // Characters XML forbids (U+FFFE, U+FFFF, lone surrogates) would leave the package ill-formed.
  const label = xmlSafeText(name)
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/?*[\]:\u0000-\u001f\u007f\ufffd]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Nor may a tab name end with an apostrophe.
    .replace(/'+$/, '');
  if (label === '') return base;
  const full = `${base} ${label}`;
  if (full.length <= TAB_NAME_MAX) return full;
  // Cut at a character, never between the two halves of a surrogate pair (an emoji).
  const cut = full.slice(0, TAB_NAME_MAX - 1).replace(/[\ud800-\udbff]$/, '');
  return `${cut.trimEnd()}…`;
}

/** Tab name of scenario n's bill of materials, e.g. `BOM 1 NVL72 100k, rail-only`. */
export const bomTab = (s: Pick<ScenarioEntry, 'n' | 'result'>): string => scenarioTab('BOM', s.n, s.result.name);

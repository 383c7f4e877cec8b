/**
 * A table with one column per scenario whose rows are formulas (or engine values), used by
 * the Power and Summary sheets. Each row names the engine value that is its cached result
 * and, optionally, a reference key so later sheets can read it.
 *
 * Formulas are built per scenario from a `ref` function: `ref('power.totalW')` gives the cell
 * of that figure for the same scenario, a relative address when it is on this sheet
 * (`C10`), an absolute sheet reference otherwise (`'BOM 1'!$K$20`); `name('economics.pue')`
 * gives the scenario's defined name (`PUE_S1`). A row whose formula reads a cell that does not
 * exist for a scenario (a figure the engine did not report) shows the engine value instead.
 */
import type { Worksheet } from 'exceljs';
import type { ScenarioResult } from '../shared/evaluate/scenario-result.ts';
import {
  addr,
  markTotal,
  PAGE_WIDTH_UNITS,
  setFormula,
  setHeader,
  setValue,
  type CachedResult,
} from './cell-formats.ts';
import { scenarioInputName } from './named-ranges.ts';
import { MissingRefError, type ScenarioEntry, type WorkbookContext } from './workbook-context.ts';

export interface FormulaBuilder {
  ref: (key: string) => string;
  name: (inputPath: string) => string;
  s: ScenarioEntry;
}

export interface ColumnRow {
  label: string;
  unit: string;
  /** Registered as a reference key for later sheets and for `ref` in later rows. */
  key?: string;
  numFmt?: string;
  /**
   * The formula (without `=`); omitted for rows that show the engine value as a plain number or
   * text, or returning undefined for a scenario whose value cannot be a formula.
   */
  formula?: (b: FormulaBuilder) => string | undefined;
  /** The engine's value: the cached result of the formula, or the cell's value (undefined: blank). */
  value: (r: ScenarioResult) => CachedResult | undefined;
  total?: boolean;
}

/** The row's formula, or undefined when it reads a cell that does not exist for this scenario. */
function formulaOrUndefined(row: ColumnRow, builder: FormulaBuilder): string | undefined {
  try {
    return row.formula?.(builder);
  } catch (e) {
    if (e instanceof MissingRefError) return undefined;
    throw e;
  }
}

/** Width of the Figure column of a column table, characters (longer labels wrap). */
export const LABEL_WIDTH = 40;
/** Width of the Unit column. */
export const UNIT_WIDTH = 12;

/**
 * Column widths of a column table of `scenarios` scenarios: the label and unit columns, then
 * one column per scenario, as wide as lets the table print one page wide (15 to 22
 * characters: "$308,531,200" needs 13). Example: 4 scenarios → [40, 12, 15, 15, 15, 15].
 */
export function columnTableWidths(scenarios: number): number[] {
  const per = Math.max(15, Math.min(22, Math.floor((PAGE_WIDTH_UNITS - 4 - LABEL_WIDTH - UNIT_WIDTH) / scenarios)));
  return [LABEL_WIDTH, UNIT_WIDTH, ...Array.from({ length: scenarios }, () => per)];
}

/**
 * Writes `rows` below a header row (`Figure | Unit | <scenario names>`) starting at `headerRow`.
 * Returns the row after the table.
 */
export function writeColumnTable(
  ctx: WorkbookContext,
  ws: Worksheet,
  tab: string,
  headerRow: number,
  rows: readonly ColumnRow[],
): number {
  setHeader(ws, headerRow, ['Figure', 'Unit', ...ctx.scenarios.map((s) => s.result.name)]);
  const localRow = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.key) localRow.set(row.key, headerRow + 1 + i);
  });
  const blank = new Set<string>();
  rows.forEach((row, i) => {
    const r0 = headerRow + 1 + i;
    setValue(ws, r0, 1, row.label).alignment = { wrapText: true };
    setValue(ws, r0, 2, row.unit).alignment = { wrapText: true };
    if (row.total) markTotal(ws.getCell(r0, 1));
    for (const s of ctx.scenarios) {
      const col = 3 + s.index;
      const value = row.value(s.result);
      const builder: FormulaBuilder = {
        s,
        ref: (key) => {
          const local = localRow.get(key);
          if (local === undefined) return ctx.refs.get(key, s.index);
          if (blank.has(`${key}#${s.index}`)) throw new MissingRefError(key, s.index);
          return addr(local, col);
        },
        name: (path) => {
          const name = scenarioInputName(path, s.n);
          if (name === undefined) throw new Error(`workbook: input ${path} has no defined name`);
          return name;
        },
      };
      if (value === undefined && row.key) blank.add(`${row.key}#${s.index}`);
      const formula = value === undefined ? undefined : formulaOrUndefined(row, builder);
      const cell =
        formula !== undefined && value !== undefined
          ? setFormula(ws, r0, col, formula, value, row.numFmt)
          : setValue(ws, r0, col, value, row.numFmt);
      if (row.total) markTotal(cell);
      if (row.key) ctx.refs.set(row.key, s.index, tab, r0, col);
    }
  });
  return headerRow + 1 + rows.length;
}

/**
 * Cell helpers shared by every sheet of the workbook: addresses, number formats, styles,
 * formula cells with cached results, and sheet layout (frozen header, widths, print setup).
 *
 * Every formula cell carries a cached result so that viewers that do not recalculate (Quick
 * Look, protected view, LibreOffice under its default setting) show the right number. The
 * cached result is the engine's value wherever the engine has one; see workbook-writer.ts.
 *
 * Example: `setFormula(ws, 5, 9, 'G5*H5', line.extendedPriceUsd, FMT.usd)` writes
 * `=G5*H5` into I5 with the engine's extended price as its cached value.
 */
import type { Cell, Worksheet } from 'exceljs';

/** Number formats by unit. Text in quotes is a literal suffix, e.g. `12,345.0 W`. */
export const FMT = {
  usd: '"$"#,##0',
  usdCents: '"$"#,##0.00',
  usdPerKWh: '"$"0.0000" /kWh"',
  percent: '0.00%',
  watts: '#,##0.0" W"',
  /** Watts shown in kilowatts or megawatts (the trailing commas divide by 1,000 each). */
  kilowatts: '#,##0.0," kW"',
  megawatts: '#,##0.00,," MW"',
  mwh: '#,##0.0" MWh"',
  count: '#,##0',
  decimal: '#,##0.00',
  /** Up to 6 decimals, no trailing zeros (shares, ratios, factors). */
  fine: '0.0#####',
  hhi: '#,##0.0',
  meters: '#,##0.0" m"',
  gbps: '#,##0" Gb/s"',
  years: '0" yr"',
  hours: '#,##0" h"',
  ratePercent: '0.00" %/yr"',
  /** A percentage held as a number of percent (30 → "30.00 %"), as the scenario's % inputs are. */
  pctNumber: '0.00" %"',
} as const;

/** Number format for a scenario input by its unit label (see shared/scenario/field.ts). */
export function formatForUnit(unit: string): string | undefined {
  switch (unit) {
    case 'USD':
      return FMT.usdCents;
    case 'USD/kWh':
      return FMT.usdPerKWh;
    case 'W':
      return FMT.watts;
    case 'm':
      return FMT.meters;
    case 'Gb/s':
      return FMT.gbps;
    case '%/yr':
      return FMT.ratePercent;
    case '%':
      return FMT.pctNumber;
    case 'accelerators':
    case 'servers':
    case 'ports':
    case 'planes':
    case 'routers':
      return FMT.count;
    default:
      return undefined;
  }
}

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1-style address, relative: `addr(5, 3)` → `C5`. */
export function addr(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** Sheet name quoted for use in a formula: `BOM 1` → `'BOM 1'`, `O'Neil` → `'O''Neil'`. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replaceAll("'", "''")}'`;
}

/** Absolute reference to a cell on a sheet: `absRef('BOM 1', 5, 9)` → `'BOM 1'!$I$5`. */
export function absRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!$${colLetter(col)}$${row}`;
}

/** Absolute reference to a one-column range: `colRange('BOM 1', 9, 5, 12)` → `'BOM 1'!$I$5:$I$12`. */
export function colRange(sheet: string, col: number, fromRow: number, toRow: number): string {
  const c = colLetter(col);
  return `${quoteSheet(sheet)}!$${c}$${fromRow}:$${c}$${toRow}`;
}

/** A formula string as a text literal inside a formula: `"a""b"`. */
export function textLiteral(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

export type CachedResult = number | string;

/** Text shown for a number a cell cannot hold (an .xlsx number must be finite). */
export function nonFiniteText(x: number): string {
  return Number.isNaN(x) ? 'n/a' : x > 0 ? '∞' : '−∞';
}

/**
 * Writes a formula (without the leading `=`) and its cached result. A non-finite result
 * (e.g. a cost per effective accelerator when none is effective) cannot be cached: the cell
 * then shows the engine's value as text instead of the formula.
 */
export function setFormula(
  ws: Worksheet,
  row: number,
  col: number,
  formula: string,
  result: CachedResult,
  numFmt?: string,
): Cell {
  const cell = ws.getCell(row, col);
  if (typeof result === 'number' && !Number.isFinite(result)) {
    cell.value = nonFiniteText(result);
    return cell;
  }
  cell.value = { formula, result };
  if (numFmt) cell.numFmt = numFmt;
  return cell;
}

/** Writes a plain value (a number from the engine, or text). */
export function setValue(
  ws: Worksheet,
  row: number,
  col: number,
  value: number | string | boolean | null | undefined,
  numFmt?: string,
): Cell {
  const cell = ws.getCell(row, col);
  cell.value = typeof value === 'number' && !Number.isFinite(value) ? nonFiniteText(value) : (value ?? null);
  if (numFmt && typeof value === 'number') cell.numFmt = numFmt;
  // A plain number is an engine value (or a constant): grey, per the colour legend.
  if (typeof value === 'number') cell.font = { ...FONT, color: { argb: ENGINE_ARGB } };
  return cell;
}

/** The one font family of the workbook, named explicitly (LibreOffice substitutes unnamed bold fonts). */
export const FONT_NAME = 'Arial';
const FONT = { name: FONT_NAME, size: 10 } as const;
/** Colour legend: blue = input, black = formula, grey = engine value. */
export const INPUT_ARGB = 'FF0000CC';
export const FORMULA_ARGB = 'FF000000';
export const ENGINE_ARGB = 'FF6B6B6B';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } } as const;
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6D5' } } as const;

/** Sheet title in row 1 (bold, larger). */
export function setTitle(ws: Worksheet, row: number, text: string): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { ...FONT, bold: true, size: 14 };
}

/** Notes written on each sheet, wrapped over merged cells by {@link layoutSheet}. */
const NOTES = new WeakMap<Worksheet, { row: number; col: number }[]>();

/**
 * A note line (italic, grey). {@link layoutSheet} wraps it over the empty cells to its right
 * (at most one printed page wide) and sets the row height its lines need, so a long note
 * neither runs off the page nor widens the printed area.
 */
/** Rows of a sheet's header ({@link setSheetHeader}): frozen and printed atop every page (`freezeRows`). */
export const SHEET_HEADER_ROWS = 2;

/**
 * A sheet's header: its title on row 1 and what it shows, as a wrapped note, on row 2. Returns
 * the first row of the body, after one blank row. Lay the sheet out with
 * `freezeRows: SHEET_HEADER_ROWS` so the header repeats on every printed page.
 * Example: `let row = setSheetHeader(ws, 'Vendor and country exposure', 'Spend by vendor …')` → 4.
 */
export function setSheetHeader(ws: Worksheet, title: string, note: string): number {
  setTitle(ws, 1, title);
  setNote(ws, 2, 1, note);
  return SHEET_HEADER_ROWS + 2;
}

export function setNote(ws: Worksheet, row: number, col: number, text: string): void {
  const cell = ws.getCell(row, col);
  cell.value = text;
  cell.font = { ...FONT, italic: true, color: { argb: 'FF555555' } };
  cell.alignment = { vertical: 'top', wrapText: true };
  let notes = NOTES.get(ws);
  if (!notes) NOTES.set(ws, (notes = []));
  notes.push({ row, col });
}

/**
 * Printed page width in column-width units (characters of the default font): landscape Letter
 * less 0.5 in margins is 10 in, about 93 units at 100 %, so 116 at {@link PRINT_SCALE}. Notes
 * wrap within {@link NOTE_MAX_WIDTH} of it so that repeated title columns still fit beside them.
 */
export const PAGE_WIDTH_UNITS = 116;
export const NOTE_MAX_WIDTH = 100;
/** Points per line of 10 pt text, and the characters of italic 10 pt Arial per width unit (kept low: a line too many is harmless, one too few hides text). */
const LINE_PT = 13;
const CHARS_PER_UNIT = 1.0;

/**
 * Lines a text needs in a wrapped cell `width` units wide, counting words that do not fit
 * onto the line. Example: `wrappedLines('a '.repeat(60), 20)` → 6.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_UNIT) - 1);
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of para.split(/\s+/).filter((w) => w !== '')) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? Math.ceil(word.length / perLine) - 1 : Math.ceil(word.length / perLine);
        used = word.length % perLine || perLine;
      }
    }
  }
  return lines;
}

/** Merges each note over the empty cells to its right (up to {@link NOTE_MAX_WIDTH}) and sets its row height. */
function wrapNotes(ws: Worksheet, widths: readonly number[]): void {
  const widthOf = (c: number) => widths[c - 1] ?? 9;
  for (const { row, col } of NOTES.get(ws) ?? []) {
    const text = String(ws.getCell(row, col).value ?? '');
    let last = col;
    let width = widthOf(col);
    const r = ws.getRow(row);
    while (
      last < Math.max(widths.length, col) &&
      width + widthOf(last + 1) <= NOTE_MAX_WIDTH &&
      (r.getCell(last + 1).value ?? null) === null
    ) {
      last++;
      width += widthOf(last);
    }
    if (last > col) ws.mergeCells(row, col, row, last);
    r.height = Math.max(LINE_PT, wrappedLines(text, width) * LINE_PT + 2);
  }
  NOTES.delete(ws);
}

/**
 * Gives every row holding wrapped text (headers, long labels) the height its lines need:
 * LibreOffice keeps the default height of an .xlsx row, so wrapped lines would run into the
 * row below. Rows with an explicit height (notes) are left alone.
 */
function fitWrappedRows(ws: Worksheet, widths: readonly number[]): void {
  ws.eachRow((row) => {
    if (row.height) return;
    let lines = 1;
    row.eachCell((cell, col) => {
      if (cell.alignment?.wrapText && typeof cell.value === 'string' && !cell.isMerged)
        lines = Math.max(lines, wrappedLines(cell.value, widths[col - 1] ?? 9));
    });
    if (lines > 1) row.height = lines * LINE_PT + 2;
  });
}

/** A bold section heading. */
export function setSection(ws: Worksheet, row: number, text: string): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { ...FONT, bold: true, size: 12 };
}

/** A header row: bold labels on a light fill, starting at column `fromCol`. */
export function setHeader(ws: Worksheet, row: number, labels: readonly string[], fromCol = 1): void {
  labels.forEach((label, i) => {
    const cell = ws.getCell(row, fromCol + i);
    cell.value = label;
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}

/** What a live input may hold: a colleague cannot type a value outside it. */
export interface InputRange {
  min: number;
  max?: number;
  /** Whole numbers only (years, counts). */
  integer?: boolean;
}

/**
 * The allowed range of a scenario input from its schema bounds (PUE >= 1, prices >= 0,
 * fractions 0..1), e.g. `{ minimum: 1, maximum: 3, kind: 'number' }` → `{ min: 1, max: 3 }`.
 */
export function rangeOfField(f: {
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  kind: string;
}): InputRange {
  const range: InputRange = { min: f.minimum ?? f.exclusiveMinimum ?? 0, integer: f.kind === 'integer' };
  if (f.maximum !== undefined) range.max = f.maximum;
  return range;
}

/**
 * Marks a cell as a live input that formulas read (blue text on a light yellow fill) and
 * validates what may be typed into it.
 */
export function markInput(cell: Cell, range: InputRange = { min: 0 }): void {
  cell.font = { ...FONT, color: { argb: INPUT_ARGB } };
  cell.fill = INPUT_FILL;
  const between = range.max !== undefined;
  cell.dataValidation = {
    type: range.integer ? 'whole' : 'decimal',
    operator: between ? 'between' : 'greaterThanOrEqual',
    allowBlank: false,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Value out of range',
    error: between ? `Enter a number from ${range.min} to ${range.max}.` : `Enter a number of at least ${range.min}.`,
    formulae: between ? [range.min, range.max] : [range.min],
  };
}

/** Marks a plain value as an engine value (grey), e.g. text figures computed by the engine. */
export function markEngine(cell: Cell): void {
  cell.font = { ...FONT, ...cell.font, name: FONT_NAME, color: { argb: ENGINE_ARGB } };
}

/** Bold text, for totals (keeps the cell's colour: blue, black or grey). */
export function markTotal(cell: Cell): void {
  cell.font = { ...FONT, ...cell.font, name: FONT_NAME, bold: true };
}

export interface SheetLayout {
  /** Column widths in characters, column A first. */
  widths: readonly number[];
  /** Rows above this one stay visible when scrolling (0 = none). */
  freezeRows: number;
  /** Columns left of this one stay visible (0 = none). */
  freezeCols?: number;
}

/**
 * Print scale, %. The smallest text of the workbook is 10 pt (cells, chart labels), so it
 * prints at 8 pt; fitting a sheet to one page wide could print it smaller.
 */
export const PRINT_SCALE = 80;
/** Smallest font size (pt) of any cell or chart text; × {@link PRINT_SCALE} is the smallest printed text. */
export const MIN_FONT_PT = 10;

/**
 * Column widths, frozen header, wrapped notes, landscape printing at {@link PRINT_SCALE} %: a
 * sheet wider than a page (charts beside a table count too) flows over several pages.
 */
export function layoutSheet(ws: Worksheet, layout: SheetLayout): void {
  layout.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  wrapNotes(ws, layout.widths);
  fitWrappedRows(ws, layout.widths);
  const xSplit = layout.freezeCols ?? 0;
  const ySplit = layout.freezeRows;
  if (xSplit > 0 || ySplit > 0) {
    ws.views = [{ state: 'frozen', xSplit, ySplit, topLeftCell: addr(ySplit + 1, xSplit + 1), activeCell: 'A1' }];
  }
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    fitToPage: false,
    scale: PRINT_SCALE,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (ySplit > 0) ws.pageSetup.printTitlesRow = `1:${ySplit}`;
  // Row labels repeat on every page a wide sheet flows onto.
  if (xSplit > 0) ws.pageSetup.printTitlesColumn = `A:${colLetter(xSplit)}`;
  ws.headerFooter = { oddFooter: '&L&A&RPage &P of &N' };
}

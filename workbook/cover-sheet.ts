/**
 * Cover sheet, the first tab: what the workbook is, the colour legend, a linked table of
 * contents (one HYPERLINK per sheet), what needs a re-export, provenance and a disclaimer.
 *
 * Example: row "Inputs" of the contents holds `=HYPERLINK("#'Inputs'!A1","Inputs")`.
 */
import {
  ENGINE_ARGB,
  FONT_NAME,
  FORMULA_ARGB,
  INPUT_ARGB,
  layoutSheet,
  quoteSheet,
  setFormula,
  setHeader,
  setNote,
  setSection,
  setTitle,
  setValue,
  textLiteral,
} from './cell-formats.ts';
import { EXPORT_CHECK_TAB } from './export-check-sheet.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const COVER_TAB = 'Cover';

/** Header of the table of contents; the links are in column A of the rows below it. */
export const CONTENTS_HEADER = 'Sheet';

function writeCover(ctx: WorkbookContext): void {
  const ws = ctx.sheet(COVER_TAB);
  const { input } = ctx;
  setTitle(ws, 1, `${input.project.title}: network cost model`);
  setNote(
    ws,
    2,
    1,
    `Fabricost workbook of ${ctx.scenarios.length} scenario(s): bill of materials, capex, power, energy, TCO, ` +
      'exposure and the figures behind them, as computed by the Fabricost engine.',
  );

  let row = 4;
  setSection(ws, row++, 'Colour legend');
  const legend: [string, string, string][] = [
    ['Blue on yellow: input', INPUT_ARGB, 'A live input: edit it and every formula that reads it moves.'],
    ['Black: formula', FORMULA_ARGB, 'Spreadsheet arithmetic over the inputs; recalculates on edit.'],
    ['Grey: engine value', ENGINE_ARGB, 'Computed by the Fabricost engine at export; changes only on re-export.'],
  ];
  for (const [label, argb, meaning] of legend) {
    const cell = setValue(ws, row, 1, label);
    cell.font = { name: FONT_NAME, size: 10, color: { argb } };
    if (argb === INPUT_ARGB) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6D5' } };
    setValue(ws, row++, 2, meaning);
  }

  row++;
  setSection(ws, row++, 'What needs a re-export');
  setNote(
    ws,
    row++,
    1,
    'Sweeps and projections are engine values: after an input edit they read STALE. Check the count on the ' +
      `${EXPORT_CHECK_TAB} sheet and export again from Fabricost.`,
  );

  row++;
  setSection(ws, row++, 'Provenance');
  const provenance: [string, string][] = [
    ['App version', `Fabricost ${input.appVersion}`],
    ['Catalog version', input.catalog.version],
    ['Source file', input.sourceFile],
    ['Exported at (UTC)', ctx.exportedAt.toISOString()],
  ];
  for (const [k, v] of provenance) {
    setValue(ws, row, 1, k);
    setValue(ws, row++, 2, v);
  }

  row++;
  setSection(ws, row++, 'Disclaimer');
  setNote(
    ws,
    row++,
    1,
    'Estimates for comparison, not quotes: prices and powers are list or published figures with the source ' +
      'and quality shown on each BOM line. Check them against your own quotes before relying on them.',
  );

  row++;
  setSection(ws, row++, 'Contents');
  setHeader(ws, row++, [CONTENTS_HEADER]);
  for (const ws2 of ctx.wb.worksheets) {
    if (ws2.name === COVER_TAB) continue;
    const cell = setFormula(
      ws,
      row++,
      1,
      `HYPERLINK(${textLiteral(`#${quoteSheet(ws2.name)}!A1`)},${textLiteral(ws2.name)})`,
      ws2.name,
    );
    cell.font = { name: FONT_NAME, size: 10, color: { argb: 'FF0563C1' }, underline: true };
  }
  layoutSheet(ws, { widths: [28, 72], freezeRows: 1 });
}

export const coverSheet: SheetModule = {
  id: 'cover',
  tabs: () => [COVER_TAB],
  write: writeCover,
};

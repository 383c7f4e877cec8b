/**
 * Export check sheet: every live input cell next to the value it held at export, and a count
 * of those that differ now (defined name `InputsChangedSinceExport`). Sheets of engine values
 * that only a new model run can update (sweeps, projections) show a check cell over that count,
 * which reads STALE as soon as any input is edited.
 *
 * Example: cut `Price_dsp_dr_800g` from 1,250 to 1,000 and the count becomes 1; "Sweep 1"
 * then reads "STALE: 1 input(s) changed since export …".
 */
import type { Worksheet } from 'exceljs';
import { FMT, layoutSheet, setFormula, setHeader, setNote, setTitle, setValue, textLiteral } from './cell-formats.ts';
import { defineName } from './named-ranges.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const EXPORT_CHECK_TAB = 'Export check';
/** Defined name of the count of live inputs that differ from their value at export. */
export const CHANGED_NAME = 'InputsChangedSinceExport';

export const CURRENT_TEXT = 'Current: every input equals its value at export.';
export const STALE_PREFIX = 'STALE: ';

/**
 * Writes the staleness check of a sheet of engine values into (row, col): red text that names
 * how many inputs changed once any has. The cached result is the text shown at export.
 */
export function writeStaleCheck(ws: Worksheet, row: number, col: number): void {
  const cell = setFormula(
    ws,
    row,
    col,
    `IF(${CHANGED_NAME}>0,${textLiteral(STALE_PREFIX)}&${CHANGED_NAME}&${textLiteral(
      ' input(s) changed since export: these engine values no longer match the workbook. Re-export from Fabricost.',
    )},${textLiteral(CURRENT_TEXT)})`,
    CURRENT_TEXT,
  );
  cell.font = { name: 'Arial', size: 10, bold: true, color: { argb: 'FF000000' } };
  const ref = cell.address;
  ws.addConditionalFormatting({
    ref,
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: 'STALE',
        priority: 1,
        style: {
          font: { color: { argb: 'FFC00000' }, bold: true },
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFD7D7' } },
        },
      },
    ],
  });
}

function writeExportCheck(ctx: WorkbookContext): void {
  const ws = ctx.sheet(EXPORT_CHECK_TAB);
  setTitle(ws, 1, 'Inputs at export');
  setNote(
    ws,
    2,
    1,
    'Each live input with the value it held at export. Sweeps and projections are engine values: when any input ' +
      'differs from its value here, their check cell reads STALE until the workbook is exported again.',
  );
  const headerRow = 5;
  setHeader(ws, headerRow, ['Input', 'Value at export', 'Value now', 'Changed']);
  const first = headerRow + 1;
  ctx.liveInputs.forEach((x, i) => {
    const row = first + i;
    setValue(ws, row, 1, x.label);
    setValue(ws, row, 2, x.value, FMT.decimal);
    setFormula(ws, row, 3, x.ref, x.value, FMT.decimal);
    setFormula(ws, row, 4, `IF(C${row}<>B${row},1,0)`, 0, FMT.count);
  });
  const last = Math.max(first, first + ctx.liveInputs.length - 1);
  setValue(ws, 4, 1, 'Inputs changed since export');
  setFormula(ws, 4, 4, `SUM(D${first}:D${last})`, 0, FMT.count);
  defineName(ctx.wb, EXPORT_CHECK_TAB, 4, 4, CHANGED_NAME);
  ctx.names.claim(CHANGED_NAME);
  layoutSheet(ws, { widths: [40, 18, 18, 10], freezeRows: headerRow });
}

export const exportCheckSheet: SheetModule = {
  id: 'export-check',
  tabs: () => [EXPORT_CHECK_TAB],
  write: writeExportCheck,
};

/**
 * Sources sheet: every source the workbook's figures cite (unit prices and powers, vendor
 * headquarters, ecosystem silicon suppliers), with the catalog's citation, address and
 * quality tag, and what each is used for.
 */
import { layoutSheet, setHeader, setNote, setTitle, setValue } from './cell-formats.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const SOURCES_TAB = 'Sources';

/** Provenance labels that are not catalog sources (shared/components/pricing.ts, shared/bom/build-bom.ts). */
const NON_CATALOG_SOURCES: Record<string, { citation: string; quality: string }> = {
  'user-override': {
    citation: 'Value set in the project or scenario file (catalogOverrides or overrides), replacing the catalog figure',
    quality: 'override',
  },
  'passive-component': {
    citation: 'Passive fibre and patching draw no power (Fabricost model rule; docs/model.md, Bill of materials)',
    quality: 'primary',
  },
};

const MAX_USES_LISTED = 40;

function writeSources(ctx: WorkbookContext): void {
  const ws = ctx.sheet(SOURCES_TAB);
  setTitle(ws, 1, 'Sources');
  setNote(
    ws,
    2,
    1,
    `Catalog ${ctx.input.catalog.version}. Quality: primary (datasheet, standard), secondary (analyst, press), ` +
      'weak (reseller, blog), estimate (derived, not confirmed).',
  );
  const headerRow = 4;
  setHeader(ws, headerRow, ['Source id', 'Quality', 'Citation', 'Address', 'Used for']);
  let row = headerRow + 1;
  for (const [id, uses] of ctx.sources.entries()) {
    const src = ctx.input.catalog.sources.find((s) => s.id === id);
    const other = NON_CATALOG_SOURCES[id];
    setValue(ws, row, 1, id);
    setValue(ws, row, 2, src?.quality ?? other?.quality ?? '');
    setValue(ws, row, 3, src?.citation ?? other?.citation ?? '(not in the catalog)');
    if (src?.url) {
      const cell = ws.getCell(row, 4);
      cell.value = { text: src.url, hyperlink: src.url };
      cell.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    const listed = uses.slice(0, MAX_USES_LISTED).join('; ');
    setValue(
      ws,
      row,
      5,
      uses.length > MAX_USES_LISTED ? `${listed}; and ${uses.length - MAX_USES_LISTED} more` : listed,
    );
    ws.getCell(row, 3).alignment = { wrapText: true, vertical: 'top' };
    ws.getCell(row, 5).alignment = { wrapText: true, vertical: 'top' };
    row++;
  }
  layoutSheet(ws, { widths: [30, 10, 80, 50, 60], freezeRows: headerRow });
}

export const sourcesSheet: SheetModule = {
  id: 'sources',
  tabs: () => [SOURCES_TAB],
  write: writeSources,
};

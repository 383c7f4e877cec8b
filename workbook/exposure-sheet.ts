/**
 * Exposure sheet: supply-chain concentration of each scenario's network spend, as formulas
 * over the vendor split on its BOM sheet (shared/exposure/vendor-exposure.ts):
 *
 * - vendor spend = SUMIF of the split's spend by vendor; share = spend / network capex
 * - country spend = SUMIF of vendor spend by headquarters country; share likewise
 * - HHI = SUMPRODUCT((100 x share)^2) over vendors (or countries), 0..10,000
 * - top vendor = the largest share; single-source items = the lines only one vendor supplies
 */
import { shortLabel, type ScenarioEntry, type SheetModule, type WorkbookContext } from './workbook-context.ts';
import {
  colRange,
  FMT,
  layoutSheet,
  markTotal,
  setFormula,
  setHeader,
  setSection,
  setSheetHeader,
  setValue,
  SHEET_HEADER_ROWS,
} from './cell-formats.ts';

export const EXPOSURE_TAB = 'Exposure';
/** Column widths: one landscape page at the print scale (sum <= PAGE_WIDTH_UNITS). */
export const WIDTHS = [30, 30, 16, 18, 22];
/** Rows a share chart takes: one per bar plus room for its title and axis, 12 to 24. */
const chartRows = (bars: number) => Math.max(12, Math.min(24, bars + 8));

function writeBlock(ctx: WorkbookContext, s: ScenarioEntry, start: number): number {
  const ws = ctx.sheet(EXPOSURE_TAB);
  const r = s.result;
  const e = r.exposure;
  const tab = EXPOSURE_TAB;
  const total = ctx.refs.get('capex.totalUsd', s.index);
  const splitVendor = ctx.refs.get('bom.split.vendor', s.index);
  const splitSpend = ctx.refs.get('bom.split.spend', s.index);
  let row = start;
  setSection(ws, row++, `${r.name}`);
  setHeader(ws, row++, ['Vendor id', 'Vendor', 'Country (HQ)', 'Spend (USD)', 'Share of network capex']);
  const vFrom = row;
  for (const v of e.byVendor) {
    setValue(ws, row, 1, v.vendor);
    setValue(ws, row, 2, v.name);
    setValue(ws, row, 3, v.country);
    setFormula(ws, row, 4, `SUMIF(${splitVendor},A${row},${splitSpend})`, v.spendUsd, FMT.usd);
    setFormula(ws, row, 5, `IF(${total}>0,D${row}/${total},0)`, v.share, FMT.percent);
    row++;
  }
  const vTo = row - 1;
  const shares = `E${vFrom}:E${vTo}`;
  const summary: [string, string, number | string, string | undefined, string][] = [];
  if (vTo >= vFrom) {
    summary.push(['Vendor HHI (0-10,000)', `SUMPRODUCT((100*${shares})^2)`, e.hhi, FMT.hhi, 'exposure.hhi']);
    if (e.topVendor) {
      summary.push([
        'Top vendor',
        // The vendor's name (column B), not its catalog id.
        `INDEX(B${vFrom}:B${vTo},MATCH(MAX(${shares}),${shares},0))`,
        e.byVendor.find((v) => v.vendor === e.topVendor!.vendor)?.name ?? e.topVendor.vendor,
        undefined,
        'exposure.topVendor',
      ]);
      summary.push(['Top vendor share', `MAX(${shares})`, e.topVendor.share, FMT.percent, 'exposure.topVendorShare']);
    }
  }
  for (const [label, formula, value, fmt, key] of summary) {
    setValue(ws, row, 1, label);
    markTotal(ws.getCell(row, 1));
    markTotal(setFormula(ws, row, 5, formula, value, fmt));
    ctx.refs.set(key, s.index, tab, row, 5);
    row++;
  }

  row++;
  setHeader(ws, row++, ['Country (HQ)', '', '', 'Spend (USD)', 'Share of network capex']);
  const cFrom = row;
  for (const c of e.byCountry) {
    setValue(ws, row, 1, c.country);
    setFormula(ws, row, 4, `SUMIF($C$${vFrom}:$C$${vTo},A${row},$D$${vFrom}:$D$${vTo})`, c.spendUsd, FMT.usd);
    setFormula(ws, row, 5, `IF(${total}>0,D${row}/${total},0)`, c.share, FMT.percent);
    row++;
  }
  const cTo = row - 1;
  const shareChart = (
    title: string,
    labelCol: number,
    from: number,
    to: number,
    labels: string[],
    shares: number[],
    at: number,
  ) =>
    ctx.charts.push({
      sheet: tab,
      kind: 'bar',
      title: `${title}: ${shortLabel(s)}`,
      valueFormat: '0%',
      at: { col: 1, row: at, cols: WIDTHS.length, rows: chartRows(labels.length) },
      categories: { ref: colRange(tab, labelCol, from, to), cache: labels },
      series: [{ name: 'Share of network capex', values: { ref: colRange(tab, 5, from, to), cache: shares } }],
    });
  if (cTo >= cFrom) {
    setValue(ws, row, 1, 'Country HHI (0-10,000)');
    markTotal(ws.getCell(row, 1));
    markTotal(setFormula(ws, row, 5, `SUMPRODUCT((100*E${cFrom}:E${cTo})^2)`, e.countryHhi, FMT.hhi));
    ctx.refs.set('exposure.countryHhi', s.index, tab, row, 5);
    row++;
  }

  row++;
  setHeader(ws, row++, ['Single-source component', 'Component', 'Vendor', 'Spend (USD)', '']);
  if (e.singleSourceItems.length === 0) setValue(ws, row++, 1, '(none)');
  for (const item of e.singleSourceItems) {
    const cells = r.bom
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => l.componentId === item.componentId && l.vendors.length === 1 && l.extendedPriceUsd > 0)
      .map(({ i }) => ctx.refs.get(`bom.extPrice.${i}`, s.index));
    setValue(ws, row, 1, item.componentId);
    setValue(ws, row, 2, item.component);
    setValue(ws, row, 3, e.byVendor.find((v) => v.vendor === item.vendor)?.name ?? item.vendor);
    if (cells.length > 0) setFormula(ws, row, 4, cells.join('+'), item.spendUsd, FMT.usd);
    else setValue(ws, row, 4, item.spendUsd, FMT.usd);
    row++;
  }

  row++;
  const ecosystem = ctx.input.catalog.ecosystems.find((x) => x.id === s.scenario.scaleOut.ecosystem);
  setValue(ws, row, 1, 'Independent switch-silicon suppliers in the ecosystem');
  setValue(ws, row, 4, e.siliconSuppliers, FMT.count);
  if (ecosystem) {
    // Wrapped in column E: as one long line it ran past the last column onto a page of its own.
    setValue(
      ws,
      row,
      5,
      `${ecosystem.name}: ${ecosystem.siliconSuppliers.join(', ')} (source ${ecosystem.source})`,
    ).alignment = { wrapText: true, vertical: 'top' };
    ctx.sources.add(ecosystem.source, `switch-silicon suppliers of ${ecosystem.id}`);
  }
  ctx.refs.set('exposure.siliconSuppliers', s.index, tab, row, 4);
  row += 2;
  // Charts in column A below the tables, on rows of their own, so fitChartsToPages can move
  // each one whole onto the next page (beside the tables they were only narrowed and split).
  if (vTo >= vFrom)
    shareChart(
      'Vendor shares',
      2,
      vFrom,
      vTo,
      e.byVendor.map((v) => v.name),
      e.byVendor.map((v) => v.share),
      row,
    );
  if (cTo >= cFrom)
    shareChart(
      'Country shares',
      1,
      cFrom,
      cTo,
      e.byCountry.map((c) => c.country),
      e.byCountry.map((c) => c.share),
      row + (vTo >= vFrom ? chartRows(e.byVendor.length) + 1 : 0),
    );
  if (vTo >= vFrom) row += chartRows(e.byVendor.length) + 1;
  if (cTo >= cFrom) row += chartRows(e.byCountry.length) + 1;
  return row + 1;
}

function writeExposure(ctx: WorkbookContext): void {
  const ws = ctx.sheet(EXPOSURE_TAB);
  let row = setSheetHeader(
    ws,
    'Vendor and country exposure',
    'Spend by vendor sums each BOM line’s extended price split by the vendors’ supply shares (vendor split on ' +
      'each BOM sheet). Shares are of network capex; HHI is the sum of squared percentage shares.',
  );
  for (const s of ctx.scenarios) row = writeBlock(ctx, s, row);
  layoutSheet(ws, { widths: WIDTHS, freezeRows: SHEET_HEADER_ROWS });
}

export const exposureSheet: SheetModule = {
  id: 'exposure',
  tabs: () => [EXPOSURE_TAB],
  write: writeExposure,
};

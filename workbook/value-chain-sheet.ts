/**
 * Value chain sheet: who earns each scenario's network spend, live
 * (shared/exposure/value-chain-exposure.ts as spreadsheet arithmetic):
 *
 * - Layer shares: one input cell per layer of every value-chain split a scenario uses, named
 *   `LayerShare_<split>_<layer>` (e.g. `LayerShare_dsp_transceiver_dsp`, 0.15), with the
 *   catalog's low/high, quality and source, and each split's sum. The engine renormalises a
 *   split's shares by their sum, so the formulas divide by the sum cell too.
 * - Allocation per scenario: one row per BOM line x seller x layer x supplier, spend =
 *   extended price (BOM sheet) x seller share x layer share / split sum x supplier share.
 *   Example: 1,000 USD of 800G DSP modules, Innolight 40 % → DSP layer 1,000 x 0.4 x 0.15 = 60 USD,
 *   Marvell 80 % of it = 48 USD. A line no split covers is one row, layer "unsplit".
 * - Spend by company (SUMIF over the allocation), by layer and by headquarters country; the
 *   companies' total equals the BOM sheet's network capex.
 *
 * Printed, every table is one landscape page wide with its labels (the columns of {@link WIDTHS}
 * serve all tables; long text wraps) and each scenario's layer chart sits below its tables in
 * column A, where chart-pages.ts keeps it whole on a page. Layers read by their English names
 * (shared/exposure/layer-names.ts), companies by theirs.
 */
import type { Catalog, ValueChainSplit } from '../shared/catalog/catalog-schema.ts';
import { layerName } from '../shared/exposure/layer-names.ts';
import { splitFor } from '../shared/exposure/value-chain-exposure.ts';
import {
  absRef,
  colRange,
  FMT,
  layoutSheet,
  markInput,
  markTotal,
  setFormula,
  setHeader,
  setNote,
  setSection,
  setSheetHeader,
  setValue,
  SHEET_HEADER_ROWS,
} from './cell-formats.ts';
import { defineName } from './named-ranges.ts';
import { shortLabel, type ScenarioEntry, type SheetModule, type WorkbookContext } from './workbook-context.ts';

export const VALUE_CHAIN_TAB = 'Value chain';

/**
 * Column widths shared by every table of the sheet: 116 units, one landscape page at the
 * print scale (cell-formats.ts, PAGE_WIDTH_UNITS).
 */
export const WIDTHS = [26, 15, 8, 11, 26, 17, 13] as const;

/**
 * Columns of the allocation table. A supplier's share of a layer is a catalog constant (the
 * share table's "Earned by" line lists them): it multiplies in the spend formula, e.g. `*0.1`.
 */
export const ALLOC_COL = {
  component: 1,
  seller: 2,
  sellerShare: 3,
  layerShare: 4,
  layer: 5,
  company: 6,
  spend: 7,
} as const;

/** Rows of a scenario's layer chart: room for its bars and axis. */
const chartRows = (layers: number) => Math.max(12, Math.min(24, layers + 8));

/** A text cell that wraps within its column (its row grows to fit, cell-formats.ts). */
function setText(ws: ReturnType<WorkbookContext['sheet']>, row: number, col: number, text: string): void {
  setValue(ws, row, col, text).alignment = { wrapText: true };
}

/**
 * Company names as the sheet shows them (and SUMIF matches them): the catalog name, with the
 * id added where two companies share a name. Example: `nvidia` → `NVIDIA`.
 */
function companyLabels(catalog: Catalog, ids: Iterable<string>): Map<string, string> {
  const name = (id: string) => catalog.vendors.find((v) => v.id === id)?.name ?? id;
  const all = [...new Set(ids)];
  const count = new Map<string, number>();
  for (const id of all) count.set(name(id), (count.get(name(id)) ?? 0) + 1);
  return new Map(all.map((id) => [id, count.get(name(id))! > 1 ? `${name(id)} (${id})` : name(id)]));
}

/** The cells of one split on the sheet: each layer's share cell and the sum cell. */
interface SplitCells {
  share: Map<string, { ref: string; typical: number }>;
  sumRef: string;
  sum: number;
}

/** The switch silicon vendor of a component (for `{ from: "silicon" }` layers). */
function siliconOf(catalog: Catalog, componentId: string): string | undefined {
  return catalog.switches.find((s) => s.id === componentId)?.siliconVendor;
}

/** Splits the scenarios use, in order of first use. */
function usedSplits(ctx: WorkbookContext): ValueChainSplit[] {
  const out = new Map<string, ValueChainSplit>();
  for (const s of ctx.scenarios)
    for (const l of s.result.bom)
      for (const v of l.vendors) {
        const sp = splitFor(ctx.input.catalog, l.componentId, v.vendor);
        if (sp && !out.has(sp.id)) out.set(sp.id, sp);
      }
  return [...out.values()];
}

function supplierText(ctx: WorkbookContext, sp: ValueChainSplit, i: number): string {
  const sup = sp.layers[i]!.suppliers;
  if ('from' in sup) return sup.from === 'seller' ? 'the seller of the component' : 'the switch silicon vendor';
  const name = (id: string) => ctx.input.catalog.vendors.find((v) => v.id === id)?.name ?? id;
  return sup.vendors.map((v) => `${name(v.vendor)} ${Math.round(v.share * 1000) / 10}%`).join(', ');
}

/**
 * Writes the layer-share inputs from `row`: per split a line naming it, then one row per layer
 * (share, low, high, quality, source) with who earns it and the catalog's note on the line below.
 * Returns the cells by split id and the next free row.
 */
function writeShares(ctx: WorkbookContext, row: number): { cells: Map<string, SplitCells>; row: number } {
  const ws = ctx.sheet(VALUE_CHAIN_TAB);
  const cells = new Map<string, SplitCells>();
  setSection(
    ws,
    row++,
    'Layer shares of each value-chain split (inputs: change a share and every spend below follows)',
  );
  setHeader(ws, row++, ['Split and layer', 'Share of price', 'Low', 'High', 'Source', 'Quality']);
  for (const sp of usedSplits(ctx)) {
    const share = new Map<string, { ref: string; typical: number }>();
    setValue(ws, row, 1, `${sp.name} (${sp.id})`);
    markTotal(ws.getCell(row++, 1));
    const from = row;
    sp.layers.forEach((l, i) => {
      setText(ws, row, 1, layerName(l.layer));
      const cell = setValue(ws, row, 2, l.share.typical, FMT.percent);
      markInput(cell, { min: 0, max: 1 });
      const name = ctx.names.claim(`LayerShare_${sp.id}_${l.layer}`);
      defineName(ctx.wb, VALUE_CHAIN_TAB, row, 2, name);
      ctx.liveInputs.push({ ref: absRef(VALUE_CHAIN_TAB, row, 2), label: name, value: l.share.typical });
      if (l.share.low !== undefined) setValue(ws, row, 3, l.share.low, FMT.percent);
      if (l.share.high !== undefined) setValue(ws, row, 4, l.share.high, FMT.percent);
      setText(ws, row, 5, l.share.source);
      setValue(ws, row, 6, l.share.quality);
      ctx.sources.add(l.share.source, `value-chain share of ${sp.id} ${l.layer}`);
      if ('vendors' in l.suppliers) ctx.sources.add(l.suppliers.source, `suppliers of ${sp.id} ${l.layer}`);
      share.set(l.layer, { ref: absRef(VALUE_CHAIN_TAB, row, 2), typical: l.share.typical });
      row++;
      const note = l.share.note ? ` ${l.share.note}` : '';
      setNote(ws, row++, 2, `Earned by ${supplierText(ctx, sp, i)}.${note}`);
    });
    for (const id of sp.sources) ctx.sources.add(id, `value-chain split ${sp.id}`);
    // The engine's sum, added in layer order (value-chain-exposure.ts, typicalShares).
    const sum = sp.layers.reduce((a, l) => a + l.share.typical, 0);
    setValue(ws, row, 1, 'Sum of shares');
    markTotal(ws.getCell(row, 1));
    markTotal(setFormula(ws, row, 2, `SUM(B${from}:B${row - 1})`, sum, FMT.percent));
    cells.set(sp.id, { share, sumRef: absRef(VALUE_CHAIN_TAB, row, 2), sum });
    row += 2;
  }
  return { cells, row };
}

/** One allocation row: a BOM line's seller's share of one layer earned by one company. */
interface Alloc {
  line: number;
  componentId: string;
  seller: string;
  sellerShare: number;
  layer: string;
  company: string;
  shareRef?: string;
  sumRef?: string;
  /** The renormalised layer share the engine used (share / split sum). */
  layerShare: number;
  supplierShare: number;
  spend: number;
  priceRef: string;
}

/** The allocation rows of a scenario, in BOM order. */
function allocationOf(ctx: WorkbookContext, s: ScenarioEntry, cells: Map<string, SplitCells>): Alloc[] {
  const catalog = ctx.input.catalog;
  const alloc: Alloc[] = [];
  s.result.bom.forEach((l, i) => {
    const priceRef = ctx.refs.get(`bom.extPrice.${i}`, s.index);
    for (const v of l.vendors) {
      const sellerUsd = l.extendedPriceUsd * v.share;
      const sp = splitFor(catalog, l.componentId, v.vendor);
      const base = { line: i + 1, componentId: l.componentId, seller: v.vendor, sellerShare: v.share, priceRef };
      if (!sp) {
        alloc.push({ ...base, layer: 'unsplit', company: v.vendor, layerShare: 1, supplierShare: 1, spend: sellerUsd });
        continue;
      }
      const sc = cells.get(sp.id)!;
      for (const layer of sp.layers) {
        const cell = sc.share.get(layer.layer)!;
        const layerUsd = sc.sum > 0 ? (sellerUsd * cell.typical) / sc.sum : 0;
        const silicon = siliconOf(catalog, l.componentId);
        const who =
          'vendors' in layer.suppliers
            ? layer.suppliers.vendors
            : [{ vendor: layer.suppliers.from === 'silicon' && silicon ? silicon : v.vendor, share: 1 }];
        for (const w of who)
          alloc.push({
            ...base,
            layer: layer.layer,
            company: w.vendor,
            shareRef: cell.ref,
            sumRef: sc.sumRef,
            layerShare: sc.sum > 0 ? cell.typical / sc.sum : 0,
            supplierShare: w.share,
            spend: layerUsd * w.share,
          });
      }
    }
  });
  return alloc;
}

/**
 * One scenario's spend by company, layer and country, its layer chart, then the allocation
 * they sum; returns the next free row.
 */
function writeScenario(ctx: WorkbookContext, s: ScenarioEntry, cells: Map<string, SplitCells>, start: number): number {
  const ws = ctx.sheet(VALUE_CHAIN_TAB);
  const tab = VALUE_CHAIN_TAB;
  const C = ALLOC_COL;
  const r = s.result;
  const e = r.exposure;
  const catalog = ctx.input.catalog;
  let row = start;
  setSection(ws, row++, `${r.name}: who earns the network spend`);

  // Spend by company first (what a reader wants), then by layer and country, the chart, then the allocation they sum.
  const companyFrom = row + 1;
  const companyRows = e.byCompany.length;
  const layerFrom = companyFrom + companyRows + 3;
  const countryFrom = layerFrom + e.byLayer.length + 2;
  const chartRow = countryFrom + e.byCompanyCountry.length + 1;
  const chartHeight = e.byLayer.length > 0 ? chartRows(e.byLayer.length) + 1 : 0;
  const allocHeader = chartRow + chartHeight;
  const allocFrom = allocHeader + 1;

  const alloc = allocationOf(ctx, s, cells);
  const label = companyLabels(catalog, [
    ...e.byCompany.map((c) => c.vendor),
    ...alloc.flatMap((a) => [a.seller, a.company]),
  ]);
  const allocTo = Math.max(allocFrom, allocFrom + alloc.length - 1);
  const companies = colRange(tab, C.company, allocFrom, allocTo);
  const layers = colRange(tab, C.layer, allocFrom, allocTo);
  const spends = colRange(tab, C.spend, allocFrom, allocTo);
  const total = ctx.refs.get('capex.totalUsd', s.index);

  // By company (matched by name: the allocation's Earner column shows names too).
  setHeader(ws, row++, ['Company', 'Spend (USD)', 'Share', 'Listing', 'Largest layer', 'Country (HQ)', 'Parent']);
  for (const c of e.byCompany) {
    setText(ws, row, 1, label.get(c.vendor)!);
    setFormula(ws, row, 2, `SUMIF(${companies},A${row},${spends})`, c.spendUsd, FMT.usd);
    setFormula(ws, row, 3, `IF(${total}>0,B${row}/${total},0)`, c.share, FMT.percent);
    setText(ws, row, 4, c.listing);
    setText(ws, row, 5, c.byLayer[0] ? layerName(c.byLayer[0].layer) : '');
    setText(ws, row, 6, c.country);
    setText(ws, row, 7, c.parent ?? '');
    row++;
  }
  const companyTo = row - 1;
  setText(ws, row, 1, 'Total (equals network capex on the BOM sheet)');
  markTotal(ws.getCell(row, 1));
  const sumCompanies = e.byCompany.reduce((a, c) => a + c.spendUsd, 0);
  markTotal(setFormula(ws, row, 2, `SUM(B${companyFrom}:B${Math.max(companyFrom, companyTo)})`, sumCompanies, FMT.usd));
  ctx.refs.set('valueChain.companyTotal', s.index, tab, row, 2);
  row += 2;

  // By layer.
  // The earner in the wide column E: a name like "Other component suppliers (unnamed)" stays on one line.
  setHeader(ws, row++, ['Value-chain layer', 'Spend (USD)', 'Share', '', 'Largest earner']);
  for (const l of e.byLayer) {
    setText(ws, row, 1, layerName(l.layer));
    setFormula(ws, row, 2, `SUMIF(${layers},A${row},${spends})`, l.spendUsd, FMT.usd);
    setFormula(ws, row, 3, `IF(${total}>0,B${row}/${total},0)`, l.share, FMT.percent);
    const top = l.companies[0];
    setText(ws, row, 5, top ? (label.get(top.vendor) ?? top.vendor) : '');
    row++;
  }
  row++;

  // By headquarters country of the companies earning the spend.
  setHeader(ws, row++, ['Country (HQ) of the earners', 'Spend (USD)', 'Share']);
  const cCountries = colRange(tab, 6, companyFrom, Math.max(companyFrom, companyTo));
  const cSpends = colRange(tab, 2, companyFrom, Math.max(companyFrom, companyTo));
  for (const c of e.byCompanyCountry) {
    setText(ws, row, 1, c.country);
    setFormula(ws, row, 2, `SUMIF(${cCountries},A${row},${cSpends})`, c.spendUsd, FMT.usd);
    setFormula(ws, row, 3, `IF(${total}>0,B${row}/${total},0)`, c.share, FMT.percent);
    row++;
  }
  row++;

  // The layer chart below the tables, in column A: chart-pages.ts keeps it whole on a page.
  if (row !== chartRow) throw new Error(`value chain sheet: chart at ${row}, expected ${chartRow}`);
  if (e.byLayer.length > 0)
    ctx.charts.push({
      sheet: tab,
      kind: 'bar',
      title: `Spend by value-chain layer: ${shortLabel(s)}`,
      valueFormat: '0%',
      at: { col: 1, row: chartRow, cols: WIDTHS.length, rows: chartRows(e.byLayer.length) },
      categories: {
        ref: colRange(tab, 1, layerFrom, layerFrom + e.byLayer.length - 1),
        cache: e.byLayer.map((l) => layerName(l.layer)),
      },
      series: [
        {
          name: 'Share of network capex',
          values: {
            ref: colRange(tab, 3, layerFrom, layerFrom + e.byLayer.length - 1),
            cache: e.byLayer.map((l) => l.share),
          },
        },
      ],
    });
  row += chartHeight;

  // The allocation.
  if (row !== allocHeader) throw new Error(`value chain sheet: allocation header at ${row}, expected ${allocHeader}`);
  setHeader(ws, row++, [
    'BOM line: component',
    'Seller',
    'Seller share',
    'Layer share',
    'Layer',
    'Earner',
    'Spend (USD)',
  ]);
  for (const a of alloc) {
    setText(ws, row, C.component, `${a.line}: ${a.componentId}`);
    setText(ws, row, C.seller, label.get(a.seller)!);
    setValue(ws, row, C.sellerShare, a.sellerShare, FMT.percent);
    setText(ws, row, C.layer, layerName(a.layer));
    setText(ws, row, C.company, label.get(a.company)!);
    const sellerShare = `C${row}`;
    const supplierShare = a.supplierShare === 1 ? '' : `*${a.supplierShare}`;
    const seller = `${a.priceRef}*${sellerShare}`;
    if (a.shareRef && a.sumRef) {
      setFormula(ws, row, C.layerShare, `IF(${a.sumRef}>0,${a.shareRef}/${a.sumRef},0)`, a.layerShare, FMT.percent);
      setFormula(
        ws,
        row,
        C.spend,
        `IF(${a.sumRef}>0,${seller}*${a.shareRef}/${a.sumRef},0)${supplierShare}`,
        a.spend,
        FMT.usd,
      );
    } else {
      setValue(ws, row, C.layerShare, 1, FMT.percent);
      setFormula(ws, row, C.spend, seller, a.spend, FMT.usd);
    }
    row++;
  }
  return row + 2;
}

function writeValueChain(ctx: WorkbookContext): void {
  const ws = ctx.sheet(VALUE_CHAIN_TAB);
  const body = setSheetHeader(
    ws,
    'Value chain: who earns the network spend',
    'Each BOM line’s extended price, split over its sellers, is split over value-chain layers (layer shares below are ' +
      'inputs) and each layer over its suppliers. Spend per company = SUMIF of the allocation; it sums to network capex.',
  );
  const { cells, row } = writeShares(ctx, body);
  let next = row;
  for (const s of ctx.scenarios) next = writeScenario(ctx, s, cells, next);
  layoutSheet(ws, { widths: [...WIDTHS], freezeRows: SHEET_HEADER_ROWS });
}

export const valueChainSheet: SheetModule = {
  id: 'value-chain',
  tabs: () => [VALUE_CHAIN_TAB],
  write: writeValueChain,
};

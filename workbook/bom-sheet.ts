/**
 * BOM sheets, one per scenario (`BOM 1`, `BOM 2`, …): every bill-of-materials line with
 * quantity x unit price = extended price and quantity x unit power = extended power as
 * formulas, where the unit price and power read the named cells of the Inputs sheet; subtotals
 * by category (SUMIF) and totals; the capex rollup of shared/cost/capex.ts (per accelerator,
 * cluster capex, network share) and capex per Gb/s; and the split of each line's spend over
 * its vendors, which the Exposure sheet sums.
 */
import { BOM_CATEGORIES } from '../shared/bom/bom-line.ts';
import { priceFigureOf } from '../shared/cost/capex-range.ts';
import {
  FMT,
  colLetter,
  layoutSheet,
  markTotal,
  setFormula,
  setHeader,
  setNote,
  setSection,
  setTitle,
  setValue,
} from './cell-formats.ts';
import { scenarioInputName } from './named-ranges.ts';
import { bomTab, lineKey, type ScenarioEntry, type SheetModule, type WorkbookContext } from './workbook-context.ts';

/** Columns of the BOM table. */
export const BOM_COL = {
  line: 1,
  category: 2,
  componentId: 3,
  component: 4,
  role: 5,
  linkClass: 6,
  quantity: 7,
  unitPrice: 8,
  extPrice: 9,
  unitPower: 10,
  extPower: 11,
  priceSource: 12,
  priceQuality: 13,
  powerSource: 14,
  powerQuality: 15,
  vendors: 16,
  /** The line's capex with its price at the catalog's low and high end (capex-range.ts). */
  capexLow: 17,
  capexHigh: 18,
} as const;

/** First BOM line row; the header is the row above. */
export const BOM_FIRST_ROW = 5;

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

function writeBom(ctx: WorkbookContext, s: ScenarioEntry): void {
  const tab = bomTab(s);
  const ws = ctx.sheet(tab);
  const r = s.result;
  const C = BOM_COL;
  setTitle(ws, 1, `Bill of materials: ${r.name}`);
  setNote(
    ws,
    2,
    1,
    'Quantities are the engine’s counts from the fabric plan. Unit prices and powers read the named cells on the ' +
      'Inputs sheet; extended figures, subtotals and totals are formulas.',
  );
  const headerRow = BOM_FIRST_ROW - 1;
  setHeader(ws, headerRow, [
    '#',
    'Category',
    'Component id',
    'Component',
    'Role',
    'Link class',
    'Quantity',
    'Unit price (USD)',
    'Extended price (USD)',
    'Unit power (W)',
    'Extended power (kW)',
    'Price source',
    'Price quality',
    'Power source',
    'Power quality',
    'Vendors (share of supply)',
    'Capex at catalog low (USD)',
    'Capex at catalog high (USD)',
  ]);
  const first = BOM_FIRST_ROW;
  r.bom.forEach((l, i) => {
    const row = first + i;
    const names = ctx.unitNames.get(lineKey(s.index, i));
    if (!names) throw new Error(`workbook: no unit price cell for line ${i + 1} of ${tab}`);
    setValue(ws, row, C.line, i + 1);
    setValue(ws, row, C.category, l.category);
    setValue(ws, row, C.componentId, l.componentId);
    setValue(ws, row, C.component, l.component);
    setValue(ws, row, C.role, l.role);
    setValue(ws, row, C.linkClass, l.linkClass ?? '');
    setValue(ws, row, C.quantity, l.quantity, FMT.count);
    setFormula(ws, row, C.unitPrice, names.price, l.unitPriceUsd, FMT.usdCents);
    setFormula(ws, row, C.extPrice, `G${row}*H${row}`, l.extendedPriceUsd, FMT.usd);
    setFormula(ws, row, C.unitPower, names.power, l.unitPowerW, FMT.watts);
    setFormula(ws, row, C.extPower, `G${row}*J${row}`, l.extendedPowerW, FMT.kilowatts);
    setValue(ws, row, C.priceSource, l.priceSource.source);
    setValue(ws, row, C.priceQuality, l.priceSource.quality);
    setValue(ws, row, C.powerSource, l.powerSource.source);
    setValue(ws, row, C.powerQuality, l.powerSource.quality);
    setValue(ws, row, C.vendors, l.vendors.map((v) => `${v.vendor} ${pct(v.share)}`).join(', '));
    ctx.refs.set(`bom.extPrice.${i}`, s.index, tab, row, C.extPrice);
    // The price range (shared/cost/capex-range.ts): a line with a catalog range at its low or
    // high end while its price is the exported one; a price edited here counts as an override
    // (as in Fabricost) and holds the line at its extended price, like an unranged one.
    for (const [col, end] of [
      [C.capexLow, names.low],
      [C.capexHigh, names.high],
    ] as const) {
      const atEnd = l.quantity * (col === C.capexLow ? lowOf(ctx, l.componentId) : highOf(ctx, l.componentId));
      if (end === undefined) setFormula(ws, row, col, `I${row}`, l.extendedPriceUsd, FMT.usd);
      else setFormula(ws, row, col, `IF(H${row}=${String(l.unitPriceUsd)},G${row}*${end},I${row})`, atEnd, FMT.usd);
    }
  });
  const last = first + r.bom.length - 1;

  // Subtotals by category and totals, in the extended-price and extended-power columns.
  let row = last + 2;
  setSection(ws, row, 'Subtotals by category');
  setValue(ws, row, C.extPrice, 'Capex (USD)');
  setValue(ws, row, C.extPower, 'Power (kW)');
  row++;
  const subFrom = row;
  for (const c of BOM_CATEGORIES) {
    setValue(ws, row, C.category, c);
    setValue(ws, row, C.role, 'SUMIF over the lines of this category');
    const sumif = (col: string) => `SUMIF($B$${first}:$B$${last},$B${row},${col}$${first}:${col}$${last})`;
    setFormula(ws, row, C.extPrice, sumif('I'), r.capex.byCategory[c], FMT.usd);
    setFormula(ws, row, C.extPower, sumif('K'), r.power.byCategory[c], FMT.kilowatts);
    ctx.refs.set(`capex.byCategory.${c}`, s.index, tab, row, C.extPrice);
    ctx.refs.set(`power.byCategory.${c}`, s.index, tab, row, C.extPower);
    row++;
  }
  const totalRow = row;
  setValue(ws, row, C.category, 'Network total');
  markTotal(ws.getCell(row, C.category));
  markTotal(setFormula(ws, row, C.extPrice, `SUM(I${subFrom}:I${row - 1})`, r.capex.totalUsd, FMT.usd));
  markTotal(setFormula(ws, row, C.extPower, `SUM(K${subFrom}:K${row - 1})`, r.power.totalW, FMT.kilowatts));
  ctx.refs.set('capex.totalUsd', s.index, tab, row, C.extPrice);
  ctx.refs.set('power.totalW', s.index, tab, row, C.extPower);
  row += 2;

  // Capex rollup (shared/cost/capex.ts) and capex per Gb/s (evaluate-scenario.ts).
  setSection(ws, row++, 'Capex rollup');
  const total = `I${totalRow}`;
  const accelerators = ctx.refs.get('accelerators', s.index);
  const servers = ctx.refs.get('servers', s.index);
  const rollup: { label: string; key: string; formula: string; value: number; fmt: string }[] = [];
  const at = (k: number) => `I${row + k}`;
  rollup.push({
    label: 'Network capex per accelerator',
    key: 'capex.perAcceleratorUsd',
    formula: `${total}/${accelerators}`,
    value: r.capex.perAcceleratorUsd,
    fmt: FMT.usdCents,
  });
  rollup.push({
    label: 'Accelerators capex (accelerators x unit price)',
    key: 'capex.acceleratorsUsd',
    formula: `${accelerators}*${scenarioInputName('cluster.accelerator.unitPriceUsd', s.n)}`,
    value: r.capex.acceleratorsUsd,
    fmt: FMT.usd,
  });
  rollup.push({
    label: 'Servers capex (servers x unit price)',
    key: 'capex.serversUsd',
    formula: `${servers}*${scenarioInputName('cluster.serverPriceUsd', s.n)}`,
    value: r.capex.serversUsd,
    fmt: FMT.usd,
  });
  rollup.push({
    label: 'Cluster capex (accelerators + servers + network)',
    key: 'capex.clusterUsd',
    formula: `${at(1)}+${at(2)}+${total}`,
    value: r.capex.clusterUsd,
    fmt: FMT.usd,
  });
  rollup.push({
    label: 'Network share of cluster capex',
    key: 'capex.networkShareOfCluster',
    formula: `IF(${at(3)}>0,${total}/${at(3)},0)`,
    value: r.capex.networkShareOfCluster,
    fmt: FMT.percent,
  });
  rollup.push({
    label: 'Network capex per Gb/s of endpoint bandwidth',
    key: 'usdPerGbps',
    // The NIC port rate shapes the plan (switches, optics, NICs): an engine value, not an input.
    formula: `${total}/(${ctx.refs.get('fabric.endpoints', s.index)}*${ctx.refs.get('input:scaleOut.nicPortRateGbps', s.index)})`,
    value: r.usdPerGbps,
    fmt: FMT.usdCents,
  });
  const sumCol = (col: number) => `SUM(${colLetter(col)}${first}:${colLetter(col)}${Math.max(first, last)})`;
  rollup.push({
    label: 'Network capex, every ranged price at its catalog low',
    key: 'capex.range.lowUsd',
    formula: sumCol(C.capexLow),
    value: r.capex.range.lowUsd,
    fmt: FMT.usd,
  });
  rollup.push({
    label: 'Network capex, every ranged price at its catalog high',
    key: 'capex.range.highUsd',
    formula: sumCol(C.capexHigh),
    value: r.capex.range.highUsd,
    fmt: FMT.usd,
  });
  for (const x of rollup) {
    setValue(ws, row, C.category, x.label);
    setFormula(ws, row, C.extPrice, x.formula, x.value, x.fmt);
    ctx.refs.set(x.key, s.index, tab, row, C.extPrice);
    row++;
  }

  // Vendor split of every line: spend = extended price x vendor share (shared/exposure).
  row += 1;
  setSection(ws, row++, 'Vendor split of each line (read by the Exposure sheet)');
  setHeader(ws, row, ['#', '', 'Component id', 'Vendor', '', '', 'Share of supply', '', 'Spend (USD)']);
  row++;
  const splitFrom = row;
  r.bom.forEach((l, i) => {
    for (const v of l.vendors) {
      setValue(ws, row, C.line, i + 1);
      setValue(ws, row, C.componentId, l.componentId);
      setValue(ws, row, C.component, v.vendor);
      setValue(ws, row, C.quantity, v.share, FMT.percent);
      // Cached result: the engine's own product, extendedPriceUsd x share (vendor-exposure.ts).
      setFormula(ws, row, C.extPrice, `I${first + i}*G${row}`, l.extendedPriceUsd * v.share, FMT.usd);
      row++;
    }
  });
  ctx.refs.setRange('bom.split.vendor', s.index, tab, C.component, splitFrom, Math.max(splitFrom, row - 1));
  ctx.refs.setRange('bom.split.spend', s.index, tab, C.extPrice, splitFrom, Math.max(splitFrom, row - 1));

  layoutSheet(ws, {
    widths: [6, 14, 22, 40, 34, 16, 12, 16, 18, 14, 16, 24, 12, 24, 12, 44, 18, 18],
    freezeRows: headerRow,
  });
  // Two print ranges: figures first, then the source and vendor columns on pages of their own.
  const lastRow = Math.max(row - 1, headerRow);
  const figuresEnd = colLetter(C.extPower);
  ws.pageSetup.printArea = `A1:${figuresEnd}${lastRow}&&${colLetter(C.priceSource)}1:${colLetter(C.capexHigh)}${lastRow}`;
}

/** The catalog's low (high) price of a component, the typical one when no range is given. */
function lowOf(ctx: WorkbookContext, id: string): number {
  const f = priceFigureOf(ctx.input.catalog, id);
  return f?.low ?? f?.typical ?? 0;
}
function highOf(ctx: WorkbookContext, id: string): number {
  const f = priceFigureOf(ctx.input.catalog, id);
  return f?.high ?? f?.typical ?? 0;
}

export const bomSheets: SheetModule = {
  id: 'bom',
  tabs: (ctx) => ctx.scenarios.map(bomTab),
  write: (ctx) => {
    for (const s of ctx.scenarios) writeBom(ctx, s);
  },
};

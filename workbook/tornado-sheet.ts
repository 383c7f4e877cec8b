/**
 * Tornado sheets, one per scenario (`Tornado 1`, …): the sensitivity of network TCO to each
 * uncertain input, live. Network TCO is linear in each unit price, unit power, the electricity
 * price and PUE (shared/scaling/bom-repricing.ts), so with every other input at its current
 * value
 *
 *   TCO at x = TCO now + (x − current value) × ∂TCO/∂x
 *
 * - price of a component: ∂TCO/∂price = Σ quantity of its BOM lines × (capex per USD of list
 *   price + support per year per USD of list price × annuity factor), shared/cost/capex-adjustments.ts
 * - power of a component: Σ quantity × 8,760 h / 1e6 × PUE × 1,000 × USD/kWh × annuity factor
 * - PUE: IT energy (MWh/yr) × 1,000 × USD/kWh × annuity factor
 * - electricity price: facility energy (MWh/yr) × 1,000 × annuity factor
 *
 * "Base" reads the named input cell, the TCO the Power sheet; low and high are the catalog
 * range (prices, powers) or the scenario's uncertainty band around the named cell (PUE,
 * electricity). Edit any input and the bars move. The cached results are the engine's tornado
 * (shared/scaling/tornado.ts, run by evaluateProject); a bar whose formula would not reproduce it is written as engine
 * values instead.
 */
import { capexFactor, supportFactor } from '../shared/cost/capex-adjustments.ts';
import { annuityFactor } from '../shared/cost/tco.ts';
import { HOURS_PER_YEAR } from '../shared/power/power-rollup.ts';
import type { TornadoBar } from '../shared/scaling/tornado.ts';
import {
  absRef,
  colRange,
  FMT,
  layoutSheet,
  setFormula,
  setHeader,
  setNote,
  setSection,
  setTitle,
  setValue,
  markTotal,
} from './cell-formats.ts';
import { BOM_COL, BOM_FIRST_ROW } from './bom-sheet.ts';
import { scenarioInputName } from './named-ranges.ts';
import {
  analysesOf,
  bomTab,
  lineKey,
  scenarioTab,
  shortLabel,
  type ScenarioEntry,
  type SheetModule,
  type WorkbookContext,
} from './workbook-context.ts';

export const tornadoTab = (s: Pick<ScenarioEntry, 'n' | 'result'>): string =>
  scenarioTab('Tornado', s.n, s.result.name);

/** Columns of the tornado table. */
export const TORNADO_COL = {
  input: 1,
  unit: 2,
  low: 3,
  base: 4,
  high: 5,
  slope: 6,
  atLow: 7,
  atHigh: 8,
  swing: 9,
  source: 10,
  deltaLow: 11,
  deltaHigh: 12,
} as const;

/** Header row of the tornado table; the bars follow. */
export const TORNADO_HEADER_ROW = 7;

const relClose = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

const fmtOf = (unit: string): string =>
  unit === 'USD' ? FMT.usdCents : unit === 'W' ? FMT.watts : unit === 'USD/kWh' ? FMT.usdPerKWh : FMT.decimal;

/** How one bar is written live: its named cell, low/high (formula or value), slope formula and value. */
interface LiveBar {
  name: string;
  /** Input value at export in the named cell's unit. */
  now: number;
  low: { formula?: string; value: number };
  high: { formula?: string; value: number };
  slopeFormula: string;
  slope: number;
}

function liveBar(ctx: WorkbookContext, s: ScenarioEntry, bar: TornadoBar): LiveBar | undefined {
  const r = s.result;
  const e = s.scenario.economics;
  const power = (key: string) => ctx.refs.get(key, s.index);
  const annuity = annuityFactor(e.horizonYears, e.discountRatePercent);
  const energyTail = `*${power('hours')}/1000000*${power('pue')}*1000*${power('electricity')}*${power('annuityFactor')}`;
  if (bar.kind === 'price' || bar.kind === 'power') {
    const id = bar.inputId.slice(bar.kind.length + 1);
    const lines = r.bom
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => l.componentId === id && (bar.kind === 'price' || l.unitPowerW !== 0));
    if (lines.length === 0) return undefined;
    const names = lines.map(({ i }) => ctx.unitNames.get(lineKey(s.index, i))?.[bar.kind as 'price' | 'power']);
    const ks = lines.map(({ l }) => (bar.kind === 'price' ? l.unitPriceUsd : l.unitPowerW) / bar.base);
    if (!names.every((n) => n !== undefined && n === names[0]) || !ks.every((k) => relClose(k, ks[0]!)))
      return undefined;
    const k = ks[0]!;
    const now = bar.kind === 'price' ? lines[0]!.l.unitPriceUsd : lines[0]!.l.unitPowerW;
    const qty = lines.map(({ i }) => absRef(bomTab(s), BOM_FIRST_ROW + i, BOM_COL.quantity)).join(',');
    const q = lines.reduce((a, { l }) => a + l.quantity, 0);
    // A USD of list price costs capexFactor of capex and supportFactor a year of support.
    const perListUsd = capexFactor(e) + supportFactor(e) * annuity;
    const slope =
      bar.kind === 'price'
        ? q * perListUsd
        : ((q * HOURS_PER_YEAR) / 1e6) * e.pue * 1000 * e.electricityUsdPerKWh * annuity;
    const [d, sp, inst, sup] = [
      'economics.streetDiscountPercent',
      'economics.sparesPercent',
      'economics.installationPercent',
      'economics.supportPercentPerYear',
    ].map((k) => power(k));
    const perListFormula = `((1-${d}/100)*(1+${sp}/100+${inst}/100)+(1-${d}/100)*(1+${sp}/100)*(${sup}/100)*${power('annuityFactor')})`;
    return {
      name: names[0]!,
      now,
      low: { value: bar.low * k },
      high: { value: bar.high * k },
      slopeFormula: bar.kind === 'price' ? `SUM(${qty})*${perListFormula}` : `SUM(${qty})${energyTail}`,
      slope,
    };
  }
  if (bar.kind === 'pue' || bar.kind === 'electricity') {
    const u = s.scenario.analysis.uncertainty;
    const name = scenarioInputName(bar.kind === 'pue' ? 'economics.pue' : 'economics.electricityUsdPerKWh', s.n)!;
    const [below, above] =
      bar.kind === 'pue'
        ? [u.pueBelowPercent, u.pueAbovePercent]
        : [u.electricityBelowPercent, u.electricityAbovePercent];
    const low = bar.kind === 'pue' ? `MAX(1,${name}*(1-${below}/100))` : `${name}*(1-${below}/100)`;
    const slope =
      bar.kind === 'pue'
        ? r.power.itEnergyMWhPerYear * 1000 * e.electricityUsdPerKWh * annuity
        : r.power.energyMWhPerYear * 1000 * annuity;
    return {
      name,
      now: bar.base,
      low: { formula: low, value: bar.low },
      high: { formula: `${name}*(1+${above}/100)`, value: bar.high },
      slopeFormula:
        bar.kind === 'pue'
          ? `${power('power.itEnergyMWhPerYear')}*1000*${power('electricity')}*${power('annuityFactor')}`
          : `${power('power.energyMWhPerYear')}*1000*${power('annuityFactor')}`,
      slope,
    };
  }
  return undefined;
}

function writeTornado(ctx: WorkbookContext, s: ScenarioEntry): void {
  const tab = tornadoTab(s);
  const ws = ctx.sheet(tab);
  const C = TORNADO_COL;
  setTitle(ws, 1, `Sensitivity of network TCO: ${s.result.name}`);
  const tor = analysesOf(ctx, s).tornado;
  if (!tor) {
    setNote(ws, 2, 1, 'The tornado was not run for this export.');
    layoutSheet(ws, { widths: [60], freezeRows: 1 });
    return;
  }
  if (!tor.ok) {
    setNote(ws, 2, 1, `The tornado could not run: ${tor.error.path} = ${tor.error.value}: ${tor.error.message}`);
    layoutSheet(ws, { widths: [60], freezeRows: 1 });
    return;
  }
  setNote(
    ws,
    2,
    1,
    'Live: TCO is linear in each input, so TCO at low/high = TCO now + (low/high − base) × TCO change per unit. ' +
      'Base reads the named input cell; low and high are the catalog range or the scenario’s uncertainty band.',
  );
  setNote(ws, 3, 1, tor.value.method);
  setValue(ws, 5, 1, 'Network TCO now');
  const tcoNow = ctx.refs.get('tcoUsd', s.index);
  markTotal(setFormula(ws, 5, C.atLow, tcoNow, s.result.tcoUsd, FMT.usd));
  setHeader(ws, TORNADO_HEADER_ROW, [
    'Input',
    'Unit',
    'Low',
    'Base (named cell)',
    'High',
    'TCO change per unit (USD)',
    'TCO at low (USD)',
    'TCO at high (USD)',
    'Swing (USD)',
    'Source',
    'Δ TCO at low (USD)',
    'Δ TCO at high (USD)',
  ]);
  const tco0 = `$${'G'}$5`;
  let row = TORNADO_HEADER_ROW + 1;
  const first = row;
  for (const bar of tor.value.tco) {
    const fmt = fmtOf(bar.unit);
    setValue(ws, row, C.input, bar.label);
    setValue(ws, row, C.unit, bar.unit);
    setValue(ws, row, C.source, `${bar.source} (${bar.quality})`);
    const live = liveBar(ctx, s, bar);
    const predicted = live && {
      atLow: s.result.tcoUsd + (live.low.value - live.now) * live.slope,
      atHigh: s.result.tcoUsd + (live.high.value - live.now) * live.slope,
    };
    if (live && predicted && relClose(predicted.atLow, bar.atLow) && relClose(predicted.atHigh, bar.atHigh)) {
      const cellOf = (col: number) => ws.getCell(row, col).address;
      if (live.low.formula) setFormula(ws, row, C.low, live.low.formula, live.low.value, fmt);
      else setValue(ws, row, C.low, live.low.value, fmt);
      setFormula(ws, row, C.base, live.name, live.now, fmt);
      if (live.high.formula) setFormula(ws, row, C.high, live.high.formula, live.high.value, fmt);
      else setValue(ws, row, C.high, live.high.value, fmt);
      setFormula(ws, row, C.slope, live.slopeFormula, live.slope, FMT.decimal);
      const at = (col: number) => `${tco0}+(${cellOf(col)}-${cellOf(C.base)})*${cellOf(C.slope)}`;
      setFormula(ws, row, C.atLow, at(C.low), bar.atLow, FMT.usd);
      setFormula(ws, row, C.atHigh, at(C.high), bar.atHigh, FMT.usd);
      setFormula(ws, row, C.swing, `ABS(${cellOf(C.atHigh)}-${cellOf(C.atLow)})`, bar.swing, FMT.usd);
    } else {
      setValue(ws, row, C.low, bar.low, fmt);
      setValue(ws, row, C.base, bar.base, fmt);
      setValue(ws, row, C.high, bar.high, fmt);
      setValue(ws, row, C.atLow, bar.atLow, FMT.usd);
      setValue(ws, row, C.atHigh, bar.atHigh, FMT.usd);
      setValue(ws, row, C.swing, bar.swing, FMT.usd);
    }
    const atLow = ws.getCell(row, C.atLow).address;
    const atHigh = ws.getCell(row, C.atHigh).address;
    setFormula(ws, row, C.deltaLow, `${atLow}-${tco0}`, bar.atLow - s.result.tcoUsd, FMT.usd);
    setFormula(ws, row, C.deltaHigh, `${atHigh}-${tco0}`, bar.atHigh - s.result.tcoUsd, FMT.usd);
    row++;
  }
  const bars = tor.value.tco;
  if (bars.length > 0) {
    const last = first + bars.length - 1;
    ctx.charts.push({
      sheet: tab,
      kind: 'bar',
      overlap: true,
      title: `Network TCO sensitivity: ${shortLabel(s)}`,
      yTitle: 'Change in network TCO (USD)',
      valueFormat: '"$"#,##0',
      at: { col: 1, row: row + 2, cols: 9, rows: Math.max(16, Math.min(40, bars.length * 2 + 8)) },
      categories: { ref: colRange(tab, C.input, first, last), cache: bars.map((b) => b.label) },
      series: [
        {
          name: 'Input at low',
          values: { ref: colRange(tab, C.deltaLow, first, last), cache: bars.map((b) => b.atLow - s.result.tcoUsd) },
        },
        {
          name: 'Input at high',
          values: { ref: colRange(tab, C.deltaHigh, first, last), cache: bars.map((b) => b.atHigh - s.result.tcoUsd) },
        },
      ],
    });
    row += Math.max(16, Math.min(40, bars.length * 2 + 8)) + 3;
  }
  ctx.refs.setRange('tornado.label', s.index, tab, C.input, first, Math.max(first, row - 1));
  ctx.refs.setRange('tornado.atLow', s.index, tab, C.atLow, first, Math.max(first, row - 1));
  ctx.refs.setRange('tornado.atHigh', s.index, tab, C.atHigh, first, Math.max(first, row - 1));
  if (tor.value.held.length > 0) {
    row++;
    setSection(ws, row++, 'Held at their value (no range, or overridden)');
    for (const h of tor.value.held) {
      setValue(ws, row, 1, h.label);
      setValue(ws, row, 3, h.value, FMT.decimal);
      setValue(ws, row, 4, h.reason);
      row++;
    }
  }
  layoutSheet(ws, { widths: [40, 9, 14, 16, 14, 18, 18, 18, 16, 30, 16, 16], freezeRows: TORNADO_HEADER_ROW });
}

export const tornadoSheets: SheetModule = {
  id: 'tornado',
  tabs: (ctx) => ctx.scenarios.map(tornadoTab),
  write: (ctx) => {
    for (const s of ctx.scenarios) writeTornado(ctx, s);
  },
};

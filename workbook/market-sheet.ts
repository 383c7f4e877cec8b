/**
 * Market sheet (only when the project has a build-out plan): the network market per year of
 * the plan (shared/market/build-out.ts). For each year:
 *
 * - the builds: clusters built (input cells, named `Clusters_<year>_<n>`), accelerators and
 *   network capex of one cluster of that scenario in that year (engine values: the scenario is
 *   evaluated on the roadmap in the plan year), and their products;
 * - the market by technology, by value-chain layer, by company and the units shipped: one
 *   column per build with one cluster's figure (engine values), and the year's figure as
 *   the formula sum over builds of clusters x that column.
 *   Example: 40 x 282.6 M USD + 12 x 930.5 M USD + … = the 2026 total.
 *
 * Then every year's total side by side and their sum, and the plan's Monte Carlo (P10/P50/P90
 * per year and per company over the plan; engine values, 1,000 samples, seed 42). Changing a
 * count recomputes its year; prices, shares and component choices of a plan year need a new
 * run of the model.
 */
import type { Catalog } from '../shared/catalog/catalog-schema.ts';
import {
  buildSlice,
  evaluateBuilds,
  MARKET_METHOD,
  marketOfBuilds,
  type MarketSlice,
} from '../shared/market/build-out.ts';
import { layerName, technologyName } from '../shared/exposure/layer-names.ts';
import { MARKET_MONTE_CARLO_METHOD, marketMonteCarlo } from '../shared/market/market-monte-carlo.ts';
import {
  absRef,
  colLetter,
  FMT,
  layoutSheet,
  markInput,
  PAGE_WIDTH_UNITS,
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
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const MARKET_TAB = 'Market';

/** The plan's Monte Carlo, as the app's Market view runs it. */
export const MARKET_MONTE_CARLO = { samples: 1000, seed: 42, distribution: 'triangular' as const };

/** A figure of a market slice: its label, its value in a slice (0 when absent) and its format. */
interface Item {
  label: string;
  value: (m: MarketSlice) => number;
  /** Spend items get a share of the year's total; units do not. */
  usd: boolean;
}

function companyName(catalog: Catalog, id: string): string {
  return catalog.vendors.find((v) => v.id === id)?.name ?? id;
}

/** A technology as the reader knows it, e.g. `switches` of `ethernet-roce` → `Switches, Ethernet (RoCEv2)`. */
function technologyLabel(catalog: Catalog, t: { technology: string; ecosystem?: string }): string {
  const eco = t.ecosystem && (catalog.ecosystems.find((e) => e.id === t.ecosystem)?.name ?? t.ecosystem);
  return technologyName(t.technology, eco || undefined);
}

/** Widths of the label, per-build, year and share columns. */
const LABEL_WIDTH = 30;
const YEAR_WIDTH = 17;
const SHARE_WIDTH = 9;
/** Narrowest per-build column: one cluster's USD figure of hundreds of millions ($930,500,640) still shows. */
const MIN_BUILD_WIDTH = 14;

/**
 * Column widths for years of at most `builds` builds: the label, one column per build (at
 * least four columns: the builds table has six), the year and its share, within one printed
 * page when the builds fit at {@link MIN_BUILD_WIDTH} or wider (up to 22); a wider plan flows
 * onto more pages with the label column repeated. Column F holds a year's network capex
 * (tens of billions of USD), so it is at least {@link YEAR_WIDTH} wide.
 * Example: 4 builds → [30, 15, 15, 15, 15, 17, 9] (116 units, one page).
 */
export function marketWidths(builds: number): { widths: number[]; fits: boolean } {
  const k = Math.max(4, builds);
  const room = Math.floor((PAGE_WIDTH_UNITS - LABEL_WIDTH - YEAR_WIDTH - SHARE_WIDTH) / k);
  const per = Math.min(22, Math.max(MIN_BUILD_WIDTH, room));
  const widths = [LABEL_WIDTH, ...Array.from({ length: k }, () => per), YEAR_WIDTH, SHARE_WIDTH];
  widths[5] = Math.max(widths[5]!, YEAR_WIDTH);
  return { widths, fits: widths.reduce((a, w) => a + w, 0) <= PAGE_WIDTH_UNITS };
}

/** The rows of a year's breakdown, in the engine's order for that year. */
function sections(year: MarketSlice, catalog: Catalog): { title: string; items: Item[] }[] {
  const units: Item[] = [
    ...year.units.transceiversByRate.map((t) => ({
      label: `Transceivers ${t.rateGbps}G (units)`,
      value: (m: MarketSlice) => m.units.transceiversByRate.find((x) => x.rateGbps === t.rateGbps)?.units ?? 0,
      usd: false,
    })),
    { label: 'Transceivers, all rates (units)', value: (m) => m.units.transceivers, usd: false },
    { label: 'Switches (units)', value: (m) => m.units.switches, usd: false },
    { label: 'Switch ports (cages)', value: (m) => m.units.switchPorts, usd: false },
    { label: 'NICs (units)', value: (m) => m.units.nics, usd: false },
    { label: 'CPO ports', value: (m) => m.units.cpoPorts, usd: false },
    { label: 'Cables and fibre links', value: (m) => m.units.cables, usd: false },
  ];
  return [
    {
      title: 'By technology',
      items: year.byTechnology.map((t) => ({
        label: technologyLabel(catalog, t),
        value: (m) => m.byTechnology.find((x) => x.key === t.key)?.spendUsd ?? 0,
        usd: true,
      })),
    },
    {
      title: 'By value-chain layer',
      items: year.byLayer.map((l) => ({
        label: layerName(l.layer),
        value: (m) => m.byLayer.find((x) => x.layer === l.layer)?.spendUsd ?? 0,
        usd: true,
      })),
    },
    {
      title: 'By company',
      items: year.byCompany.map((c) => ({
        label: companyName(catalog, c.vendor),
        value: (m) => m.byCompany.find((x) => x.vendor === c.vendor)?.spendUsd ?? 0,
        usd: true,
      })),
    },
    { title: 'Units shipped', items: units },
  ];
}

function writeMarket(ctx: WorkbookContext): void {
  const ws = ctx.sheet(MARKET_TAB);
  const { project, catalog } = ctx.input;
  let row = setSheetHeader(
    ws,
    'Network market of the build-out plan',
    `${MARKET_METHOD} Cluster counts are inputs; the per-cluster columns are engine values.`,
  );
  const builds = evaluateBuilds(project, catalog);
  if (!builds.ok) {
    const err = builds.error;
    setValue(ws, row, 1, `The market cannot be computed: ${err.path}: ${err.message} (got ${String(err.value)})`);
    layoutSheet(ws, { widths: [60], freezeRows: SHEET_HEADER_ROWS });
    return;
  }
  const market = marketOfBuilds(builds.value);
  const yearTotals: { year: number; totalRef: string; accRef: string; total: number; acc: number }[] = [];
  let widest = 0;
  for (const y of market.years) {
    const mine = builds.value.filter((b) => b.year === y.year);
    const slices = mine.map(buildSlice);
    widest = Math.max(widest, mine.length);
    setSection(ws, row++, `${y.year}`);
    setHeader(ws, row++, [
      'Scenario',
      'Clusters built',
      'Accelerators per cluster',
      'Network capex per cluster (USD)',
      'Accelerators',
      'Network capex (USD)',
    ]);
    const countRefs: string[] = [];
    const from = row;
    mine.forEach((b, j) => {
      setValue(ws, row, 1, b.scenario.name);
      const cell = setValue(ws, row, 2, b.count, FMT.count);
      markInput(cell, { min: 0, integer: true });
      const name = ctx.names.claim(`Clusters_${y.year}_${j + 1}`);
      defineName(ctx.wb, MARKET_TAB, row, 2, name);
      ctx.liveInputs.push({ ref: absRef(MARKET_TAB, row, 2), label: name, value: b.count });
      countRefs.push(`$B$${row}`);
      setValue(ws, row, 3, slices[j]!.accelerators, FMT.count);
      setValue(ws, row, 4, slices[j]!.totalUsd, FMT.usd);
      setFormula(ws, row, 5, `B${row}*C${row}`, b.count * slices[j]!.accelerators, FMT.count);
      setFormula(ws, row, 6, `B${row}*D${row}`, b.count * slices[j]!.totalUsd, FMT.usd);
      row++;
    });
    setValue(ws, row, 1, `${y.year} total`);
    markTotal(ws.getCell(row, 1));
    markTotal(setFormula(ws, row, 5, `SUM(E${from}:E${row - 1})`, y.accelerators, FMT.count));
    markTotal(setFormula(ws, row, 6, `SUM(F${from}:F${row - 1})`, y.totalUsd, FMT.usd));
    const totalRef = `$F$${row}`;
    yearTotals.push({
      year: y.year,
      totalRef: absRef(MARKET_TAB, row, 6),
      accRef: absRef(MARKET_TAB, row, 5),
      total: y.totalUsd,
      acc: y.accelerators,
    });
    row += 2;

    // Breakdown: one column per build (one cluster), then the year = sum of clusters x column.
    const k = mine.length;
    const yearCol = 2 + k;
    const shareCol = yearCol + 1;
    for (const sec of sections(y, catalog)) {
      setHeader(ws, row++, [
        `${y.year} ${sec.title.toLowerCase()}`,
        ...mine.map((b) => `One cluster: ${b.scenario.name}`),
        `${y.year} market`,
        sec.items.some((i) => i.usd) ? 'Share' : '',
      ]);
      for (const item of sec.items) {
        setValue(ws, row, 1, item.label).alignment = { wrapText: true };
        const fmt = item.usd ? FMT.usd : FMT.count;
        slices.forEach((sl, j) => setValue(ws, row, 2 + j, item.value(sl), fmt));
        const formula = countRefs.map((c, j) => `${c}*${colLetter(2 + j)}${row}`).join('+') || '0';
        setFormula(ws, row, yearCol, formula, item.value(y), fmt);
        if (item.usd)
          setFormula(
            ws,
            row,
            shareCol,
            `IF(${totalRef}>0,${colLetter(yearCol)}${row}/${totalRef},0)`,
            y.totalUsd > 0 ? item.value(y) / y.totalUsd : 0,
            FMT.percent,
          );
        row++;
      }
      row++;
    }
    row++;
  }

  // All years.
  setSection(ws, row++, 'All years of the plan');
  setHeader(ws, row++, ['Year', 'Accelerators', 'Network market (USD)']);
  const first = row;
  for (const t of yearTotals) {
    setValue(ws, row, 1, t.year);
    setFormula(ws, row, 2, t.accRef, t.acc, FMT.count);
    setFormula(ws, row, 3, t.totalRef, t.total, FMT.usd);
    row++;
  }
  setValue(ws, row, 1, 'All years');
  markTotal(ws.getCell(row, 1));
  markTotal(setFormula(ws, row, 2, `SUM(B${first}:B${row - 1})`, market.total.accelerators, FMT.count));
  markTotal(setFormula(ws, row, 3, `SUM(C${first}:C${row - 1})`, market.total.totalUsd, FMT.usd));
  row += 2;

  // Monte Carlo of the plan: engine values (the sampled prices are not in the workbook).
  const mc = marketMonteCarlo(project, catalog, MARKET_MONTE_CARLO);
  if (mc.ok) {
    setSection(ws, row++, 'Monte Carlo of the plan (engine values; counts edited above do not move them)');
    setNote(
      ws,
      row++,
      1,
      `${mc.value.samples} samples, seed ${mc.value.seed}, ${mc.value.distribution}. ${MARKET_MONTE_CARLO_METHOD} ${mc.value.quantileConvention}`,
    );
    setHeader(ws, row++, ['Year or company', 'P10 (USD)', 'P50 (USD)', 'P90 (USD)', 'At typical prices (USD)']);
    const rows: [string | number, { p10: number; p50: number; p90: number; baseUsd: number }][] = [
      ...mc.value.years.map((y) => [y.year, y] as [number, typeof y]),
      ['All years', mc.value.total],
      ...mc.value.companies.map((c) => [c.name, c] as [string, typeof c]),
    ];
    for (const [label, p] of rows) {
      setValue(ws, row, 1, label);
      [p.p10, p.p50, p.p90, p.baseUsd].forEach((v, i) => setValue(ws, row, 2 + i, v, FMT.usd));
      row++;
    }
  }
  const { widths, fits } = marketWidths(widest);
  layoutSheet(ws, { widths, freezeRows: SHEET_HEADER_ROWS, freezeCols: fits ? 0 : 1 });
}

export const marketSheet: SheetModule = {
  id: 'market',
  tabs: (ctx) => (ctx.input.project.buildOut?.plan?.length ? [MARKET_TAB] : []),
  write: writeMarket,
};

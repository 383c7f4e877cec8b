/**
 * Inputs sheet: every scenario input with its unit and description (one column per scenario,
 * from SCENARIO_INPUT_FIELDS), every unit price and unit power a bill of materials uses with
 * its source and quality tag and the catalog's range, the vendors of the BOM with their
 * headquarters country, and the project's own fields.
 *
 * Live cells (blue on yellow) carry defined names that the other sheets' formulas read:
 * `ElectricityUsdPerKWh_S1`, `PUE_S1`, `HorizonYears_S1`, … per scenario and `Price_<id>`,
 * `Power_<id>` per component. Change one and every sheet recomputes.
 */
import type { Catalog, Figure } from '../shared/catalog/catalog-schema.ts';
import { priceFigureOf } from '../shared/cost/capex-range.ts';
import { SCENARIO_INPUT_FIELDS } from '../shared/scenario/input-fields.ts';
import { getAtPath } from '../shared/scenario/object-paths.ts';
import type { BomLine } from '../shared/bom/bom-line.ts';
import {
  absRef,
  FMT,
  formatForUnit,
  rangeOfField,
  layoutSheet,
  markInput,
  setHeader,
  setNote,
  setSection,
  setFormula,
  setTitle,
  setValue,
  wrappedLines,
} from './cell-formats.ts';
import { defineName, NAMED_SCENARIO_INPUTS, scenarioInputName } from './named-ranges.ts';
import {
  lineKey,
  type ScenarioEntry,
  type SheetModule,
  type UnitCells,
  type WorkbookContext,
} from './workbook-context.ts';

export const INPUTS_TAB = 'Inputs';

/** The catalog figures behind a component's unit price and power, and what one unit is. */
export interface CatalogEntry {
  priceFigure: Figure;
  powerFigure?: Figure;
  priceBasis: string;
  powerBasis: string;
}

/** Looks a BOM component up in the catalog (media, switches, NICs, scale-up fabrics, fibre). */
export function catalogEntry(catalog: Catalog, componentId: string): CatalogEntry | undefined {
  const m = catalog.media.find((x) => x.id === componentId);
  if (m) {
    if (m.form === 'cable')
      return {
        priceFigure: m.priceUsd,
        powerFigure: m.powerWPerEnd,
        priceBasis: 'USD per cable assembly',
        powerBasis: 'W per assembly (2 powered ends; catalog figure is per end)',
      };
    if (m.form === 'cpo')
      return {
        priceFigure: m.priceUsd,
        powerFigure: m.powerWPerEnd,
        priceBasis: 'USD per co-packaged switch port',
        powerBasis: 'W: counted in the CPO switch system power',
      };
    return {
      priceFigure: m.priceUsd,
      powerFigure: m.powerWPerEnd,
      priceBasis: 'USD per module',
      powerBasis: 'W per module',
    };
  }
  const s = catalog.switches.find((x) => x.id === componentId);
  if (s)
    return {
      priceFigure: s.priceUsd,
      powerFigure: s.powerW,
      priceBasis: 'USD per switch system (no pluggable optics)',
      powerBasis: 'W per switch system (no pluggable optics)',
    };
  const n = catalog.nics.find((x) => x.id === componentId);
  if (n) return { priceFigure: n.priceUsd, powerFigure: n.powerW, priceBasis: 'USD per NIC', powerBasis: 'W per NIC' };
  const f = catalog.scaleUpFabrics.find((x) => x.id === componentId);
  if (f)
    return {
      priceFigure: f.priceUsdPerAccelerator,
      powerFigure: f.powerWPerAccelerator,
      priceBasis: 'USD per accelerator',
      powerBasis: 'W per accelerator',
    };
  if (catalog.fiber.id === componentId)
    return {
      priceFigure: catalog.fiber.priceUsdPerLink,
      priceBasis: 'USD per optical link',
      powerBasis: 'passive: 0 W',
    };
  return undefined;
}

/** Text for a scenario input value that is not a plain number or word. */
function displayValue(value: unknown): string | number | boolean {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value === undefined || value === null) return '(not set)';
  if (Array.isArray(value)) return value.join(', ');
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length === 0 ? '(none)' : entries.map(([k, v]) => `${k} = ${String(v)}`).join('; ');
}

interface UnitRow {
  /** The line whose values the list shows: the component's first use. */
  line: BomLine;
  priceName: string;
  powerName: string;
  usedBy: Set<string>;
  uses: { s: ScenarioEntry; i: number; line: BomLine }[];
}

/**
 * Column widths: the first seven columns print one landscape page wide (28 + 4 x 12 + 16 + 24
 * = 116 units at 80 %). The scenario table puts each scenario's value right after the input's
 * name, then the unit, and the description on the row below, wrapped across the page; a plan
 * with more than five scenarios runs onto further pages with the input names repeated.
 */
export const WIDTHS = [28, 12, 12, 12, 12, 16, 24];
/** Width of a column past the page (a sixth scenario or more). */
const EXTRA_WIDTH = 16;
const PAGE_COLS = WIDTHS.length;

/** Column of scenario `index`'s value in the scenario table (0-based index → B, C, …). */
export const inputValueCol = (index: number) => 2 + index;
/** Column of the unit in the scenario table, right after the last scenario's value. */
export const inputUnitCol = (scenarios: number) => 2 + scenarios;

/** Columns of the unit-price block (one row per component). */
export const PRICE_COL = { id: 1, price: 2, low: 3, typical: 4, high: 5, quality: 6, source: 7 } as const;
/** Columns of the unit-power block. */
export const POWER_COL = { id: 1, power: 2, typical: 3, quality: 4, source: 5 } as const;
/** Columns of the table of values that differ in one scenario. */
export const SPECIFIC_COL = { id: 1, scenario: 2, price: 3, power: 4, priceSource: 5, powerSource: 7 } as const;

function writeInputs(ctx: WorkbookContext): void {
  const ws = ctx.sheet(INPUTS_TAB);
  const { scenarios, catalog } = { scenarios: ctx.scenarios, catalog: ctx.input.catalog };
  /** Rows whose wrapped (merged) cells set their height: row → spans. */
  const spans = new Map<number, [number, number][]>();
  /** Writes a wrapped value over columns c1..c2 (merged when wider than one). */
  const put = (row: number, c1: number, c2: number, value: string | number | boolean, fmt?: string) => {
    const cell = setValue(ws, row, c1, value, fmt);
    if (typeof value === 'string') cell.alignment = { wrapText: true, vertical: 'top' };
    if (c2 > c1) ws.mergeCells(row, c1, row, c2);
    spans.set(row, [...(spans.get(row) ?? []), [c1, c2]]);
    return cell;
  };
  setTitle(ws, 1, 'Inputs');
  setNote(
    ws,
    2,
    1,
    'Blue cells on yellow are live: the other sheets compute from their defined names. Counts, topology and media ' +
      'shape the fabric plan itself: change those in Fabricost and export again.',
  );
  const first = 5;
  const headerRow = 4;
  const n = scenarios.length;
  const unitCol = inputUnitCol(n);
  const descTo = Math.max(unitCol, PAGE_COLS);
  const widthOf = (c: number) => WIDTHS[c - 1] ?? EXTRA_WIDTH;
  setHeader(ws, headerRow, ['Input', ...scenarios.map((s) => s.result.name), 'Unit']);
  let row = first;
  for (const field of SCENARIO_INPUT_FIELDS) {
    const top = (c: number) => {
      const cell = ws.getCell(row, c);
      cell.alignment = { ...cell.alignment, vertical: 'top' };
    };
    put(row, 1, 1, field.path);
    for (const s of scenarios) {
      const col = inputValueCol(s.index);
      const value = getAtPath(s.scenario, field.path);
      const shown = displayValue(value);
      const cell = setValue(ws, row, col, shown, formatForUnit(field.unit));
      if (typeof shown === 'string') {
        cell.alignment = { wrapText: true, vertical: 'top' };
        spans.set(row, [...(spans.get(row) ?? []), [col, col]]);
      } else top(col);
      if (typeof value === 'number') ctx.refs.set(`input:${field.path}`, s.index, INPUTS_TAB, row, col);
      const name = scenarioInputName(field.path, s.n);
      if (name !== undefined && typeof value === 'number') {
        defineName(ctx.wb, INPUTS_TAB, row, col, name);
        ctx.names.claim(name);
        markInput(cell, rangeOfField(field));
        ctx.liveInputs.push({ ref: absRef(INPUTS_TAB, row, col), label: name, value });
      }
    }
    put(row, unitCol, unitCol, field.unit);
    row++;
    // The description on the row below, wrapped across the page: beside the values it took
    // a column of its own and pushed the values onto a second page.
    const stem = NAMED_SCENARIO_INPUTS[field.path];
    const desc = put(row, 2, descTo, `${field.description} (${field.group}${stem ? `; named cell ${stem}_S<n>` : ''})`);
    desc.font = { ...desc.font, italic: true, color: { argb: 'FF555555' } };
    row++;
  }

  // Unit prices and powers: one row per distinct (component, price, power, provenance).
  row += 1;
  setSection(ws, row++, 'Unit prices used by the bills of materials (USD)');
  setNote(
    ws,
    row++,
    1,
    'Each BOM line reads its unit price and power from the named cells here (their names are in the components ' +
      'table below). Source and quality are those of the figure the model used (user-override when the project or ' +
      'scenario overrides the catalog).',
  );
  setHeader(ws, row++, [
    'Component id',
    'Unit price (USD)',
    'Catalog low',
    'Catalog typical',
    'Catalog high',
    'Quality',
    'Source',
  ]);
  // One row, one named price cell and one named power cell per component: the value of the
  // first scenario that uses it. A scenario whose value differs (its own override, another
  // build year on a learning curve) gets a cell in the table below the list.
  const rows = new Map<string, UnitRow>();
  for (const s of scenarios) {
    s.result.bom.forEach((line, i) => {
      let u = rows.get(line.componentId);
      if (!u) {
        u = {
          line,
          priceName: ctx.names.claim(`Price_${line.componentId}`),
          powerName: ctx.names.claim(`Power_${line.componentId}`),
          usedBy: new Set(),
          uses: [],
        };
        rows.set(line.componentId, u);
      }
      u.usedBy.add(`S${s.n}`);
      u.uses.push({ s, i, line });
    });
  }
  const rowOf = new Map<string, number>();
  for (const u of rows.values()) {
    const l = u.line;
    rowOf.set(l.componentId, row);
    const entry = catalogEntry(catalog, l.componentId);
    put(row, PRICE_COL.id, PRICE_COL.id, l.componentId);
    markInput(setValue(ws, row, PRICE_COL.price, l.unitPriceUsd, FMT.usdCents));
    defineName(ctx.wb, INPUTS_TAB, row, PRICE_COL.price, u.priceName);
    ctx.liveInputs.push({ ref: absRef(INPUTS_TAB, row, PRICE_COL.price), label: u.priceName, value: l.unitPriceUsd });
    if (entry) {
      setValue(ws, row, PRICE_COL.low, entry.priceFigure.low, FMT.usdCents);
      setValue(ws, row, PRICE_COL.typical, entry.priceFigure.typical, FMT.usdCents);
      setValue(ws, row, PRICE_COL.high, entry.priceFigure.high, FMT.usdCents);
    }
    put(row, PRICE_COL.quality, PRICE_COL.quality, l.priceSource.quality);
    put(row, PRICE_COL.source, PRICE_COL.source, l.priceSource.source);
    ctx.sources.add(l.priceSource.source, `unit price of ${l.componentId}`);
    row++;
  }

  row += 1;
  setSection(ws, row++, 'Unit powers used by the bills of materials (W)');
  setHeader(ws, row++, ['Component id', 'Unit power (W)', 'Catalog typical', 'Quality', 'Source']);
  ws.mergeCells(row - 1, POWER_COL.source, row - 1, PAGE_COLS);
  for (const u of rows.values()) {
    const l = u.line;
    const entry = catalogEntry(catalog, l.componentId);
    put(row, POWER_COL.id, POWER_COL.id, l.componentId);
    markInput(setValue(ws, row, POWER_COL.power, l.unitPowerW, FMT.watts));
    defineName(ctx.wb, INPUTS_TAB, row, POWER_COL.power, u.powerName);
    ctx.liveInputs.push({ ref: absRef(INPUTS_TAB, row, POWER_COL.power), label: u.powerName, value: l.unitPowerW });
    if (entry?.powerFigure) setValue(ws, row, POWER_COL.typical, entry.powerFigure.typical, FMT.watts);
    put(row, POWER_COL.quality, POWER_COL.quality, l.powerSource.quality);
    put(row, POWER_COL.source, PAGE_COLS, l.powerSource.source);
    ctx.sources.add(l.powerSource.source, `unit power of ${l.componentId}`);
    row++;
  }

  row += 1;
  setSection(ws, row++, 'Components: names, named cells and what one unit is');
  setHeader(ws, row++, ['Component id', 'Component', '', 'Category', 'Used by', 'Price name', 'Power name']);
  ws.mergeCells(row - 1, 2, row - 1, 3);
  for (const u of rows.values()) {
    const l = u.line;
    put(row, 1, 1, l.componentId);
    put(row, 2, 3, l.component);
    put(row, 4, 4, l.category);
    put(row, 5, 5, [...u.usedBy].join(', '));
    put(row, 6, 6, u.priceName);
    put(row, 7, 7, u.powerName);
    row++;
  }
  row += 1;
  setHeader(ws, row++, ['Component id', 'Price basis', '', '', 'Power basis']);
  ws.mergeCells(row - 1, 2, row - 1, 4);
  ws.mergeCells(row - 1, 5, row - 1, PAGE_COLS);
  for (const u of rows.values()) {
    const entry = catalogEntry(catalog, u.line.componentId);
    put(row, 1, 1, u.line.componentId);
    put(row, 2, 4, entry?.priceBasis ?? '');
    put(row, 5, PAGE_COLS, entry?.powerBasis ?? '');
    row++;
  }

  // Scenarios whose unit price or power of a component differs from the list above.
  const differs = (u: UnitRow, l: BomLine) =>
    l.unitPriceUsd !== u.line.unitPriceUsd ||
    l.unitPowerW !== u.line.unitPowerW ||
    l.priceSource.source !== u.line.priceSource.source ||
    l.priceSource.quality !== u.line.priceSource.quality;
  const specific = [...rows.values()].flatMap((u) => {
    const seen = new Set<number>();
    return u.uses
      .filter(({ s, line }) => {
        if (!differs(u, line) || seen.has(s.index)) return false;
        seen.add(s.index);
        return true;
      })
      .map((use) => ({ u, ...use }));
  });
  const specificCells = new Map<string, { price: string; power: string }>();
  if (specific.length > 0) {
    row += 1;
    setSection(ws, row++, 'Unit prices and powers that differ in one scenario');
    setNote(
      ws,
      row++,
      1,
      'A scenario’s own override, or its build year on a learning curve, gives it another value: its BOM reads the ' +
        'cells here; a value equal to the list above reads the named cell.',
    );
    setHeader(ws, row++, [
      'Component id',
      'Scenario',
      'Unit price (USD)',
      'Unit power (W)',
      'Price source (quality)',
      '',
      'Power source (quality)',
    ]);
    ws.mergeCells(row - 1, SPECIFIC_COL.priceSource, row - 1, SPECIFIC_COL.priceSource + 1);
    for (const { u, s, line: l } of specific) {
      put(row, SPECIFIC_COL.id, SPECIFIC_COL.id, l.componentId);
      setValue(ws, row, SPECIFIC_COL.scenario, `S${s.n}`);
      const cell = (col: number, value: number, base: number, name: string, fmt: string) => {
        if (value === base) setFormula(ws, row, col, name, value, fmt);
        else {
          markInput(setValue(ws, row, col, value, fmt));
          ctx.liveInputs.push({ ref: absRef(INPUTS_TAB, row, col), label: `${name} in S${s.n}`, value });
        }
        return absRef(INPUTS_TAB, row, col);
      };
      const price = cell(SPECIFIC_COL.price, l.unitPriceUsd, u.line.unitPriceUsd, u.priceName, FMT.usdCents);
      const power = cell(SPECIFIC_COL.power, l.unitPowerW, u.line.unitPowerW, u.powerName, FMT.watts);
      put(
        row,
        SPECIFIC_COL.priceSource,
        SPECIFIC_COL.priceSource + 1,
        `${l.priceSource.source} (${l.priceSource.quality})`,
      );
      put(
        row,
        SPECIFIC_COL.powerSource,
        SPECIFIC_COL.powerSource,
        `${l.powerSource.source} (${l.powerSource.quality})`,
      );
      ctx.sources.add(l.priceSource.source, `unit price of ${l.componentId}`);
      ctx.sources.add(l.powerSource.source, `unit power of ${l.componentId}`);
      specificCells.set(`${s.index}:${l.componentId}`, { price, power });
      row++;
    }
  }

  // What each BOM line reads, and the catalog range its capex-range columns use.
  for (const u of rows.values()) {
    const r0 = rowOf.get(u.line.componentId)!;
    for (const { s, i, line } of u.uses) {
      const own = differs(u, line) ? specificCells.get(`${s.index}:${line.componentId}`) : undefined;
      const cells: UnitCells = own ?? { price: u.priceName, power: u.powerName };
      const fig = line.priceSource.quality === 'override' ? undefined : priceFigureOf(catalog, line.componentId);
      const low = fig?.low ?? fig?.typical;
      const high = fig?.high ?? fig?.typical;
      if (fig && low !== undefined && high !== undefined && high > low) {
        cells.low = absRef(INPUTS_TAB, r0, fig.low !== undefined ? PRICE_COL.low : PRICE_COL.typical);
        cells.high = absRef(INPUTS_TAB, r0, fig.high !== undefined ? PRICE_COL.high : PRICE_COL.typical);
      }
      ctx.unitNames.set(lineKey(s.index, i), cells);
    }
  }

  // Vendors of the BOM components.
  row += 1;
  setSection(ws, row++, 'Vendors of the bill-of-materials components');
  setHeader(ws, row++, ['Vendor id', 'Name', '', 'Country (HQ)', 'Source', '', 'Quality']);
  ws.mergeCells(row - 1, 2, row - 1, 3);
  ws.mergeCells(row - 1, 5, row - 1, 6);
  const vendorIds = new Set<string>();
  for (const s of scenarios) for (const l of s.result.bom) for (const v of l.vendors) vendorIds.add(v.vendor);
  for (const id of vendorIds) {
    const v = catalog.vendors.find((x) => x.id === id);
    put(row, 1, 1, id);
    put(row, 2, 3, v?.name ?? id);
    put(row, 4, 4, v?.country ?? 'Unknown');
    put(row, 5, 6, v?.source ?? '');
    put(row, 7, 7, v?.quality ?? '');
    if (v) ctx.sources.add(v.source, `headquarters country of ${id}`);
    row++;
  }

  // Project fields.
  row += 1;
  setSection(ws, row++, 'Project');
  const p = ctx.input.project;
  setHeader(ws, row++, ['Field', 'Value']);
  ws.mergeCells(row - 1, 2, row - 1, PAGE_COLS);
  for (const [k, v] of [
    ['title', p.title],
    ['notes', p.notes],
    ['catalogOverrides.priceUsd', displayValue(p.catalogOverrides.priceUsd)],
    ['catalogOverrides.powerW', displayValue(p.catalogOverrides.powerW)],
    ['catalog version', catalog.version],
  ] as const) {
    put(row, 1, 1, k);
    put(row, 2, PAGE_COLS, v);
    row++;
  }

  // Rows with wrapped text get the height their longest cell needs (layoutSheet leaves
  // merged cells alone).
  for (const [r, list] of spans) {
    let lines = 1;
    for (const [c1, c2] of list) {
      const value = ws.getCell(r, c1).value;
      if (typeof value !== 'string') continue;
      let width = 0;
      for (let c = c1; c <= c2; c++) width += widthOf(c);
      lines = Math.max(lines, wrappedLines(value, width));
    }
    if (lines > 1) ws.getRow(r).height = lines * 13 + 2;
  }

  const cols = Math.max(PAGE_COLS, descTo);
  layoutSheet(ws, {
    widths: Array.from({ length: cols }, (_, i) => widthOf(i + 1)),
    freezeRows: headerRow,
    freezeCols: 1,
  });
}

export const inputsSheet: SheetModule = {
  id: 'inputs',
  tabs: () => [INPUTS_TAB],
  write: writeInputs,
};

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

function writeInputs(ctx: WorkbookContext): void {
  const ws = ctx.sheet(INPUTS_TAB);
  const { scenarios, catalog } = { scenarios: ctx.scenarios, catalog: ctx.input.catalog };
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
  setHeader(ws, headerRow, [
    'Input',
    'Group',
    'Unit',
    'Named cell',
    'Description',
    ...scenarios.map((s) => s.result.name),
  ]);
  let row = first;
  for (const field of SCENARIO_INPUT_FIELDS) {
    setValue(ws, row, 1, field.path);
    setValue(ws, row, 2, field.group);
    setValue(ws, row, 3, field.unit);
    const stem = NAMED_SCENARIO_INPUTS[field.path];
    setValue(ws, row, 4, stem ? `${stem}_S<n>` : '');
    setValue(ws, row, 5, field.description);
    for (const s of scenarios) {
      const col = 6 + s.index;
      const value = getAtPath(s.scenario, field.path);
      const cell = setValue(ws, row, col, displayValue(value), formatForUnit(field.unit));
      if (typeof value === 'number') ctx.refs.set(`input:${field.path}`, s.index, INPUTS_TAB, row, col);
      const name = scenarioInputName(field.path, s.n);
      if (name !== undefined && typeof value === 'number') {
        defineName(ctx.wb, INPUTS_TAB, row, col, name);
        ctx.names.claim(name);
        markInput(cell, rangeOfField(field));
        ctx.liveInputs.push({ ref: absRef(INPUTS_TAB, row, col), label: name, value });
      }
    }
    row++;
  }

  // Unit prices and powers: one row per distinct (component, price, power, provenance).
  row += 1;
  setSection(ws, row++, 'Unit prices and powers used by the bills of materials');
  setNote(
    ws,
    row++,
    1,
    'Each BOM line reads its unit price and power from the named cells here. Source and quality are those of the ' +
      'figure the model used (user-override when the project or scenario overrides the catalog).',
  );
  setHeader(ws, row++, [
    'Component id',
    'Component',
    'Category',
    'Price name',
    'Unit price (USD)',
    'Price basis',
    'Price source',
    'Price quality',
    'Catalog price low',
    'Catalog price typical',
    'Catalog price high',
    'Power name',
    'Unit power (W)',
    'Power basis',
    'Power source',
    'Power quality',
    'Catalog power typical',
    'Used by',
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
    setValue(ws, row, 1, l.componentId);
    setValue(ws, row, 2, l.component);
    setValue(ws, row, 3, l.category);
    setValue(ws, row, 4, u.priceName);
    markInput(setValue(ws, row, 5, l.unitPriceUsd, FMT.usdCents));
    defineName(ctx.wb, INPUTS_TAB, row, 5, u.priceName);
    ctx.liveInputs.push({ ref: absRef(INPUTS_TAB, row, 5), label: u.priceName, value: l.unitPriceUsd });
    setValue(ws, row, 6, entry?.priceBasis ?? '');
    setValue(ws, row, 7, l.priceSource.source);
    setValue(ws, row, 8, l.priceSource.quality);
    if (entry) {
      setValue(ws, row, 9, entry.priceFigure.low, FMT.usdCents);
      setValue(ws, row, 10, entry.priceFigure.typical, FMT.usdCents);
      setValue(ws, row, 11, entry.priceFigure.high, FMT.usdCents);
    }
    setValue(ws, row, 12, u.powerName);
    markInput(setValue(ws, row, 13, l.unitPowerW, FMT.watts));
    defineName(ctx.wb, INPUTS_TAB, row, 13, u.powerName);
    ctx.liveInputs.push({ ref: absRef(INPUTS_TAB, row, 13), label: u.powerName, value: l.unitPowerW });
    setValue(ws, row, 14, entry?.powerBasis ?? '');
    setValue(ws, row, 15, l.powerSource.source);
    setValue(ws, row, 16, l.powerSource.quality);
    if (entry?.powerFigure) setValue(ws, row, 17, entry.powerFigure.typical, FMT.watts);
    setValue(ws, row, 18, [...u.usedBy].join(', '));
    ctx.sources.add(l.priceSource.source, `unit price of ${l.componentId}`);
    ctx.sources.add(l.powerSource.source, `unit power of ${l.componentId}`);
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
      'Category',
      'Named cell (list)',
      'Unit price (USD)',
      'Price basis',
      'Price source',
      'Price quality',
      '',
      '',
      '',
      '',
      'Unit power (W)',
      '',
      'Power source',
      'Power quality',
    ]);
    for (const { u, s, line: l } of specific) {
      setValue(ws, row, 1, l.componentId);
      setValue(ws, row, 2, `S${s.n}`);
      setValue(ws, row, 3, l.category);
      setValue(ws, row, 4, `${u.priceName}, ${u.powerName}`);
      const cell = (col: number, value: number, base: number, name: string, fmt: string) => {
        if (value === base) setFormula(ws, row, col, name, value, fmt);
        else {
          markInput(setValue(ws, row, col, value, fmt));
          ctx.liveInputs.push({ ref: absRef(INPUTS_TAB, row, col), label: `${name} in S${s.n}`, value });
        }
        return absRef(INPUTS_TAB, row, col);
      };
      const price = cell(5, l.unitPriceUsd, u.line.unitPriceUsd, u.priceName, FMT.usdCents);
      const power = cell(13, l.unitPowerW, u.line.unitPowerW, u.powerName, FMT.watts);
      setValue(ws, row, 6, catalogEntry(catalog, l.componentId)?.priceBasis ?? '');
      setValue(ws, row, 7, l.priceSource.source);
      setValue(ws, row, 8, l.priceSource.quality);
      setValue(ws, row, 15, l.powerSource.source);
      setValue(ws, row, 16, l.powerSource.quality);
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
        cells.low = absRef(INPUTS_TAB, r0, fig.low !== undefined ? 9 : 10);
        cells.high = absRef(INPUTS_TAB, r0, fig.high !== undefined ? 11 : 10);
      }
      ctx.unitNames.set(lineKey(s.index, i), cells);
    }
  }

  // Vendors of the BOM components.
  row += 1;
  setSection(ws, row++, 'Vendors of the bill-of-materials components');
  setHeader(ws, row++, ['Vendor id', 'Name', 'Country (HQ)', 'Source', 'Quality']);
  const vendorIds = new Set<string>();
  for (const s of scenarios) for (const l of s.result.bom) for (const v of l.vendors) vendorIds.add(v.vendor);
  for (const id of vendorIds) {
    const v = catalog.vendors.find((x) => x.id === id);
    setValue(ws, row, 1, id);
    setValue(ws, row, 2, v?.name ?? id);
    setValue(ws, row, 3, v?.country ?? 'Unknown');
    setValue(ws, row, 4, v?.source ?? '');
    setValue(ws, row, 5, v?.quality ?? '');
    if (v) ctx.sources.add(v.source, `headquarters country of ${id}`);
    row++;
  }

  // Project fields.
  row += 1;
  setSection(ws, row++, 'Project');
  const p = ctx.input.project;
  setHeader(ws, row++, ['Field', 'Value']);
  for (const [k, v] of [
    ['title', p.title],
    ['notes', p.notes],
    ['catalogOverrides.priceUsd', displayValue(p.catalogOverrides.priceUsd)],
    ['catalogOverrides.powerW', displayValue(p.catalogOverrides.powerW)],
    ['catalog version', catalog.version],
  ] as const) {
    setValue(ws, row, 1, k);
    setValue(ws, row, 2, v);
    row++;
  }

  layoutSheet(ws, {
    widths: [32, 30, 14, 24, 44, ...scenarios.map(() => 24), 14, 14, 14, 14, 14, 14, 14, 14],
    freezeRows: headerRow,
    freezeCols: 1,
  });
}

export const inputsSheet: SheetModule = {
  id: 'inputs',
  tabs: () => [INPUTS_TAB],
  write: writeInputs,
};

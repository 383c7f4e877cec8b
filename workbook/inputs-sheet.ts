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
import { getAtPath, SCENARIO_INPUT_FIELDS } from '../shared/scenario/input-fields.ts';
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
  setTitle,
  setValue,
} from './cell-formats.ts';
import { defineName, NAMED_SCENARIO_INPUTS, scenarioInputName } from './named-ranges.ts';
import { lineKey, type SheetModule, type WorkbookContext } from './workbook-context.ts';

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
  line: BomLine;
  priceName: string;
  powerName: string;
  usedBy: Set<string>;
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
  const rows = new Map<string, UnitRow>();
  for (const s of scenarios) {
    s.result.bom.forEach((line, i) => {
      const key = JSON.stringify([
        line.componentId,
        line.unitPriceUsd,
        line.priceSource.source,
        line.priceSource.quality,
        line.unitPowerW,
        line.powerSource.source,
        line.powerSource.quality,
      ]);
      let u = rows.get(key);
      if (!u) {
        u = {
          line,
          priceName: ctx.names.claim(`Price_${line.componentId}`),
          powerName: ctx.names.claim(`Power_${line.componentId}`),
          usedBy: new Set(),
        };
        rows.set(key, u);
      }
      u.usedBy.add(`S${s.n}`);
      ctx.unitNames.set(lineKey(s.index, i), { price: u.priceName, power: u.powerName });
    });
  }
  for (const u of rows.values()) {
    const l = u.line;
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

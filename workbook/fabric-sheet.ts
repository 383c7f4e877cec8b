/**
 * Fabric sheet: the fabric plan of each scenario. A top table with one column per scenario
 * (accelerators, servers, topology, tiers, models, and totals as SUM formulas over the detail
 * tables), then switches per tier and links per link class (medium, components, length).
 *
 * The plan's counts are engine values: the topology planners are not spreadsheet arithmetic.
 */
import type { ScenarioResult } from '../shared/evaluate/scenario-result.ts';
import {
  colLetter,
  FMT,
  layoutSheet,
  markTotal,
  setFormula,
  setHeader,
  setNote,
  setSection,
  setTitle,
  setValue,
} from './cell-formats.ts';
import { linkMediaSplit, mediumFamily } from '../shared/media/link-media-split.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const FABRIC_TAB = 'Fabric';

interface PlanRow {
  label: string;
  unit: string;
  /** Reference key other sheets read (see RefRegistry). */
  key?: string;
  value?: (r: ScenarioResult) => number | string;
  numFmt?: string;
  /** Formula total over a detail-table column, with the engine's value as cached result. */
  total?: { table: 'tiers' | 'links'; cols: number[]; value: (r: ScenarioResult) => number };
  /**
   * A formula over the detail tables (`col(c)`: column c of this scenario's rows in that table,
   * e.g. `$C$12:$C$15`) and over this table's rows above (`above(key)`: that row's cell).
   */
  derived?: {
    value: (r: ScenarioResult) => number;
    formula: (col: (table: 'tiers' | 'links', c: number) => string, above: (key: string) => string) => string;
  };
}

const split = (r: ScenarioResult) => linkMediaSplit(r.fabric.links.byClass, r.fabric.transceivers, r.accelerators);

/** Column of the links table holding the medium family ("copper" or "optical"). */
const FAMILY_COL = 11;

const PLAN_ROWS: PlanRow[] = [
  { label: 'Accelerators', unit: 'accelerators', key: 'accelerators', value: (r) => r.accelerators, numFmt: FMT.count },
  { label: 'Servers', unit: 'servers', key: 'servers', value: (r) => r.servers, numFmt: FMT.count },
  { label: 'Build year', unit: 'year', key: 'year', value: (r) => r.year },
  { label: 'Topology', unit: '', key: 'fabric.topology', value: (r) => r.fabric.topology },
  { label: 'Switching tiers', unit: 'tiers', key: 'fabric.tiers', value: (r) => r.fabric.tiers, numFmt: FMT.count },
  { label: 'Planes', unit: 'planes', value: (r) => r.fabric.planes, numFmt: FMT.count },
  {
    label: 'Endpoints (scale-out NIC ports)',
    unit: 'ports',
    key: 'fabric.endpoints',
    value: (r) => r.fabric.endpoints,
    numFmt: FMT.count,
  },
  { label: 'Effective switch radix', unit: 'ports', value: (r) => r.fabric.radix, numFmt: FMT.count },
  {
    label: 'Largest endpoints per plane',
    unit: 'ports',
    value: (r) => r.fabric.maxEndpointsPerPlane,
    numFmt: FMT.count,
  },
  { label: 'Switch model', unit: '', key: 'fabric.switchModel', value: (r) => r.fabric.switchModel },
  { label: 'NIC model', unit: '', key: 'fabric.nicModel', value: (r) => r.fabric.nicModel },
  { label: 'NICs', unit: 'NICs', key: 'fabric.nics', value: (r) => r.fabric.nics, numFmt: FMT.count },
  {
    label: 'Switches',
    unit: 'switches',
    key: 'fabric.switches.total',
    numFmt: FMT.count,
    total: { table: 'tiers', cols: [3], value: (r) => r.fabric.switches.total },
  },
  {
    label: 'Links',
    unit: 'links',
    key: 'fabric.links.total',
    numFmt: FMT.count,
    total: { table: 'links', cols: [3], value: (r) => r.fabric.links.total },
  },
  {
    label: 'Pluggable transceivers',
    unit: 'modules',
    key: 'fabric.transceivers',
    numFmt: FMT.count,
    total: { table: 'links', cols: [8], value: (r) => r.fabric.transceivers },
  },
  {
    label: 'Cable assemblies and fibres',
    unit: 'cables',
    key: 'fabric.cables',
    numFmt: FMT.count,
    total: { table: 'links', cols: [7, 9], value: (r) => r.fabric.cables },
  },
  {
    label: 'Idle switch-port share (idle ports / all ports)',
    unit: '%',
    key: 'fabric.idlePortShare',
    numFmt: FMT.percent,
    derived: {
      value: (r) => r.fabric.switches.idlePortShare,
      formula: (col) =>
        `IF(SUMPRODUCT(${col('tiers', 3)},${col('tiers', 4)})>0,SUM(${col('tiers', 6)})/SUMPRODUCT(${col('tiers', 3)},${col('tiers', 4)}),0)`,
    },
  },
  {
    label: 'Copper links (DAC, ACC, AEC)',
    unit: 'links',
    key: 'fabric.copperLinks',
    numFmt: FMT.count,
    derived: {
      value: (r) => split(r).copperLinks,
      formula: (col) => `SUMIF(${col('links', FAMILY_COL)},"copper",${col('links', 3)})`,
    },
  },
  {
    label: 'Optical links (AOC, pluggable modules, CPO)',
    unit: 'links',
    key: 'fabric.opticalLinks',
    numFmt: FMT.count,
    derived: {
      value: (r) => split(r).opticalLinks,
      formula: (col) => `SUMIF(${col('links', FAMILY_COL)},"optical",${col('links', 3)})`,
    },
  },
  {
    label: 'Copper share of links',
    unit: '%',
    key: 'fabric.copperShare',
    numFmt: FMT.percent,
    derived: {
      value: (r) => split(r).copperShare,
      formula: (_, above) => {
        const [c, o] = [above('fabric.copperLinks'), above('fabric.opticalLinks')];
        return `IF(${c}+${o}>0,${c}/(${c}+${o}),0)`;
      },
    },
  },
  {
    label: 'Optics attach rate (pluggable modules per accelerator)',
    unit: 'modules/accelerator',
    key: 'fabric.modulesPerAccelerator',
    numFmt: FMT.decimal,
    derived: {
      value: (r) => split(r).modulesPerAccelerator,
      formula: (_, above) =>
        `IF(${above('accelerators')}>0,${above('fabric.transceivers')}/${above('accelerators')},0)`,
    },
  },
];

function writeFabric(ctx: WorkbookContext): void {
  const ws = ctx.sheet(FABRIC_TAB);
  const { scenarios } = ctx;
  setTitle(ws, 1, 'Fabric plan');
  setNote(
    ws,
    2,
    1,
    'Counts are the engine’s topology plan. Totals are SUM formulas over the per-tier and per-class tables below.',
  );
  const headerRow = 4;
  setHeader(ws, headerRow, ['Figure', 'Unit', ...scenarios.map((s) => s.result.name)]);

  // Detail tables first (their rows are needed by the totals).
  let row = headerRow + PLAN_ROWS.length + 2;
  setSection(ws, row++, 'Switches per tier');
  setHeader(ws, row++, ['Scenario', 'Tier', 'Switches', 'Radix (ports)', 'Ports used', 'Idle ports']);
  const tierRange = new Map<number, [number, number]>();
  for (const s of scenarios) {
    const from = row;
    for (const t of s.result.fabric.switches.byTier) {
      setValue(ws, row, 1, s.result.name);
      setValue(ws, row, 2, t.tier);
      setValue(ws, row, 3, t.count, FMT.count);
      setValue(ws, row, 4, t.radix, FMT.count);
      setValue(ws, row, 5, t.portsUsed, FMT.count);
      setValue(ws, row, 6, t.idlePorts, FMT.count);
      row++;
    }
    tierRange.set(s.index, [from, row - 1]);
  }

  row += 1;
  setSection(ws, row++, 'Links per link class');
  setHeader(ws, row++, [
    'Scenario',
    'Link class',
    'Links',
    'Medium',
    'Components',
    'Length (m)',
    'Cable assemblies',
    'Transceivers',
    'Fibres',
    'CPO ports',
    'Medium family',
  ]);
  const linkRange = new Map<number, [number, number]>();
  for (const s of scenarios) {
    const from = row;
    for (const c of s.result.fabric.links.byClass) {
      setValue(ws, row, 1, s.result.name);
      setValue(ws, row, 2, c.class);
      setValue(ws, row, 3, c.count, FMT.count);
      setValue(ws, row, 4, c.medium);
      setValue(ws, row, 5, c.components.join(', '));
      setValue(ws, row, 6, c.lengthM, FMT.meters);
      setValue(ws, row, 7, c.cables, FMT.count);
      setValue(ws, row, 8, c.transceivers, FMT.count);
      setValue(ws, row, 9, c.fibers, FMT.count);
      setValue(ws, row, 10, c.cpoPorts, FMT.count);
      setValue(ws, row, FAMILY_COL, mediumFamily(c.medium));
      row++;
    }
    linkRange.set(s.index, [from, row - 1]);
  }

  const notes = scenarios.flatMap((s) => s.result.fabric.notes.map((n) => [s.result.name, n] as const));
  if (notes.length > 0) {
    row += 1;
    setSection(ws, row++, 'Planner notes');
    for (const [name, note] of notes) {
      setValue(ws, row, 1, name);
      setValue(ws, row, 2, note);
      row++;
    }
  }

  PLAN_ROWS.forEach((p, i) => {
    const r0 = headerRow + 1 + i;
    setValue(ws, r0, 1, p.label);
    setValue(ws, r0, 2, p.unit);
    for (const s of scenarios) {
      const col = 3 + s.index;
      const r = s.result;
      if (p.total) {
        const [from, to] = (p.total.table === 'tiers' ? tierRange : linkRange).get(s.index)!;
        const cached = p.total.value(r);
        if (to >= from) {
          const sums = p.total.cols.map((c) => `SUM(${colLetter(c)}${from}:${colLetter(c)}${to})`);
          markTotal(setFormula(ws, r0, col, sums.join('+'), cached, p.numFmt));
        } else {
          setValue(ws, r0, col, cached, p.numFmt);
        }
      } else if (p.derived) {
        const ranges = { tiers: tierRange.get(s.index)!, links: linkRange.get(s.index)! };
        const col3 = (table: 'tiers' | 'links', c: number) => {
          const [from, to] = ranges[table];
          return `$${colLetter(c)}$${from}:$${colLetter(c)}$${Math.max(from, to)}`;
        };
        const above = (key: string) => {
          const k = PLAN_ROWS.findIndex((x) => x.key === key);
          if (k < 0 || k >= i) throw new Error(`workbook: Fabric row ${p.label} reads ${key}, not above it`);
          return `${colLetter(col)}${headerRow + 1 + k}`;
        };
        const empty = ranges.tiers[1] < ranges.tiers[0] || ranges.links[1] < ranges.links[0];
        if (empty) setValue(ws, r0, col, p.derived.value(r), p.numFmt);
        else setFormula(ws, r0, col, p.derived.formula(col3, above), p.derived.value(r), p.numFmt);
      } else if (p.value) {
        setValue(ws, r0, col, p.value(r), p.numFmt);
      }
      if (p.key) ctx.refs.set(p.key, s.index, FABRIC_TAB, r0, col);
    }
  });

  layoutSheet(ws, {
    widths: [34, 14, ...scenarios.map(() => 24), 14, 14, 14, 14, 14, 14],
    freezeRows: headerRow,
    freezeCols: 1,
  });
}

export const fabricSheet: SheetModule = {
  id: 'fabric',
  tabs: () => [FABRIC_TAB],
  write: writeFabric,
};

/**
 * Efficiency sheet: every figure of
 * shared/efficiency's result, one column per scenario. The step-time model (parallelism plan,
 * collective times, overlap) is not spreadsheet arithmetic, so its figures are engine values;
 * the figures derived from them by simple arithmetic are formulas
 * (shared/efficiency/training-efficiency.ts):
 *
 * - network-limited efficiency = (step − exposed communication) / step
 * - effective tokens per day = tokens per day x ETTR (Reliability sheet)
 * - effective accelerators = N x network-limited efficiency x ETTR
 * - cluster TCO = cluster capex + cluster IT kW x 8,760 h x PUE x USD/kWh x annuity factor
 * - USD per effective accelerator = cluster capex (or TCO) / effective accelerators
 *
 * A scenario whose workload cannot be split over its cluster shows the engine's message.
 */
import type { ScenarioResult } from '../shared/evaluate/scenario-result.ts';
import { FMT, layoutSheet, setNote, setSection, setTitle, setValue } from './cell-formats.ts';
import { columnTableWidths, writeColumnTable, type ColumnRow, type FormulaBuilder } from './column-table.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const EFFICIENCY_TAB = 'Efficiency';

/** Formulas for the figures the engine derives by simple arithmetic, by result path. */
const FORMULAS: Record<string, (b: FormulaBuilder) => string> = {
  networkLimitedEfficiency: (b) => {
    const [step, exposed] = [b.ref('eff.stepSeconds'), b.ref('eff.exposedCommunicationSeconds')];
    return `IF(${step}>0,(${step}-${exposed})/${step},1)`;
  },
  effectiveTokensPerDay: (b) => `${b.ref('eff.tokensPerDay')}*${b.ref('rel.ettr')}`,
  effectiveAccelerators: (b) =>
    `${b.ref('accelerators')}*${b.ref('eff.networkLimitedEfficiency')}*${b.ref('rel.ettr')}`,
  clusterTcoUsd: (b) =>
    `${b.ref('capex.clusterUsd')}+(${b.ref('power.clusterW')}/1000)*${b.ref('hours')}*${b.ref('pue')}*` +
    `${b.ref('electricity')}*${b.ref('annuityFactor')}`,
  clusterCapexUsdPerEffectiveAccelerator: (b) => `${b.ref('capex.clusterUsd')}/${b.ref('eff.effectiveAccelerators')}`,
  clusterTcoUsdPerEffectiveAccelerator: (b) => `${b.ref('eff.clusterTcoUsd')}/${b.ref('eff.effectiveAccelerators')}`,
};

/** Unit and format of a figure from its name's suffix. */
function unitOf(path: string): { unit: string; numFmt?: string } {
  const leaf = path.split('.').pop() ?? path;
  if (/Usd/.test(leaf)) return { unit: 'USD', numFmt: FMT.usdCents };
  if (/seconds$/i.test(leaf)) return { unit: 's', numFmt: '0.000000' };
  if (/^bytes/i.test(leaf)) return { unit: 'B', numFmt: FMT.count };
  if (/GBps$/.test(leaf) || /^(scaleUp|scaleOut)$/.test(leaf)) return { unit: 'GB/s', numFmt: FMT.decimal };
  if (/Us$/.test(leaf)) return { unit: 'us', numFmt: FMT.decimal };
  if (/Tflops/.test(leaf)) return { unit: 'TFLOP/s', numFmt: FMT.decimal };
  if (/PerDay$/.test(leaf)) return { unit: 'per day', numFmt: FMT.count };
  if (/^(networkLimitedEfficiency|mfu)$/.test(leaf)) return { unit: 'ratio', numFmt: FMT.fine };
  return { unit: '', numFmt: undefined };
}

/**
 * Number, text and boolean leaves of an object as dot paths, in key order; arrays by index.
 * Example: `flatten({ a: { b: 1 }, c: [2] })` → `[['a.b', 1], ['c.0', 2]]`.
 */
function flatten(value: unknown, prefix = ''): [string, number | string | boolean][] {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return [[prefix, value]];
  if (value === null || typeof value !== 'object') return [];
  const out: [string, number | string | boolean][] = [];
  for (const [k, v] of Object.entries(value)) out.push(...flatten(v, prefix ? `${prefix}.${k}` : k));
  return out;
}

/** Every figure of a scenario's efficiency result by dot path; empty when it was not evaluated. */
function figures(r: ScenarioResult): Map<string, number | string | boolean> {
  if (!r.efficiency.ok) return new Map();
  const { notes: _notes, ok: _ok, ...rest } = r.efficiency;
  return new Map(flatten(rest));
}

function writeEfficiency(ctx: WorkbookContext): void {
  const ws = ctx.sheet(EFFICIENCY_TAB);
  setTitle(ws, 1, 'Parallel efficiency of the training workload');
  setNote(
    ws,
    2,
    1,
    'Engine values (shared/efficiency): the step-time model is not spreadsheet arithmetic; change workload inputs ' +
      'in Fabricost and export again. Network-limited efficiency, effective tokens and accelerators, cluster TCO and ' +
      'the costs per effective accelerator are formulas.',
  );
  const byScenario = ctx.scenarios.map((s) => figures(s.result));
  const paths: string[] = [];
  for (const m of byScenario) for (const p of m.keys()) if (!paths.includes(p)) paths.push(p);
  const status: ColumnRow = {
    label: 'Status',
    unit: '',
    value: (r) =>
      r.efficiency.ok ? 'ok' : `not evaluated: ${r.efficiency.error.path} ${r.efficiency.error.message}`.trim(),
  };
  const rows: ColumnRow[] = [
    status,
    ...paths.map((path): ColumnRow => {
      const { unit, numFmt } = unitOf(path);
      const formula = FORMULAS[path];
      return {
        label: path,
        unit,
        key: `eff.${path}`,
        numFmt,
        formula,
        value: (r) => {
          const v = figures(r).get(path);
          return typeof v === 'boolean' ? String(v) : v;
        },
      };
    }),
  ];
  const headerRow = 4;
  let row = writeColumnTable(ctx, ws, EFFICIENCY_TAB, headerRow, rows) + 1;
  const notes = ctx.scenarios.flatMap((s) =>
    s.result.efficiency.ok ? s.result.efficiency.notes.map((x) => [s.result.name, x] as const) : [],
  );
  if (notes.length > 0) {
    setSection(ws, row++, 'Notes');
    for (const [name, note] of notes) {
      setValue(ws, row, 1, name);
      setValue(ws, row, 2, note);
      row++;
    }
  }
  layoutSheet(ws, { widths: [...columnTableWidths(ctx.scenarios.length)], freezeRows: headerRow, freezeCols: 1 });
}

export const efficiencySheet: SheetModule = {
  id: 'efficiency',
  tabs: () => [EFFICIENCY_TAB],
  write: writeEfficiency,
};

/**
 * Reliability sheet: failures by component class as
 * engine values, and the cost of interruptions as formulas where the engine's arithmetic is
 * simple (shared/reliability/evaluate-reliability.ts, downtime-cost.ts):
 *
 * - interruptions per day = SUM over the classes; network-caused = SUMIF over network classes
 * - network share = network / all (0 when nothing interrupts)
 * - accelerator-hours lost per year = N x 8,760 h x (1 − ETTR) x (1 + second-order loss)
 * - network part = hours x network share; costs = hours x price of an accelerator-hour
 * - over the horizon = network cost per year x annuity factor (Power sheet);
 *   TCO with downtime = network TCO + that
 *
 * - per class: interruptions per day = 24 x count x AFR / 100 / 8,760 x interrupt probability,
 *   with the AFR a live input
 * - MTTI = 24 / interruptions per day; checkpoint interval = fixed, or Young sqrt(2δM), or Daly;
 *   ETTR = τ / (M e^(R/M) (e^((τ+δ)/M) − 1)), capped at 1 (effective-training-time.ts), written in
 *   logarithms so that it never overflows
 */
import type { ScenarioResult } from '../shared/evaluate/scenario-result.ts';
import type { ReliabilityResult } from '../shared/reliability/evaluate-reliability.ts';
import type { Scenario } from '../shared/scenario/scenario-schema.ts';
import { HOURS_PER_YEAR } from '../shared/power/power-rollup.ts';
import {
  absRef,
  FMT,
  layoutSheet,
  markInput,
  setFormula,
  setHeader,
  setNote,
  setSection,
  setTitle,
  setValue,
} from './cell-formats.ts';
import { columnTableWidths, writeColumnTable, type ColumnRow } from './column-table.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const RELIABILITY_TAB = 'Reliability';

/** A number of the scenario's reliability result, e.g. `rel('ettr')`. */
type ReliabilityNumber = {
  [K in keyof ReliabilityResult]: ReliabilityResult[K] extends number ? K : never;
}[keyof ReliabilityResult];
const rel = (field: ReliabilityNumber) => (r: ScenarioResult) => r.reliability[field];

function rows(ctx: WorkbookContext): ColumnRow[] {
  /** An input of the scenario that produced `r`, e.g. its checkpoint write time. */
  const input = (pick: (s: Scenario) => number) => (r: ScenarioResult) => {
    const s = ctx.scenarios.find((x) => x.result === r)?.scenario;
    return s && pick(s);
  };
  const range = (key: string, i: number) => (ctx.refs.has(key, i) ? ctx.refs.get(key, i) : undefined);
  return [
    {
      label: 'Interruptions per day (all causes)',
      unit: '1/day',
      key: 'rel.total',
      numFmt: FMT.fine,
      formula: (b) => {
        const perDay = range('rel.byClass.perDay', b.s.index);
        return perDay && `SUM(${perDay})`;
      },
      value: rel('interruptionsPerDay'),
    },
    {
      label: 'Network-caused interruptions per day',
      unit: '1/day',
      key: 'rel.net',
      numFmt: FMT.fine,
      formula: (b) => {
        const perDay = range('rel.byClass.perDay', b.s.index);
        const network = range('rel.byClass.network', b.s.index);
        return perDay && network && `SUMIF(${network},"yes",${perDay})`;
      },
      value: rel('networkInterruptionsPerDay'),
    },
    {
      label: 'Network interruptions per day, every AFR at its catalog low',
      unit: '1/day',
      numFmt: FMT.fine,
      value: (r) => r.reliability.networkInterruptionsPerDayRange.low,
    },
    {
      label: 'Network interruptions per day, every AFR at its catalog high',
      unit: '1/day',
      numFmt: FMT.fine,
      value: (r) => r.reliability.networkInterruptionsPerDayRange.high,
    },
    {
      label: 'Network share of interruptions',
      unit: '%',
      key: 'rel.share',
      numFmt: FMT.percent,
      formula: (b) => `IF(${b.ref('rel.total')}>0,${b.ref('rel.net')}/${b.ref('rel.total')},0)`,
      value: rel('networkShare'),
    },
    {
      label: 'Mean time to interruption (MTTI)',
      unit: 'h',
      key: 'rel.mtti',
      numFmt: FMT.decimal,
      formula: (b) => `24/${b.ref('rel.total')}`,
      value: (r) => r.reliability.mttiHours ?? undefined,
    },
    {
      label: 'Checkpoint interval mode',
      unit: '',
      value: (r) => r.reliability.checkpointMode,
    },
    {
      label: 'Checkpoint write time',
      unit: 'min',
      key: 'rel.write',
      numFmt: FMT.decimal,
      formula: (b) => b.ref('input:reliability.checkpoint.writeMinutes'),
      value: input((s) => s.reliability.checkpoint.writeMinutes),
    },
    {
      label: 'Restart time',
      unit: 'min',
      key: 'rel.restart',
      numFmt: FMT.decimal,
      formula: (b) => b.ref('input:reliability.checkpoint.restartMinutes'),
      value: input((s) => s.reliability.checkpoint.restartMinutes),
    },
    {
      label: 'Checkpoint interval (fixed, or Young/Daly from MTTI)',
      unit: 'min',
      key: 'rel.interval',
      numFmt: FMT.decimal,
      formula: (b) => {
        const mode = b.s.result.reliability.checkpointMode;
        if (mode === 'fixed') return b.ref('input:reliability.checkpoint.fixedIntervalMinutes');
        const [w, m] = [b.ref('rel.write'), `(${b.ref('rel.mtti')}*60)`];
        if (mode === 'young') return `SQRT(2*${w}*${m})`;
        return `IF(${w}>=2*${m},${m},SQRT(2*${w}*${m})*(1+SQRT(${w}/(2*${m}))/3+${w}/(2*${m})/9)-${w})`;
      },
      value: (r) => r.reliability.checkpointIntervalMinutes ?? undefined,
    },
    {
      label: 'Hours lost per interruption (restart + half an interval)',
      unit: 'h',
      numFmt: FMT.fine,
      formula: (b) => `(${b.ref('rel.restart')}+${b.ref('rel.interval')}/2)/60`,
      value: rel('hoursLostPerInterruption'),
    },
    {
      label: 'Effective training time ratio (ETTR, Daly)',
      unit: '%',
      key: 'rel.ettr',
      numFmt: FMT.percent,
      formula: (b) => {
        const [t, d, rr, m] = [
          b.ref('rel.interval'),
          b.ref('rel.write'),
          b.ref('rel.restart'),
          `(${b.ref('rel.mtti')}*60)`,
        ];
        // In logarithms, as the engine evaluates it (dalyEttr): with interruptions far more frequent
        // than checkpoints, EXP((τ+δ)/M) overflows (#NUM!) where the ratio is simply 0.
        // ln(e^y − 1) = y + ln(1 − e^−y) for large y.
        const y = `((${t}+${d})/${m})`;
        return `MIN(1,EXP(LN(${t}/${m})-${rr}/${m}-IF(${y}>30,${y}+LN(1-EXP(-${y})),LN(EXP(${y})-1))))`;
      },
      value: rel('ettr'),
    },
    {
      label: 'Second-order loss (pre-empted neighbouring jobs)',
      unit: 'ratio',
      key: 'rel.secondOrder',
      numFmt: FMT.fine,
      formula: (b) =>
        ctx.refs.has('input:reliability.secondOrderLossFraction', b.s.index)
          ? b.ref('input:reliability.secondOrderLossFraction')
          : undefined,
      value: input((s) => s.reliability.secondOrderLossFraction),
    },
    {
      label: 'Accelerator-hours lost per year (all causes)',
      unit: 'h/yr',
      key: 'rel.hours',
      numFmt: FMT.count,
      formula: (b) =>
        `${b.ref('accelerators')}*${b.ref('hours')}*(1-${b.ref('rel.ettr')})*(1+${b.ref('rel.secondOrder')})`,
      value: rel('downtimeAcceleratorHoursPerYear'),
    },
    {
      label: 'Network-caused accelerator-hours per year',
      unit: 'h/yr',
      key: 'rel.netHours',
      numFmt: FMT.count,
      formula: (b) => `${b.ref('rel.hours')}*${b.ref('rel.share')}`,
      value: rel('networkDowntimeAcceleratorHoursPerYear'),
    },
    {
      label: 'Price of an accelerator-hour',
      unit: 'USD/h',
      key: 'rel.hourUsd',
      numFmt: FMT.usdCents,
      formula: (b) =>
        ctx.refs.has('input:reliability.acceleratorHourUsd', b.s.index)
          ? b.ref('input:reliability.acceleratorHourUsd')
          : undefined,
      value: rel('acceleratorHourUsd'),
    },
    {
      label: 'Downtime cost per year (all causes)',
      unit: 'USD/yr',
      numFmt: FMT.usd,
      formula: (b) => `${b.ref('rel.hours')}*${b.ref('rel.hourUsd')}`,
      value: rel('downtimeCostUsdPerYear'),
    },
    {
      label: 'Network downtime cost per year',
      unit: 'USD/yr',
      key: 'rel.netCost',
      numFmt: FMT.usd,
      formula: (b) => `${b.ref('rel.netHours')}*${b.ref('rel.hourUsd')}`,
      value: rel('networkDowntimeCostUsdPerYear'),
      total: true,
    },
    {
      label: 'Network downtime cost over the horizon (x annuity factor)',
      unit: 'USD',
      key: 'rel.netCostHorizon',
      numFmt: FMT.usd,
      formula: (b) => `${b.ref('rel.netCost')}*${b.ref('annuityFactor')}`,
      value: rel('networkDowntimeCostOverHorizonUsd'),
    },
    {
      label: 'Network TCO with downtime (TCO + downtime over the horizon)',
      unit: 'USD',
      key: 'tcoWithDowntimeUsd',
      numFmt: FMT.usd,
      formula: (b) => `${b.ref('tcoUsd')}+${b.ref('rel.netCostHorizon')}`,
      value: (r) => r.tcoWithDowntimeUsd,
      total: true,
    },
  ];
}

function writeReliability(ctx: WorkbookContext): void {
  const ws = ctx.sheet(RELIABILITY_TAB);
  setTitle(ws, 1, 'Reliability and the cost of interruptions');
  setNote(
    ws,
    2,
    1,
    'Failure rates (blue, in the table by component class) are inputs. Interruptions, MTTI, the Young/Daly ' +
      'checkpoint interval, ETTR, hours lost and their cost are formulas over them, the checkpoint and restart ' +
      'times and the price of an accelerator-hour on Inputs and the annuity factor on Power.',
  );
  const headerRow = 4;
  const list = rows(ctx);

  // Failures by component class first: the headline formulas sum over it.
  let row = headerRow + list.length + 2;
  setSection(ws, row++, 'Failures by component class');
  setHeader(ws, row++, [
    'Scenario',
    'Class',
    'Component id',
    'Where',
    'Network',
    'Count',
    'AFR (%/yr, input)',
    'Interrupt probability',
    'Interruptions per day',
  ]);
  for (const s of ctx.scenarios) {
    const classes = s.result.reliability.byClass;
    const from = row;
    for (const c of classes) {
      setValue(ws, row, 1, s.result.name);
      setValue(ws, row, 2, c.class);
      setValue(ws, row, 3, c.componentId);
      setValue(ws, row, 4, c.where);
      setValue(ws, row, 5, c.network === true ? 'yes' : 'no');
      setValue(ws, row, 6, c.count, FMT.count);
      const afr = setValue(ws, row, 7, c.afrPercentPerYear, FMT.fine);
      markInput(afr, { min: 0, max: 1000 });
      ctx.liveInputs.push({
        ref: absRef(RELIABILITY_TAB, row, 7),
        label: `AFR of ${c.class}${c.where ? ` (${c.where})` : ''}, ${s.result.name}`,
        value: c.afrPercentPerYear,
      });
      setValue(ws, row, 8, c.interruptProbability, FMT.fine);
      // interruption-rate.ts: 24 h x count x AFR / 100 / 8,760 h x interrupt probability.
      setFormula(ws, row, 9, `24*F${row}*G${row}/100/${HOURS_PER_YEAR}*H${row}`, c.interruptionsPerDay, FMT.fine);
      row++;
    }
    if (row > from) {
      ctx.refs.setRange('rel.byClass.perDay', s.index, RELIABILITY_TAB, 9, from, row - 1);
      ctx.refs.setRange('rel.byClass.network', s.index, RELIABILITY_TAB, 5, from, row - 1);
    }
  }
  writeColumnTable(ctx, ws, RELIABILITY_TAB, headerRow, list);
  layoutSheet(ws, {
    widths: [...columnTableWidths(ctx.scenarios.length), 14, 14, 14, 14, 14, 14],
    freezeRows: headerRow,
    freezeCols: 1,
  });
}

export const reliabilitySheet: SheetModule = {
  id: 'reliability',
  tabs: () => [RELIABILITY_TAB],
  write: writeReliability,
};

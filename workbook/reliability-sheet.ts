/**
 * Reliability sheet (when the engine reports reliability): failures by component class as
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
 * MTTI, the checkpoint interval and ETTR (Young/Daly) are engine values.
 */
import type { ScenarioResult } from '../shared/evaluate/scenario-result.ts';
import { FMT, layoutSheet, setHeader, setNote, setSection, setTitle, setValue } from './cell-formats.ts';
import { writeColumnTable, type ColumnRow } from './column-table.ts';
import { num, reliabilityOf, resultNumber, type FailureRowLike } from './engine-extras.ts';
import type { SheetModule, WorkbookContext } from './workbook-context.ts';

export const RELIABILITY_TAB = 'Reliability';

const rel = (field: string) => (r: ScenarioResult) => num(reliabilityOf(r)?.[field]);

function rows(ctx: WorkbookContext): ColumnRow[] {
  const input = (path: string) => (r: ScenarioResult) => {
    const s = ctx.scenarios.find((x) => x.result === r)?.scenario;
    const v = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], s);
    return num(v);
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
      value: (r) => num((reliabilityOf(r)?.networkInterruptionsPerDayRange as { low?: unknown } | undefined)?.low),
    },
    {
      label: 'Network interruptions per day, every AFR at its catalog high',
      unit: '1/day',
      numFmt: FMT.fine,
      value: (r) => num((reliabilityOf(r)?.networkInterruptionsPerDayRange as { high?: unknown } | undefined)?.high),
    },
    {
      label: 'Network share of interruptions',
      unit: '%',
      key: 'rel.share',
      numFmt: FMT.percent,
      formula: (b) => `IF(${b.ref('rel.total')}>0,${b.ref('rel.net')}/${b.ref('rel.total')},0)`,
      value: rel('networkShare'),
    },
    { label: 'Mean time to interruption', unit: 'h', numFmt: FMT.decimal, value: rel('mttiHours') },
    {
      label: 'Checkpoint interval mode',
      unit: '',
      value: (r) => {
        const m = reliabilityOf(r)?.checkpointMode;
        return typeof m === 'string' ? m : undefined;
      },
    },
    { label: 'Checkpoint interval', unit: 'min', numFmt: FMT.decimal, value: rel('checkpointIntervalMinutes') },
    { label: 'Hours lost per interruption', unit: 'h', numFmt: FMT.fine, value: rel('hoursLostPerInterruption') },
    {
      label: 'Effective training time ratio (ETTR)',
      unit: 'ratio',
      key: 'rel.ettr',
      numFmt: FMT.fine,
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
      value: input('reliability.secondOrderLossFraction'),
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
      value: (r) => resultNumber(r, 'tcoWithDowntimeUsd'),
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
    'Failure rates, MTTI, checkpoint interval and ETTR are engine values (shared/reliability). Hours lost, their ' +
      'cost and the network share are formulas over them, the price of an accelerator-hour on Inputs and the ' +
      'annuity factor on Power.',
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
    'AFR (%/yr)',
    'Interrupt probability',
    'Interruptions per day',
  ]);
  for (const s of ctx.scenarios) {
    const classes: FailureRowLike[] = reliabilityOf(s.result)?.byClass ?? [];
    const from = row;
    for (const c of classes) {
      setValue(ws, row, 1, s.result.name);
      setValue(ws, row, 2, String(c.class ?? ''));
      setValue(ws, row, 3, String(c.componentId ?? ''));
      setValue(ws, row, 4, String(c.where ?? ''));
      setValue(ws, row, 5, c.network === true ? 'yes' : 'no');
      setValue(ws, row, 6, num(c.count), FMT.count);
      setValue(ws, row, 7, num(c.afrPercentPerYear), FMT.fine);
      setValue(ws, row, 8, num(c.interruptProbability), FMT.fine);
      setValue(ws, row, 9, num(c.interruptionsPerDay), FMT.fine);
      row++;
    }
    if (row > from && classes.every((c) => typeof c.interruptionsPerDay === 'number')) {
      ctx.refs.setRange('rel.byClass.perDay', s.index, RELIABILITY_TAB, 9, from, row - 1);
      ctx.refs.setRange('rel.byClass.network', s.index, RELIABILITY_TAB, 5, from, row - 1);
    }
  }
  writeColumnTable(ctx, ws, RELIABILITY_TAB, headerRow, list);
  layoutSheet(ws, {
    widths: [58, 12, ...ctx.scenarios.map(() => 22), 14, 14, 14, 14, 14, 14],
    freezeRows: headerRow,
    freezeCols: 1,
  });
}

export const reliabilitySheet: SheetModule = {
  id: 'reliability',
  tabs: (ctx) => (ctx.scenarios.every((s) => reliabilityOf(s.result) !== undefined) ? [RELIABILITY_TAB] : []),
  write: writeReliability,
};

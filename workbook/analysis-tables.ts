/**
 * Scaling analyses of every exported scenario as workbook tables of engine values: the
 * cluster-size sweep and the year projection, as shared/evaluate/project-analyses.ts returned
 * them; this module only lays them out. Sheets: "Sweep <n> <name>", "Projection <n> <name>"
 * (scenarioTab). (The tornado is live: tornado-sheet.ts.)
 */
import type { ScenarioAnalyses } from '../shared/evaluate/project-analyses.ts';
import { scenarioTab, type WorkbookTable } from './workbook-context.ts';

/**
 * Example: the analyses of two scenarios give four tables, "Sweep 1 A" … "Projection 2 B", numbered
 * in the given order as the BOM tabs are; an analysis that could not run gets a one-row table
 * stating the error, one not run gets no table.
 */
export function analysisTables(analyses: readonly ScenarioAnalyses[]): WorkbookTable[] {
  const tables: WorkbookTable[] = [];
  analyses.forEach((a, i) => {
    const n = i + 1;
    const s = { name: a.scenario };
    const sweep = a.sweep;
    if (sweep === undefined) {
      // Not asked for.
    } else if (sweep.ok) {
      const series = sweep.value.series;
      tables.push({
        sheet: scenarioTab('Sweep', n, s.name),
        title: `Cluster-size sweep: ${s.name}`,
        note:
          `Engine values. Series: ${series.map((x) => x.name).join('; ')}. Tier transitions: ` +
          (series
            .flatMap((x) =>
              x.tierTransitions.map((t) => `${x.name} ${t.fromTiers}→${t.toTiers} after ${t.lastAccelerators}`),
            )
            .join('; ') || 'none') +
          `. Crossovers: ${sweep.value.crossovers.map((c) => `${c.metric}: ${c.lowerAfter} below ${c.lowerBefore} from ${c.at}`).join('; ') || 'none'}.`,
        columns: [
          { label: 'Accelerators' },
          ...series.flatMap((x) => [
            { label: `${x.name}: capex per accelerator`, unit: 'USD' },
            { label: `${x.name}: power per accelerator`, unit: 'W' },
            { label: `${x.name}: tiers` },
            { label: `${x.name}: switches` },
            { label: `${x.name}: transceivers` },
          ]),
        ],
        charts: [
          {
            title: `Network capex per accelerator by cluster size: ${s.name}`,
            yTitle: 'USD per accelerator',
            columns: series.map((_, j) => 1 + 5 * j),
            logX: true,
            valueFormat: '"$"#,##0',
          },
          {
            title: `Network power per accelerator by cluster size: ${s.name}`,
            yTitle: 'W per accelerator',
            columns: series.map((_, j) => 2 + 5 * j),
            logX: true,
            valueFormat: '#,##0',
          },
        ],
        rows: sweep.value.sizes.map((size, k) => [
          size,
          ...series.flatMap((x) => {
            const p = x.points[k];
            return p?.ok
              ? [p.capexPerAcceleratorUsd, p.powerPerAcceleratorW, p.tiers, p.switches, p.transceivers]
              : [null, null, null, null, null];
          }),
        ]),
      });
    } else tables.push(errorTable(scenarioTab('Sweep', n, s.name), `Cluster-size sweep: ${s.name}`, sweep.error));

    const proj = a.projection;
    if (proj === undefined) {
      // Not asked for.
    } else if (proj.ok) {
      const series = proj.value.series;
      tables.push({
        sheet: scenarioTab('Projection', n, s.name),
        title: `Year projection (${proj.value.mode}): ${s.name}`,
        note:
          `Engine values; prices and powers follow the catalog's learning curves. Component changes: ` +
          (series
            .flatMap((x) => x.transitions.map((t) => `${x.name} ${t.year} ${t.what} ${t.from}→${t.to}`))
            .join('; ') || 'none') +
          (proj.value.slips.length
            ? `. Slips: ${proj.value.slips.map((x) => `${x.componentId} ${x.fromYear}→${x.toYear}`).join('; ')}`
            : ''),
        columns: [
          { label: 'Year' },
          ...series.flatMap((x) => [
            { label: `${x.name}: capex`, unit: 'USD' },
            { label: `${x.name}: capex per accelerator`, unit: 'USD' },
            { label: `${x.name}: power per accelerator`, unit: 'W' },
            { label: `${x.name}: USD per Gb/s`, unit: 'USD' },
            { label: `${x.name}: vendor HHI` },
            { label: `${x.name}: switch` },
          ]),
        ],
        charts: [
          {
            title: `Network capex by build year: ${s.name}`,
            yTitle: 'USD',
            columns: series.map((_, j) => 1 + 6 * j),
            valueFormat: '"$"#,##0',
          },
        ],
        rows: proj.value.years.map((year, k) => [
          year,
          ...series.flatMap((x) => {
            const p = x.points[k];
            return p?.ok
              ? [
                  p.capexUsd,
                  p.capexPerAcceleratorUsd,
                  p.powerPerAcceleratorW,
                  p.usdPerGbps,
                  p.exposure.hhi,
                  p.switchModel,
                ]
              : [null, null, null, null, null, p ? `cannot be built: ${p.error.message}` : null];
          }),
        ]),
      });
    } else tables.push(errorTable(scenarioTab('Projection', n, s.name), `Year projection: ${s.name}`, proj.error));
  });
  return tables;
}

function errorTable(sheet: string, title: string, e: { path: string; value: string; message: string }): WorkbookTable {
  return {
    sheet,
    title,
    note: 'The analysis could not run for this scenario.',
    columns: [{ label: 'Problem' }],
    rows: [[`${e.path} = ${e.value}: ${e.message}`]],
  };
}

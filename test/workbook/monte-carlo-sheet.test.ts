/**
 * Monte Carlo sheet: every scenario's stored Monte Carlo as engine values (percentiles of each
 * metric, the TCO histogram) with a native chart over the histogram's cells.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { monteCarloSettings, runMonteCarlo } from '../../shared/scaling/monte-carlo.ts';
import { MONTE_CARLO_TAB } from '../../workbook/monte-carlo-sheet.ts';
import { exportProject, loadProject, projectCatalog, readWorkbook, rowOfLabel } from './workbook-fixtures.ts';

describe('Monte Carlo sheet', async () => {
  const project = loadProject('sample-project.json');
  const { bytes } = await exportProject(project, 'sample-project.json');
  const wb = await readWorkbook(bytes);
  const ws = wb.getWorksheet(MONTE_CARLO_TAB)!;

  test('one block per scenario: P5 … P95 of capex, power and TCO equal the engine run', () => {
    assert.ok(ws, 'a Monte Carlo tab');
    const sections: number[] = [];
    ws.eachRow((row, n) => {
      if (/^S\d+ /.test(String(row.getCell(1).value ?? ''))) sections.push(n);
    });
    assert.equal(sections.length, project.scenarios.length);
    project.scenarios.forEach((s, k) => {
      const mc = runMonteCarlo(s, projectCatalog(project), {
        ...monteCarloSettings(s),
        projectOverrides: project.catalogOverrides,
      });
      assert.ok(mc.ok);
      const m = mc.value.metrics;
      // Rows of this block: below its section, above the next.
      const find = (label: string) => {
        for (let r = sections[k]!; r < (sections[k + 1] ?? ws.rowCount + 1); r++)
          if (ws.getCell(r, 1).value === label) return r;
        throw new Error(`no ${label} in block ${k + 1}`);
      };
      // Columns: B capex, C capex per accelerator, D power (W, shown in kW), E energy cost, F TCO.
      assert.equal(ws.getCell(find('P90'), 2).value, m.capexUsd.p90);
      assert.equal(ws.getCell(find('P10'), 4).value, m.powerW.p10);
      assert.equal(ws.getCell(find('P50 (median)'), 6).value, m.tcoUsd.p50);
      assert.equal(ws.getCell(find('Base case (engine)'), 6).value, mc.value.baseCase.tcoUsd);
      assert.ok(m.tcoUsd.p5 <= m.tcoUsd.p50 && m.tcoUsd.p50 <= m.tcoUsd.p95);
      // The histogram's sample counts add up to the samples.
      let counted = 0;
      for (let r = find('TCO bin') + 1; typeof ws.getCell(r, 4).value === 'number'; r++)
        counted += ws.getCell(r, 4).value as number;
      assert.equal(counted, mc.value.samples);
    });
    assert.equal(ws.getCell(rowOfLabel(ws, 'P95')!, 6).numFmt, '"$"#,##0');
  });

  test('a TCO histogram chart per scenario, bound to the Monte Carlo cells', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    const histograms = xml.filter((x) => x.includes('samples: S'));
    assert.equal(histograms.length, project.scenarios.length);
    for (const x of histograms) assert.match(x, /<c:f>'Monte Carlo'!\$D\$\d+:\$D\$\d+<\/c:f>/);
  });
});

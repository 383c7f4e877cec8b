/**
 * Roadmap sheet: the catalog roadmap as a table by vendor, with each scenario's slipped years.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { ROADMAP_TAB } from '../../workbook/roadmap-sheet.ts';
import { exportProject, loadProject, readWorkbook } from './workbook-fixtures.ts';

test('roadmap table: products by vendor lane, catalog year, and the year after a scenario’s 2-year CPO slip', async () => {
  const project = loadProject('dgx-h100-1k-infiniband.json');
  // Scenario 2 slips co-packaged optics by two years; scenario 1 stores no slip.
  project.scenarios[1]!.analysis.projection.slips.a = { target: 'cpo', delayYears: 2 };
  const wb = await readWorkbook((await exportProject(project, 'dgx.json')).bytes);
  const ws = wb.getWorksheet(ROADMAP_TAB)!;
  assert.ok(ws, 'a Roadmap tab');
  let header = 0;
  ws.eachRow((row, n) => {
    if (header === 0 && row.getCell(1).value === 'Vendor') header = n;
  });
  assert.deepEqual((ws.getRow(header).values as unknown[]).slice(1), [
    'Vendor',
    'Product',
    'Category',
    'Technologies',
    'First volume (catalog)',
    'S2 after slips',
  ]);
  const cpo = defaultCatalog.switches.find((s) => s.id === 'th6-cpo-64x1600g')!;
  const rows: { vendor: unknown; year: unknown; slipped: unknown }[] = [];
  ws.eachRow((row, n) => {
    if (n > header && row.getCell(2).value === cpo.name)
      rows.push({ vendor: row.getCell(1).value, year: row.getCell(5).value, slipped: row.getCell(6).value });
  });
  // Listed under Broadcom (its silicon vendor) at least; every listing slips from the catalog year by 2.
  const broadcom = defaultCatalog.vendors.find((v) => v.id === 'broadcom')!.name;
  assert.ok(
    rows.some((r) => r.vendor === broadcom),
    JSON.stringify(rows),
  );
  for (const r of rows) {
    assert.equal(r.year, cpo.firstVolumeYear);
    assert.equal(r.slipped, cpo.firstVolumeYear + 2);
  }
  // A product no slip touches keeps its year in the slipped column.
  const th5 = defaultCatalog.switches.find((s) => s.id === 'th5-64x800g')!;
  ws.eachRow((row, n) => {
    if (n > header && row.getCell(2).value === th5.name) assert.equal(row.getCell(6).value, th5.firstVolumeYear);
  });
});

/**
 * Native charts: every export (app and command line share writeWorkbook) carries chart parts
 * bound to its own cells, in ECMA-376 element order, with no images. LibreOffice rendering
 * of every chart is checked in workbook-print.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chartXml, insertDrawing } from '../../workbook/native-charts.ts';
import { findAll, orderViolations, parseXml } from './chart-xml.ts';
import { exportProject, loadProject, readWorkbook, sameValue, shown } from './workbook-fixtures.ts';

/** Cells of an absolute range such as `'Summary'!$C$20:$C$26`. */
function cellsOf(wb: ExcelJS.Workbook, ref: string): ExcelJS.Cell[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  assert.ok(m, `absolute one-column range: ${ref}`);
  const ws = wb.getWorksheet(m[1]!.replaceAll("''", "'"));
  assert.ok(ws, `sheet of ${ref}`);
  assert.equal(m[2], m[4]);
  const out: ExcelJS.Cell[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(ws.getCell(`${m[2]}${r}`));
  return out;
}

describe('native charts', async () => {
  const project = loadProject('sample-project.json');
  const { bytes, results } = await exportProject(project, 'sample-project.json');
  const zip = await JSZip.loadAsync(bytes);
  const wb = await readWorkbook(bytes);
  const chartFiles = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  const charts = await Promise.all(
    chartFiles.map(async (f) => ({ f, xml: parseXml(await zip.file(f)!.async('string')) })),
  );
  const titleOf = (x: ReturnType<typeof parseXml>) =>
    findAll(findAll(x, 'title')[0]!, 't')
      .map((t) => t.text)
      .join('');

  test('charts of every kind, for every scenario, and no images', () => {
    const titles = charts.map((c) => titleOf(c.xml));
    const n = results.length;
    for (const t of [
      'Network capex by category per scenario',
      'Network capex per accelerator by category',
      'Network IT power by category per scenario',
      'Compared per accelerator: network capex by category',
    ])
      assert.equal(titles.filter((x) => x === t).length, 1, t);
    const count = (prefix: string) => titles.filter((x) => x.startsWith(prefix)).length;
    assert.equal(count('Vendor shares: S'), n);
    assert.equal(count('Country shares: S'), n);
    assert.equal(count('Network TCO sensitivity: S'), n);
    assert.equal(count('Network capex per accelerator by cluster size: '), n);
    assert.equal(count('Network power per accelerator by cluster size: '), n);
    assert.equal(count('Network capex by build year: '), n);
    assert.equal(Object.keys(zip.files).filter((f) => f.startsWith('xl/media/')).length, 0, 'no PNG images');
  });

  test('chart text is at least 10 pt (8 pt printed at 80 %)', async () => {
    for (const f of chartFiles) {
      const xml = await zip.file(f)!.async('string');
      const sizes = [...xml.matchAll(/\bsz="(\d+)"/g)].map((m) => Number(m[1]));
      assert.ok(sizes.length > 0, f);
      assert.ok(Math.min(...sizes) >= 1000, `${f}: ${Math.min(...sizes) / 100} pt`);
    }
  });

  test('chart, drawing and worksheet parts follow the ECMA-376 element order', async () => {
    for (const c of charts) assert.deepEqual(orderViolations(c.xml), [], c.f);
    const drawings = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
    assert.ok(drawings.length >= 5);
    for (const f of drawings) assert.deepEqual(orderViolations(parseXml(await zip.file(f)!.async('string'))), [], f);
    for (const f of Object.keys(zip.files).filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x)))
      assert.deepEqual(orderViolations(parseXml(await zip.file(f)!.async('string'))), [], f);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const f of chartFiles) assert.ok(types.includes(`PartName="/${f}"`), `content type of ${f}`);
    // The checker itself rejects a misordered part.
    assert.deepEqual(orderViolations(parseXml('<c:valAx><c:scaling/><c:axId val="1"/></c:valAx>')), [
      'valAx: <c:axId> after <scaling>',
    ]);
  });

  test("every series reads the workbook's own cells, and its cached points are those cells' values", () => {
    let points = 0;
    for (const c of charts) {
      for (const ref of [...findAll(c.xml, 'numRef'), ...findAll(c.xml, 'strRef')]) {
        const f = findAll(ref, 'f')[0]!.text;
        const cells = cellsOf(wb, f);
        const pts = findAll(ref, 'pt');
        for (const pt of pts) {
          const cell = cells[Number(pt.attrs.idx)]!;
          const v = findAll(pt, 'v')[0]!.text;
          const value = shown(cell);
          if (typeof value === 'number') assert.ok(sameValue(Number(v), value), `${c.f} ${f}[${pt.attrs.idx}]`);
          else assert.equal(v, String(value), `${c.f} ${f}[${pt.attrs.idx}]`);
          points++;
        }
      }
    }
    assert.ok(points > 300, `${points} cached points checked`);
  });

  test('the sweep charts use a logarithmic cluster-size axis', () => {
    const sweep = charts.find((c) => titleOf(c.xml).startsWith('Network capex per accelerator by cluster size'))!;
    assert.equal(findAll(sweep.xml, 'logBase')[0]?.attrs.val, '10');
    assert.equal(findAll(sweep.xml, 'scatterChart').length, 1);
  });

  test('a drawing is inserted before the worksheet elements that follow it', () => {
    const xml = '<worksheet><sheetData/><pageSetup/><headerFooter/><tableParts count="0"/></worksheet>';
    assert.equal(
      insertDrawing(xml, 'rId9'),
      '<worksheet><sheetData/><pageSetup/><headerFooter/><drawing r:id="rId9"/><tableParts count="0"/></worksheet>',
    );
    const x = chartXml({
      sheet: 'S',
      kind: 'column',
      title: 'A & B',
      at: { col: 1, row: 1, cols: 2, rows: 2 },
      categories: { ref: "'S'!$A$1:$A$2", cache: ['a', 'b'] },
      series: [{ name: 'x', values: { ref: "'S'!$B$1:$B$2", cache: [1, null] } }],
    });
    assert.deepEqual(orderViolations(parseXml(x)), []);
    assert.match(x, /<a:t>A &amp; B<\/a:t>/);
    assert.match(x, /<c:ptCount val="2"\/><c:pt idx="0"><c:v>1<\/c:v><\/c:pt><\/c:numCache>/);
  });
});

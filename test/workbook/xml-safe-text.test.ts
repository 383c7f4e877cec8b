import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { evaluateProject } from '../../shared/evaluate/evaluate-project.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { writeWorkbook } from '../../workbook/workbook-writer.ts';
import { xmlSafeText } from '../../workbook/xml-safe-text.ts';

// Characters XML 1.0 forbids (a lone surrogate included); tab, line feed and CR are allowed.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const hostile = 'Evil \ufffe\uffff\u0007 \ud800 name';

describe('text the XML of a workbook forbids', () => {
  test('is replaced by U+FFFD, keeping what XML allows (tabs, line breaks, emoji)', () => {
    assert.equal(xmlSafeText('a\ufffeb\u0007c\td\ne\r😀'), 'a\ufffdb\ufffdc\td\ne\r😀');
    assert.equal(xmlSafeText('\ud800x\udc00'), '\ufffdx\ufffd');
  });

  test('a scenario name and notes with U+FFFE, U+FFFF, BEL and a lone surrogate give a well-formed package', async () => {
    const project = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'sample-project.json'), 'utf8'),
    );
    project.notes = `notes ${hostile}`;
    project.scenarios[0].name = hostile;
    const evaluated = evaluateProject(JSON.stringify(project));
    assert.ok(evaluated.ok, evaluated.ok ? '' : evaluated.message);
    const bytes = await writeWorkbook({
      project: evaluated.project,
      results: evaluated.results,
      sourceFile: `file ${hostile}.json`,
      appVersion: 'test',
      catalog: defaultCatalog,
    });
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    assert.ok(parts.includes('xl/sharedStrings.xml') || parts.some((p) => p.startsWith('xl/worksheets/')));
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string');
      assert.doesNotMatch(xml, FORBIDDEN, name);
    }
    const all = (await Promise.all(parts.map((n) => zip.file(n)!.async('string')))).join('');
    assert.ok(
      all.includes('Evil \ufffd\ufffd\ufffd \ufffd name'),
      'the name is kept, marked where characters were replaced',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    assert.ok(wb.worksheets.length > 3);
  });
});

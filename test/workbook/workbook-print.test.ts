/**
 * The workbooks as printed: every example is rendered to PDF by LibreOffice (recalculated, with
 * its print areas and page setup), then read back with pdftotext:
 * - every native chart is drawn (its title is on a page);
 * - every printed page's smallest text is at least 8 pt tall (`pdftotext -bbox` word boxes).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { findAll, parseXml } from './chart-xml.ts';
import { findSoffice, toPdf, type Recalculated } from './libreoffice.ts';
import { exampleFiles, exportProject, loadProject } from './workbook-fixtures.ts';

const soffice = findSoffice();
const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
const skip =
  (soffice === undefined || !pdftotext) && !process.env.CI ? 'LibreOffice or pdftotext is not installed' : false;

/** Minimum text height allowed on a printed page, pt. */
export const MIN_TEXT_PT = 8;

/**
 * Whitespace and hyphens dropped: pdftotext joins a word hyphenated at a line end (a chart
 * title wrapped after "rail-" reads "railoptimized"), so hyphens cannot be compared.
 */
const squash = (s: string) => s.replace(/[\s\-\u2010\u2011]+/g, '');

/** Per page, the smallest word-box height (pt) of the PDF, from `pdftotext -bbox`. */
export function smallestTextPerPage(pdf: string): number[] {
  const html = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 }).stdout;
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      let min = Infinity;
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g))
        min = Math.min(min, Number(m[4]) - Number(m[2]));
      return min;
    });
}

describe('workbooks printed by LibreOffice', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'fabricost-print-'));
  const titles = new Map<string, string[]>();
  let run: Recalculated;
  const path = (file: string) => join(dir, 'in', file.replace(/\.json$/, '.xlsx'));

  before(async () => {
    mkdirSync(join(dir, 'in'), { recursive: true });
    for (const file of exampleFiles()) {
      const { bytes } = await exportProject(loadProject(file), file);
      writeFileSync(path(file), bytes);
      const zip = await JSZip.loadAsync(bytes);
      const t: string[] = [];
      for (const f of Object.keys(zip.files).filter((x) => /^xl\/charts\/chart\d+\.xml$/.test(x))) {
        const xml = parseXml(await zip.file(f)!.async('string'));
        t.push(
          findAll(findAll(xml, 'title')[0]!, 't')
            .map((x) => x.text)
            .join(''),
        );
      }
      titles.set(file, t);
    }
    run = await toPdf(soffice!, exampleFiles().map(path), join(dir, 'out'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const file of exampleFiles()) {
    test(`${file}: LibreOffice draws every chart`, (t) => {
      const pdf = run.outputs.get(path(file))!;
      const text = squash(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 }).stdout);
      const missing = titles.get(file)!.filter((x) => !text.includes(squash(x)));
      assert.deepEqual(missing, []);
      assert.ok(titles.get(file)!.length >= 8);
      t.diagnostic(`${titles.get(file)!.length} charts drawn`);
    });

    test(`${file}: every printed page's text is at least ${MIN_TEXT_PT} pt`, (t) => {
      const smallest = smallestTextPerPage(run.outputs.get(path(file))!);
      const small = smallest.map((pt, i) => ({ page: i + 1, pt })).filter((p) => p.pt < MIN_TEXT_PT);
      assert.deepEqual(small, []);
      t.diagnostic(`${smallest.length} pages, smallest text ${Math.min(...smallest).toFixed(1)} pt`);
    });
  }
});

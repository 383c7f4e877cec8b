/**
 * End-to-end, in both languages: what analysts expect to find. Project title and notes, BOM
 * vendor names, BOM CSV export (safe from formula injection), copying tables and charts,
 * keyboard shortcuts and tab arrows, citations without hover, the .fabricost picker, and New
 * not reusing the sample's file name. Figures come from shared/ run in Node.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { percentagePoints, tcoBreakdown, tcoWaterfall } from '../../shared/evaluate/baseline-delta.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import { formatIn, formatSignedIn, usdScale } from '../../renderer/i18n/column-format.ts';
import { formatNumber } from '../../renderer/i18n/format.ts';
import { mixedColumns, numericCells, shapeOf } from './support/table-shapes.ts';
import { normalize } from './support/expected.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import type { Locator } from 'playwright-core';
import { openApp, ROOT, startWebApp, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;
const sampleText = readFileSync(join(ROOT, 'examples', 'sample-project.json'), 'utf8');
const parsed = parseProject(sampleText);
if (!parsed.ok) throw new Error('sample project does not parse');
const LANGS = [
  { locale: 'en', messages: en },
  { locale: 'pt-BR', messages: ptBR },
] as const;

/** Minimal RFC 4180 reader for the test (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  return rows;
}

describe('analyst tools in the browser', { skip }, () => {
  before(async () => {
    app = await startWebApp();
  });
  after(async () => {
    await app?.close();
  });

  for (const { locale, messages } of LANGS) {
    test(`project title and notes, BOM vendor names, CSV and clipboard (${locale})`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale } });
      try {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app!.url });
        // Title and notes: editable, saved with the project.
        await page.getByTestId('project-details').locator('summary').click();
        await page.getByTestId('project-title').fill('Pod study Q3');
        await page.getByTestId('project-notes').fill('Notes for the review.');
        assert.equal(await page.getByTestId('project-title-shown').innerText(), 'Pod study Q3');
        const download = page.waitForEvent('download');
        await page.getByTestId('save').click();
        const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as Record<string, unknown>;
        assert.equal(saved.title, 'Pod study Q3');
        assert.equal(saved.notes, 'Notes for the review.');

        // BOM: vendor names from the catalog, not ids.
        const r = evaluateScenario(parsed.project.scenarios[0]!, defaultCatalog, parsed.project.catalogOverrides);
        assert.ok(r.ok);
        const bom = page.getByTestId('bom-table');
        const bomText = await bom.innerText();
        const nvidia = defaultCatalog.vendors.find((v) => v.id === 'nvidia')!;
        assert.ok(bomText.includes(nvidia.name));
        assert.ok(!/(^|[\s,])nvidia(,|\s|$)/m.test(bomText), 'vendor ids are not shown');

        // CSV: one row per BOM line plus the header, plain numbers, no cell a formula.
        const csvDownload = page.waitForEvent('download');
        await page.getByTestId('bom-csv').click();
        const csvFile = await csvDownload;
        assert.ok(csvFile.suggestedFilename().endsWith('BOM.csv'));
        const rows = parseCsv(await readFile(await csvFile.path(), 'utf8'));
        assert.equal(rows.length, r.value.bom.length + 1);
        assert.equal(rows[0]![5], messages.bomCsv.unitPriceUsd);
        const total = rows.slice(1).reduce((s, row) => s + Number(row[6]), 0);
        const bomTotal = r.value.bom.reduce((s, l) => s + l.extendedPriceUsd, 0);
        assert.ok(Math.abs(total - bomTotal) < 1e-6 * bomTotal, `${total} vs ${bomTotal}`);
        for (const row of rows.slice(1)) for (const c of row) assert.ok(!/^[=+@]/.test(c) && !/^-[^0-9]/.test(c), c);

        // Copy the BOM as tab-separated text.
        await page.getByTestId('bom-copy').click();
        // The copy is an asynchronous clipboard write: wait for it to land before reading.
        let clip = '';
        for (let i = 0; i < 100 && clip === ''; i++) {
          clip = await page.evaluate(() => navigator.clipboard.readText());
          if (clip === '') await page.waitForTimeout(50);
        }
        const first = clip.split('\n')[0]!.split('\t');
        assert.equal(first[0], messages.bom.category);
        assert.equal(clip.split('\n').length, r.value.bom.length + 1);

        // Copy a chart as a PNG image.
        const chart = page.locator('[data-testid^=copy-]').filter({ hasText: messages.copy.chart }).first();
        await chart.scrollIntoViewIfNeeded();
        await chart.click();
        await page.waitForFunction(
          (done) => document.querySelector('[data-testid=status]')?.textContent?.includes(done),
          messages.copy.chartDone,
        );
        const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => [...i.types]));
        assert.deepEqual(types, ['image/png']);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    test(`keyboard: Ctrl+E exports, hints on buttons, arrows between tabs, citations without hover (${locale})`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale } });
      try {
        assert.equal(await page.getByTestId('save').getAttribute('title'), `${messages.header.save} (Ctrl+S)`);
        assert.equal(await page.getByTestId('export').getAttribute('title'), `${messages.header.export} (Ctrl+E)`);
        const exported = page.waitForEvent('download', { timeout: 60_000 });
        await page.locator('body').press('Control+e');
        assert.ok((await exported).suggestedFilename().endsWith('.xlsx'));

        await page.getByTestId('view-model').focus();
        await page.keyboard.press('ArrowRight');
        assert.equal(await page.getByTestId('view-compare').getAttribute('aria-selected'), 'true');
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'view-compare');
        await page.keyboard.press('ArrowRight');
        assert.equal(await page.getByTestId('view-scaling').getAttribute('aria-selected'), 'true');
        await page.getByTestId('scaling-sweep').focus();
        await page.keyboard.press('End');
        assert.equal(await page.getByTestId('scaling-montecarlo').getAttribute('aria-selected'), 'true');

        // A citation opens with the keyboard.
        await page.getByTestId('view-model').click();
        const cite = page.getByTestId('bom-table').getByTestId('citation').first();
        await cite.locator('summary').focus();
        await page.keyboard.press('Enter');
        assert.equal(await cite.evaluate((d: HTMLDetailsElement) => d.open), true);
        assert.ok((await cite.locator('.cite-text').innerText()).length > 10);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  test('the open picker accepts .fabricost files; New is not named like the sample', async () => {
    const { page, problems, context } = await openApp(app!);
    try {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('open').click();
      const c = await chooser;
      assert.ok((await c.element().getAttribute('accept'))!.split(',').includes('.fabricost'));
      await c.setFiles({
        name: 'pods.fabricost',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(sampleText),
      });
      await page.waitForFunction(() =>
        document.querySelector('[data-testid=doc-title]')?.textContent?.includes('pods.fabricost'),
      );

      page.once('dialog', (d) => void d.accept());
      await page.getByTestId('new').click();
      const title = await page.getByTestId('doc-title').innerText();
      assert.ok(!title.includes('sample-project.json') && !title.includes('pods.fabricost'), title);
      assert.ok(title.includes('untitled'), title);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

/**
 * Compare rows, each written one way: every scenario's value and every delta beside it have
 * the same unit and decimals; share rows change in "pp" with one decimal. Returns what differs.
 */
async function mixedCompareRows(table: Locator, locale: string, pp: string): Promise<string[]> {
  const rows = await table.evaluate((t) =>
    [...t.querySelectorAll('tbody tr')].map((tr) => ({
      label: (tr.querySelector('th') as HTMLElement).innerText,
      values: [...tr.querySelectorAll('td.num > div:first-child')].map((d) => (d as HTMLElement).innerText.trim()),
      deltas: [...tr.querySelectorAll('td.num > div.delta')].map((d) => (d as HTMLElement).innerText.trim()),
    })),
  );
  const bad: string[] = [];
  for (const r of rows) {
    const shapes = new Set(r.values.map((v) => shapeOf(locale, v)));
    const deltas = r.deltas.filter(Boolean);
    if (deltas.length === 0) bad.push(`${r.label}: no delta`);
    for (const d of deltas) {
      if (d.endsWith(` ${pp}`)) {
        if (shapeOf(locale, d) !== shapeOf(locale, `9${locale === 'pt-BR' ? ',' : '.'}9 ${pp}`))
          bad.push(`${r.label}: ${d}`);
      } else shapes.add(shapeOf(locale, d.split(' (')[0]!));
    }
    if (shapes.size > 1) bad.push(`${r.label}: ${[...r.values, ...deltas].join(' | ')}`);
  }
  return bad;
}

describe('compare per accelerator, TCO breakdown and waterfall', { skip }, () => {
  before(async () => {
    app = await startWebApp();
  });
  after(async () => {
    await app?.close();
  });
  for (const { locale } of LANGS) {
    test(`dashboard tables write each column in one unit with one number of decimals (${locale})`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale } });
      try {
        const r = evaluateScenario(parsed.project.scenarios[0]!, defaultCatalog, parsed.project.catalogOverrides);
        assert.ok(r.ok);
        const tables = page.getByTestId('dashboard').locator('table');
        const n = await tables.count();
        assert.ok(n >= 7, `${n} tables`);
        for (let i = 0; i < n; i++) {
          const cells = await numericCells(tables.nth(i));
          const caption = (await tables.nth(i).locator('th').first().innerText()).trim();
          assert.deepEqual(mixedColumns(locale, cells), [], `table ${i} (${caption})`);
        }
        // Worked: the value-chain table's spend column is in millions once it reaches a million,
        // so the 3rd company (below a million) reads in millions too.
        const spend = r.value.exposure.byCompany.map((c) => c.spendUsd);
        assert.ok(spend[0]! >= 1e6 && spend[2]! < 1e6, String(spend.slice(0, 3)));
        const third = formatIn(locale, usdScale(spend, true), spend[2]!);
        const vc = normalize(await page.getByTestId('value-chain-table').innerText());
        assert.ok(vc.includes(normalize(third)), `${third} in ${vc.slice(0, 400)}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  for (const { locale, messages } of LANGS) {
    test(`per accelerator by default, pp for shares, TCO parts and the waterfall (${locale})`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale } });
      try {
        await page.getByTestId('view-compare').click();
        const table = page.getByTestId('compare-table');
        await table.waitFor();
        assert.equal(await page.getByTestId('compare-per-accelerator').isChecked(), true);
        const [a, b] = [0, 1].map((i) => {
          const r = evaluateScenario(parsed.project.scenarios[i]!, defaultCatalog, parsed.project.catalogOverrides);
          assert.ok(r.ok);
          return r.value;
        });
        const text = normalize(await table.innerText());
        // Network TCO per accelerator of both scenarios, written alike (whole dollars: the row reaches $1,000).
        const tcoRow = usdScale([a!.tcoUsd / a!.accelerators, b!.tcoUsd / b!.accelerators], true);
        const tcoB = formatIn(locale, tcoRow, b!.tcoUsd / b!.accelerators);
        assert.ok(text.includes(normalize(tcoB)), `${tcoB} in ${text.slice(0, 300)}`);
        const tcoDelta = formatSignedIn(locale, tcoRow, b!.tcoUsd / b!.accelerators - a!.tcoUsd / a!.accelerators);
        assert.ok(text.includes(normalize(tcoDelta)), `${tcoDelta} in ${text.slice(0, 300)}`);
        // The share delta in pp with one decimal.
        const pp = percentagePoints(b!.capex.networkShareOfCluster, a!.capex.networkShareOfCluster);
        assert.ok(
          text.includes(`${pp >= 0 ? '+' : '−'}${formatNumber(locale, Math.abs(pp), 1)} ${messages.compare.pp}`),
          text,
        );
        // Every row (values and deltas) written one way.
        assert.deepEqual(await mixedCompareRows(table, locale, messages.compare.pp), []);
        // TCO breakdown per accelerator: capex, energy, downtime, total, one scale for the table.
        const tco = normalize(await page.getByTestId('compare-tco').innerText());
        const parts = tcoBreakdown(b!, true);
        const partsA = tcoBreakdown(a!, true);
        const keys = ['capexUsd', 'energyUsd', 'downtimeUsd', 'totalUsd'] as const;
        const tcoScale = usdScale([...keys.map((k) => parts[k]), ...keys.map((k) => partsA[k])], true);
        for (const k of keys) {
          const want = normalize(formatIn(locale, tcoScale, parts[k]));
          assert.ok(tco.includes(want), `${want} in ${tco}`);
        }
        const tcoCells = (await numericCells(page.getByTestId('compare-tco'))).flat().filter(Boolean);
        assert.equal(new Set(tcoCells.map((c) => shapeOf(locale, c))).size, 1, tcoCells.join(' | '));
        // The waterfall: baseline, three parts, scenario.
        await page.waitForFunction(
          () =>
            !!(document.getElementById('compare-waterfall') as unknown as { fabricostChart?: unknown })?.fabricostChart,
        );
        const bars = await page.evaluate(
          () =>
            (
              document.getElementById('compare-waterfall') as unknown as {
                fabricostChart: { data: { datasets: { data: [number, number][] }[] } };
              }
            ).fabricostChart.data.datasets[0]!.data,
        );
        const steps = tcoWaterfall(tcoBreakdown(a!, true), parts);
        assert.deepEqual(
          bars,
          steps.map((s) => [s.from, s.to]),
        );
        // Totals on request.
        await page.getByTestId('compare-totals').check();
        const totals = normalize(await table.innerText());
        const tcoTotal = formatIn(locale, usdScale([a!.tcoUsd, b!.tcoUsd], true), b!.tcoUsd);
        assert.ok(totals.includes(normalize(tcoTotal)), `${tcoTotal} in ${totals.slice(0, 300)}`);
        assert.deepEqual(await mixedCompareRows(table, locale, messages.compare.pp), []);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

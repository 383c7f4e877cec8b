/**
 * End-to-end: the Search view in browser mode runs a small design search in its workers around
 * the first sample scenario, shows the frontier the engine finds in Node, sorts it, and adds a
 * frontier design to the project in one click, in English and in Brazilian Portuguese.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import { runSearch } from '../../shared/search/run-search.ts';
import { SEARCH_TAB } from '../../workbook/search-sheet.ts';
import { formatNumber, formatUsd } from '../../renderer/i18n/format.ts';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { normalize } from './support/expected.ts';
import { openApp, ROOT, startWebApp, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;

const LANGS = [
  { locale: 'en', messages: en },
  { locale: 'pt-BR', messages: ptBR },
] as const;

/** A message with its {placeholders} filled in, as vue-i18n shows it. */
const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

const parsed = parseProject(readFileSync(join(ROOT, 'examples', 'sample-project.json'), 'utf8'));
if (!parsed.ok) throw new Error('sample project does not parse');
const first = parsed.project.scenarios[0]!;

describe('design search in the browser', { skip }, () => {
  before(async () => {
    app = await startWebApp();
  });
  after(async () => {
    await app?.close();
  });

  for (const { locale, messages } of LANGS)
    test(`${locale}: a search over switches, tiers, 1:1-1:3 and 1-2 planes shows the engine frontier; a design is added`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale }, locale });
      try {
        await page.getByTestId('scenario-0').click();
        await page.getByTestId('view-search').click();
        // The ecosystem stays the scenario's; switch models, tiers, oversubscription, planes vary.
        await page.getByTestId('search-mode-ecosystem-fixed').check();
        await page.getByTestId('search-objective-hhi').uncheck();
        await page.getByTestId('search-run').click();
        const table = page.getByTestId('search-frontier');
        await table.waitFor({ timeout: 60_000 });
        const engine = runSearch(first, defaultCatalog, {
          space: {
            switchModel: { mode: 'all' },
            tiers: { mode: 'all' },
            oversubscription: { mode: 'list', values: [1, 2, 3] },
            planes: { mode: 'list', values: [1, 2] },
          },
          objectives: ['capex', 'tco', 'power'],
          overrides: parsed.project.catalogOverrides,
        });
        assert.ok(engine.frontier.length > 0);
        // The two-plane copies of some designs cost the same and fold into their one-plane rows.
        assert.ok(engine.equivalents >= 1, `equivalents ${engine.equivalents}`);
        const counts = normalize(await page.getByTestId('search-counts').innerText());
        const n = (x: number) => formatNumber(locale, x);
        const expected = fill(messages.search.counts, {
          scenario: first.name,
          candidates: n(engine.candidates),
          evaluated: n(engine.evaluated),
          pruned: n(engine.pruned),
          infeasible: n(engine.infeasible),
          duplicates: n(engine.duplicates),
          feasible: n(engine.feasible),
          frontier: n(engine.frontier.length),
          equivalents: n(engine.equivalents),
        });
        assert.equal(counts, normalize(expected));
        const rows = table.locator('tbody tr');
        assert.equal(await rows.count(), engine.frontier.length);
        // Sorted by capex (the default): the first row is the cheapest frontier design.
        const cheapest = [...engine.frontier].sort(
          (a, b) => a.values.capex - b.values.capex || a.label.localeCompare(b.label),
        )[0]!;
        const row0 = normalize(await page.getByTestId('search-row-0').innerText());
        assert.ok(row0.includes(cheapest.label), row0);
        assert.ok(row0.includes(normalize(formatUsd(locale, cheapest.values.capex))), row0);
        // Sorting by power puts the lowest-power design first.
        await page.getByTestId('search-sort-power').click();
        const lowest = Math.min(...engine.frontier.map((d) => d.values.power));
        const powerRow = normalize(await page.getByTestId('search-row-0').innerText());
        assert.ok(powerRow.includes(normalize(`${formatNumber(locale, lowest, 1)} W`)), powerRow);

        await page.getByTestId('search-sort-capex').click();
        await page.getByTestId('search-add-0').click();
        const count = parsed.project.scenarios.length;
        const added = normalize(await page.getByTestId(`scenario-${count}`).innerText());
        assert.ok(added.includes(cheapest.label.slice(0, 30)), added);
        // The added scenario evaluates on the model view to the frontier's capex per accelerator.
        await page.getByTestId('view-model').click();
        const headline = normalize(await page.getByTestId('headline-capexPerAccelerator').innerText());
        assert.ok(headline.includes(normalize(formatUsd(locale, cheapest.values.capex))), headline);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  test('a large search shows its progress and stops on cancel, saying the figures are partial', async () => {
    const { page, problems, context } = await openApp(app!);
    try {
      await page.getByTestId('scenario-0').click();
      await page.getByTestId('view-search').click();
      // Every topology, tier count, plane count and accelerator-leaf medium: tens of thousands of candidates.
      for (const d of ['topologyKind', 'planes', 'mediaAcceleratorLeaf', 'nicPortsPerAccelerator'])
        await page.getByTestId(`search-mode-${d}-all`).check();
      await page.getByTestId('search-run').click();
      const progress = page.getByTestId('search-progress');
      await progress.waitFor({ timeout: 30_000 });
      // Progress reads "{done} of {total} candidates" once a shard reports.
      const bar = progress.locator('progress');
      for (let i = 0; i < 400 && Number(await bar.getAttribute('value')) === 0; i++) await page.waitForTimeout(50);
      const done = Number(await bar.getAttribute('value'));
      const total = Number(await bar.getAttribute('max'));
      assert.ok(done > 0 && done < total, `${done} of ${total}`);
      await page.getByTestId('search-cancel').click();
      await progress.waitFor({ state: 'detached', timeout: 30_000 });
      const counts = normalize(await page.getByTestId('search-counts').innerText());
      assert.ok(counts.startsWith(normalize(en.search.cancelled)), counts);
      assert.ok(counts.includes(`${formatNumber('en', total)} candidates`), counts);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
  test('Export to Excel after a search: the workbook has a Search sheet with the engine frontier', async () => {
    const { page, problems, context } = await openApp(app!);
    try {
      await page.getByTestId('scenario-0').click();
      await page.getByTestId('view-search').click();
      await page.getByTestId('search-mode-ecosystem-fixed').check();
      await page.getByTestId('search-mode-planes-fixed').check();
      await page.getByTestId('search-objective-hhi').uncheck();
      await page.getByTestId('search-run').click();
      await page.getByTestId('search-frontier').waitFor({ timeout: 60_000 });
      const engine = runSearch(first, defaultCatalog, {
        space: {
          switchModel: { mode: 'all' },
          tiers: { mode: 'all' },
          oversubscription: { mode: 'list', values: [1, 2, 3] },
        },
        objectives: ['capex', 'tco', 'power'],
        overrides: parsed.project.catalogOverrides,
      });
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByTestId('export').click();
      const file = await (await download).path();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(SEARCH_TAB);
      assert.ok(ws, 'a Search sheet');
      // Frontier header at row 14 (three best rows for three objectives), then the designs by capex.
      const labels: unknown[] = [];
      for (let r = 15; ws.getCell(r, 2).value !== null; r++) labels.push(ws.getCell(r, 2).value);
      const byCapex = [...engine.frontier].sort(
        (a, b) => a.values.capex - b.values.capex || a.label.localeCompare(b.label),
      );
      assert.deepEqual(
        labels,
        byCapex.map((d) => d.label),
      );
      assert.equal(ws.getCell(15, 3).value, byCapex[0]!.values.capex);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

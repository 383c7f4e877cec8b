/**
 * End-to-end, in both languages: the Market view shows the sample project's build-out plan
 * per year (total, P10/P50/P90, units shipped next to dollars), a bar per year stacked by
 * technology, and per company the plan's spend with its P10/P50/P90; a chosen year shows
 * that year's figures. Expected figures come from shared/ run in Node.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { marketBuildOut } from '../../shared/market/build-out.ts';
import { marketMonteCarlo } from '../../shared/market/market-monte-carlo.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import { spendByYear } from '../../shared/exposure/spend-by-year.ts';
import { projectScenario } from '../../shared/scaling/year-projection.ts';
import { formatNumber, formatUsd } from '../../renderer/i18n/format.ts';
import { formatIn, usdScale } from '../../renderer/i18n/column-format.ts';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';
import { normalize } from './support/expected.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { openApp, ROOT, startWebApp, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;
const parsed = parseProject(readFileSync(join(ROOT, 'examples', 'sample-project.json'), 'utf8'));
if (!parsed.ok) throw new Error('sample project does not parse');
const m = marketBuildOut(parsed.project, defaultCatalog);
const mc = marketMonteCarlo(parsed.project, defaultCatalog, { samples: 1000, seed: 42, distribution: 'triangular' });
if (!m.ok || !mc.ok) throw new Error('the sample plan does not evaluate');
const market = m.value;
// The year projection of the sample's first scenario, as the Scaling view runs it.
const proj = projectScenario(parsed.project.scenarios[0]!, defaultCatalog, parsed.project.catalogOverrides);
if (!proj.ok) throw new Error('the sample projection does not evaluate');
const perYear = spendByYear(proj.value.series[0]!.points);
const LANGS = [
  { locale: 'en', messages: en },
  { locale: 'pt-BR', messages: ptBR },
] as const;

type ChartHandle = { fabricostChart?: { data: { labels: string[]; datasets: { label: string; data: number[] }[] } } };

describe('market of the build-out plan', { skip }, () => {
  before(async () => {
    app = await startWebApp();
  });
  after(async () => {
    await app?.close();
  });

  for (const { locale, messages } of LANGS) {
    test(`years with units and percentiles, technology bars, companies with P10/P50/P90 (${locale})`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale } });
      try {
        await page.getByTestId('view-market').click();
        assert.equal(market.years.length, 3);
        for (const y of market.years) {
          const row = normalize(await page.getByTestId(`market-year-${y.year}`).innerText());
          const p = mc.value.years.find((x) => x.year === y.year)!;
          for (const want of [
            formatUsd(locale, y.totalUsd, true),
            formatUsd(locale, p.p10, true),
            formatUsd(locale, p.p90, true),
            formatNumber(locale, y.units.transceivers),
            formatNumber(locale, y.units.switchPorts),
            formatNumber(locale, y.units.nics),
            formatNumber(locale, y.accelerators),
          ])
            assert.ok(row.includes(normalize(want)), `${y.year}: ${want} not in ${row}`);
        }
        // The whole plan: NVIDIA earns most, with its Monte Carlo percentiles around it.
        const nvidia = market.total.byCompany[0]!;
        assert.equal(nvidia.vendor, 'nvidia');
        const pc = mc.value.companies.find((c) => c.vendor === 'nvidia')!;
        assert.ok(pc.p10 < nvidia.spendUsd && nvidia.spendUsd < pc.p90);
        const row = normalize(await page.getByTestId('market-company-nvidia').innerText());
        for (const want of [nvidia.spendUsd, pc.p10, pc.p50, pc.p90])
          assert.ok(row.includes(normalize(formatUsd(locale, want, true))), `${want} not in ${row}`);
        assert.ok(row.includes('NVDA:NASDAQ'), row);
        // Technology bars: one per year, stacked, summing to each year's market; labels translated.
        await page.locator('#market-technology').scrollIntoViewIfNeeded();
        await page.waitForFunction(
          () => !!(document.getElementById('market-technology') as unknown as ChartHandle)?.fabricostChart,
        );
        const chart = await page.evaluate(
          () => (document.getElementById('market-technology') as unknown as Required<ChartHandle>).fabricostChart.data,
        );
        assert.deepEqual(
          chart.labels,
          market.years.map((y) => String(y.year)),
        );
        market.years.forEach((y, i) => {
          const sum = chart.datasets.reduce((a, d) => a + d.data[i]!, 0);
          assert.ok(Math.abs(sum - y.totalUsd) < 1e-6 * y.totalUsd, `${y.year}: ${sum} vs ${y.totalUsd}`);
        });
        assert.ok(chart.datasets.some((d) => d.label === messages.market.tech.lpo));
        // A chosen year: its units line and its companies.
        const y = market.years[0]!;
        await page.getByTestId(`market-show-${y.year}`).click();
        const units = normalize(await page.getByTestId('market-units').innerText());
        assert.ok(units.includes(normalize(formatNumber(locale, y.units.transceivers))), units);
        assert.ok(units.includes(normalize(formatNumber(locale, y.units.switches))), units);
        const yearNvidia = y.byCompany.find((c) => c.vendor === 'nvidia')!;
        const yearRow = normalize(await page.getByTestId('market-company-nvidia').innerText());
        assert.ok(yearRow.includes(normalize(formatUsd(locale, yearNvidia.spendUsd, true))), yearRow);
        const layers = normalize(await page.getByTestId('market-layer-table').innerText());
        assert.ok(layers.includes(messages.layers['system-oem']), layers);
        assert.ok(!/\bsystem-oem\b/.test(layers), 'raw layer ids are not shown');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    test(`year projection: spend per company and layer per year (${locale})`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale } });
      try {
        await page.getByTestId('view-scaling').click();
        await page.getByTestId('scaling-projection').click();
        await page.getByTestId('spend-by-year').waitFor({ timeout: 60_000 });
        const top = perYear.companies[0]!;
        assert.equal(top.key, 'nvidia');
        const cells = await page.getByTestId(`spend-by-year-${top.key}`).locator('td').allInnerTexts();
        assert.equal(cells.length, perYear.years.length + 1);
        assert.equal(cells[0], top.name);
        const scale = usdScale(
          perYear.companies.slice(0, 10).flatMap((c) => c.spendUsd.filter((x): x is number => x !== null)),
          true,
        );
        // Each year's cell is the model's figure (compact, one scale for the table) or "cannot be built".
        top.spendUsd.forEach((v, k) => {
          const shown = normalize(cells[k + 1]!);
          if (v === null) assert.equal(shown, normalize(messages.scenarios.unbuildable));
          else assert.equal(shown, normalize(formatIn(locale, scale, v)));
        });
        // Stacked bars: one per year, summing to that year's network capex.
        await page.locator('#proj-spend-layers').scrollIntoViewIfNeeded();
        await page.waitForFunction(
          () => !!(document.getElementById('proj-spend-layers') as unknown as ChartHandle)?.fabricostChart,
        );
        const chart = await page.evaluate(
          () => (document.getElementById('proj-spend-layers') as unknown as Required<ChartHandle>).fabricostChart.data,
        );
        assert.deepEqual(chart.labels, perYear.years.map(String));
        perYear.capexUsd.forEach((capex, k) => {
          if (capex === null) return;
          const sum = chart.datasets.reduce((a, d) => a + (d.data[k] ?? 0), 0);
          assert.ok(Math.abs(sum - capex) < 1e-6 * capex, `${perYear.years[k]}: ${sum} vs ${capex}`);
        });
        assert.ok(chart.datasets.some((d) => d.label === messages.layers['system-oem']));
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  for (const { locale, messages } of LANGS) {
    test(`tables keep their height at 1024x700 and the unnamed pool is translated (${locale})`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale }, width: 1024, height: 700 });
      try {
        await page.getByTestId('view-market').click();
        await page.getByTestId('market-years').waitFor();
        // A scrolling table sits in a box that shows it: the whole year table, and the company
        // table up to its box's 420 px (it scrolls beyond); before, both boxes were 0 px tall.
        const boxes = await page.evaluate(() =>
          ['market-years', 'market-company-table'].map((id) => {
            const table = document.querySelector(`[data-testid=${id}]`) as HTMLElement;
            return { id, box: table.parentElement!.clientHeight, table: table.offsetHeight };
          }),
        );
        for (const b of boxes) {
          assert.ok(b.table > 100, `${b.id}: ${b.table} px table`);
          assert.ok(b.box >= Math.min(b.table, 420), `${b.id}: ${b.box} px box for a ${b.table} px table`);
        }
        // A year's builds read one a line (the 2026 plan has four), not broken word by word
        // into a narrow column: the row is at most four text lines tall (about 20 px each).
        const y2026 = market.years.find((y) => y.year === 2026)!;
        assert.equal(y2026.builds.length, 4);
        const builds = await page.getByTestId('market-year-2026').locator('td').nth(1);
        assert.equal((await builds.innerText()).trim().split('\n').length, 4);
        const rowHeight = (await page.getByTestId('market-year-2026').boundingBox())!.height;
        assert.ok(rowHeight <= 4 * 20 + 8, `${rowHeight} px row`);
        const pool = market.total.byCompany.find((c) => c.vendor === 'other-suppliers');
        assert.ok(pool, 'the plan pays unnamed suppliers');
        const row = normalize(await page.getByTestId('market-company-other-suppliers').innerText());
        assert.ok(row.startsWith(messages.companies.unnamed), row);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

/**
 * End-to-end, in both languages: the roadmap timeline, the sweep chart and table, the tornado
 * and Monte Carlo markers, and a large sweep edit running in the worker with progress. Expected
 * figures come from shared/ run in Node on the bundled sample project.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { monteCarloSettings, runMonteCarlo } from '../../shared/scaling/monte-carlo.ts';
import { roadmapLayout, roadmapTimeline } from '../../shared/scaling/roadmap.ts';
import { sweepScenario } from '../../shared/scaling/size-sweep.ts';
import { tornado } from '../../shared/scaling/tornado.ts';
import { formatIn, numberScale, usdScale } from '../../renderer/i18n/column-format.ts';
import { formatNumber, formatUsd } from '../../renderer/i18n/format.ts';
import { mixedColumns, numericCells, shapeOf } from './support/table-shapes.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { normalize } from './support/expected.ts';
import { openApp, ROOT, startWebApp, type WebApp } from './support/web-app.ts';
import type { Page } from 'playwright-core';

/** Tick labels, legend entries of a drawn chart (ChartCanvas keeps the instance on its canvas). */
async function chartInfo(page: Page, id: string, axis: 'x' | 'y') {
  await page.waitForFunction(
    (i) => !!(document.getElementById(i) as unknown as { fabricostChart?: unknown })?.fabricostChart,
    id,
  );
  return page.evaluate(
    ([i, a]) => {
      const c = (
        document.getElementById(i!) as unknown as {
          fabricostChart: {
            scales: Record<string, { ticks: { label: string | string[]; value: number }[] }>;
            data: { datasets: { label?: string }[] };
          };
        }
      ).fabricostChart;
      return {
        ticks: c.scales[a!]!.ticks.map((t) => ({ label: t.label, value: t.value })),
        series: c.data.datasets.map((d) => d.label ?? ''),
      };
    },
    [id, axis],
  );
}

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;

const parsed = parseProject(readFileSync(join(ROOT, 'examples', 'sample-project.json'), 'utf8'));
if (!parsed.ok) throw new Error('sample project does not parse');
const first = parsed.project.scenarios[0]!;
const lpo = parsed.project.scenarios[2]!;
const overrides = parsed.project.catalogOverrides;
const LANGS = [
  { locale: 'en', messages: en },
  { locale: 'pt-BR', messages: ptBR },
] as const;

describe('scaling views in the browser', { skip }, () => {
  before(async () => {
    app = await startWebApp();
  });
  after(async () => {
    await app?.close();
  });

  for (const { locale, messages } of LANGS) {
    test(`roadmap (${locale}): a timeline that fits 1024 px, with slips shifted and the original ghosted`, async () => {
      const { page, problems, context } = await openApp(app!, { width: 1024, height: 700, prefs: { locale } });
      try {
        await page.getByTestId('view-scaling').click();
        await page.getByTestId('scaling-roadmap').click();
        const rm = page.getByTestId('roadmap');
        await rm.waitFor();
        const tl = roadmapTimeline(defaultCatalog, []);
        assert.ok(tl.ok);
        const layout = roadmapLayout(tl.value, {
          grouping: 'vendor',
          horizonYear: first.analysis.projection.toYear,
          buildYear: first.year,
        });
        // The earliest product in a vendor lane minus one, to the projection's last year (2032).
        const earliest = Math.min(...tl.value.byVendor.flatMap((l) => l.products.map((p) => p.firstVolumeYear)));
        assert.deepEqual([layout.fromYear, layout.toYear], [earliest - 1, first.analysis.projection.toYear]);
        const years = await rm.locator('.rm-year').evaluateAll((els) => els.map((e) => e.getAttribute('data-year')));
        assert.equal(years[0], String(earliest - 1));
        assert.equal(years.at(-1), '2032');
        // Every year label is whole: narrow columns say '18, never a clipped "201".
        const labels = await rm
          .locator('.rm-year')
          .evaluateAll((els) =>
            els.map((e) => ({ text: (e as HTMLElement).innerText, clipped: e.scrollWidth > e.clientWidth })),
          );
        for (const l of labels) {
          assert.ok(!l.clipped, `clipped year label ${l.text}`);
          assert.match(l.text, /^(\d{4}|’\d{2})$/);
        }
        // No horizontal scrolling: neither the page nor the timeline.
        const fit = await page.evaluate(() => {
          const el = document.querySelector('[data-testid=roadmap]')!;
          return { doc: document.documentElement.scrollWidth, win: innerWidth, sw: el.scrollWidth, cw: el.clientWidth };
        });
        assert.ok(fit.doc <= fit.win, `page scrolls sideways: ${JSON.stringify(fit)}`);
        assert.ok(fit.sw <= fit.cw, `timeline scrolls sideways: ${JSON.stringify(fit)}`);
        // One lane per vendor, the build-year line, Tomahawk 5 from 2023.
        assert.equal(await rm.locator('[data-lane]').count(), layout.lanes.length);
        assert.equal(await rm.locator('[data-lane=broadcom] .rm-build').count(), 1);
        assert.equal(
          await rm.locator('[data-lane=broadcom] [data-product=th5-64x800g]').getAttribute('data-start'),
          '2023',
        );
        assert.equal(await rm.locator('[data-testid=roadmap-ghost]').count(), 0);

        // Slip CPO by two years: Davisson moves 2027 -> 2029 with the original ghosted.
        await page.locator('#an-analysis-projection-slips-a-target').fill('cpo');
        await page.locator('#an-analysis-projection-slips-a-target').press('Tab');
        await page.locator('#an-analysis-projection-slips-a-delayYears').fill('2');
        await page.locator('#an-analysis-projection-slips-a-delayYears').press('Tab');
        const davisson = rm.locator('[data-lane=broadcom] [data-product=th6-cpo-64x1600g]');
        await page.waitForFunction(
          () =>
            document
              .querySelector('[data-lane=broadcom] [data-product=th6-cpo-64x1600g]')
              ?.getAttribute('data-start') === '2029',
        );
        assert.ok((await rm.locator('[data-lane=broadcom] [data-testid=roadmap-ghost]').count()) >= 2);
        await davisson.focus();
        const detail = await page.getByTestId('roadmap-detail').innerText();
        assert.ok(detail.includes('2029') && detail.includes('2027'), detail);

        // Lanes by technology.
        await page.getByTestId('roadmap-by-technology').click();
        assert.equal(await page.getByTestId('roadmap-by-technology').innerText(), messages.roadmap.by.technology);
        assert.equal(
          await rm.locator('[data-lane]').count(),
          tl.value.byTechnology.filter((l) => l.products.length > 0).length,
        );
        assert.ok((await rm.locator('[data-lane=cpo]').count()) === 1);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  for (const { locale, messages } of LANGS) {
    test(`sweep (${locale}): integer tiers, sparse log labels, material crossovers worded per metric, full table`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale } });
      try {
        await page.getByTestId('scenario-2').click();
        await page.getByTestId('view-scaling').click();
        await page.getByTestId('sweep-table').waitFor();
        const sweep = sweepScenario(lpo, defaultCatalog, overrides);
        assert.ok(sweep.ok);
        const tiers = await chartInfo(page, 'sweep-tiers', 'y');
        for (const tk of tiers.ticks) assert.ok(Number.isInteger(tk.value), `tier tick ${tk.value}`);
        // Log axis: labelled ticks are 1, 2 or 5 x 10^k only, so they cannot crowd.
        const x = await chartInfo(page, 'sweep-capex', 'x');
        const labelled = x.ticks.filter((tk) => tk.label !== '' && tk.label.length > 0).map((tk) => tk.value);
        assert.ok(labelled.length >= 3 && labelled.length <= 10, JSON.stringify(labelled));
        for (const v of labelled)
          assert.ok([1, 2, 5].includes(Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9))), `${v}`);
        // Legend: the crossover marker appears when the chart has crossovers of that metric.
        const capexCross = sweep.value.crossovers.filter((c) => c.metric === 'capexPerAcceleratorUsd');
        assert.ok(capexCross.length > 0);
        assert.ok(x.series.includes(messages.scaling.crossoverCapexMark));
        const power = await chartInfo(page, 'sweep-power', 'x');
        assert.ok(power.series.includes(messages.scaling.crossoverPowerMark));
        assert.ok(!power.series.includes(messages.scaling.crossoverCapexMark));

        const facts = normalize(await page.getByTestId('sweep-facts').innerText());
        const powerWord = locale === 'en' ? 'uses less power per accelerator' : 'consome menos potência por acelerador';
        assert.ok(facts.includes(powerWord), facts);
        for (const c of sweep.value.crossovers)
          assert.ok(facts.includes(formatNumber(locale, c.at)), `crossover at ${c.at}`);
        // Every reported crossover has a lead of at least 1 % (the threshold the note states).
        for (const c of sweep.value.crossovers) assert.ok(c.advantage >= 0.01);
        assert.ok(normalize(await page.getByTestId('sweep-materiality').innerText()).includes('1'));

        // 31 points: every size in the table.
        const rows = page.getByTestId('sweep-table').locator('tbody tr');
        assert.equal(await rows.count(), sweep.value.sizes.length);
        // USD per accelerator written one way in every column (whole dollars: the table reaches $1,000).
        const sweepCells = await numericCells(page.getByTestId('sweep-table'));
        assert.deepEqual(mixedColumns(locale, sweepCells), []);
        const p0 = sweep.value.series[0]!.points[0]!;
        assert.ok(p0.ok);
        const usd = usdScale(
          sweep.value.series.flatMap((x) => x.points.map((p) => (p.ok ? p.capexPerAcceleratorUsd : NaN))),
        );
        assert.equal(
          normalize(sweepCells[0]![1]!),
          normalize(`${formatIn(locale, usd, p0.capexPerAcceleratorUsd)} · ${p0.tiers}T`),
        );
        // 100 points: the table says it thins, and shows every size on request.
        const points = page.locator('#an-analysis-sweep-points');
        await points.fill('100');
        await points.press('Tab');
        await page.getByTestId('sweep-show-all').waitFor();
        const hundred = sweepScenario(
          { ...lpo, analysis: { ...lpo.analysis, sweep: { ...lpo.analysis.sweep, points: 100 } } },
          defaultCatalog,
          overrides,
        );
        assert.ok(hundred.ok);
        const note = normalize(await page.getByTestId('sweep-table-note').innerText());
        assert.ok(note.includes(formatNumber(locale, hundred.value.sizes.length)), note);
        assert.equal(await rows.count(), Number(note.match(/\d+/)![0]));
        await page.getByTestId('sweep-show-all').click();
        assert.equal(await rows.count(), hundred.value.sizes.length);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  test('a 10,000-point sweep runs in the worker with progress; the page keeps responding', async () => {
    const { page, problems, context } = await openApp(app!);
    try {
      await page.getByTestId('scenario-2').click();
      await page.getByTestId('view-scaling').click();
      await page.getByTestId('sweep-table').waitFor();
      // Watch for the progress bar from before the edit: it shows while the worker runs.
      await page.evaluate(() => {
        const w = window as unknown as { sawSweepProgress?: boolean; progressTexts?: string[] };
        w.progressTexts = [];
        new MutationObserver(() => {
          const bar = document.querySelector('[data-testid=sweep-progress]');
          if (bar?.querySelector('progress')) w.sawSweepProgress = true;
          if (bar) w.progressTexts!.push(bar.textContent ?? '');
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      const points = page.locator('#an-analysis-sweep-points');
      await points.fill('10000');
      await points.press('Tab');
      await page.getByTestId('sweep-progress').waitFor({ state: 'detached', timeout: 180_000 });
      await page.waitForFunction(() =>
        document.querySelector('[data-testid=sweep-table-note]')?.textContent?.includes('7,777'),
      );
      assert.equal(
        await page.evaluate(() => (window as unknown as { sawSweepProgress?: boolean }).sawSweepProgress),
        true,
      );
      // Before the worker knows the count it says it is starting, never "0 of 0 points".
      const texts = await page.evaluate(() => (window as unknown as { progressTexts: string[] }).progressTexts);
      assert.ok(texts.length > 0);
      for (const x of texts) assert.ok(!/\b0 of 0\b/.test(x), x);
      // The page still responds: other tabs open.
      await page.getByTestId('scaling-roadmap').click();
      await page.getByTestId('roadmap').waitFor();
      await page.getByTestId('scaling-sweep').click();
      const big = sweepScenario(lpo, defaultCatalog, overrides, 10_000);
      assert.ok(big.ok);
      const note = normalize(await page.getByTestId('sweep-table-note').innerText());
      assert.ok(note.includes(formatNumber('en', big.value.sizes.length)), note);
      assert.ok(note.includes('The charts draw at most 2,000 points per line'), note);
      // The charts draw at most 2,000 points per line (10,000 would stall the page for about a
      // second), and each line keeps the model's first, last, highest and lowest value.
      await page.waitForFunction(
        () => !!(document.getElementById('sweep-tiers') as unknown as { fabricostChart?: unknown })?.fabricostChart,
      );
      for (const [id, metric] of [
        ['sweep-capex', 'capexPerAcceleratorUsd'],
        ['sweep-power', 'powerPerAcceleratorW'],
        ['sweep-tiers', 'tiers'],
      ] as const) {
        const drawn = await page.evaluate(
          (i) =>
            (
              document.getElementById(i) as unknown as {
                fabricostChart: { data: { datasets: { type?: string; data: { x: number; y: number }[] }[] } };
              }
            ).fabricostChart.data.datasets
              .filter((d) => d.type !== 'scatter')
              .map((d) => d.data),
          id,
        );
        assert.equal(drawn.length, big.value.series.length);
        big.value.series.forEach((x, k) => {
          const ys = x.points.flatMap((p) => (p.ok ? [p[metric]] : []));
          const line = drawn[k]!;
          assert.ok(ys.length > 2000, `${id}: ${ys.length} model points`);
          assert.ok(line.length <= 2000, `${id}: ${line.length} points drawn`);
          assert.equal(line[0]!.y, ys[0]);
          assert.equal(line.at(-1)!.y, ys.at(-1));
          assert.equal(Math.max(...line.map((p) => p.y)), Math.max(...ys), `${id} highest`);
          assert.equal(Math.min(...line.map((p) => p.y)), Math.min(...ys), `${id} lowest`);
        });
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  for (const { locale, messages } of LANGS) {
    test(`tornado and Monte Carlo (${locale}): a low/base/high table, unclipped labels, percentile markers`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale } });
      try {
        await page.getByTestId('view-scaling').click();
        await page.getByTestId('scaling-tornado').click();
        const table = page.getByTestId('tornado-table');
        await table.waitFor();
        const tor = tornado(first, defaultCatalog, overrides);
        assert.ok(tor.ok);
        const top = tor.value.capex[0]!;
        const text = normalize(await table.innerText());
        // Input names are model text (translated in pt-BR); the product name stays as published.
        if (locale === 'en') assert.ok(text.includes(top.label), `${top.label} in ${text.slice(0, 200)}`);
        // Low, base and high of an input written alike; every output in one unit with two decimals.
        const inputs =
          top.unit === 'USD' ? usdScale([top.low, top.base, top.high]) : numberScale([top.low, top.base, top.high], 3);
        const low = formatIn(locale, inputs, top.low);
        assert.ok(text.includes(normalize(low)), `${low} in ${text.slice(0, 300)}`);
        assert.ok(text.includes(normalize(formatIn(locale, inputs, top.high))));
        const outputs = usdScale(
          [tor.value.baseCase.capexUsd, ...tor.value.capex.flatMap((b) => [b.atLow, b.atHigh, b.swing])],
          true,
        );
        const atHigh = formatIn(locale, outputs, top.atHigh);
        assert.ok(text.includes(normalize(atHigh)), `${atHigh} in ${text.slice(0, 300)}`);
        assert.equal(await table.locator('tbody tr').count(), tor.value.capex.length + 1);
        const cells = await numericCells(table);
        assert.deepEqual(mixedColumns(locale, cells, [4, 5, 6]), [], 'output columns');
        assert.equal(
          new Set(
            cells.flatMap((r) =>
              r
                .slice(4, 7)
                .filter(Boolean)
                .map((c) => shapeOf(locale, c)),
            ),
          ).size,
          1,
        );
        for (const r of cells.slice(1))
          assert.equal(
            new Set(r.slice(1, 4).map((c) => shapeOf(locale, c))).size,
            1,
            `inputs ${r.slice(1, 4).join(' | ')}`,
          );
        // Labels are wrapped into lines of at most 30 characters, so none is cut by the axis.
        const y = await chartInfo(page, 'tornado-capex', 'y');
        for (const tk of y.ticks) {
          const lines = Array.isArray(tk.label) ? tk.label : [tk.label];
          for (const l of lines) assert.ok(l.length <= 30, l);
        }
        assert.ok(!normalize(await page.getByTestId('scaling').innerText()).includes('.md'));

        await page.getByTestId('scaling-montecarlo').click();
        await page.getByTestId('mc-run').click();
        await page.getByTestId('mc-percentiles').waitFor({ timeout: 60_000 });
        const mc = runMonteCarlo(first, defaultCatalog, { ...monteCarloSettings(first), projectOverrides: overrides });
        assert.ok(mc.ok);
        const m = mc.value.metrics.capexUsd;
        // The percentile row: P10 to the base case written one way.
        const pcts = (await numericCells(page.getByTestId('mc-percentiles'))).flat().filter(Boolean);
        assert.equal(pcts.length, 5, pcts.join(' | '));
        assert.equal(new Set(pcts.map((c) => shapeOf(locale, c))).size, 1, pcts.join(' | '));
        for (const id of ['mc-hist', 'mc-cdf']) {
          const info = await chartInfo(page, id, 'x');
          const want = [
            `P10: ${formatUsd(locale, m.p10, true)}`,
            `P50: ${formatUsd(locale, m.p50, true)}`,
            `P90: ${formatUsd(locale, m.p90, true)}`,
            `${messages.scaling.baseCase}: ${formatUsd(locale, mc.value.baseCase.capexUsd, true)}`,
          ];
          for (const w of want)
            assert.ok(info.series.map(normalize).includes(normalize(w)), `${id}: ${w} in ${info.series}`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

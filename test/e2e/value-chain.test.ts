/**
 * End-to-end, in both languages: the dashboard's "Who earns the money" panel names the
 * model's largest earner with its listing and country and translated layer names, and
 * Compare's winners and losers show the memo line and diverging bars for the sample's
 * DSP -> LPO move. Expected figures come from shared/ run in Node.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import { exposureShift, memoLine } from '../../shared/evaluate/exposure-shift.ts';
import { formatNumber, formatPercent, formatUsd } from '../../renderer/i18n/format.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';
import { normalize } from './support/expected.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { openApp, ROOT, startWebApp, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;
const parsed = parseProject(readFileSync(join(ROOT, 'examples', 'sample-project.json'), 'utf8'));
if (!parsed.ok) throw new Error('sample project does not parse');
const [ib, dsp, lpo] = [0, 1, 2].map((i) => {
  const r = evaluateScenario(parsed.project.scenarios[i]!, defaultCatalog, parsed.project.catalogOverrides);
  if (!r.ok) throw new Error(`sample scenario ${i} does not evaluate`);
  return r.value;
});
const LANGS = [
  { locale: 'en', messages: en },
  { locale: 'pt-BR', messages: ptBR },
] as const;

type ChartHandle = { fabricostChart?: { data: { labels: string[]; datasets: { data: number[] }[] } } };

describe('who earns the money, winners and losers', { skip }, () => {
  before(async () => {
    app = await startWebApp();
  });
  after(async () => {
    await app?.close();
  });

  for (const { locale, messages } of LANGS) {
    test(`dashboard panel names the largest earner; Compare shows the DSP -> LPO memo (${locale})`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale } });
      try {
        // Dashboard of the first scenario (InfiniBand 2k): NVIDIA earns 68.5% of network capex.
        const top = ib!.exposure.byCompany[0]!;
        assert.equal(top.vendor, 'nvidia');
        const shown = normalize(await page.getByTestId('value-chain-top').innerText());
        assert.ok(shown.includes(top.name), shown);
        assert.ok(shown.includes('NVDA:NASDAQ'), shown);
        assert.ok(shown.includes(normalize(formatUsd(locale, top.spendUsd, true))), shown);
        assert.ok(shown.includes(normalize(formatPercent(locale, top.share))), shown);
        assert.ok(shown.includes(messages.countries['United States']), shown);
        // Layers by their translated names, never raw ids.
        const table = normalize(await page.getByTestId('value-chain-table').innerText());
        const largest = top.byLayer[0]!.layer as keyof typeof messages.layers;
        assert.equal(largest, 'system-oem');
        assert.ok(table.includes(messages.layers[largest]), table.slice(0, 400));
        assert.ok(!/\bsystem-oem\b/.test(table), 'raw layer ids are not shown');
        await page.waitForFunction(
          () => !!(document.getElementById('value-chain-layers') as unknown as ChartHandle)?.fabricostChart,
        );
        const legend = await page.evaluate(() =>
          (
            document.getElementById('value-chain-layers') as unknown as {
              fabricostChart: { data: { datasets: { label: string; data: number[] }[] } };
            }
          ).fabricostChart.data.datasets.map((d) => [d.label, d.data[0]] as const),
        );
        const total = legend.reduce((a, [, v]) => a + v!, 0);
        assert.ok(Math.abs(total - ib!.capex.totalUsd) < 1e-6 * ib!.capex.totalUsd, `${total} vs capex`);
        const dspLayer = ib!.exposure.byLayer.find((l) => l.layer === 'dsp');
        if (dspLayer) assert.ok(legend.some(([l]) => l === messages.layers.dsp));

        // Compare: DSP (baseline) against LPO.
        await page.getByTestId('view-compare').click();
        // The default pair (2k InfiniBand against a 32k cluster) is worded per accelerator: in
        // totals every supplier of a 16-times larger cluster gains, and the line said "no one" lost.
        const first = normalize(await page.getByTestId('memo-line').innerText());
        assert.ok(first.startsWith(messages.spendShift.memoRisesPerAccelerator.split(',')[0]!), first);
        assert.ok(!first.includes(` ${messages.spendShift.noOne} `), first);
        // 17 companies gain per accelerator: the line counts them before naming the largest three.
        const dflt = memoLine(exposureShift(ib!, dsp!), ib!.accelerators);
        assert.ok(dflt.nWinners > dflt.winners.length);
        const many = messages.spendShift.manyWinners
          .replace('{n}', formatNumber(locale, dflt.nWinners))
          .split('{list}')[0]!;
        assert.ok(first.includes(normalize(many)), first);
        await page.getByTestId('compare-pick-2').check();
        await page.getByTestId('compare-table').locator('thead th').nth(2).locator('input[type=radio]').check();
        await page.getByTestId('compare-waterfall-target').selectOption('2');
        const shift = exposureShift(dsp!, lpo!);
        const memo = memoLine(shift, dsp!.accelerators);
        const loser = memo.losers[0]!;
        const winner = memo.winners[0]!;
        assert.equal(loser.name, 'Marvell');
        const line = normalize(await page.getByTestId('memo-line').innerText());
        assert.ok(line.includes(dsp!.name) && line.includes(lpo!.name), line);
        assert.ok(line.includes(`${loser.name} (−${normalize(formatUsd(locale, -loser.deltaUsd, true))})`), line);
        assert.ok(line.includes(`${winner.name} (+${normalize(formatUsd(locale, winner.deltaUsd, true))})`), line);
        assert.ok(line.includes(normalize(formatUsd(locale, memo.movedUsd, true))), line);
        assert.ok(line.includes(messages.layers.dsp), line);
        // The unnamed suppliers' pool is named apart, in the user's language, not as a company.
        assert.ok(memo.unnamedUsd < 0);
        assert.ok(
          line.includes(`${messages.spendShift.unnamed} (−${normalize(formatUsd(locale, -memo.unnamedUsd, true))})`),
          line,
        );
        assert.ok(!line.includes('(unnamed) ('), line);
        // Diverging bars per accelerator (the default), largest gain first, largest loss last.
        // Charts out of view skip updates: bring it into view, then wait for the DSP -> LPO bars.
        await page.locator('#spend-shift-companies').scrollIntoViewIfNeeded();
        await page.waitForFunction(
          () =>
            (
              document.getElementById('spend-shift-companies') as unknown as ChartHandle
            )?.fabricostChart?.data.labels.at(-1) === 'Marvell',
        );
        const bars = await page.evaluate(() => {
          const c = (document.getElementById('spend-shift-companies') as unknown as Required<ChartHandle>)
            .fabricostChart;
          return { labels: c.data.labels, data: c.data.datasets[0]!.data };
        });
        const marvell = shift.byCompany.find((s) => s.key === 'marvell')!;
        assert.ok(Math.abs(bars.data.at(-1)! - marvell.deltaUsdPerAccelerator) < 1e-9);
        for (let i = 1; i < bars.data.length; i++) assert.ok(bars.data[i - 1]! >= bars.data[i]!, 'sorted');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  /** How a drawn horizontal bar chart shows its category (y) and value (x) axes. */
  async function axes(page: import('playwright-core').Page, id: string) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => !!(document.getElementById(i) as unknown as ChartHandle)?.fabricostChart, id);
    return page.evaluate((i) => {
      type Scale = {
        width: number;
        labelRotation: number;
        ticks: { label: string | string[] }[];
        getPixelForTick(i: number): number;
        options: { ticks: { padding: number } };
      };
      const chart = (
        document.getElementById(i) as unknown as {
          fabricostChart: {
            ctx: CanvasRenderingContext2D;
            data: { labels: string[] };
            scales: { x: Scale; y: Scale };
            config: { _config?: unknown };
            constructor: { defaults: { font: { family: string; size: number } } };
          };
        }
      ).fabricostChart;
      const f = chart.constructor.defaults.font;
      chart.ctx.save();
      chart.ctx.font = `${f.size}px ${f.family}`;
      const lines = chart.scales.y.ticks.flatMap((t) => (Array.isArray(t.label) ? t.label : [t.label]));
      const widest = Math.max(...lines.map((l) => chart.ctx.measureText(l).width));
      // The value axis: the room between neighbouring ticks against half of each label's width.
      const x = chart.scales.x;
      let crowded = 0;
      for (let k = 1; k < x.ticks.length; k++) {
        const w = (t: { label: string | string[] }) => chart.ctx.measureText(String(t.label)).width;
        const room = x.getPixelForTick(k) - x.getPixelForTick(k - 1);
        if (room < (w(x.ticks[k - 1]!) + w(x.ticks[k]!)) / 2) crowded++;
      }
      chart.ctx.restore();
      return {
        labels: chart.data.labels,
        shown: chart.scales.y.ticks.length,
        widest,
        axisWidth: chart.scales.y.width,
        valueRotation: chart.scales.x.labelRotation,
        overlapping: crowded,
      };
    }, id);
  }

  for (const { locale, messages } of LANGS) {
    test(`readable at 1024x700 (${locale}): every bar labelled, level ticks, the unnamed pool translated`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale }, width: 1024, height: 700 });
      try {
        // Dashboard of the first scenario: the ten largest earners, the pool of unnamed suppliers among them.
        const pool = ib!.exposure.byCompany.findIndex((c) => c.vendor === 'other-suppliers');
        assert.ok(pool >= 0 && pool < 10, `pool at ${pool}`);
        const companies = await axes(page, 'value-chain-companies');
        assert.equal(companies.labels.length, 10);
        assert.equal(companies.shown, 10, 'no company label skipped');
        assert.equal(companies.labels[pool], messages.companies.unnamed);
        assert.equal(companies.valueRotation, 0, 'value ticks level');
        assert.equal(companies.overlapping, 0, 'value tick labels overlap');
        assert.ok(
          companies.widest <= companies.axisWidth,
          `${companies.widest} px of label in ${companies.axisWidth} px`,
        );
        const table = normalize(await page.getByTestId('value-chain-table').innerText());
        assert.ok(table.includes(messages.companies.unnamed), table.slice(0, 400));
        if (locale === 'pt-BR') assert.ok(!table.includes('Other component suppliers'), 'no English pool name');

        // Compare: both spend-shift charts label every bar within the chart.
        await page.getByTestId('view-compare').click();
        for (const id of ['spend-shift-companies', 'spend-shift-layers']) {
          const a = await axes(page, id);
          assert.equal(a.shown, a.labels.length, `${id}: no label skipped`);
          assert.equal(a.valueRotation, 0, `${id}: value ticks level`);
          assert.equal(a.overlapping, 0, `${id}: value tick labels overlap`);
          assert.ok(a.widest <= a.axisWidth, `${id}: ${a.widest} px of label in ${a.axisWidth} px`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

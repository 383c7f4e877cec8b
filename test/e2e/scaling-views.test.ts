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
import { roadmapLayout, roadmapTimeline } from '../../shared/scaling/roadmap.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { openApp, ROOT, startWebApp, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;

const parsed = parseProject(readFileSync(join(ROOT, 'examples', 'sample-project.json'), 'utf8'));
if (!parsed.ok) throw new Error('sample project does not parse');
const first = parsed.project.scenarios[0]!;
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
        // Sample: 2019 (the 2020 optics minus one) to the projection's 2032.
        assert.deepEqual([layout.fromYear, layout.toYear], [2019, 2032]);
        const years = await rm.locator('.rm-year').allInnerTexts();
        assert.equal(years[0], '2019');
        assert.equal(years.at(-1), '2032');
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
});

/**
 * Screenshots of the main views for the README, at 1440x900 (two at 1024x700) in headless Chromium against the
 * browser-mode build (dist-web/, rebuilt when stale), written to docs/screenshots/:
 *
 *   model-dashboard.png   the model view: inputs and results of the bundled sample
 *   compare.png           three sample scenarios side by side with deltas
 *   scaling.png           the scaling view: cluster-size sweep and year projection
 *   catalog.png           the component catalog with sources and quality tags
 *   dashboard-pt-BR.png   the model view in Brazilian Portuguese
 *   dashboard-dark.png    the 100k rail-only scenario in the dark theme
 *   roadmap-1024.png      the vendor roadmap timeline at 1024x700 (it fits without scrolling sideways)
 *   compare-pt-BR-1024.png  Compare per accelerator in Brazilian Portuguese at 1024x700
 *   market.png            the sample's build-out plan as a network market per year, by layer and company
 *   search.png            a design search of the 32k Ethernet scenario: scatter, frontier and counts
 *
 * Run with `npm run screenshots`. Prints each file's size and any page error or CSP violation.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { openApp, ROOT, startWebApp, type PageOptions, type WebApp } from './support/web-app.ts';

const OUT = join(ROOT, 'docs', 'screenshots');
const MAX_BYTES = 400 * 1024;

if (!chromiumAvailable()) {
  console.error(`Chromium not found at ${CHROMIUM}; cannot take screenshots.`);
  process.exit(1);
}

/** Waits until the next frame has been rendered, so charts drawn on mount are on screen. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
  );
}

const shots: { file: string; options: PageOptions; prepare: (page: Page) => Promise<void> }[] = [
  { file: 'model-dashboard.png', options: {}, prepare: async () => {} },
  {
    file: 'compare.png',
    options: {},
    prepare: async (page) => {
      await page.getByTestId('view-compare').click();
      await page.getByTestId('compare-pick-2').check();
    },
  },
  {
    file: 'scaling.png',
    options: {},
    prepare: async (page) => {
      await page.getByTestId('view-scaling').click();
      // The sweep runs in a worker: wait for its table, not the progress bar.
      await page.getByTestId('sweep-table').waitFor({ timeout: 120_000 });
      await page.getByTestId('sweep-progress').waitFor({ state: 'detached', timeout: 120_000 });
    },
  },
  {
    file: 'catalog.png',
    options: {},
    prepare: async (page) => {
      await page.getByTestId('view-catalog').click();
    },
  },
  {
    file: 'dashboard-pt-BR.png',
    options: { prefs: { locale: 'pt-BR', theme: 'light' } },
    prepare: async (page) => {
      await page.getByTestId('scenario-1').click();
    },
  },
  {
    file: 'dashboard-dark.png',
    options: { prefs: { locale: 'en', theme: 'dark' }, theme: 'dark' },
    prepare: async (page) => {
      await page.getByTestId('scenario-3').click();
    },
  },
  {
    file: 'roadmap-1024.png',
    options: { width: 1024, height: 700 },
    prepare: async (page) => {
      await page.getByTestId('view-scaling').click();
      await page.getByTestId('scaling-roadmap').click();
      await page.getByTestId('roadmap').waitFor();
    },
  },
  {
    file: 'compare-pt-BR-1024.png',
    options: { width: 1024, height: 700, prefs: { locale: 'pt-BR', theme: 'light' } },
    prepare: async (page) => {
      await page.getByTestId('view-compare').click();
      await page.getByTestId('compare-table').waitFor();
    },
  },
  {
    file: 'market.png',
    options: {},
    prepare: async (page) => {
      await page.getByTestId('view-market').click();
      await page.getByTestId('market-years').waitFor();
    },
  },
  {
    file: 'search.png',
    options: {},
    prepare: async (page) => {
      await page.getByTestId('scenario-1').click();
      await page.getByTestId('view-search').click();
      await page.getByTestId('search-run').click();
      await page.getByTestId('search-frontier').waitFor({ timeout: 180_000 });
    },
  },
];

mkdirSync(OUT, { recursive: true });
const app: WebApp = await startWebApp((s) => console.log(s));
let failed = false;
try {
  for (const shot of shots) {
    const { page, context, problems } = await openApp(app, shot.options);
    await shot.prepare(page);
    await settled(page);
    const path = join(OUT, shot.file);
    await page.screenshot({ path, type: 'png' });
    const bytes = statSync(path).size;
    const big = bytes > MAX_BYTES;
    failed ||= big || problems.length > 0;
    console.log(`${shot.file}: ${(bytes / 1024).toFixed(0)} KiB${big ? ` (over ${MAX_BYTES / 1024} KiB)` : ''}`);
    for (const p of problems) console.log(`  ${p}`);
    await context.close();
  }
} finally {
  await app.close();
}
if (failed) process.exitCode = 1;

/**
 * The example with project components in the browser build: the dashboard shows the engine's
 * network capex low / high and whole-cluster power; the quoted switch and module carry a
 * "project" tag in the bill of materials and the catalog browser.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { formatPower, formatUsd } from '../../renderer/i18n/format.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { example, normalize, resultOf } from './support/expected.ts';
import { openApp, startWebApp, type WebApp } from './support/web-app.ts';

async function textOf(locator: Locator, expected?: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = normalize(await locator.innerText());
    if (expected === undefined || text === normalize(expected) || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function openFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open').click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await textOf(page.getByTestId('status'), `Opened ${name}`);
}

describe(
  'project components and cluster figures in the app',
  { skip: !chromiumAvailable() && `no Chromium at ${CHROMIUM}` },
  () => {
    let app: WebApp;
    before(async () => {
      app = await startWebApp();
    });
    after(async () => {
      await app?.close();
    });

    test('the dashboard shows capex low-high, cluster power and project tags', async () => {
      const ex = example('ethernet-8k-switch-quote.json');
      const { page, problems, context } = await openApp(app);
      await openFile(page, 'ethernet-8k-switch-quote.json', ex.text);
      await page.getByTestId('scenario-1').click();
      const r = resultOf(ex.raw, 1);
      const l = 'en';
      const range = `${formatUsd(l, r.capex.range.lowUsd, true)} – ${formatUsd(l, r.capex.range.highUsd, true)}`;
      const card = page.getByTestId('headline-capexRange');
      assert.equal(await textOf(card.locator('.value'), range), normalize(range));
      const power = formatPower(l, r.power.cluster.totalW);
      const clusterCard = page.getByTestId('headline-clusterPower');
      assert.equal(await textOf(clusterCard.locator('.value'), power), normalize(power));
      assert.match(await textOf(clusterCard.locator('.sub')), /accelerators .* · servers .* · network /);
      assert.ok((await page.getByTestId('bom-table').getByTestId('project-figure').count()) >= 2);
      if (process.env.SHOT) await page.screenshot({ path: `${process.env.SHOT}/dashboard.png`, fullPage: false });
      await page.getByTestId('view-catalog').click();
      await page.getByRole('tab', { name: 'Switches' }).click();
      const tagged = page.getByTestId('catalog-table').locator('tr', { has: page.getByTestId('project-component') });
      assert.equal(await tagged.count(), 1);
      assert.match(await tagged.innerText(), /Quoted Tomahawk 5 white box/);
      if (process.env.SHOT) await page.screenshot({ path: `${process.env.SHOT}/catalog.png`, fullPage: false });
      assert.deepEqual(problems, []);
      await context.close();
    });
  },
);

/**
 * Completeness of the translation as the user sees it: the app is driven through every view,
 * every Scaling tab (Monte Carlo run included), with invalid inputs and a scenario the topology
 * cannot build, in English and in Brazilian Portuguese. It fails on any message key missing
 * in the active language and, in Portuguese, on any visible text, tooltip, label or placeholder
 * still in English. Quoted source material (citations and figure notes, marked
 * `data-quoted-title`) and names of catalog products and vendors (`translate="no"`, or
 * inside a translated phrase) are shown as published; code and identifiers are not prose.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { inputFor, openApp, startWebApp, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;

/** English words that do not occur in Portuguese prose. */
const ENGLISH =
  /\b(the|and|with|of|per|for|or|from|to|by|is|are|when|which|each|every|one|its|must|not|at|be|than|only|needs?|whole|number)\b/gi;

/** Visible text nodes and the title, aria-label and placeholder texts of the page, by where they are. */
async function screenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const skipped = '[translate="no"], [lang="en"], script, style, code';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skipped)) continue;
      const s = (n.textContent ?? '').trim();
      if (s) out.push(s);
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (el.closest('[translate="no"], [lang="en"]')) continue;
      for (const a of ['title', 'aria-label', 'placeholder']) {
        if (a === 'title' && el.hasAttribute('data-quoted-title')) continue;
        const v = el.getAttribute(a);
        if (v) out.push(`[${a}] ${v}`);
      }
    }
    return out;
  });
}

/** Names of catalog products and vendors: shown as published, in any language. */
const PRODUCT_NAMES = [
  ...defaultCatalog.switches,
  ...defaultCatalog.nics,
  ...defaultCatalog.media,
  ...defaultCatalog.scaleUpFabrics,
  defaultCatalog.fiber,
  // The pool of unnamed suppliers is not a product or company name: it must be translated.
  ...defaultCatalog.vendors.filter((v) => v.id !== 'other-suppliers'),
]
  .map((x) => x.name)
  .sort((a, b) => b.length - a.length);

function englishTexts(texts: string[]): string[] {
  return [
    ...new Set(
      texts.filter((text) => {
        let t = text;
        for (const name of PRODUCT_NAMES) t = t.split(name).join(' ');
        const prose = t.replace(/[\w.+-]*[._][\w.+-]*/g, ' ');
        return new Set((prose.match(ENGLISH) ?? []).map((w) => w.toLowerCase())).size >= 2;
      }),
    ),
  ];
}

/** Drives the app through every screen and state, collecting what each shows. */
async function tour(page: Page, visit: (where: string) => Promise<void>): Promise<void> {
  const openAll = () =>
    page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await openAll();
  await visit('model');
  // Invalid inputs: out of range, a number that cannot be read; then one the topology cannot build.
  await inputFor(page, 'cluster.acceleratorCount').fill('-5');
  await inputFor(page, 'cluster.accelerator.unitPriceUsd').fill('1,2.3');
  await page.getByTestId('stale').waitFor();
  await visit('model with invalid inputs');
  await inputFor(page, 'cluster.accelerator.unitPriceUsd').fill('30000');
  await inputFor(page, 'cluster.acceleratorCount').fill('3');
  await page.getByTestId('unbuildable').waitFor();
  await visit('model with a scenario that cannot be built');
  await inputFor(page, 'cluster.acceleratorCount').fill('2048');
  await page.getByTestId('unbuildable').waitFor({ state: 'detached' });
  await page.getByTestId('headline-networkCapex').waitFor();
  await page.getByTestId('view-compare').click();
  await visit('compare');
  await page.getByTestId('view-scaling').click();
  for (const tab of ['sweep', 'projection', 'roadmap', 'tornado', 'montecarlo']) {
    await page.getByTestId(`scaling-${tab}`).click();
    if (tab === 'sweep') await page.getByTestId('sweep-facts').waitFor({ timeout: 60_000 });
    if (tab === 'montecarlo') {
      await page.getByTestId('mc-run').click();
      await page.getByTestId('mc-percentiles').waitFor({ timeout: 60_000 });
    }
    await openAll();
    await visit(`scaling ${tab}`);
  }
  await page.getByTestId('view-market').click();
  await page.getByTestId('market-years').waitFor();
  await visit('market');
  await page.getByTestId('market-show-2027').click();
  await visit('market, one year');
  await page.getByTestId('view-catalog').click();
  await openAll();
  await visit('catalog');
}

describe('every text on screen is in the user’s language', { skip, concurrency: 2 }, () => {
  before(async () => {
    app = await startWebApp((s) => console.log(`# ${s}`));
  });
  after(async () => {
    await app?.close();
  });

  for (const locale of ['en', 'pt-BR'] as const) {
    test(`${locale}: no missing message${locale === 'pt-BR' ? ' and no English text' : ''} on any screen`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale }, locale });
      try {
        const english: string[] = [];
        await tour(page, async (where) => {
          if (locale === 'pt-BR') english.push(...englishTexts(await screenTexts(page)).map((t) => `${where}: ${t}`));
        });
        const missing = await page.evaluate(
          () => (window as unknown as { __fabricostMissingKeys?: string[] }).__fabricostMissingKeys ?? [],
        );
        assert.deepEqual([...new Set(missing)], [], 'message keys missing');
        assert.deepEqual([...new Set(english)], [], 'English text on a Portuguese screen');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

/**
 * End-to-end tests of the real renderer in browser mode: dist-web/ (rebuilt when older than
 * its sources) served with the app's strict CSP, driven in Debian's Chromium by playwright-core.
 * Every figure the page should show is computed in Node by shared/ on the same inputs.
 * Each test runs in a fresh browser context (two at a time, to keep the suite short on two
 * cores) and fails on any console error, page error or CSP violation.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { baselineDelta } from '../../shared/evaluate/baseline-delta.ts';
import { formatIn, formatSignedIn, usdScale } from '../../renderer/i18n/column-format.ts';
import { formatNumber, formatPercent, formatUsd } from '../../renderer/i18n/format.ts';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';
import { SCENARIO_INPUT_FIELD_BY_PATH } from '../../shared/scenario/input-fields.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { errorsOf, example, normalize, resultOf, withInput, type RawProject } from './support/expected.ts';
import { inputFor, openApp, revealInput, startWebApp, type PageOptions, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
if (skip) console.warn(`# ${skip}`);

let app: WebApp | undefined;

/** Runs `fn` on a fresh page, then checks that nothing went wrong in the page. */
async function onPage(options: PageOptions, fn: (page: Page) => Promise<void>): Promise<void> {
  const { page, problems, context } = await openApp(app!, options);
  try {
    await fn(page);
    assert.deepEqual(problems, [], 'console errors, page errors or CSP violations');
  } finally {
    await context.close();
  }
}

/** Polls a locator's text until it equals `expected` (after normalizing spaces); returns the last text. */
async function textOf(locator: Locator, expected?: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = normalize(await locator.innerText());
    if (expected === undefined || text === normalize(expected) || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function valueOf(locator: Locator, expected: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await locator.inputValue();
    if (value === expected || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

const headline = (page: Page, key: string) => page.getByTestId(`headline-${key}`);

/** Checks the headline capex figures against the engine's result for scenario `index`. */
async function expectHeadlines(page: Page, project: RawProject, index: number, locale = 'en'): Promise<void> {
  const r = resultOf(project, index);
  const capex = headline(page, 'networkCapex');
  const want = formatUsd(locale, r.capex.totalUsd, true);
  assert.equal(await textOf(capex.locator('.value'), want), normalize(want));
  assert.equal(await textOf(capex.locator('.sub')), normalize(formatUsd(locale, r.capex.totalUsd)));
  const perAccelerator = formatUsd(locale, r.capex.perAcceleratorUsd);
  assert.equal(
    await textOf(headline(page, 'capexPerAccelerator').locator('.value'), perAccelerator),
    normalize(perAccelerator),
  );
}

/** Opens a file through the header's Open button; the browser bridge's picker is an <input type=file>. */
async function openThroughPicker(page: Page, file: { name: string; text: string }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open').click();
  await (
    await chooser
  ).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') });
  assert.equal(await textOf(page.getByTestId('status'), `Opened ${file.name}`), `Opened ${file.name}`);
}

async function isDirty(page: Page): Promise<boolean> {
  const marker = await page.getByTestId('doc-title').locator('.dirty').count();
  const title = await page.title();
  assert.equal(title.startsWith('• '), marker > 0, `window title "${title}" and the dirty marker disagree`);
  return marker > 0;
}

async function scenarioNames(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid^="scenario-"] .name').allInnerTexts()).map(normalize);
}

describe('renderer in the browser', { skip, concurrency: 2 }, () => {
  before(async () => {
    app = await startWebApp((s) => console.log(`# ${s}`));
  });
  after(async () => {
    await app?.close();
  });

  test('opens an example file through the file picker and by dropping it on the window', async () => {
    const dgx = example('dgx-h100-1k-infiniband.json');
    const dragonfly = example('dragonfly-16k.json');
    await onPage({}, async (page) => {
      await openThroughPicker(page, { name: basename(dgx.path), text: dgx.text });
      assert.equal(await textOf(page.getByTestId('doc-title')), basename(dgx.path));
      assert.deepEqual(
        await scenarioNames(page),
        dgx.raw.scenarios.map((s) => String(s.name)),
      );
      await expectHeadlines(page, dgx.raw, 0);
      assert.equal(await isDirty(page), false);

      // Drag and drop: the window accepts a JSON file dropped anywhere on it.
      await page.evaluate(
        ({ name, text }) => {
          const dt = new DataTransfer();
          dt.items.add(new File([text], name, { type: 'application/json' }));
          const target = document.querySelector('.app')!;
          target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
          target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        { name: basename(dragonfly.path), text: dragonfly.text },
      );
      assert.equal(await textOf(page.getByTestId('doc-title'), basename(dragonfly.path)), basename(dragonfly.path));
      assert.deepEqual(
        await scenarioNames(page),
        dragonfly.raw.scenarios.map((s) => String(s.name)),
      );
      await expectHeadlines(page, dragonfly.raw, 0);
    });
  });

  test('an edited input updates the dashboard to the engine’s figures and marks the document dirty', async () => {
    const dgx = example('dgx-h100-1k-infiniband.json');
    const edited = withInput(dgx.raw, 0, 'cluster.acceleratorCount', 2048);
    assert.notEqual(resultOf(edited, 0).capex.totalUsd, resultOf(dgx.raw, 0).capex.totalUsd);
    await onPage({}, async (page) => {
      await openThroughPicker(page, { name: basename(dgx.path), text: dgx.text });
      assert.equal(await isDirty(page), false);
      await inputFor(page, 'cluster.acceleratorCount').fill('2048');
      await expectHeadlines(page, edited, 0);
      assert.equal(await isDirty(page), true);
      // The scenario list's summary follows the same result.
      const perAccelerator = formatUsd('en', resultOf(edited, 0).capex.perAcceleratorUsd);
      assert.equal(
        await textOf(page.locator('[data-testid="scenario-0"] .sub'), `${perAccelerator} / accelerator`),
        normalize(`${perAccelerator} / accelerator`),
      );
    });
  });

  test('undo and redo restore input values and figures', async () => {
    const sample = example('sample-project.json');
    // Numbers are shown in the locale's form (2,048 in English).
    const original = formatNumber(
      'en',
      (sample.raw.scenarios[0]!.cluster as { acceleratorCount: number }).acceleratorCount,
    );
    const edited = withInput(sample.raw, 0, 'cluster.acceleratorCount', 4096);
    await onPage({}, async (page) => {
      const count = inputFor(page, 'cluster.acceleratorCount');
      assert.equal(await count.inputValue(), original);
      await count.fill('4096');
      await expectHeadlines(page, edited, 0);
      assert.equal(await isDirty(page), true);

      await page.getByTestId('undo').click();
      assert.equal(await valueOf(count, original), original);
      await expectHeadlines(page, sample.raw, 0);
      assert.equal(await isDirty(page), false, 'undoing the only edit leaves the document as saved');

      await page.getByTestId('redo').click();
      assert.equal(await valueOf(count, '4,096'), '4,096');
      await expectHeadlines(page, edited, 0);

      // The keyboard shortcuts outside a text field do the same.
      await page.getByTestId('dashboard').locator('h2').click();
      await page.keyboard.press('Control+z');
      assert.equal(await valueOf(count, original), original);
      await page.keyboard.press('Control+Shift+z');
      assert.equal(await valueOf(count, '4,096'), '4,096');
      await expectHeadlines(page, edited, 0);
    });
  });

  test('an invalid input shows the parser’s message inline and the dashboard keeps the last results, stale', async () => {
    const sample = example('sample-project.json');
    const errors = errorsOf(withInput(sample.raw, 0, 'cluster.acceleratorCount', -5));
    assert.equal(errors.length, 1);
    const error = errors[0]!;
    assert.equal(error.path, 'scenarios[0].cluster.acceleratorCount');
    await onPage({}, async (page) => {
      const count = inputFor(page, 'cluster.acceleratorCount');
      await count.fill('-5');
      const field = page.locator('.field', { has: count });
      const expected = `${error.message} (${en.editor.got} ${error.value})`;
      assert.equal(await textOf(field.getByTestId('field-error'), expected), normalize(expected));
      assert.equal(await count.getAttribute('aria-invalid'), 'true');
      const ask = en.stale.label.replace('{n}', '1');
      assert.equal(await textOf(page.getByTestId('stale'), ask), ask);
      await expectHeadlines(page, sample.raw, 0);
      // The value is kept exactly as typed, and fixing it brings the figures back.
      assert.equal(await count.inputValue(), '-5');
      await count.fill('2048');
      await field.getByTestId('field-error').waitFor({ state: 'detached' });
      await page.getByTestId('stale').waitFor({ state: 'detached' });
      await expectHeadlines(page, sample.raw, 0);
    });
  });

  test('a duplicated scenario appears in the compare view with deltas against the baseline', async () => {
    const sample = example('sample-project.json');
    const name = String(sample.raw.scenarios[0]!.name);
    const copyName = `${name} (copy)`;
    const withCopy = structuredClone(sample.raw);
    withCopy.scenarios.splice(1, 0, { ...structuredClone(sample.raw.scenarios[0]!), name: copyName });
    const compared = withInput(withCopy, 1, 'cluster.acceleratorCount', 4096);
    const base = resultOf(compared, 0);
    const copy = resultOf(compared, 1);
    await onPage({}, async (page) => {
      await page.getByTestId('duplicate').click();
      assert.deepEqual((await scenarioNames(page)).slice(0, 2), [name, copyName]);
      assert.equal(await textOf(page.getByTestId('dashboard').locator('h2')), `${en.dashboard.title} — ${copyName}`);
      await inputFor(page, 'cluster.acceleratorCount').fill('4096');
      await expectHeadlines(page, compared, 1);

      await page.getByTestId('view-compare').click();
      const table = page.getByTestId('compare-table');
      const heads = (await table.locator('thead th').allInnerTexts()).map(normalize);
      assert.ok(heads[1]?.startsWith(name) && !heads[1].includes('(copy)'), `first column: ${heads[1]}`);
      assert.ok(heads[2]?.startsWith(copyName), `second column: ${heads[2]}`);

      const rows = table.locator('tbody tr');
      // Per accelerator by default: clusters of different sizes compare on one scale.
      const perDefault = rows.filter({ hasText: en.compareRows.networkCapex }).first().locator('td');
      const basePer = formatUsd('en', base.capex.perAcceleratorUsd);
      assert.equal(await textOf(perDefault.nth(0).locator('div').first(), basePer), normalize(basePer));
      await page.getByTestId('compare-totals').check();
      const capexRow = rows.filter({ hasText: en.compareRows.networkCapex }).first();
      const cells = capexRow.locator('td');
      // The row's scale: both totals in millions with two decimals, the delta likewise.
      const row = usdScale([base.capex.totalUsd, copy.capex.totalUsd], true);
      const baseTotal = formatIn('en', row, base.capex.totalUsd);
      assert.equal(await textOf(cells.nth(0).locator('div').first(), baseTotal), normalize(baseTotal));
      assert.equal(await textOf(cells.nth(1).locator('div').first()), formatIn('en', row, copy.capex.totalUsd));
      const change = baselineDelta(copy.capex.totalUsd, base.capex.totalUsd);
      const delta = `${formatSignedIn('en', row, change.absolute)} (+${formatPercent('en', change.relative!)})`;
      assert.equal(await textOf(cells.nth(1).locator('.delta'), delta), normalize(delta));
      assert.equal(await textOf(cells.nth(0).locator('.delta')), '', 'the baseline has no delta');

      const perRow = rows.filter({ hasText: en.compareRows.capexPerAccelerator }).first();
      const perChange = baselineDelta(copy.capex.perAcceleratorUsd, base.capex.perAcceleratorUsd);
      const perScale = usdScale([base.capex.perAcceleratorUsd, copy.capex.perAcceleratorUsd], true);
      const perSign = perChange.absolute > 0 ? '+' : perChange.absolute < 0 ? '−' : '±';
      const perDelta = `${formatSignedIn('en', perScale, perChange.absolute)} (${perSign}${formatPercent('en', Math.abs(perChange.relative!))})`;
      assert.equal(await textOf(perRow.locator('td').nth(1).locator('.delta'), perDelta), normalize(perDelta));

      // The compare charts: the TCO delta waterfall, spend shift by company and by value-chain
      // layer (winners and losers), and capex and power per accelerator by category.
      const legends = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="compare"] canvas')].map((c) => c.getAttribute('aria-label')),
      );
      assert.equal(legends.length, 5, legends.join(' | '));
      assert.ok(legends[0]?.startsWith(`TCO from ${name} to ${copyName}`), legends[0] ?? '');
      assert.deepEqual(legends.slice(1).map(String), [
        'Spend shift by company',
        'Spend shift by value-chain layer',
        'Capex per accelerator by category',
        'Power per accelerator by category',
      ]);
    });
  });

  test('save downloads the project and reopening the download round-trips it', async () => {
    const dgx = example('dgx-h100-1k-infiniband.json');
    const name = basename(dgx.path);
    const expected = withInput(withInput(dgx.raw, 0, 'economics.pue', 1.25), 1, 'cluster.acceleratorsPerServer', 4);
    await onPage({}, async (page) => {
      await openThroughPicker(page, { name, text: dgx.text });
      await (await revealInput(page, 'economics.pue')).fill('1.25');
      await page.getByTestId('scenario-1').click();
      await inputFor(page, 'cluster.acceleratorsPerServer').fill('4');
      assert.equal(await isDirty(page), true);

      const save = async (): Promise<{ file: string; text: string }> => {
        const download = page.waitForEvent('download');
        await page.getByTestId('save').click();
        const d = await download;
        const path = await d.path();
        return { file: d.suggestedFilename(), text: await readFile(path, 'utf8') };
      };
      const first = await save();
      assert.equal(first.file, name);
      assert.deepEqual(JSON.parse(first.text), expected, 'the saved file holds exactly the edited project');
      assert.equal(await textOf(page.getByTestId('status'), `Saved ${name}`), `Saved ${name}`);
      assert.equal(await isDirty(page), false, 'saving clears the dirty marker');

      await openThroughPicker(page, { name, text: first.text });
      assert.equal(await isDirty(page), false);
      assert.equal(await inputFor(page, 'economics.pue').inputValue(), '1.25');
      await expectHeadlines(page, expected, 0);
      const second = await save();
      assert.equal(second.text, first.text, 'saving the reopened file writes the same text');

      const a = parseProject(first.text);
      const b = parseProject(JSON.stringify(expected));
      assert.ok(a.ok && b.ok);
      assert.deepEqual(a.project.scenarios, b.project.scenarios);
    });
  });

  test('switching to Português (Brasil) translates labels and formats numbers', async () => {
    const sample = example('sample-project.json');
    await onPage({}, async (page) => {
      assert.equal(await textOf(page.getByTestId('view-compare')), en.views.compare);
      await page.getByTestId('locale').selectOption('pt-BR');
      assert.equal(await textOf(page.getByTestId('view-compare'), ptBR.views.compare), ptBR.views.compare);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt-BR');
      assert.equal(await textOf(page.getByTestId('status')), normalize(ptBR.status.ready));
      for (const [key, id] of [
        ['networkCapex', 'capexUsd'],
        ['capexPerAccelerator', 'capexPerAcceleratorUsd'],
        ['networkPower', 'powerW'],
        ['tco', 'tcoUsd'],
      ] as const) {
        assert.equal(await textOf(headline(page, key).locator('.label')), ptBR.metrics[`${id}Short`]);
      }
      const label = page.locator('label[for="in-cluster-acceleratorCount"]');
      const field = SCENARIO_INPUT_FIELD_BY_PATH.get('cluster.acceleratorCount')!;
      const [lo, hi] = [field.minimum!, field.maximum!].map((x) => formatNumber('pt-BR', x, 6));
      assert.ok((await textOf(label)).startsWith(ptBR.fields.cluster_acceleratorCount.label));
      assert.equal(
        await textOf(page.locator('#in-cluster-acceleratorCount-help')),
        normalize(`${ptBR.fields.cluster_acceleratorCount.description} · faixa de ${lo} a ${hi}`),
      );
      await expectHeadlines(page, sample.raw, 0, 'pt-BR');

      // The choice is remembered across a reload.
      await page.reload();
      await headline(page, 'networkCapex').waitFor();
      assert.equal(await textOf(page.getByTestId('view-model')), ptBR.views.model);
      await page.getByTestId('view-catalog').click();
      const heading = await textOf(page.getByTestId('catalog').locator('h2'));
      assert.ok(heading.startsWith(`${ptBR.catalog.title} versão `), heading);
    });
  });
});

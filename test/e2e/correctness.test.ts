/**
 * End-to-end tests of the app's correctness as a person uses it, in English and Brazilian
 * Portuguese: numbers typed the user's way, errors shown where the user looks, results that
 * stay on screen (dimmed) while an input is invalid. Expected figures come from shared/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { formatNumber, formatUsd } from '../../renderer/i18n/format.ts';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { example, normalize, resultOf, withInput, type RawProject } from './support/expected.ts';
import { inputFor, openApp, revealInput, startWebApp, type PageOptions, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;

const PT = { prefs: { locale: 'pt-BR' }, locale: 'pt-BR' } satisfies PageOptions;

async function onPage(options: PageOptions, fn: (page: Page) => Promise<void>): Promise<void> {
  const { page, problems, context } = await openApp(app!, options);
  try {
    await fn(page);
    assert.deepEqual(problems, [], 'console errors, page errors or CSP violations');
  } finally {
    await context.close();
  }
}

/** Polls until the locator's normalized text equals `expected` (or the time is up); returns it. */
async function textOf(locator: Locator, expected?: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = (await locator.count()) ? normalize(await locator.first().innerText()) : '';
    if (expected === undefined || text === normalize(expected) || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function expectCapex(page: Page, project: RawProject, index: number, locale: string): Promise<void> {
  const want = normalize(formatUsd(locale, resultOf(project, index).capex.totalUsd));
  const sub = page.getByTestId('headline-networkCapex').locator('.sub');
  assert.equal(await textOf(sub, want), want);
}

const field = (page: Page, path: string) => page.locator('.field', { has: inputFor(page, path) });

before(async () => {
  if (!skip) app = await startWebApp((s) => console.log(`# ${s}`));
});
after(async () => {
  await app?.close();
});

describe('numbers typed the user’s way', { skip, concurrency: 2 }, () => {
  test('pt-BR reads 30.000 as thirty thousand, 0,08 and 30.000,50 as decimals, and shows the value read', async () => {
    const sample = example('sample-project.json');
    await onPage(PT, async (page) => {
      const price = inputFor(page, 'cluster.accelerator.unitPriceUsd');
      // The stored 30000 is shown in the locale's form.
      assert.equal(await price.inputValue(), '30.000');
      await price.fill('40.000');
      await expectCapex(page, withInput(sample.raw, 0, 'cluster.accelerator.unitPriceUsd', 40000), 0, 'pt-BR');
      assert.equal(await textOf(field(page, 'cluster.accelerator.unitPriceUsd').getByTestId('parsed')), '= 40.000');
      assert.equal(await price.getAttribute('aria-invalid'), 'false');

      await price.fill('30.000,50');
      await expectCapex(page, withInput(sample.raw, 0, 'cluster.accelerator.unitPriceUsd', 30000.5), 0, 'pt-BR');
      assert.equal(await textOf(field(page, 'cluster.accelerator.unitPriceUsd').getByTestId('parsed')), '= 30.000,5');

      // The plain form is accepted too.
      await price.fill('25000.5');
      await expectCapex(page, withInput(sample.raw, 0, 'cluster.accelerator.unitPriceUsd', 25000.5), 0, 'pt-BR');

      const electricity = await revealInput(page, 'economics.electricityUsdPerKWh');
      await electricity.fill('0,12');
      const both = withInput(
        withInput(sample.raw, 0, 'cluster.accelerator.unitPriceUsd', 25000.5),
        0,
        'economics.electricityUsdPerKWh',
        0.12,
      );
      const tco = normalize(formatUsd('pt-BR', resultOf(both, 0).tcoUsd, true));
      assert.equal(await textOf(page.getByTestId('headline-tco').locator('.value'), tco), tco);
      assert.equal(await field(page, 'economics.electricityUsdPerKWh').getByTestId('field-error').count(), 0);
    });
  });

  test('pt-BR refuses an ambiguous number with a Portuguese message and does not apply it', async () => {
    const sample = example('sample-project.json');
    await onPage(PT, async (page) => {
      const price = inputFor(page, 'cluster.accelerator.unitPriceUsd');
      await price.fill('30,000.5');
      const error = field(page, 'cluster.accelerator.unitPriceUsd').getByTestId('field-error');
      const message = await textOf(error, undefined);
      await error.waitFor();
      const text = normalize(await error.innerText());
      assert.ok(text.includes('30,000.5'), text || message);
      assert.ok(text.startsWith(normalize(ptBR.numbers.ambiguous.split('{')[0]!)), text);
      assert.equal(await price.getAttribute('aria-invalid'), 'true');
      assert.equal(await price.inputValue(), '30,000.5', 'the text is kept as typed');
      // The last valid results stay on screen, dimmed and labelled stale.
      await page.getByTestId('stale').waitFor();
      await expectCapex(page, sample.raw, 0, 'pt-BR');
    });
  });

  test('English reads 30,000 and refuses 1.234,5 with an English message', async () => {
    const sample = example('sample-project.json');
    await onPage({}, async (page) => {
      const price = inputFor(page, 'cluster.accelerator.unitPriceUsd');
      assert.equal(await price.inputValue(), '30,000');
      await price.fill('32,000');
      await expectCapex(page, withInput(sample.raw, 0, 'cluster.accelerator.unitPriceUsd', 32000), 0, 'en');
      await price.fill('1.234,5');
      const error = field(page, 'cluster.accelerator.unitPriceUsd').getByTestId('field-error');
      await error.waitFor();
      assert.ok(normalize(await error.innerText()).startsWith(en.numbers.ambiguous.split('{')[0]!.trim()));
    });
  });

  test('the range hint and the model’s message are in the user’s language', async () => {
    await onPage(PT, async (page) => {
      const count = inputFor(page, 'cluster.acceleratorCount');
      await count.fill('-5');
      const error = field(page, 'cluster.acceleratorCount').getByTestId('field-error');
      await error.waitFor();
      const text = normalize(await error.innerText());
      assert.ok(!/\b(must|whole|number|from|to)\b/.test(text), `English in: ${text}`);
      assert.ok(text.includes(formatNumber('pt-BR', 4_000_000)), text);
    });
  });
});

describe('errors where the user looks', { skip, concurrency: 2 }, () => {
  test('an invalid input keeps the last results on screen, dimmed and labelled stale', async () => {
    const sample = example('sample-project.json');
    await onPage({}, async (page) => {
      const count = inputFor(page, 'cluster.acceleratorCount');
      await count.fill('');
      await page.getByTestId('stale').waitFor();
      assert.match(normalize(await page.getByTestId('stale').innerText()), /stale/i);
      await expectCapex(page, sample.raw, 0, 'en');
      await count.fill('4096');
      await page.getByTestId('stale').waitFor({ state: 'detached' });
      await expectCapex(page, withInput(sample.raw, 0, 'cluster.acceleratorCount', 4096), 0, 'en');
    });
  });

  test('an empty slip target means no slip; an invalid one is marked in Scaling and does not block the model', async () => {
    const sample = example('sample-project.json');
    await onPage({}, async (page) => {
      await page.getByTestId('view-scaling').click();
      await page.getByTestId('scaling-projection').click();
      const target = page.locator('#an-analysis-projection-slips-a-target');
      await target.fill('');
      assert.equal(await page.getByTestId('scaling').getByTestId('field-error').count(), 0);
      await page.getByTestId('projection-table').waitFor();

      await target.fill('Not A Target!');
      const error = page.locator('.field', { has: target }).getByTestId('field-error');
      await error.waitFor();
      assert.equal(await textOf(page.getByTestId('view-scaling').locator('.badge'), '1'), '1');

      await page.getByTestId('view-model').click();
      await expectCapex(page, sample.raw, 0, 'en');
      assert.equal(await page.getByTestId('stale').count(), 0);
      await page.getByTestId('view-compare').click();
      const table = page.getByTestId('compare-table');
      assert.equal(await table.locator('.na').count(), 0, 'compare is not blocked');
    });
  });

  test('a rename to a name another scenario has is refused on the field being edited', async () => {
    const sample = example('sample-project.json');
    const first = String(sample.raw.scenarios[0]!.name);
    const second = String(sample.raw.scenarios[1]!.name);
    await onPage({}, async (page) => {
      await page.getByTestId('scenario-1').dblclick();
      const rename = page.getByRole('textbox', { name: en.scenarios.rename });
      await rename.fill(first);
      await rename.press('Enter');
      const error = page.getByTestId('rename-error');
      await error.waitFor();
      assert.equal(await rename.getAttribute('aria-invalid'), 'true');
      await rename.press('Escape');
      assert.equal(normalize(await page.getByTestId('scenario-1').locator('.name').innerText()), second);

      // The editor's name field refuses it too, and nothing is marked on the other scenario.
      await page.getByTestId('scenario-1').click();
      const name = inputFor(page, 'name');
      await name.fill(first);
      await field(page, 'name').getByTestId('field-error').waitFor();
      assert.equal(normalize(await page.getByTestId('scenario-1').locator('.name').innerText()), second);
      await page.getByTestId('scenario-0').click();
      assert.equal(await page.locator('[data-testid="field-error"]').count(), 0);
    });
  });

  test('a file that cannot be opened is explained in a dialog', async () => {
    await onPage({}, async (page) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('open').click();
      await (
        await chooser
      ).setFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"schemaVersion": 1,', 'utf8'),
      });
      const dialog = page.getByTestId('problem-dialog');
      await dialog.waitFor();
      assert.ok(normalize(await dialog.innerText()).includes('broken.json'));
      await dialog.getByRole('button').last().click();
      await dialog.waitFor({ state: 'detached' });
    });
  });

  test('an invalid catalog override is marked and not silently replaced by the old one', async () => {
    const sample = example('sample-project.json');
    await onPage({}, async (page) => {
      await revealInput(page, 'cluster.acceleratorCount');
      const overrides = page.locator('details', { hasText: en.groups.Overrides }).last();
      await overrides.locator('summary').click();
      const add = overrides.locator('form.add');
      await add.locator('input').fill('1000');
      await add.getByRole('button').click();
      const row = overrides.locator('tbody tr').first();
      const value = row.locator('input');
      await value.fill('abc');
      await value.press('Tab');
      assert.equal(await value.getAttribute('aria-invalid'), 'true');
      await row.getByTestId('field-error').waitFor();
      await page.getByTestId('stale').waitFor();
      await value.fill('-3');
      await value.press('Tab');
      assert.equal(await value.getAttribute('aria-invalid'), 'true');
      await value.fill('0');
      await value.press('Tab');
      await page.getByTestId('stale').waitFor({ state: 'detached' });
      assert.equal(await value.getAttribute('aria-invalid'), 'false');
      void sample;
    });
  });

  test('compare: unchecking below two scenarios keeps the boxes and the columns in step', async () => {
    await onPage({}, async (page) => {
      await page.getByTestId('view-compare').click();
      const heads = page.getByTestId('compare-table').locator('thead th');
      assert.equal(await heads.count(), 3);
      await page.getByTestId('compare-pick-1').click({ force: true });
      assert.equal(await heads.count(), 3);
      const checked = await page
        .locator('[data-testid^="compare-pick-"]')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
      assert.deepEqual(checked.slice(0, 2), [true, true]);
      assert.equal(checked.filter(Boolean).length, 2);
    });
  });
});

/**
 * End-to-end, in both languages at 1024x700: the switch and medium inputs are searchable
 * lists of catalog components showing name, rate and vendor. Typing part of a name filters
 * the list, picking (by mouse or keyboard) stores the component and the results follow.
 * Expected figures come from the engine (shared/) run in Node on the same edited project.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { formatUsd } from '../../renderer/i18n/format.ts';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { example, normalize, resultOf, withInput } from './support/expected.ts';
import { openApp, revealInput, startWebApp, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
const LANGS = [
  { locale: 'en', messages: en, drWord: 'single-mode' },
  { locale: 'pt-BR', messages: ptBR, drWord: 'monomodo' },
] as const;

async function textOf(locator: Locator, expected: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = normalize(await locator.innerText());
    if (text === normalize(expected) || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('searchable component pickers', { skip }, () => {
  let app: WebApp | undefined;
  before(async () => {
    app = await startWebApp();
  });
  after(async () => {
    await app?.close();
  });

  for (const { locale, messages, drWord } of LANGS) {
    test(`type part of a name, pick it, the results change (${locale}, 1024x700)`, async () => {
      const { page, problems, context } = await openApp(app!, { prefs: { locale }, width: 1024, height: 700 });
      try {
        const sample = example('sample-project.json');
        const capex = page.getByTestId('headline-networkCapex').locator('.value');
        const before = formatUsd(locale, resultOf(sample.raw, 0).capex.totalUsd, true);
        assert.equal(await textOf(capex, before), normalize(before));

        // Medium of the accelerator-leaf links: "auto" (DSP SR here) to DSP DR, picked by mouse.
        const medium = await revealInput(page, 'media.acceleratorLeaf');
        assert.equal(await medium.getAttribute('role'), 'combobox');
        await medium.click();
        await medium.fill(drWord);
        const options = page.getByRole('listbox').getByRole('option');
        assert.equal(await options.count(), 1, await page.getByRole('listbox').innerText());
        const drText = normalize(await options.first().innerText());
        assert.ok(drText.includes(messages.options['dsp-dr']), drText);
        assert.ok(/400, 800, 1[.,]600, 3[.,]200 Gb\/s/.test(drText), drText);
        assert.ok(drText.includes('Innolight (Zhongji Innolight)'), drText);
        const box = await page.getByRole('listbox').boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 1024, `list inside the window: ${JSON.stringify(box)}`);
        await options.first().click();
        assert.equal(await medium.inputValue(), messages.options['dsp-dr']);
        const drProject = withInput(sample.raw, 0, 'media.acceleratorLeaf', 'dsp-dr');
        const after = formatUsd(locale, resultOf(drProject, 0).capex.totalUsd, true);
        assert.notEqual(after, before);
        assert.equal(await textOf(capex, after), normalize(after));

        // Switch of the Ethernet scenario: Tomahawk 5 to Spectrum-4, by keyboard.
        await page.getByTestId('scenario-1').click();
        const sw = await revealInput(page, 'switch.model');
        assert.equal(await sw.inputValue(), 'Broadcom Tomahawk 5 system (64x800G, 51.2T)');
        await sw.click();
        await sw.fill('spectrum-4');
        const swOptions = page.getByRole('listbox').getByRole('option');
        assert.equal(await swOptions.count(), 1);
        const swText = normalize(await swOptions.first().innerText());
        assert.ok(swText.startsWith('NVIDIA Spectrum-4 SN5600 (64x800G)'), swText);
        assert.ok(swText.includes('64 × 800 Gb/s · NVIDIA'), swText);
        await sw.press('ArrowDown');
        // Enter picks the active option: wait until the list has made it active (under load
        // the list can still be settling when the key arrives).
        const activeBy = Date.now() + 5_000;
        while (!/\bactive\b/.test((await swOptions.first().getAttribute('class')) ?? '') && Date.now() < activeBy) {
          await new Promise((r) => setTimeout(r, 25));
        }
        await sw.press('Enter');
        assert.equal(await sw.inputValue(), 'NVIDIA Spectrum-4 SN5600 (64x800G)');
        assert.equal(await page.getByRole('listbox').count(), 0, 'the list closes after the pick');
        const bom = page.getByTestId('bom-table');
        const deadline = Date.now() + 10_000;
        while (!(await bom.innerText()).includes('Spectrum-4 SN5600') && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 50));
        const bomText = await bom.innerText();
        assert.ok(bomText.includes('NVIDIA Spectrum-4 SN5600'), bomText.slice(0, 400));
        assert.ok(!bomText.includes('Tomahawk 5 system'), 'the old switch left the bill of materials');

        // Components of another ecosystem are listed, dimmed with the reason.
        await sw.fill('QM9700');
        const ib = normalize(await page.getByRole('listbox').getByRole('option').first().innerText());
        const reason = messages.picker.notEcosystem.replace('{ecosystem}', messages.options['ethernet-roce']);
        assert.ok(ib.includes(reason), ib);
        if (process.env.SHOT) {
          await sw.fill('800');
          await page.screenshot({ path: `${process.env.SHOT}/picker-${locale}.png` });
        }
        await sw.press('Escape');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

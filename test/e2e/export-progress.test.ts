/**
 * Browser-mode export runs in a worker: the page shows how far it has got and can cancel it.
 * A heavy project (40 scenarios with 2,000-point sweeps, within the export bound) shows the
 * scenario count rising and a Cancel that ends it with nothing downloaded; a small project
 * exports to a download, and the progress line goes away. In both languages' wording.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { example } from './support/expected.ts';
import { openApp, startWebApp, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;

/** The sample's first scenario `count` times, each with a sweep of `points` sizes. */
function project(count: number, points: number): string {
  const base = example('sample-project.json').raw as { scenarios: Record<string, unknown>[] };
  const scenarios = Array.from({ length: count }, (_, i) => ({
    ...base.scenarios[0],
    name: `Scenario ${i + 1}`,
    analysis: { sweep: { points } },
  }));
  return JSON.stringify({ ...base, scenarios }, null, 2);
}

/** `template` with {done} and {total} as a pattern capturing both numbers. */
function progressPattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace('\\{done\\}', '(\\d+)').replace('\\{total\\}', '(\\d+)')}$`);
}

describe('browser-mode export: progress and cancel', { skip }, () => {
  before(async () => {
    app = await startWebApp();
  });
  after(async () => {
    await app?.close();
  });

  for (const { locale, messages } of [
    { locale: 'en-US', messages: en },
    { locale: 'pt-BR', messages: ptBR },
  ]) {
    test(
      `${locale}: a heavy export shows its progress and Cancel ends it, nothing downloaded`,
      { timeout: 300_000 },
      async () => {
        const { page, context } = await openApp(app!, { locale });
        try {
          const downloads: string[] = [];
          page.on('download', (d) => downloads.push(d.suggestedFilename()));
          const chooser = page.waitForEvent('filechooser');
          await page.getByTestId('open').click();
          await (
            await chooser
          ).setFiles({ name: 'heavy.json', mimeType: 'application/json', buffer: Buffer.from(project(40, 2_000)) });
          await page.getByTestId('doc-title').filter({ hasText: 'heavy.json' }).waitFor();
          await page.getByTestId('export').click();
          const progress = page.getByTestId('export-progress');
          const analyses = progressPattern(messages.exportProgress.analyses);
          // Wait for the second scenario's analyses: the count rises while the page stays responsive.
          let seen: RegExpExecArray | null = null;
          for (let i = 0; i < 600 && !(seen && Number(seen[1]) >= 2); i++) {
            seen = analyses.exec((await progress.innerText().catch(() => '')).trim());
            if (!(seen && Number(seen[1]) >= 2)) await page.waitForTimeout(250);
          }
          assert.ok(seen, 'no analyses progress shown');
          assert.equal(Number(seen[2]), 40);
          assert.ok(Number(seen[1]) >= 2 && Number(seen[1]) < 40, `scenario ${seen[1]}`);
          assert.equal(await page.getByTestId('export').isDisabled(), true);
          await page.getByTestId('cancel-export').click();
          await progress.waitFor({ state: 'detached' });
          await page.getByText(messages.notices.exportCanceled).waitFor();
          await page.waitForTimeout(500);
          assert.deepEqual(downloads, []);
          assert.equal(await page.getByTestId('export').isDisabled(), false);
        } finally {
          await context.close();
        }
      },
    );
  }

  test('a small export downloads the workbook and the progress line goes away', { timeout: 300_000 }, async () => {
    const { page, context } = await openApp(app!);
    try {
      const download = page.waitForEvent('download', { timeout: 240_000 });
      await page.getByTestId('export').click();
      assert.match((await download).suggestedFilename(), /\.xlsx$/);
      await page.getByTestId('export-progress').waitFor({ state: 'detached' });
      await page.getByText(en.notices.exported.replace('{name}', (await download).suggestedFilename())).waitFor();
    } finally {
      await context.close();
    }
  });
});

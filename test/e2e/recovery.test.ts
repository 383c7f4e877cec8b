/**
 * Browser-mode recovery of large projects: copies live in IndexedDB, so a project past
 * localStorage's 5 MB of UTF-16 (about 2.85 MB of project text) is still recovered after a crash.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { example } from './support/expected.ts';
import { openApp, revealInput, startWebApp, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;

/** A valid project of about 3.5 MB: every scenario carries a long list of price overrides. */
function largeProject(): { name: string; text: string } {
  const base = example('sample-project.json').raw as { scenarios: Record<string, unknown>[] };
  const priceUsd = Object.fromEntries(
    Array.from({ length: 1_500 }, (_, i) => [`quote-${String(i).padStart(6, '0')}-${'x'.repeat(20)}`, 1000 + i]),
  );
  const scenarios = Array.from({ length: 64 }, (_, i) => ({
    ...base.scenarios[0],
    name: `Scenario ${i + 1}`,
    overrides: { priceUsd },
  }));
  const text = JSON.stringify({ ...base, scenarios }, null, 2);
  return { name: 'large.fabricost.json', text };
}

/** Characters of project text held in the app's IndexedDB recovery store (0 if none). */
function storedRecoveryChars(): Promise<number> {
  return new Promise<number>((resolve) => {
    const open = indexedDB.open('fabricost', 1);
    open.onerror = () => resolve(0);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('recovery')) return resolve(0);
      const get = db.transaction('recovery').objectStore('recovery').getAll();
      get.onsuccess = () => resolve((get.result as { text: string }[]).reduce((n, e) => n + e.text.length, 0));
      get.onerror = () => resolve(0);
    };
  });
}

describe('browser-mode recovery', { skip }, () => {
  before(async () => {
    app = await startWebApp();
  });
  after(async () => {
    await app?.close();
  });

  test('a 3.5 MB project is autosaved and offered again after the page dies', { timeout: 120_000 }, async () => {
    const file = largeProject();
    assert.ok(file.text.length > 3_400_000, `project of ${file.text.length} characters`);
    const { page, context } = await openApp(app!);
    try {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('open').click();
      await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
      const count = await revealInput(page, 'cluster.acceleratorCount');
      await count.fill('4096');
      await count.blur();
      // Autosave runs every few seconds; wait for the copy to reach IndexedDB.
      let storedChars = 0;
      for (let i = 0; i < 120 && storedChars === 0; i++) {
        await page.waitForTimeout(500);
        storedChars = await page.evaluate(storedRecoveryChars);
      }
      assert.ok(
        storedChars > 3_000_000,
        `stored ${storedChars} characters; status: ${await page.getByTestId('status').innerText()}`,
      );
      await page.reload(); // a new session: the copy is offered
      const banner = page.getByTestId('recovery');
      await banner.waitFor({ timeout: 30_000 });
      assert.match(await banner.innerText(), /large\.fabricost\.json/);
    } finally {
      await context.close();
    }
  });
});

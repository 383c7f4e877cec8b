/**
 * End-to-end: the scaling view and the efficiency and reliability panels in browser mode,
 * checked against the engine run in Node on the same bundled sample project.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import { runMonteCarlo, monteCarloSettings } from '../../shared/scaling/monte-carlo.ts';
import { sweepScenario } from '../../shared/scaling/size-sweep.ts';
import { formatIn, usdScale } from '../../renderer/i18n/column-format.ts';
import { formatNumber, formatPercent, formatUsd } from '../../renderer/i18n/format.ts';
import { chromiumAvailable, CHROMIUM } from './support/browser.ts';
import { normalize } from './support/expected.ts';
import { openApp, ROOT, startWebApp, type WebApp } from './support/web-app.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}; end-to-end tests skipped`;
let app: WebApp | undefined;

const parsed = parseProject(readFileSync(join(ROOT, 'examples', 'sample-project.json'), 'utf8'));
if (!parsed.ok) throw new Error('sample project does not parse');
const lpo = parsed.project.scenarios[2]!;

describe('scaling, efficiency and reliability in the browser', { skip }, () => {
  before(async () => {
    app = await startWebApp();
  });
  after(async () => {
    await app?.close();
  });

  test('the sweep lists the engine crossovers; Monte Carlo runs in a worker and reproduces the engine P50', async () => {
    const { page, problems, context } = await openApp(app!);
    try {
      await page.getByTestId('scenario-2').click();
      await page.getByTestId('view-scaling').click();
      const sweep = sweepScenario(lpo, defaultCatalog, parsed.project.catalogOverrides);
      assert.ok(sweep.ok);
      assert.ok(sweep.value.crossovers.length > 0, 'the sample sweep has crossovers');
      const facts = normalize(await page.getByTestId('sweep-facts').innerText());
      for (const c of sweep.value.crossovers)
        assert.ok(facts.includes(formatNumber('en', c.at)), `crossover at ${c.at} listed`);

      await page.getByTestId('scaling-montecarlo').click();
      await page.getByTestId('mc-run').click();
      const table = page.getByTestId('mc-percentiles');
      await table.waitFor({ timeout: 30_000 });
      const mc = runMonteCarlo(lpo, defaultCatalog, {
        ...monteCarloSettings(lpo),
        projectOverrides: parsed.project.catalogOverrides,
      });
      assert.ok(mc.ok);
      const text = normalize(await table.innerText());
      // The row written one way: P10, P50, P90, mean and base case in millions with two decimals.
      const m = mc.value.metrics.capexUsd;
      const row = usdScale([m.p10, m.p50, m.p90, m.mean, mc.value.baseCase.capexUsd], true);
      assert.ok(text.includes(formatIn('en', row, m.p50)), `P50 ${m.p50} shown in: ${text}`);
      assert.ok(text.includes(formatIn('en', row, m.p90)));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the dashboard shows the engine efficiency and reliability figures', async () => {
    const { page, problems, context } = await openApp(app!);
    try {
      await page.getByTestId('scenario-2').click();
      const r = evaluateScenario(lpo, defaultCatalog, parsed.project.catalogOverrides);
      assert.ok(r.ok && r.value.efficiency.ok);
      const eff = normalize(await page.getByTestId('efficiency').innerText());
      assert.ok(eff.includes(`TP ${r.value.efficiency.parallelism.tensor}`));
      assert.ok(eff.includes(`DP ${r.value.efficiency.parallelism.data}`));
      const e = r.value.efficiency;
      const ce = normalize(await page.getByTestId('compute-efficiency').innerText());
      assert.ok(ce.includes(formatPercent('en', e.computeEfficiency)), ce);
      assert.ok(ce.includes('derived'), ce);
      const mem = normalize(await page.getByTestId('memory-per-accelerator').innerText());
      const used = formatNumber('en', e.memory.totalBytes / 1e9, 1);
      assert.ok(mem.includes(`${used} of ${formatNumber('en', e.memory.capacityBytes / 1e9, 1)} GB`), mem);
      if (process.env.FABRICOST_SHOT)
        await page.getByTestId('efficiency').screenshot({ path: process.env.FABRICOST_SHOT });
      const rel = normalize(await page.getByTestId('reliability').innerText());
      assert.ok(rel.includes(formatNumber('en', r.value.reliability.interruptionsPerDay, 2)), rel.slice(0, 200));
      assert.ok(rel.includes(formatUsd('en', r.value.reliability.networkDowntimeCostUsdPerYear, true)));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

/**
 * The command line's search workers speak the app's search messages
 * (shared/search/search-messages.ts) and assemble to the single-thread result.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSearchInWorkers } from '../../../main/cli/search-workers.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import type { DesignSpace } from '../../../shared/search/design-space.ts';
import { runSearch } from '../../../shared/search/run-search.ts';

const SPACE: DesignSpace = {
  ecosystem: { mode: 'list', values: ['infiniband', 'ethernet-roce'] },
  switchModel: { mode: 'all' },
  tiers: { mode: 'all' },
  oversubscription: { mode: 'list', values: [1, 2] },
  planes: { mode: 'list', values: [1] },
};

test('2,048 accelerators over 2 worker threads: the frontier of one pass, progress to the end', async () => {
  const p = parseProject(
    JSON.stringify({ schemaVersion: 1, scenarios: [{ name: 'base', cluster: { acceleratorCount: 2048 } }] }),
  );
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  const base = p.project.scenarios[0]!;
  const options = { space: SPACE, objectives: ['capex', 'power'] as const, progressEvery: 5 };
  const whole = runSearch(base, defaultCatalog, { ...options, objectives: [...options.objectives] });
  const seen: [number, number][] = [];
  const split = await runSearchInWorkers(
    { base, options: { ...options, objectives: [...options.objectives] } },
    2,
    (done, total) => seen.push([done, total]),
  );
  assert.ok(whole.frontier.length > 0);
  assert.deepEqual(split, whole);
  assert.ok(seen.length > 0, 'progress arrives through the shared messages');
  const [done, total] = seen.at(-1)!;
  assert.ok(done <= total && total > 0, `progress ${done} / ${total}`);
});

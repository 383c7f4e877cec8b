/**
 * The command line's search worker pool speaks the app's search messages
 * (shared/search/search-messages.ts) and assembles to the single-thread result, cold (a fresh
 * pool) and warm (the same pool reused for a second, different search).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSearchInWorkers, SearchWorkerPool, SHARDS_PER_WORKER } from '../../../main/cli/search-workers.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import type { Scenario } from '../../../shared/scenario/scenario-schema.ts';
import type { DesignSpace } from '../../../shared/search/design-space.ts';
import { runSearch } from '../../../shared/search/run-search.ts';

const SPACE: DesignSpace = {
  ecosystem: { mode: 'list', values: ['infiniband', 'ethernet-roce'] },
  switchModel: { mode: 'all' },
  tiers: { mode: 'all' },
  oversubscription: { mode: 'list', values: [1, 2] },
  planes: { mode: 'list', values: [1] },
};

function scenario(gpus: number): Scenario {
  const p = parseProject(
    JSON.stringify({ schemaVersion: 1, scenarios: [{ name: 'base', cluster: { acceleratorCount: gpus } }] }),
  );
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.project.scenarios[0]!;
}

test('2,048 accelerators over 2 fresh worker threads: the frontier of one pass, progress to the end', async () => {
  const base = scenario(2048);
  const options = { space: SPACE, objectives: ['capex', 'power'] as const, progressEvery: 5 };
  const whole = runSearch(base, defaultCatalog, { ...options, objectives: [...options.objectives] });
  const seen: [number, number][] = [];
  const split = await runSearchInWorkers(
    { base, options: { ...options, objectives: [...options.objectives] }, catalog: defaultCatalog },
    2,
    (done, total) => seen.push([done, total]),
  );
  assert.ok(whole.frontier.length > 0);
  assert.deepEqual(split, whole);
  assert.ok(seen.length > 1, 'progress arrives through the shared messages');
  // Progress is the sum of the shards' own candidates: it never goes back and ends at the total.
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i]![0] >= seen[i - 1]![0], `progress ${JSON.stringify(seen)}`);
  assert.deepEqual(seen.at(-1), [whole.candidates, whole.candidates]);
});

test('a warm pool of 2 runs two different searches in 8 shards each, each equal to one pass', async () => {
  const pool = await SearchWorkerPool.start(2);
  try {
    assert.equal(pool.size * SHARDS_PER_WORKER, 8);
    for (const [gpus, objectives] of [
      [2048, ['capex', 'tco', 'power']],
      [4096, ['capex', 'hhi']],
    ] as const) {
      const base = scenario(gpus);
      const options = { space: SPACE, objectives: [...objectives] };
      const whole = runSearch(base, defaultCatalog, options);
      const split = await pool.run({ base, options, catalog: defaultCatalog });
      assert.ok(whole.frontier.length > 0);
      assert.deepEqual(split, whole);
    }
  } finally {
    await pool.close();
  }
});

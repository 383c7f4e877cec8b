/**
 * Sharded search (what the app's workers run): any split of the candidate groups over shards
 * assembles to the result of one pass, and a cancelled shard stops at a progress point.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import type { Scenario } from '../../../shared/scenario/scenario-schema.ts';
import type { DesignSpace } from '../../../shared/search/design-space.ts';
import {
  assembleSearch,
  runSearch,
  searchShard,
  type SearchOptions,
  type ShardResult,
} from '../../../shared/search/run-search.ts';

function scenario(gpus: number): Scenario {
  const p = parseProject(
    JSON.stringify({ schemaVersion: 1, scenarios: [{ name: 'base', cluster: { acceleratorCount: gpus } }] }),
  );
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.project.scenarios[0]!;
}

const SPACE: DesignSpace = {
  ecosystem: { mode: 'list', values: ['infiniband', 'ethernet-roce'] },
  switchModel: { mode: 'all' },
  tiers: { mode: 'all' },
  oversubscription: { mode: 'list', values: [1, 2] },
  planes: { mode: 'list', values: [1, 2] },
};

function drain(g: Generator<unknown, ShardResult>): ShardResult {
  let s = g.next();
  while (!s.done) s = g.next();
  return s.value;
}

for (const objectives of [['capex', 'tco', 'power'] as const, ['capex', 'hhi'] as const]) {
  test(`2,048 accelerators, ${objectives.join('+')}: 1, 2 and 3 shards assemble to runSearch's result`, () => {
    const base = scenario(2048);
    const o: SearchOptions = { space: SPACE, objectives };
    const whole = runSearch(base, defaultCatalog, o);
    assert.ok(whole.frontier.length > 0);
    for (const count of [1, 2, 3]) {
      const parts = Array.from({ length: count }, (_, index) =>
        drain(searchShard(base, defaultCatalog, o, { index, count })),
      );
      // Shards split the evaluations between them.
      assert.equal(
        parts.reduce((t, p) => t + p.evaluated, 0),
        whole.evaluated,
      );
      // Each candidate belongs to one shard: their own counts add up to the space.
      assert.equal(
        parts.reduce((t, p) => t + p.mine, 0),
        whole.candidates,
      );
      assert.deepEqual(assembleSearch(base, defaultCatalog, o, parts), whole);
    }
  });
}

test('a shard cancelled at its first progress point returns what it found, marked cancelled', () => {
  const base = scenario(2048);
  const o: SearchOptions = { space: SPACE, progressEvery: 10, shouldCancel: () => true };
  const steps = searchShard(base, defaultCatalog, o);
  const first = steps.next();
  assert.equal(first.done, false);
  // One shard of one: the whole space is its own, so done and mine agree.
  assert.deepEqual(first.value, {
    done: 10,
    total: runSearch(base, defaultCatalog, { space: SPACE }).candidates,
    mine: 10,
  });
  const end = steps.next();
  assert.equal(end.done, true);
  const r = end.value as ShardResult;
  assert.equal(r.cancelled, true);
  assert.equal(r.done, 10);
  assert.equal(r.mine, 10);
  // Nine candidates were looked at before the tenth reached the progress point and stopped it.
  assert.ok(r.evaluated + r.pruned <= 9 && r.evaluated > 0);
  assert.equal(assembleSearch(base, defaultCatalog, o, [r]).cancelled, true);
});

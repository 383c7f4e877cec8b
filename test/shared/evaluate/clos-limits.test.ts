/**
 * Folded-Clos sizes that do not fit, through the user path (test/fixtures/clos-limits.json →
 * parseProject → evaluateScenario), with the sentences users read. DGX H100 servers on QM9700
 * switches of 64 ports at 1:1, worked by hand: a leaf has 32 endpoint ports and 32 uplinks; two
 * tiers hold 64 leaves x 32 = 2,048 GPUs (k^2/2); one tier is one switch of 64 ports; 128-port
 * spines take 128 leaves, so 4,096 GPUs on two tiers.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';

const parsed = parseProject(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'clos-limits.json'), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
const evaluate = (name: string) => {
  const s = parsed.project.scenarios.find((x) => x.name === name);
  assert.ok(s, name);
  return evaluateScenario(s, defaultCatalog);
};
const refused = (name: string) => {
  const r = evaluate(name);
  assert.equal(r.ok, false, `${name} should be refused`);
  return r.ok ? { path: '', value: '', message: '' } : r.error;
};
const tail = 'with this oversubscription and grouping; add tiers or planes, or pick a larger radix';

describe('leaf-spine', () => {
  test('4,096 GPUs: refused on the accelerator count, naming the 2,048 two tiers hold', () => {
    const e = refused('leaf-spine, 4,096 GPUs');
    assert.deepEqual(
      [e.path, e.value, e.message],
      [
        'cluster.acceleratorCount',
        '4096',
        `leaf-spine needs room for 4096 endpoints, but up to 2 tiers hold at most 2048 at radix 64 ${tail}`,
      ],
    );
  });
  test('three forced tiers: a leaf-spine has two at most', () => {
    const e = refused('leaf-spine on 3 tiers');
    assert.deepEqual([e.path, e.value, e.message], ['topology.tiers', '3', 'leaf-spine has at most 2 tiers']);
  });
});

describe('fat-tree on forced tiers', () => {
  test('4,096 GPUs on 2 tiers: refused on the tiers field', () => {
    const e = refused('fat-tree, 4,096 GPUs on 2 tiers');
    assert.deepEqual(
      [e.path, e.value, e.message],
      [
        'topology.tiers',
        '2',
        `fat-tree needs room for 4096 endpoints, but 2 tiers hold at most 2048 at radix 64 ${tail}`,
      ],
    );
  });
  test('128 GPUs on 1 tier: one switch holds 64', () => {
    const e = refused('fat-tree, 128 GPUs on 1 tier');
    assert.equal(e.message, `fat-tree needs room for 128 endpoints, but 1 tier holds at most 64 at radix 64 ${tail}`);
  });
  test('128-port spines: the radix of each tier tried is named', () => {
    const e = refused('fat-tree, 8,192 GPUs on 2 tiers with 128-port spines');
    assert.equal(
      e.message,
      `fat-tree needs room for 8192 endpoints, but 2 tiers hold at most 4096 at radix 64 (leaf), 128 (spine) ${tail}`,
    );
  });
  test('a tier not tried does not enter the message (spine radix on 1 tier, core radix on 2)', () => {
    assert.equal(
      refused('fat-tree, 128 GPUs on 1 tier with 128-port spines').message,
      `fat-tree needs room for 128 endpoints, but 1 tier holds at most 64 at radix 64 ${tail}`,
    );
    assert.equal(
      refused('fat-tree, 8,192 GPUs on 2 tiers with 128-port cores').message,
      `fat-tree needs room for 8192 endpoints, but 2 tiers hold at most 2048 at radix 64 ${tail}`,
    );
  });
});

test('a fat-tree that fits: 1,024 GPUs on 32 leaves and 16 spines, no notes', () => {
  const r = evaluate('fat-tree, 1,024 GPUs');
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const f = r.value.fabric;
  assert.deepEqual(
    [f.topology, f.tiers, f.switches.byTier.map((t) => [t.tier, t.count, t.idlePorts])],
    [
      'fat-tree',
      2,
      [
        ['leaf', 32, 0],
        ['spine', 16, 0],
      ],
    ],
  );
  assert.equal(f.maxEndpointsPerPlane, 2048);
  assert.deepEqual(f.notes, []);
  assert.equal(f.scalableUnit, null);
});

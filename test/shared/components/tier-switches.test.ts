/**
 * resolveTierSwitches on the default catalog: the switch model and effective radix of each of
 * the five tier levels, worked from shared/catalog/data/switches.json (QM9700: 32 cages x 800G,
 * so 32 x 800 / 400 = 64 ports at 400G and 128 at 200G; Q3400: 72 cages x 1.6T, so
 * 72 x 1600 / 400 = 288 ports at 400G), and the refusals with the field, value and limit.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { makePricing } from '../../../shared/components/pricing.ts';
import { resolveTierSwitches, TIER_SWITCH_KEY_BY_LEVEL } from '../../../shared/components/tier-switches.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import type { Scenario } from '../../../shared/scenario/scenario-schema.ts';

const sw = (id: string) => defaultCatalog.switches.find((s) => s.id === id)!;
const ctx = (rateGbps: number) => ({
  catalog: defaultCatalog,
  pricing: makePricing({ priceUsd: {}, powerW: {} }),
  ecosystem: 'infiniband' as const,
  rateGbps,
  year: 2026,
});

function scenario(extra: Record<string, unknown>, rateGbps = 400): Scenario {
  const p = parseProject(
    JSON.stringify({
      schemaVersion: 1,
      scenarios: [
        {
          name: 't',
          year: 2026,
          cluster: { acceleratorCount: 8192, acceleratorsPerServer: 8 },
          scaleOut: { ecosystem: 'infiniband', nicPortRateGbps: rateGbps },
          topology: { kind: 'rail-optimized' },
          switch: { model: 'qm9700' },
          ...extra,
        },
      ],
    }),
  );
  if (!p.ok) assert.fail(p.errors.map((e) => e.message).join('\n'));
  return p.project.scenarios[0]!;
}

/** Resolves with the scenario's switch QM9700 at `mainRadix` (64 at 400G unless switch.radix says otherwise). */
function resolve(extra: Record<string, unknown>, mainRadix = 64, rateGbps = 400) {
  return resolveTierSwitches(scenario(extra, rateGbps), ctx(rateGbps), sw('qm9700'), mainRadix);
}

describe('tier levels', () => {
  test('levels 1 to 5 read leaf, spine, core and super-core twice', () => {
    assert.deepEqual([...TIER_SWITCH_KEY_BY_LEVEL], ['leaf', 'spine', 'core', 'superCore', 'superCore']);
  });
});

describe('tiers the scenario does not name use its switch and radix', () => {
  test('QM9700 at 400G: five tiers of QM9700 at radix 64, not mixed', () => {
    const r = resolve({});
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual(
      r.value.models.map((m) => m.id),
      ['qm9700', 'qm9700', 'qm9700', 'qm9700', 'qm9700'],
    );
    assert.deepEqual(r.value.radixByTier, [64, 64, 64, 64, 64]);
    assert.equal(r.value.mixed, false);
  });
  test('QM9700 at 200G: 32 x 800 / 200 = 128 ports on every tier', () => {
    const r = resolve({}, 128, 200);
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual(r.value.radixByTier, [128, 128, 128, 128, 128]);
  });
  test('switch.radix 48 (passed as the main radix) holds on every unnamed tier', () => {
    const r = resolve({ switch: { model: 'qm9700', radix: 48 } }, 48);
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual(r.value.radixByTier, [48, 48, 48, 48, 48]);
    assert.equal(r.value.mixed, false);
  });
});

describe('a tier with its own switch or radix', () => {
  test('Q3400 spines over QM9700 leaves: radix 288 on the spine, 64 elsewhere, mixed', () => {
    const r = resolve({ switch: { model: 'qm9700', byTier: { spine: { model: 'q3400' } } } });
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual(
      r.value.models.map((m) => m.id),
      ['qm9700', 'q3400', 'qm9700', 'qm9700', 'qm9700'],
    );
    assert.deepEqual(r.value.radixByTier, [64, 288, 64, 64, 64]);
    assert.equal(r.value.mixed, true);
  });
  test('a named tier switch takes its physical radix, not switch.radix: 288 beside 48', () => {
    const r = resolve({ switch: { model: 'qm9700', radix: 48, byTier: { spine: { model: 'q3400' } } } }, 48);
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual(r.value.radixByTier, [48, 288, 48, 48, 48]);
  });
  test('naming the scenario switch itself on a tier keeps the main radix (48), and counts as mixed', () => {
    const r = resolve({ switch: { model: 'qm9700', radix: 48, byTier: { core: { model: 'qm9700' } } } }, 48);
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual(r.value.radixByTier, [48, 48, 48, 48, 48]);
    assert.equal(r.value.mixed, true);
  });
  test('a radix without a model applies to the scenario switch on that tier: leaf 32, spine 288 at most', () => {
    const r = resolve({
      switch: { model: 'qm9700', byTier: { leaf: { radix: 32 }, spine: { model: 'q3400', radix: 200 } } },
    });
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual(
      r.value.models.map((m) => m.id),
      ['qm9700', 'q3400', 'qm9700', 'qm9700', 'qm9700'],
    );
    assert.deepEqual(r.value.radixByTier, [32, 200, 64, 64, 64]);
  });
  test('a super-core switch applies to levels 4 and 5 alike', () => {
    const r = resolve({ switch: { model: 'qm9700', byTier: { superCore: { model: 'q3400' } } } });
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual(r.value.radixByTier, [64, 64, 64, 288, 288]);
  });
});

describe('refusals name the field, the value and the limit', () => {
  test('a radix above the physical one: 289 > 288 on Q3400, 65 > 64 on QM9700 at 400G', () => {
    const big = resolve({ switch: { model: 'qm9700', byTier: { spine: { model: 'q3400', radix: 289 } } } });
    assert.ok(!big.ok);
    assert.equal(big.error.path, 'switch.byTier.spine.radix');
    assert.equal(big.error.value, '289');
    assert.equal(
      big.error.message,
      'must be at most 288, the NVIDIA Quantum-X800 Q3400 (144x800G XDR) radix at 400 Gb/s',
    );
    const leaf = resolve({ switch: { model: 'qm9700', byTier: { leaf: { radix: 65 } } } });
    assert.ok(!leaf.ok);
    assert.equal(leaf.error.path, 'switch.byTier.leaf.radix');
    assert.equal(leaf.error.message, 'must be at most 64, the NVIDIA Quantum-2 QM9700 (64x400G NDR) radix at 400 Gb/s');
  });
  test('a tier switch from another ecosystem names the tier field', () => {
    const r = resolve({ switch: { model: 'qm9700', byTier: { core: { model: 'th5-64x800g' } } } });
    assert.ok(!r.ok);
    assert.equal(r.error.path, 'switch.byTier.core.model');
    assert.equal(r.error.value, 'th5-64x800g');
    assert.equal(r.error.message, 'not part of the infiniband ecosystem (supports ethernet-roce, ultra-ethernet)');
  });
  test('per-tier switches on a dragonfly are refused; leaving every tier on auto is not', () => {
    const df = resolve({
      topology: { kind: 'dragonfly' },
      switch: { model: 'qm9700', byTier: { leaf: { radix: 32 } } },
    });
    assert.ok(!df.ok);
    assert.equal(df.error.path, 'switch.byTier.leaf');
    assert.equal(df.error.value, 'auto');
    assert.match(df.error.message, /^a dragonfly network has no leaf tier of its own/);
    const plain = resolve({ topology: { kind: 'dragonfly' } });
    if (!plain.ok) assert.fail(plain.error.message);
    assert.deepEqual(plain.value.radixByTier, [64, 64, 64, 64, 64]);
  });
});

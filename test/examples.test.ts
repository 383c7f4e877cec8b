/** Every example project loads, validates and evaluates on the default catalog. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProject } from '../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../shared/catalog/project-components.ts';

const dir = join(import.meta.dirname, '..', 'examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

test('the examples folder holds the five documented examples', () => {
  for (const f of [
    'dgx-h100-1k-infiniband.json',
    'ethernet-32k-fat-tree-lpo.json',
    'rail-only-100k.json',
    'dragonfly-16k.json',
    'gb200-nvl72-2tier.json',
  ]) {
    assert.ok(files.includes(f), f);
  }
});

for (const f of files) {
  test(`${f} loads, validates and evaluates`, () => {
    const parsed = parseProject(readFileSync(join(dir, f), 'utf8'));
    if (!parsed.ok) assert.fail(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    for (const s of parsed.project.scenarios) {
      const catalog = withProjectComponents(defaultCatalog, parsed.project.components);
      if (!catalog.ok) assert.fail(`${catalog.error.path}: ${catalog.error.message}`);
      const r = evaluateScenario(s, catalog.value, parsed.project.catalogOverrides);
      if (!r.ok) assert.fail(`${s.name}: ${r.error.path}: ${r.error.message}`);
      assert.ok(r.value.capex.totalUsd > 0 && Number.isFinite(r.value.capex.totalUsd));
      assert.ok(r.value.power.totalW > 0 && Number.isFinite(r.value.power.totalW));
      assert.equal(r.value.accelerators, s.cluster.acceleratorCount);
      assert.ok(r.value.exposure.hhi > 0 && r.value.exposure.hhi <= 10000);
    }
  });
}

test('the examples show what they claim', () => {
  const load = (f: string) => {
    const p = parseProject(readFileSync(join(dir, f), 'utf8'));
    assert.ok(p.ok);
    return p.project.scenarios.map((s) => {
      const r = evaluateScenario(s, defaultCatalog);
      assert.ok(r.ok);
      return r.value;
    });
  };
  const [lpo, dsp] = load('ethernet-32k-fat-tree-lpo.json');
  assert.equal(lpo!.fabric.tiers, 3);
  assert.ok(lpo!.power.totalW < dsp!.power.totalW, 'LPO draws less than DSP optics');
  const [railOnly, railOpt] = load('rail-only-100k.json');
  assert.ok(railOnly!.capex.totalUsd < railOpt!.capex.totalUsd, 'rail-only is cheaper at 100k');
  assert.ok(railOnly!.fabric.tiers < railOpt!.fabric.tiers);
  const [gb] = load('gb200-nvl72-2tier.json');
  assert.equal(gb!.fabric.tiers, 2);
  assert.ok(gb!.capex.byCategory.scaleUp > 0, 'NVL72 domains span several trays');
  const [h100] = load('dgx-h100-1k-infiniband.json');
  assert.deepEqual(
    h100!.fabric.switches.byTier.map((t) => t.count),
    [32, 16],
  );
  const [mixed, ndr, eth] = load('mixed-tier-xdr-over-ndr.json');
  assert.deepEqual(
    mixed!.fabric.switches.byTier.map((t) => [t.model, t.count]),
    [
      ['qm9700', 256],
      ['q3400', 32],
    ],
  );
  assert.equal(ndr!.fabric.tiers, 3);
  assert.equal(ndr!.fabric.switches.total, 640);
  assert.deepEqual(
    eth!.fabric.switches.byTier.map((t) => [t.model, t.count, t.radix]),
    [
      ['th5-64x800g', 128, 64],
      ['th6-64x1600g', 32, 128],
    ],
  );
});

/**
 * evaluateScenario with `{ valueChain: false }` (the design search's lean evaluation): the
 * value-chain lists are empty and every other figure is the full evaluation's, to the bit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { parseProjectValue } from '../../../shared/scenario/parse-project.ts';

const KINDS = ['fat-tree', 'rail-optimized', 'dragonfly'] as const;

for (const kind of KINDS) {
  test(`${kind}, 4,096 accelerators: lean evaluation equals the full one but for the value chain`, () => {
    const p = parseProjectValue({
      schemaVersion: 1,
      scenarios: [{ name: kind, cluster: { acceleratorCount: 4096 }, topology: { kind } }],
    });
    if (!p.ok) assert.fail(JSON.stringify(p.errors));
    const s = p.project.scenarios[0]!;
    const full = evaluateScenario(s, defaultCatalog);
    const lean = evaluateScenario(s, defaultCatalog, undefined, { valueChain: false });
    if (!full.ok || !lean.ok) assert.fail('both evaluate');
    assert.ok(full.value.exposure.byCompany.length > 0);
    assert.deepEqual(lean.value.exposure.byCompany, []);
    assert.deepEqual(lean.value.exposure.byLayer, []);
    assert.deepEqual(lean.value.exposure.byCompanyCountry, []);
    const { byCompany, byLayer, byCompanyCountry, ...vendorFigures } = full.value.exposure;
    assert.deepEqual({ ...lean.value, exposure: vendorFigures }, { ...full.value, exposure: vendorFigures });
    assert.deepEqual({ ...lean.value.exposure, byCompany, byLayer, byCompanyCountry }, full.value.exposure);
  });
}

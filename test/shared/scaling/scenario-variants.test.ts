/** Analysis settings in the scenario and the variant slots as patches. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scenarioSchema } from '../../../shared/scenario/scenario-schema.ts';
import { ECOSYSTEM_IDS, MEDIUM_KINDS } from '../../../shared/catalog/catalog-schema.ts';
import { TOPOLOGY_KINDS } from '../../../shared/scenario/topology-kinds.ts';
import { variantSchema } from '../../../shared/scenario/analysis-schema.ts';
import {
  applyPatch,
  isEmptySlot,
  slotLabel,
  slotPatch,
  storedVariants,
} from '../../../shared/scaling/scenario-variants.ts';
import { scenario } from '../../fixtures/scenario.ts';

test('a scenario without analysis settings gets the documented defaults', () => {
  const s = scenario();
  assert.equal(s.analysis.monteCarlo.samples, 10_000);
  assert.equal(s.analysis.monteCarlo.distribution, 'triangular');
  assert.deepEqual([s.analysis.projection.fromYear, s.analysis.projection.toYear], [2024, 2032]);
  assert.equal(s.analysis.projection.mode, 'follow-roadmap');
  assert.ok(s.analysis.sweep.fromAccelerators <= 1000 && s.analysis.sweep.toAccelerators >= 1_000_000);
  assert.deepEqual(storedVariants(s), []);
  assert.equal(scenarioSchema.safeParse({ name: 'x', analysis: { monteCarlo: { seed: -1 } } }).success, false);
  assert.equal(scenarioSchema.safeParse({ name: 'x', analysis: { sweep: { points: 1 } } }).success, false);
});

const slot = fc.record({
  label: fc.constant(''),
  topology: fc.constantFrom('same' as const, ...TOPOLOGY_KINDS),
  ecosystem: fc.constantFrom('same' as const, ...ECOSYSTEM_IDS),
  acceleratorLeafMedium: fc.constantFrom('same' as const, 'auto' as const, ...MEDIUM_KINDS),
  switchLinkMedium: fc.constantFrom('same' as const, 'auto' as const, ...MEDIUM_KINDS),
  planes: fc.integer({ min: 0, max: 16 }),
});

test('a slot patch changes exactly what the slot says, and keeps everything else', () => {
  const base = scenario({ switch: { model: 'qm9700' }, scaleOut: { nic: 'cx7-400g' } });
  fc.assert(
    fc.property(slot, (v) => {
      const r = applyPatch(base, slotPatch(variantSchema.parse(v)), 'v');
      assert.ok(r.ok, r.ok ? '' : r.error.message);
      const s = r.value;
      assert.equal(s.topology.kind, v.topology === 'same' ? base.topology.kind : v.topology);
      assert.equal(s.scaleOut.ecosystem, v.ecosystem === 'same' ? base.scaleOut.ecosystem : v.ecosystem);
      assert.equal(
        s.media.acceleratorLeaf,
        v.acceleratorLeafMedium === 'same' ? base.media.acceleratorLeaf : v.acceleratorLeafMedium,
      );
      for (const k of ['leafSpine', 'spineCore', 'coreSuper', 'local', 'global'] as const)
        assert.equal(s.media[k], v.switchLinkMedium === 'same' ? base.media[k] : v.switchLinkMedium);
      assert.equal(s.scaleOut.planes, v.planes === 0 ? base.scaleOut.planes : v.planes);
      const autoSwitch = v.ecosystem !== 'same' || v.switchLinkMedium === 'cpo';
      assert.equal(s.switch.model, autoSwitch ? 'auto' : 'qm9700');
      assert.equal(s.scaleOut.nic, v.ecosystem !== 'same' ? 'auto' : 'cx7-400g');
      assert.deepEqual(s.cluster, base.cluster);
      assert.equal(isEmptySlot(variantSchema.parse(v)), slotLabel(variantSchema.parse(v)) === '');
    }),
  );
});

test('stored variants skip empty slots and get unique names', () => {
  const s = scenario({
    name: 'rail-only',
    analysis: {
      variants: {
        a: { topology: 'rail-only' },
        b: { label: 'Same name', planes: 2 },
        c: { label: 'Same name', planes: 4 },
      },
    },
  });
  const v = storedVariants(s);
  assert.deepEqual(
    v.map((x) => [x.name, x.slot]),
    [
      ['rail-only (a)', 'a'],
      ['Same name', 'b'],
      ['Same name (c)', 'c'],
    ],
  );
});

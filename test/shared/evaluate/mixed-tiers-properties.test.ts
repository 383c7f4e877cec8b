/**
 * Property tests of mixed switch models per tier through the user path (project JSON →
 * parseProject → evaluateScenario on the shipped catalog): every tier is built from its own
 * model at that model's radix, ports are conserved tier by tier (used + idle = count x radix;
 * links down from a tier equal the uplinks of the tier below), and the BOM buys each tier's
 * switches from its own model.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog, findSwitch } from '../../../shared/catalog/default-catalog.ts';
import { effectiveRadix } from '../../../shared/components/select-components.ts';
import type { LinkClass } from '../../../shared/scenario/scenario-schema.ts';

const SEED = 20261202;
const TIER_KEYS = ['leaf', 'spine', 'core'] as const;
const CLASS_ABOVE: Record<string, LinkClass> = { leaf: 'leaf-spine', spine: 'spine-core', core: 'core-super' };

describe('mixed switch models per tier, scenario path', () => {
  test('each tier at its own model and radix; ports and links conserved; BOM per tier model', () => {
    let built = 0;
    let mixed = 0;
    fc.assert(
      fc.property(
        fc.record({
          gpus: fc.integer({ min: 1, max: 3000 }).map((x) => 8 * x),
          kind: fc.constantFrom('rail-optimized', 'fat-tree', 'leaf-spine', 'rail-only'),
          tiers: fc.constantFrom<'auto' | number>('auto', 'auto', 2, 3),
          leaf: fc.constantFrom('auto', 'qm9700', 'q3400'),
          spine: fc.constantFrom('auto', 'qm9700', 'q3400'),
          core: fc.constantFrom('auto', 'qm9700', 'q3400'),
          spineRadix: fc.option(fc.integer({ min: 16, max: 288 }), { nil: undefined }),
        }),
        (c) => {
          const byTier = {
            leaf: { model: c.leaf },
            spine: { model: c.spine, ...(c.spineRadix ? { radix: c.spineRadix } : {}) },
            core: { model: c.core },
          };
          const project = {
            schemaVersion: 1,
            scenarios: [
              {
                name: 'mixed',
                year: 2026,
                cluster: { acceleratorCount: c.gpus },
                topology: { kind: c.kind, tiers: c.tiers },
                switch: { model: 'qm9700', byTier },
                // Reaches every qualified medium kind, so only the fabric decides.
                linkLengthM: { acceleratorLeaf: 3, leafSpine: 30, spineCore: 30, coreSuper: 30 },
              },
            ],
          };
          const parsed = parseProject(JSON.stringify(project));
          assert.ok(parsed.ok);
          const r = evaluateScenario(parsed.project.scenarios[0]!, defaultCatalog);
          if (!r.ok) {
            // Refusals name an input and say what is allowed.
            assert.match(r.error.path, /^[a-zA-Z]+(\.[a-zA-Z]+)*$/);
            assert.ok(r.error.message.length > 10);
            return;
          }
          built++;
          const f = r.value.fabric;
          const byClass = new Map(f.links.byClass.map((l) => [l.class, l.count]));
          if (new Set(f.switches.byTier.map((t) => t.model)).size > 1) mixed++;
          f.switches.byTier.forEach((t, i) => {
            const key = TIER_KEYS[i];
            const named = key ? byTier[key].model : 'auto';
            const model = named === 'auto' ? 'qm9700' : named;
            assert.equal(t.model, model, `${t.tier} model`);
            const physical = effectiveRadix(findSwitch(defaultCatalog, model)!, 400);
            const expectedRadix = key === 'spine' && c.spineRadix ? c.spineRadix : physical;
            assert.equal(t.radix, expectedRadix, `${t.tier} radix`);
            // Port conservation on the tier.
            assert.equal(t.portsUsed + t.idlePorts, t.count * t.radix, `${t.tier} ports`);
            assert.ok(t.idlePorts >= 0 && t.idlePortShare >= 0 && t.idlePortShare <= 1);
            // Ports used = links below + links above (a tier's endpoints are the links below it).
            const below = i === 0 ? f.endpoints : (byClass.get(CLASS_ABOVE[f.switches.byTier[i - 1]!.tier]!) ?? 0);
            const above = i + 1 < f.switches.byTier.length ? (byClass.get(CLASS_ABOVE[t.tier]!) ?? 0) : 0;
            assert.equal(t.portsUsed, below + above, `${t.tier} ports used`);
            // The BOM buys this tier's switches from its own model.
            const line = r.value.bom.find((l) => l.category === 'switches' && l.tier === t.tier);
            assert.equal(line?.componentId, model);
            assert.equal(line?.quantity, t.count);
          });
        },
      ),
      { numRuns: 150, seed: SEED },
    );
    assert.ok(built > 60, `only ${built} scenarios built`);
    assert.ok(mixed > 30, `only ${mixed} built scenarios mixed models`);
  });
});

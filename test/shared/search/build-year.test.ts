/**
 * The build-year constraint: the search builds every candidate in that year, so a part not in
 * volume by then makes its candidate infeasible with the first-volume reason, and no design on
 * the frontier (or best per objective) holds a part that ships later.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { catalogComponents } from '../../../shared/scaling/roadmap-membership.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { runSearch } from '../../../shared/search/run-search.ts';

const p = parseProject(
  JSON.stringify({ schemaVersion: 1, scenarios: [{ name: 'base', year: 2027, cluster: { acceleratorCount: 2048 } }] }),
);
if (!p.ok) throw new Error(JSON.stringify(p.errors));
const base = p.project.scenarios[0]!;
const firstVolume = new Map(catalogComponents(defaultCatalog).map((c) => [c.id, c.firstVolumeYear]));

describe('search build year', () => {
  test('800G InfiniBand, Q3400 (2025) or Q3450 (2026): refused before each part ships, with the year', () => {
    const at800 = { ...base, scaleOut: { ...base.scaleOut, nicPortRateGbps: 800 } };
    const search = (buildYear: number) =>
      runSearch(at800, defaultCatalog, {
        space: { switchModel: { mode: 'list', values: ['q3400', 'q3450'] } },
        constraints: { buildYear },
        objectives: ['capex', 'tco', 'power'],
      });
    // 2024: the only 800G InfiniBand NIC (ConnectX-8) ships in 2025.
    const y2024 = search(2024);
    assert.equal(y2024.infeasible, 2);
    assert.deepEqual(y2024.reasons, [
      {
        reason:
          'scaleOut.nicPortRateGbps: no infiniband NIC with 800 Gb/s ports is available by 2024; available rates: 200, 400 Gb/s',
        count: 2,
      },
    ]);
    assert.equal(y2024.frontier.length, 0);
    // 2025: the Q3450 is a year early; the Q3400 has no qualified 30 m leaf-spine medium yet.
    const y2025 = search(2025);
    assert.equal(y2025.infeasible, 2);
    assert.ok(
      y2025.reasons.some((x) => x.reason === 'switch.model: first volume in 2026, after the scenario year 2025'),
      JSON.stringify(y2025.reasons),
    );
    assert.ok(y2025.reasons.some((x) => x.reason.startsWith('linkLengthM.leafSpine: no qualified medium')));
    // 2026: both build; the frontier design is built in 2026 and re-evaluates to its capex.
    const y2026 = search(2026);
    assert.equal(y2026.infeasible, 0);
    assert.ok(y2026.frontier.length > 0);
    for (const d of y2026.frontier) {
      assert.equal(d.scenario.year, 2026);
      const e = evaluateScenario(d.scenario, defaultCatalog);
      assert.ok(e.ok);
      assert.equal(e.value.capex.perAcceleratorUsd, d.values.capex);
    }
  });

  test('in 2023 every "all" ecosystem, switch and accelerator-leaf medium ships by 2023', () => {
    const space = {
      ecosystem: { mode: 'all' },
      switchModel: { mode: 'all' },
      nicPortRateGbps: { mode: 'all' },
      media: { acceleratorLeaf: { mode: 'all' } },
    } as const;
    const in2023 = runSearch(base, defaultCatalog, { space, constraints: { buildYear: 2023 } });
    const in2027 = runSearch(base, defaultCatalog, { space, constraints: { buildYear: 2027 } });
    assert.ok(in2023.frontier.length > 0);
    // Later years open more switches, NIC rates and media: the 2023 space is strictly smaller.
    assert.ok(in2023.candidates < in2027.candidates, `${in2023.candidates} vs ${in2027.candidates}`);
    for (const d of [...in2023.frontier, ...Object.values(in2023.best)]) {
      assert.equal(d.scenario.year, 2023);
      const e = evaluateScenario(d.scenario, defaultCatalog);
      assert.ok(e.ok);
      for (const line of e.value.bom) {
        const y = firstVolume.get(line.componentId);
        if (y !== undefined) assert.ok(y <= 2023, `${line.componentId} first ships in ${y}`);
      }
    }
    // The 2027 frontier does use a part that first shipped after 2023 (the constraint bites).
    const later = in2027.frontier.some((d) => {
      const e = evaluateScenario(d.scenario, defaultCatalog);
      return e.ok && e.value.bom.some((l) => (firstVolume.get(l.componentId) ?? 0) > 2023);
    });
    assert.ok(later);
  });
});

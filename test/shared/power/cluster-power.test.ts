/** Whole-cluster power and energy next to the network's own, worked by hand from catalog figures. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollupPower } from '../../../shared/power/power-rollup.ts';
import { bomLine } from '../../../shared/bom/bom-line.ts';
import { defaultCatalog, findNic, findSwitch, findMedium } from '../../../shared/catalog/default-catalog.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('cluster power', () => {
  test('doc example: 1,024 x 700 W accelerators, 128 x 1,000 W servers, 100 kW network, PUE 1.3, 0.08 USD/kWh', () => {
    const net = bomLine({
      category: 'switches',
      componentId: 'qm9700',
      component: 'QM9700',
      role: 'leaf switches',
      roleKey: 'switches',
      vendors: [{ vendor: 'nvidia', share: 1 }],
      quantity: 100,
      unitPriceUsd: 0,
      unitPowerW: 1000,
      priceSource: { source: 'x', quality: 'weak' },
      powerSource: { source: 'x', quality: 'weak' },
    });
    const p = rollupPower([net], 1024, 700, 128, 1000, 1.3, 0.08);
    assert.deepEqual(p.cluster, {
      acceleratorsW: 716_800,
      serversW: 128_000,
      networkW: 100_000,
      totalW: 944_800,
      perAcceleratorW: 922.65625,
      itEnergyMWhPerYear: 8276.448,
      energyMWhPerYear: p.cluster.energyMWhPerYear,
      energyCostUsdPerYear: p.cluster.energyCostUsdPerYear,
    });
    assert.ok(close(p.cluster.energyMWhPerYear, 10_759.3824));
    assert.ok(close(p.cluster.energyCostUsdPerYear, 860_750.592));
    // The network's own figures stay as they were: 876 MWh IT, 1,138.8 MWh facility, 91,104 USD.
    assert.ok(close(p.energyMWhPerYear, 1138.8) && close(p.energyCostUsdPerYear, 91_104));
    assert.ok(close(p.networkShareOfClusterPower, 100_000 / 944_800));
  });

  test('sample project scenario 1 (2,048 H200, QM9700, CX-7) through the scenario path', () => {
    const parsed = parseProject(
      readFileSync(join(import.meta.dirname, '../../../examples/sample-project.json'), 'utf8'),
    );
    assert.ok(parsed.ok);
    const s = parsed.project.scenarios[0]!;
    const r = evaluateScenario(s, defaultCatalog, parsed.project.catalogOverrides);
    assert.ok(r.ok);
    const c = r.value.power.cluster;
    // Accelerators and servers from the scenario: 2,048 x 700 W and 256 servers x 4,600 W.
    assert.equal(c.acceleratorsW, 1_433_600);
    assert.equal(c.serversW, 1_177_600);
    // Network from catalog figures: 96 QM9700 (64 leaves, 32 spines) and 2,048 CX-7, plus each medium's
    // catalog W per end (modules: one end each; cables: two ends per assembly).
    const qm = findSwitch(defaultCatalog, 'qm9700')!.powerW.typical;
    const cx7 = findNic(defaultCatalog, 'cx7-400g')!.powerW.typical;
    assert.deepEqual([qm, cx7], [700, 20]);
    let network = 96 * qm + 2048 * cx7;
    for (const l of r.value.bom) {
      if (l.category !== 'cables' && l.category !== 'transceivers') continue;
      const m = findMedium(defaultCatalog, l.componentId);
      if (!m) continue; // fibre: passive
      network += l.quantity * m.powerWPerEnd.typical * (m.form === 'cable' ? 2 : 1);
    }
    assert.equal(c.networkW, network);
    assert.equal(c.networkW, r.value.power.totalW);
    assert.equal(c.totalW, 1_433_600 + 1_177_600 + network);
    assert.equal(c.perAcceleratorW, c.totalW / 2048);
    // Default economics: PUE 1.3, 0.08 USD/kWh.
    assert.ok(close(c.itEnergyMWhPerYear, (c.totalW * 8760) / 1e6));
    assert.ok(close(c.energyMWhPerYear, c.itEnergyMWhPerYear * 1.3));
    assert.ok(close(c.energyCostUsdPerYear, c.energyMWhPerYear * 1000 * 0.08));
    assert.ok(close(r.value.power.networkShareOfClusterPower, network / c.totalW));
  });
});

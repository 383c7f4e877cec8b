/**
 * End-to-end arithmetic of one evaluation on the tiny fixture catalog, worked out by hand:
 * 1,024 accelerators, 128 servers, rail-optimized radix 64 → 32 leaves + 16 spines.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';
import { tinyCatalog } from '../../fixtures/tiny-catalog.ts';
import { scenario } from '../../fixtures/scenario.ts';
import type { ScenarioInput } from '../../../shared/scenario/scenario-schema.ts';

const base: Partial<ScenarioInput> = {
  year: 2025,
  cluster: {
    accelerator: { name: 'X', unitPriceUsd: 20000, powerW: 500 },
    acceleratorCount: 1024,
    acceleratorsPerServer: 8,
    serverPriceUsd: 50000,
    serverPowerW: 2000,
  },
  scaleUp: { fabric: 'nvlink4', domainSize: 8 },
  topology: { kind: 'rail-optimized', scalableUnitServers: 32 },
  linkLengthM: { acceleratorLeaf: 2, leafSpine: 30 },
  economics: { electricityUsdPerKWh: 0.1, pue: 1.5, horizonYears: 5, discountRatePercent: 0 },
};

function run(over: Partial<ScenarioInput> = {}): ScenarioResult {
  const r = evaluateScenario(scenario({ ...base, ...over }), tinyCatalog);
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value;
}

describe('evaluateScenario on the tiny catalog', () => {
  const r = run();
  test('fabric: 32 leaves and 16 spines of radix 64', () => {
    assert.equal(r.fabric.tiers, 2);
    assert.deepEqual(
      r.fabric.switches.byTier.map((t) => [t.tier, t.count, t.radix]),
      [
        ['leaf', 32, 64],
        ['spine', 16, 64],
      ],
    );
    assert.equal(r.fabric.switches.total, 48);
  });
  test('media: 2 m NIC-leaf links on 800G-to-2x400G DAC splitters, 30 m leaf-spine on DR8 twin-port', () => {
    const [nl, ls] = r.fabric.links.byClass;
    assert.deepEqual([nl?.class, nl?.medium, nl?.cables, nl?.transceivers], ['accelerator-leaf', 'dac', 512, 0]);
    assert.deepEqual([ls?.class, ls?.medium, ls?.transceivers, ls?.fibers], ['leaf-spine', 'dsp-dr', 1024, 1024]);
    assert.equal(r.fabric.transceivers, 1024);
    assert.equal(r.fabric.cables, 512 + 1024);
  });
  test('capex by category and total, worked by hand', () => {
    assert.deepEqual(r.capex.byCategory, {
      switches: 48 * 10000,
      nics: 1024 * 1000,
      transceivers: 1024 * 800,
      cables: 512 * 100 + 1024 * 100,
      scaleUp: 0,
    });
    assert.equal(r.capex.totalUsd, 2476800);
    assert.equal(r.capex.perAcceleratorUsd, 2476800 / 1024);
    const cluster = 1024 * 20000 + 128 * 50000 + 2476800;
    assert.equal(r.capex.clusterUsd, cluster);
    assert.equal(r.capex.networkShareOfCluster, 2476800 / cluster);
  });
  test('power, energy with PUE, and TCO, worked by hand', () => {
    const totalW = 48 * 1000 + 1024 * 20 + 512 * 0.2 + 1024 * 16;
    assert.ok(Math.abs(r.power.totalW - totalW) < 1e-9);
    const mwh = (totalW * 8760) / 1e6;
    assert.ok(Math.abs(r.power.itEnergyMWhPerYear - mwh) < 1e-9);
    assert.ok(Math.abs(r.power.energyMWhPerYear - 1.5 * mwh) < 1e-9);
    assert.ok(Math.abs(r.power.energyCostUsdPerYear - 1.5 * mwh * 1000 * 0.1) < 1e-6);
    assert.ok(Math.abs(r.tcoUsd - (2476800 + 5 * 1.5 * mwh * 100)) < 1e-6);
    assert.ok(Math.abs(r.power.perAcceleratorW - totalW / 1024) < 1e-12);
  });
  test('exposure: spend split by vendor share, HHI and country shares', () => {
    const spend: Record<string, number> = {
      acme: 480000,
      nicco: 1024000,
      cu: 51200,
      optx: 409600,
      optz: 409600,
      glass: 102400,
    };
    for (const v of r.exposure.byVendor) assert.ok(Math.abs(v.spendUsd - spend[v.vendor]!) < 1e-6, v.vendor);
    const hhi = Object.values(spend).reduce((s, x) => s + ((100 * x) / 2476800) ** 2, 0);
    assert.ok(Math.abs(r.exposure.hhi - hhi) < 1e-9);
    assert.equal(r.exposure.topVendor?.vendor, 'nicco');
    const china = r.exposure.byCountry.find((c) => c.country === 'China');
    assert.ok(china && Math.abs(china.share - 409600 / 2476800) < 1e-12);
    assert.deepEqual(r.exposure.singleSourceItems.map((i) => i.componentId).sort(), [
      'dac-800',
      'fiber-patch',
      'nic400',
      'sw64',
    ]);
    assert.equal(r.exposure.siliconSuppliers, 1);
  });
  test('every BOM line carries a source and quality tag', () => {
    for (const l of r.bom) {
      assert.ok(l.priceSource.source.length > 0 && l.powerSource.source.length > 0);
      assert.equal(l.extendedPriceUsd, l.quantity * l.unitPriceUsd);
    }
  });
});

describe('overrides, scale-up and discounting', () => {
  test('a scenario price override changes the BOM and is tagged as an override', () => {
    const r = run({ overrides: { priceUsd: { 'dr-800': 400 }, powerW: {} } });
    assert.equal(r.capex.byCategory.transceivers, 1024 * 400);
    const line = r.bom.find((l) => l.componentId === 'dr-800');
    assert.equal(line?.priceSource.quality, 'override');
  });
  test('project overrides apply, scenario overrides win', () => {
    const s = scenario({ ...base, overrides: { priceUsd: { sw64: 5000 }, powerW: {} } });
    const r = evaluateScenario(s, tinyCatalog, { priceUsd: { sw64: 7000, nic400: 900 }, powerW: {} });
    assert.ok(r.ok);
    assert.equal(r.value.capex.byCategory.switches, 48 * 5000);
    assert.equal(r.value.capex.byCategory.nics, 1024 * 900);
  });
  test('an override of an unknown id is an error naming the field', () => {
    const r = evaluateScenario(
      scenario({ ...base, overrides: { priceUsd: { 'no-such-part': 1 }, powerW: {} } }),
      tinyCatalog,
    );
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.path, 'overrides.priceUsd.no-such-part');
  });
  test('a scale-up domain wider than a server adds the scale-up fabric per accelerator', () => {
    const r = run({ scaleUp: { fabric: 'nvlink4', domainSize: 32 } });
    assert.equal(r.capex.byCategory.scaleUp, 1024 * 2000);
    assert.equal(r.power.byCategory.scaleUp, 1024 * 50);
  });
  test('discounting lowers the TCO below the undiscounted one', () => {
    const plain = run();
    const disc = run({ economics: { electricityUsdPerKWh: 0.1, pue: 1.5, horizonYears: 5, discountRatePercent: 8 } });
    assert.ok(disc.tcoUsd < plain.tcoUsd);
    assert.ok(disc.tcoUsd > plain.capex.totalUsd);
  });
});

describe('media policies and CPO', () => {
  test('forcing LPO before its first-volume year is an error naming the media field', () => {
    const r = evaluateScenario(scenario({ ...base, media: { leafSpine: 'lpo' } }), tinyCatalog);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.path, 'media.leafSpine');
      assert.match(r.error.message, /allowed here: .*dsp-dr/);
    }
  });
  test('LPO from 2026 is used when forced', () => {
    const r = run({ year: 2026, media: { leafSpine: 'lpo' } });
    assert.equal(r.fabric.links.byClass[1]?.medium, 'lpo');
  });
  test('cpo picks the CPO switch; the switch end needs no pluggable, the NIC end does', () => {
    const r = run({ year: 2026, media: { acceleratorLeaf: 'cpo', leafSpine: 'cpo' } });
    assert.equal(r.fabric.switchModel, 'sw64-cpo');
    const [nl, ls] = r.fabric.links.byClass;
    assert.equal(nl?.transceivers, 1024); // one 400G module per NIC
    assert.equal(nl?.cpoPorts, 512); // 800G co-packaged ports serve 2 links each
    assert.equal(ls?.transceivers, 0);
    assert.equal(ls?.cpoPorts, 1024); // 512 per end
  });
  test('cpo without a CPO switch available is an error', () => {
    const r = evaluateScenario(scenario({ ...base, media: { leafSpine: 'cpo' } }), tinyCatalog);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.path, 'switch.model');
  });
});

describe('inputs the topology cannot build', () => {
  test('accelerators not a multiple of the server size', () => {
    const r = evaluateScenario(
      scenario({ ...base, cluster: { ...base.cluster, acceleratorCount: 1030 } }),
      tinyCatalog,
    );
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.path, 'cluster.acceleratorCount');
  });
  test('leaf-spine beyond k^2/2 names the limit', () => {
    const r = evaluateScenario(
      scenario({ ...base, cluster: { ...base.cluster, acceleratorCount: 4096 }, topology: { kind: 'leaf-spine' } }),
      tinyCatalog,
    );
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, /2048/);
  });
  test('a radix override above the switch radix is refused', () => {
    const r = evaluateScenario(scenario({ ...base, switch: { model: 'auto', radix: 128 } }), tinyCatalog);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.path, 'switch.radix');
  });
});

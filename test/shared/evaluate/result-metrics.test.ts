/**
 * The registry of result metrics: ids and labels are unique, every metric reads its figure from
 * the ScenarioResult (worked by hand below for one cluster), and the analyses' metric names
 * (Monte Carlo, crossovers) are registry ids, so each carries the registry's label.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import {
  metricLabel,
  metricShortKey,
  metricShortLabel,
  RESULT_METRICS,
  requireMetric,
  resultMetric,
} from '../../../shared/evaluate/result-metrics.ts';
import { MONTE_CARLO_METRICS } from '../../../shared/scaling/monte-carlo.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';

/**
 * 8,192 GPUs, 8 per server, InfiniBand 400G, rail-optimized: 256 QM9700 leaves (64 ports at
 * 400G, all used) under 32 Q3400 spines (288 ports at 400G, 8,192 used, 1,024 idle).
 */
function evaluated() {
  const p = parseProject(
    JSON.stringify({
      schemaVersion: 1,
      scenarios: [
        {
          name: 't',
          year: 2026,
          cluster: { acceleratorCount: 8192, acceleratorsPerServer: 8 },
          scaleOut: { ecosystem: 'infiniband', nicPortRateGbps: 400 },
          topology: { kind: 'rail-optimized' },
          switch: { model: 'qm9700', byTier: { spine: { model: 'q3400' } } },
        },
      ],
    }),
  );
  if (!p.ok) assert.fail(p.errors.map((e) => e.message).join('\n'));
  const r = evaluateScenario(p.project.scenarios[0]!, defaultCatalog, { priceUsd: {}, powerW: {} });
  if (!r.ok) assert.fail(r.error.message);
  return r.value;
}

const value = (id: string, r: ReturnType<typeof evaluated>) => resultMetric(id)!.value(r);

describe('registry', () => {
  test('ids and labels are unique; the label key is metrics.<id>', () => {
    const ids = RESULT_METRICS.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length);
    const labels = RESULT_METRICS.map((m) => m.label);
    assert.equal(new Set(labels).size, labels.length);
    for (const m of RESULT_METRICS) assert.equal(m.labelKey, `metrics.${m.id}`);
    assert.equal(RESULT_METRICS.length, 36);
  });
  test('Monte Carlo metrics and crossover metrics are registry ids with their labels', () => {
    for (const m of [...MONTE_CARLO_METRICS, 'powerPerAcceleratorW', 'usdPerGbps']) assert.ok(resultMetric(m), m);
    assert.equal(metricLabel('capexPerAcceleratorUsd'), 'Network capex per accelerator');
    assert.equal(metricLabel('usdPerGbps'), 'Network capex per Gb/s of endpoint bandwidth');
    assert.equal(metricLabel('notAMetric'), 'notAMetric');
  });
  test('short labels: unique, keyed metrics.<id>Short, the full label where there is none', () => {
    const shorts = RESULT_METRICS.map(metricShortLabel);
    assert.equal(new Set(shorts).size, shorts.length);
    for (const m of RESULT_METRICS) {
      assert.equal(m.shortKey, m.short === undefined ? undefined : `metrics.${m.id}Short`);
      assert.equal(metricShortKey(m), m.shortKey ?? m.labelKey);
      // An id ending in Short would collide with another metric's short key.
      assert.ok(!m.id.endsWith('Short'), m.id);
    }
    assert.equal(metricShortLabel(requireMetric('capexPerAcceleratorUsd')), 'Capex per accelerator');
    assert.equal(metricShortKey(requireMetric('tcoUsd')), 'metrics.tcoUsdShort');
    assert.equal(metricShortLabel(requireMetric('vendorHhi')), 'Vendor HHI');
    assert.equal(metricShortKey(requireMetric('vendorHhi')), 'metrics.vendorHhi');
    assert.throws(() => requireMetric('notAMetric'), /unknown result metric "notAMetric"/);
  });
});

describe('figures of one cluster', () => {
  const r = evaluated();
  test('counts: 8,192 server links + 256 x 32 = 8,192 leaf-spine links = 16,384; 256 + 32 = 288 switches', () => {
    assert.equal(value('accelerators', r), 8192);
    assert.equal(value('tiers', r), 2);
    assert.equal(value('switches', r), 288);
    assert.equal(value('links', r), 16384);
    assert.equal(value('topology', r), 'rail-optimized');
    assert.equal(value('year', r), 2026);
  });
  test('idle ports: 1,024 of 256 x 64 + 32 x 288 = 25,600 ports = 4 %', () => {
    assert.equal(value('idlePortShare', r), 1024 / 25600);
  });
  test('media split: copper server links 8,192, optical leaf-spine links 8,192, share 0.5', () => {
    assert.equal(value('copperLinks', r), 8192);
    assert.equal(value('opticalLinks', r), 8192);
    assert.equal(value('copperShare', r), 0.5);
    // 8,192 / 2 twin-port 800G modules at the leaves + 8,192 / 4 at the 1.6T spine cages = 6,144.
    assert.equal(value('transceivers', r), 6144);
    assert.equal(value('modulesPerAccelerator', r), 6144 / 8192);
  });
  test('per-accelerator and per-Gb/s figures divide the totals: 41,619,200 / 8,192, / (8,192 x 400)', () => {
    assert.equal(value('capexUsd', r), 41_619_200);
    assert.equal(value('capexPerAcceleratorUsd', r), 41_619_200 / 8192);
    assert.equal(value('usdPerGbps', r), 41_619_200 / (8192 * 400));
    assert.equal(value('powerW', r), 578_304);
    assert.equal(value('powerPerAcceleratorW', r), 578_304 / 8192);
  });
  test('path metrics read their path; derived metrics read the result too', () => {
    assert.equal(value('tcoUsd', r), r.tcoUsd);
    assert.equal(value('clusterPowerW', r), r.power.cluster.totalW);
    assert.equal(value('ettr', r), r.reliability.ettr);
    assert.equal(value('topVendor', r), 'NVIDIA');
    assert.equal(value('topVendorShare', r), r.exposure.topVendor!.share);
    assert.ok(r.efficiency.ok);
    assert.equal(value('networkLimitedEfficiency', r), r.efficiency.networkLimitedEfficiency);
    for (const m of RESULT_METRICS) {
      if (m.path === null) continue;
      const viaPath = m.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], r);
      assert.equal(m.value(r), viaPath, m.id);
    }
  });
});

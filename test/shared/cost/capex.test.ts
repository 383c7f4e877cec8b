/** Network capex by category, per accelerator and as a share of the cluster, worked by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bomLine, type BomCategory, type BomLine } from '../../../shared/bom/bom-line.ts';
import { perAcceleratorByCategory, rollupCapex, sumByCategory } from '../../../shared/cost/capex.ts';

const line = (category: BomCategory, quantity: number, unitPriceUsd: number, unitPowerW = 0): BomLine =>
  bomLine({
    category,
    componentId: `${category}-${unitPriceUsd}`,
    component: category,
    role: 'test',
    roleKey: category === 'cables' ? 'cables' : category === 'scaleUp' ? 'scaleUp' : category,
    vendors: [{ vendor: 'nvidia', share: 1 }],
    quantity,
    unitPriceUsd,
    unitPowerW,
    priceSource: { source: 'x', quality: 'weak' },
    powerSource: { source: 'x', quality: 'weak' },
  });

test('doc example: 1 M USD of network, 1,024 accelerators at 25,000 USD, 128 servers at 110,000 USD', () => {
  // 32 switches x 25,000 = 800,000; 1,024 NICs x 150 = 153,600; 40 cables x 1,160 = 46,400 → 1,000,000 USD.
  const lines = [line('switches', 32, 25_000), line('nics', 1024, 150), line('cables', 40, 1160)];
  const r = rollupCapex(lines, 1024, 25_000, 128, 110_000);
  assert.equal(r.totalUsd, 1_000_000);
  assert.equal(r.perAcceleratorUsd, 976.5625); // 1e6 / 1,024
  assert.deepEqual(r.byCategory, { switches: 800_000, nics: 153_600, transceivers: 0, cables: 46_400, scaleUp: 0 });
  assert.deepEqual(r.perAcceleratorByCategory, {
    switches: 781.25,
    nics: 150,
    transceivers: 0,
    cables: 45.3125,
    scaleUp: 0,
  });
  assert.equal(r.acceleratorsUsd, 25_600_000); // 1,024 x 25,000
  assert.equal(r.serversUsd, 14_080_000); // 128 x 110,000
  assert.equal(r.clusterUsd, 40_680_000); // 25.6 M + 14.08 M + 1 M
  // 1e6 / 40.68e6 = 0.024582...: the 2.46% of the doc comment.
  assert.ok(Math.abs(r.networkShareOfCluster - 1 / 40.68) < 1e-15);
  assert.equal((100 * r.networkShareOfCluster).toFixed(2), '2.46');
});

test('lines of one category add up; power is summed by the same helper', () => {
  const lines = [
    line('transceivers', 100, 1250, 17),
    line('transceivers', 20, 900, 15),
    line('switches', 2, 30_000, 1500),
  ];
  assert.deepEqual(
    sumByCategory(lines, (l) => l.extendedPriceUsd),
    { switches: 60_000, nics: 0, transceivers: 143_000, cables: 0, scaleUp: 0 }, // 125,000 + 18,000
  );
  assert.deepEqual(
    sumByCategory(lines, (l) => l.extendedPowerW),
    { switches: 3000, nics: 0, transceivers: 2000, cables: 0, scaleUp: 0 }, // 1,700 + 300
  );
  assert.deepEqual(
    perAcceleratorByCategory({ switches: 2048, nics: 0, transceivers: 512, cables: 0, scaleUp: 1 }, 1024),
    {
      switches: 2,
      nics: 0,
      transceivers: 0.5,
      cables: 0,
      scaleUp: 1 / 1024,
    },
  );
});

test('no accelerator or server price: the network is the whole cluster; an empty cluster has share 0', () => {
  const r = rollupCapex([line('switches', 4, 10_000)], 64, 0, 8, 0);
  assert.equal(r.clusterUsd, 40_000);
  assert.equal(r.networkShareOfCluster, 1);
  assert.equal(r.perAcceleratorUsd, 625); // 40,000 / 64
  const empty = rollupCapex([], 8, 0, 1, 0);
  assert.equal(empty.totalUsd, 0);
  assert.equal(empty.networkShareOfCluster, 0, 'no division by a zero cluster capex');
});

/**
 * The price range of every kind of catalog part, and figures with a one-sided or empty range (a
 * project may add components whose price has only a low or only a high end). Figures from the
 * default catalog: NVLink 5 2,600 / 4,200 / 6,000 USD per accelerator, fibre 60 / 150 / 300 USD
 * per link, CX-7 1,200 / 1,800 / 2,500 USD, QM9700 36,000 / 43,000 / 50,000 USD.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capexRange, priceFigureOf } from '../../../shared/cost/capex-range.ts';
import { bomLine, type BomLine } from '../../../shared/bom/bom-line.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog, Figure } from '../../../shared/catalog/catalog-schema.ts';

const line = (componentId: string, quantity: number, unitPriceUsd: number): BomLine =>
  bomLine({
    category: 'switches',
    componentId,
    component: componentId,
    role: 'test',
    roleKey: 'switches',
    vendors: [{ vendor: 'nvidia', share: 1 }],
    quantity,
    unitPriceUsd,
    unitPowerW: 0,
    priceSource: { source: 'x', quality: 'weak' },
    powerSource: { source: 'x', quality: 'weak' },
  });
const range = (r: ReturnType<typeof capexRange>) => [r.lowUsd, r.typicalUsd, r.highUsd, r.fixedUsd];

test('each catalog list is looked up: scale-up, fibre, NIC, switch and module figures', () => {
  const low = (id: string) => [priceFigureOf(defaultCatalog, id)?.low, priceFigureOf(defaultCatalog, id)?.high];
  assert.deepEqual(low('nvlink5'), [2600, 6000]);
  assert.deepEqual(low('fiber-patch'), [60, 300]);
  assert.deepEqual(low('cx7-400g'), [1200, 2500]);
  assert.deepEqual(low('qm9700'), [36_000, 50_000]);
  assert.equal(
    priceFigureOf(defaultCatalog, 'dsp-dr-800g'),
    defaultCatalog.media.find((m) => m.id === 'dsp-dr-800g')!.priceUsd,
  );
  // 8 accelerators of NVLink 5: 20,800 / 33,600 / 48,000 USD.
  assert.deepEqual(range(capexRange([line('nvlink5', 8, 4200)], defaultCatalog, 8)), [20_800, 33_600, 48_000, 0]);
});

function catalogWith(priceUsd: Figure): Catalog {
  const qm = defaultCatalog.switches.find((s) => s.id === 'qm9700')!;
  return { ...defaultCatalog, switches: [...defaultCatalog.switches, { ...qm, id: 'project-switch', priceUsd }] };
}
const F = { source: 'x', quality: 'estimate' } as const;

test('a figure with only a high end: low is the typical price', () => {
  const c = catalogWith({ typical: 100, high: 150, ...F });
  assert.deepEqual(range(capexRange([line('project-switch', 10, 100)], c, 1)), [1000, 1000, 1500, 0]);
});

test('a figure with only a low end: high is the typical price', () => {
  const c = catalogWith({ low: 60, typical: 100, ...F });
  assert.deepEqual(range(capexRange([line('project-switch', 10, 100)], c, 1)), [600, 1000, 1000, 0]);
});

test('a figure whose low and high are equal is held fixed', () => {
  const c = catalogWith({ low: 100, typical: 100, high: 100, ...F });
  assert.deepEqual(range(capexRange([line('project-switch', 10, 100)], c, 2)), [1000, 1000, 1000, 1000]);
  const none = catalogWith({ typical: 100, ...F });
  assert.deepEqual(range(capexRange([line('project-switch', 3, 100)], none, 1)), [300, 300, 300, 300]);
});

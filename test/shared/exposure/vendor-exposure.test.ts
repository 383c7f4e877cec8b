/**
 * Vendor and country exposure of a bill of materials, worked by hand on five lines with the
 * default catalog's vendors (Innolight: China; Coherent, NVIDIA, Broadcom: United States) and
 * one vendor the catalog does not know:
 *   modules   10 x 100 USD = 1,000: Innolight 60 %, Coherent 40 %  → 600 / 400
 *   switches   2 x 250 USD =   500: NVIDIA                          → 500 (single source)
 *   switches   1 x 250 USD =   250: NVIDIA, same component again     → 250 (merged with the above)
 *   cables     3 x 100 USD =   300: "acme-cables" (not in catalog)   → 300 (single source, country Unknown)
 *   NICs       0 x 900 USD =     0: Broadcom                         → no spend, not a single-source item
 * Total 2,050 USD. By vendor: NVIDIA 750, Innolight 600, Coherent 400, acme-cables 300.
 * By country: United States 1,150, China 600, Unknown 300.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { bomLine, type BomLine } from '../../../shared/bom/bom-line.ts';
import { hhi, vendorExposure } from '../../../shared/exposure/vendor-exposure.ts';

const PROV = { source: 'test', quality: 'estimate' } as const;
function line(componentId: string, quantity: number, unitPriceUsd: number, vendors: BomLine['vendors']): BomLine {
  return bomLine({
    category: 'transceivers',
    componentId,
    component: `${componentId} name`,
    role: 'test',
    roleKey: 'transceivers',
    vendors,
    quantity,
    unitPriceUsd,
    unitPowerW: 0,
    priceSource: PROV,
    powerSource: PROV,
  });
}

const LINES = [
  line('module', 10, 100, [
    { vendor: 'innolight', share: 0.6 },
    { vendor: 'coherent', share: 0.4 },
  ]),
  line('switch', 2, 250, [{ vendor: 'nvidia', share: 1 }]),
  line('switch', 1, 250, [{ vendor: 'nvidia', share: 1 }]),
  line('cable', 3, 100, [{ vendor: 'acme-cables', share: 1 }]),
  line('nic', 0, 900, [{ vendor: 'broadcom', share: 1 }]),
];
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} vs ${b}`);

describe('vendorExposure worked by hand', () => {
  const e = vendorExposure(LINES, defaultCatalog.vendors, 3);
  test('by vendor: spend split by supply share, largest first, unknown vendors kept with country Unknown', () => {
    assert.deepEqual(
      e.byVendor.map((v) => [v.vendor, v.name, v.country, v.spendUsd]),
      [
        ['nvidia', 'NVIDIA', 'United States', 750],
        ['innolight', 'Innolight (Zhongji Innolight)', 'China', 600],
        ['coherent', 'Coherent', 'United States', 400],
        ['acme-cables', 'acme-cables', 'Unknown', 300],
      ],
    );
    for (const v of e.byVendor) close(v.share, v.spendUsd / 2050);
  });
  test('by country: United States 1,150, China 600, Unknown 300', () => {
    assert.deepEqual(
      e.byCountry.map((c) => [c.country, c.spendUsd]),
      [
        ['United States', 1150],
        ['China', 600],
        ['Unknown', 300],
      ],
    );
    for (const c of e.byCountry) close(c.share, c.spendUsd / 2050);
  });
  test('HHI over vendors and over countries from the percentage shares', () => {
    // Vendors: 36.59^2 + 29.27^2 + 19.51^2 + 14.63^2 = 2,790.0; countries: 56.10^2 + 29.27^2 + 14.63^2 = 4,217.7.
    close(e.hhi, ((750 ** 2 + 600 ** 2 + 400 ** 2 + 300 ** 2) / 2050 ** 2) * 10000);
    close(e.countryHhi, ((1150 ** 2 + 600 ** 2 + 300 ** 2) / 2050 ** 2) * 10000);
    assert.ok(Math.abs(e.hhi - 2790.006) < 0.001, `${e.hhi}`);
    assert.ok(Math.abs(e.countryHhi - 4217.728) < 0.001, `${e.countryHhi}`);
    assert.deepEqual(e.topVendor, { vendor: 'nvidia', share: 750 / 2050 });
  });
  test('single-source items: one per component, spend merged; zero-spend lines left out', () => {
    assert.deepEqual(e.singleSourceItems, [
      { componentId: 'switch', component: 'switch name', vendor: 'nvidia', spendUsd: 750 },
      { componentId: 'cable', component: 'cable name', vendor: 'acme-cables', spendUsd: 300 },
    ]);
    assert.equal(e.siliconSuppliers, 3);
  });
  test('the lines are not changed (merging copies the first item)', () => {
    vendorExposure(LINES, defaultCatalog.vendors, 1);
    const again = vendorExposure(LINES, defaultCatalog.vendors, 1);
    assert.equal(again.singleSourceItems[0]!.spendUsd, 750);
  });
});

describe('edge cases', () => {
  test('no spend: empty lists, shares 0, no top vendor', () => {
    const e = vendorExposure([line('nic', 0, 900, [{ vendor: 'broadcom', share: 1 }])], defaultCatalog.vendors, 4);
    assert.deepEqual(e.byVendor, []);
    assert.deepEqual(e.byCountry, []);
    assert.equal(e.hhi, 0);
    assert.equal(e.countryHhi, 0);
    assert.equal(e.topVendor, undefined);
    assert.deepEqual(e.singleSourceItems, []);
  });
  test('equal spend: vendors and countries in id order', () => {
    const e = vendorExposure(
      [
        line('a', 1, 100, [{ vendor: 'nvidia', share: 1 }]),
        line('b', 1, 100, [{ vendor: 'innolight', share: 1 }]),
        line('c', 1, 100, [{ vendor: 'coherent', share: 1 }]),
      ],
      defaultCatalog.vendors,
      1,
    );
    assert.deepEqual(
      e.byVendor.map((v) => v.vendor),
      ['coherent', 'innolight', 'nvidia'],
    );
    assert.deepEqual(
      e.byCountry.map((c) => [c.country, c.spendUsd]),
      [
        ['United States', 200],
        ['China', 100],
      ],
    );
    const tie = vendorExposure(
      [line('a', 1, 100, [{ vendor: 'nvidia', share: 1 }]), line('b', 1, 100, [{ vendor: 'innolight', share: 1 }])],
      defaultCatalog.vendors,
      1,
    );
    assert.deepEqual(
      tie.byCountry.map((c) => c.country),
      ['China', 'United States'],
    );
  });
  test('hhi: the documented examples', () => {
    assert.equal(hhi([0.5, 0.5]), 5000);
    assert.equal(hhi([1]), 10000);
    assert.equal(hhi([]), 0);
    close(hhi([0.25, 0.25, 0.25, 0.25]), 2500);
  });
});

describe('more cases worked by hand', () => {
  test('an unknown vendor sharing a line gets its share of the price: 1,000 USD at 50 % → 500 USD', () => {
    const e = vendorExposure(
      [
        line('cable', 10, 100, [
          { vendor: 'acme-cables', share: 0.5 },
          { vendor: 'nvidia', share: 0.5 },
        ]),
      ],
      defaultCatalog.vendors,
      1,
    );
    assert.deepEqual(
      e.byVendor.map((v) => [v.vendor, v.spendUsd, v.share]),
      [
        ['acme-cables', 500, 0.5],
        ['nvidia', 500, 0.5],
      ],
    );
    assert.equal(e.hhi, 5000);
  });
  test('a zero-cost line of an unknown vendor gives shares of 0 and an HHI of 0, not NaN', () => {
    const e = vendorExposure([line('cable', 0, 100, [{ vendor: 'acme-cables', share: 1 }])], defaultCatalog.vendors, 1);
    for (const x of [...e.byVendor, ...e.byCountry]) assert.deepEqual([x.spendUsd, x.share], [0, 0]);
    assert.equal(e.hhi, 0);
    assert.equal(e.countryHhi, 0);
    assert.deepEqual(e.singleSourceItems, []);
  });
  test('countries by their summed spend, not by their largest vendor: United States 700 before China 500', () => {
    const e = vendorExposure(
      [
        line('a', 1, 500, [{ vendor: 'innolight', share: 1 }]),
        line('b', 1, 400, [{ vendor: 'nvidia', share: 1 }]),
        line('c', 1, 300, [{ vendor: 'coherent', share: 1 }]),
      ],
      defaultCatalog.vendors,
      1,
    );
    assert.deepEqual(
      e.byVendor.map((v) => v.vendor),
      ['innolight', 'nvidia', 'coherent'],
    );
    assert.deepEqual(
      e.byCountry.map((c) => [c.country, c.spendUsd, c.share]),
      [
        ['United States', 700, 700 / 1200],
        ['China', 500, 500 / 1200],
      ],
    );
  });
  test('tied countries in name order when the first vendor by id is in the later country', () => {
    // Coherent (United States) sorts before Innolight (China) by id; China still comes first.
    const e = vendorExposure(
      [line('a', 1, 100, [{ vendor: 'innolight', share: 1 }]), line('b', 1, 100, [{ vendor: 'coherent', share: 1 }])],
      defaultCatalog.vendors,
      1,
    );
    assert.deepEqual(
      e.byCountry.map((c) => c.country),
      ['China', 'United States'],
    );
  });
});

/**
 * Value-chain exposure, the cases the hand-worked splits do not reach: NIC, fibre and scale-up
 * lines, sellers and components the catalog does not know, listing labels, shares and order of
 * every list, a low/high layer-share case, and catalogs with their own splits. Figures are worked
 * from the default catalog's value-chain.json (NIC: silicon 45 %, board 55 %; fibre and scale-up:
 * one layer; DSP transceiver: DSP 15 %, TIA/driver 8 %, lasers 9 %, other 29 %, yield loss 7 %,
 * module maker 32 %; low shares 9 / 5 / 7 / 19 / 5 / 20 %).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog, ValueChainSplit } from '../../../shared/catalog/catalog-schema.ts';
import { bomLine, type BomLine } from '../../../shared/bom/bom-line.ts';
import {
  splitFor,
  valueChainExposure,
  type ValueChainExposure,
} from '../../../shared/exposure/value-chain-exposure.ts';

const PROV = { source: 'test', quality: 'estimate' } as const;
function line(componentId: string, quantity: number, unitPriceUsd: number, vendors: BomLine['vendors']): BomLine {
  return bomLine({
    category: 'transceivers',
    componentId,
    component: componentId,
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
const only = (vendor: string) => [{ vendor, share: 1 }];
const close = (a: number, b: number, what = '') =>
  assert.ok(Math.abs(a - b) < 1e-9 * Math.max(1, b), `${what}: ${a} vs ${b}`);
const company = (e: ValueChainExposure, v: string) => e.byCompany.find((c) => c.vendor === v);
const layers = (e: ValueChainExposure) => e.byLayer.map((l) => [l.layer, l.spendUsd]);

describe('NIC, fibre and scale-up lines', () => {
  test('10 CX-7 at 1,800 USD: NVIDIA earns NIC board 9,900 and NIC silicon 8,100 USD, board first', () => {
    const e = valueChainExposure([line('cx7-400g', 10, 1800, only('nvidia'))], defaultCatalog);
    assert.deepEqual(
      company(e, 'nvidia')!.byLayer.map((l) => [l.layer, l.spendUsd]),
      [
        ['nic-board', 9900],
        ['nic-silicon', 8100],
      ],
    );
    assert.deepEqual(layers(e), [
      ['nic-board', 9900],
      ['nic-silicon', 8100],
    ]);
    close(e.byLayer[0]!.share, 0.55);
    close(e.byLayer[1]!.share, 0.45);
  });
  test('100 fibre links at 150 USD are the fibre layer; an NVLink 5 line is the scale-up-fabric layer', () => {
    const e = valueChainExposure(
      [line(defaultCatalog.fiber.id, 100, 150, only('corning')), line('nvlink5', 8, 2000, only('nvidia'))],
      defaultCatalog,
    );
    assert.deepEqual(layers(e), [
      ['scale-up-fabric', 16_000],
      ['fibre', 15_000],
    ]);
    assert.deepEqual(
      e.byCompany.map((c) => [c.vendor, c.spendUsd]),
      [
        ['nvidia', 16_000],
        ['corning', 15_000],
      ],
    );
  });
});

describe('sellers and components the catalog does not know', () => {
  test('an unknown seller of DR8 modules earns yield loss and module maker (39 %), country Unknown, no listing', () => {
    const e = valueChainExposure([line('dsp-dr-800g', 1, 1000, only('acme-optics'))], defaultCatalog);
    const acme = company(e, 'acme-optics')!;
    assert.deepEqual(
      [acme.name, acme.country, acme.listing, acme.parent, acme.spendUsd],
      ['acme-optics', 'Unknown', '', undefined, 390],
    );
    assert.deepEqual(
      acme.byLayer.map((l) => [l.layer, l.spendUsd]),
      [
        ['module-maker', 320],
        ['yield-loss', 70],
      ],
    );
    close(acme.share, 0.39);
  });
  test('a component no split covers is kept whole as "unsplit" with its sellers', () => {
    const e = valueChainExposure(
      [
        line('no-such-part', 2, 500, [
          { vendor: 'molex', share: 0.75 },
          { vendor: 'celestica', share: 0.25 },
        ]),
      ],
      defaultCatalog,
    );
    assert.deepEqual(layers(e), [['unsplit', 1000]]);
    assert.deepEqual(e.byLayer[0]!.companies, [
      { vendor: 'molex', spendUsd: 750 },
      { vendor: 'celestica', spendUsd: 250 },
    ]);
    assert.equal(splitFor(defaultCatalog, 'no-such-part', 'molex'), undefined);
    // Listing labels: private with a parent; two tickers joined; the catalog's names and countries.
    const molex = company(e, 'molex')!;
    assert.deepEqual(
      [molex.name, molex.listing, molex.parent, molex.country],
      ['Molex', 'private', 'Koch Industries', 'United States'],
    );
    const cls = company(e, 'celestica')!;
    assert.deepEqual([cls.name, cls.listing, cls.country], ['Celestica', 'CLS:NYSE, CLS:TSX', 'Canada']);
    assert.deepEqual(
      e.byCompanyCountry.map((c) => [c.country, c.spendUsd, c.share]),
      [
        ['United States', 750, 0.75],
        ['Canada', 250, 0.25],
      ],
    );
  });
  test('a vendor the catalog lists without a listing has listing ""', () => {
    const e = valueChainExposure([line('dsp-dr-800g', 1, 1000, only('innolight'))], defaultCatalog);
    const other = company(e, 'other-suppliers')!;
    assert.deepEqual([other.listing, other.country, other.spendUsd], ['', 'Various', 290]);
  });
  test('zero spend: no company, layer or country appears', () => {
    const e = valueChainExposure([line('dsp-dr-800g', 0, 1250, only('innolight'))], defaultCatalog);
    assert.deepEqual(e, { byCompany: [], byLayer: [], byCompanyCountry: [] });
  });
});

describe('order and shares', () => {
  test('DSP layer of 10 DR8 at 1,250 USD: Marvell 1,500, Broadcom 187.5, then Credo and MaxLinear tied at 93.75', () => {
    const e = valueChainExposure([line('dsp-dr-800g', 10, 1250, only('innolight'))], defaultCatalog);
    const dsp = e.byLayer.find((l) => l.layer === 'dsp')!;
    assert.deepEqual(dsp.companies, [
      { vendor: 'marvell', spendUsd: 1500 },
      { vendor: 'broadcom', spendUsd: 187.5 },
      { vendor: 'credo', spendUsd: 93.75 },
      { vendor: 'maxlinear', spendUsd: 93.75 },
    ]);
    close(dsp.share, 0.15);
    // Layers largest first: module maker 32 %, other parts 29 %, DSP 15 %, lasers 9 %, TIA/driver 8 %, yield loss 7 %.
    assert.deepEqual(
      e.byLayer.map((l) => l.layer),
      ['module-maker', 'other-bom', 'dsp', 'lasers-photonics', 'tia-driver', 'yield-loss'],
    );
    // Innolight (39 %) before other suppliers (29 %) before Marvell (16 %).
    assert.deepEqual(
      e.byCompany.slice(0, 3).map((c) => [c.vendor, Math.round(c.spendUsd * 1e6) / 1e6]),
      [
        ['innolight', 4875],
        ['other-suppliers', 3625],
        ['marvell', 2000],
      ],
    );
    for (const c of e.byCompany) close(c.share, c.spendUsd / 12_500, c.vendor);
  });
  test('ties are broken by id whatever the order of the lines: companies, layers and countries', () => {
    for (const flip of [false, true]) {
      const rows = [
        line(defaultCatalog.fiber.id, 1, 100, only('corning')),
        line('no-such-part', 1, 100, only('celestica')),
      ];
      const e = valueChainExposure(flip ? rows.reverse() : rows, defaultCatalog);
      assert.deepEqual(
        e.byCompany.map((c) => c.vendor),
        ['celestica', 'corning'],
      );
      assert.deepEqual(
        e.byLayer.map((l) => l.layer),
        ['fibre', 'unsplit'],
      );
      assert.deepEqual(
        e.byCompanyCountry.map((c) => c.country),
        ['Canada', 'United States'],
      );
      const split = valueChainExposure(
        [
          line(
            defaultCatalog.fiber.id,
            1,
            100,
            flip
              ? [
                  { vendor: 'corning', share: 0.5 },
                  { vendor: 'celestica', share: 0.5 },
                ]
              : [
                  { vendor: 'celestica', share: 0.5 },
                  { vendor: 'corning', share: 0.5 },
                ],
          ),
        ],
        defaultCatalog,
      );
      assert.deepEqual(
        split.byLayer[0]!.companies.map((c) => c.vendor),
        ['celestica', 'corning'],
      );
    }
  });
});

describe('layer shares other than typical', () => {
  const low = (sp: ValueChainSplit, layer: string) => sp.layers.find((l) => l.layer === layer)!.share.low!;
  test('low shares are renormalised: DSP layer of 12,500 USD of DR8 = 12,500 x 0.09 / 0.65', () => {
    const e = valueChainExposure([line('dsp-dr-800g', 10, 1250, only('innolight'))], defaultCatalog, low);
    close(e.byLayer.find((l) => l.layer === 'dsp')!.spendUsd, (12_500 * 0.09) / 0.65, 'dsp');
    close(company(e, 'innolight')!.spendUsd, (12_500 * 0.25) / 0.65, 'innolight');
    close(
      e.byCompany.reduce((a, c) => a + c.spendUsd, 0),
      12_500,
      'sum',
    );
  });
  test('all layer shares zero: the line earns nobody anything (no NaN)', () => {
    const e = valueChainExposure([line('dsp-dr-800g', 10, 1250, only('innolight'))], defaultCatalog, () => 0);
    assert.deepEqual(e, { byCompany: [], byLayer: [], byCompanyCountry: [] });
  });
});

describe('catalogs with their own splits', () => {
  const split = (over: Partial<ValueChainSplit>): ValueChainSplit => ({
    id: 'test',
    name: 'test',
    sources: ['x'],
    match: [{ category: 'media' }],
    layers: [
      { layer: 'module-maker', share: { typical: 1, source: 'x', quality: 'estimate' }, suppliers: { from: 'seller' } },
    ],
    ...over,
  });
  const withSplits = (...first: ValueChainSplit[]): Catalog => ({
    ...defaultCatalog,
    valueChain: { splits: [...first, ...defaultCatalog.valueChain!.splits] },
  });
  test('a split matched by component id applies to that component only', () => {
    const c = withSplits(split({ match: [{ category: 'media', ids: ['dsp-dr-800g'] }] }));
    const dr = valueChainExposure([line('dsp-dr-800g', 1, 1000, only('innolight'))], c);
    assert.deepEqual(layers(dr), [['module-maker', 1000]]);
    const fr = valueChainExposure([line('dsp-fr-800g', 1, 1000, only('innolight'))], c);
    close(fr.byLayer.find((l) => l.layer === 'dsp')!.spendUsd, 150, 'the FR module keeps the DSP split');
  });
  test('a split matched by kind does not catch a switch (switches have no kind)', () => {
    const c = withSplits(split({ match: [{ category: 'switches', kinds: ['dsp-dr'] }] }));
    const e = valueChainExposure([line('qm9700', 1, 1000, only('nvidia'))], c);
    assert.deepEqual(layers(e), [
      ['system-oem', 650],
      ['system-components', 220],
      ['switch-silicon', 130],
    ]);
  });
  test('a "silicon" layer on a part with no silicon vendor goes to the seller', () => {
    const c = withSplits(
      split({
        match: [{ category: 'nics' }],
        layers: [
          {
            layer: 'nic-silicon',
            share: { typical: 1, source: 'x', quality: 'estimate' },
            suppliers: { from: 'silicon' },
          },
        ],
      }),
    );
    const e = valueChainExposure([line('cx7-400g', 1, 1000, only('nvidia'))], c);
    assert.deepEqual(
      e.byCompany.map((x) => [x.vendor, x.spendUsd]),
      [['nvidia', 1000]],
    );
  });
  test('a split with several matches applies to each (NICs and fibre in one split)', () => {
    const c = withSplits(split({ match: [{ category: 'nics' }, { category: 'fiber' }] }));
    const e = valueChainExposure(
      [line('cx7-400g', 1, 1000, only('nvidia')), line(defaultCatalog.fiber.id, 1, 500, only('corning'))],
      c,
    );
    assert.deepEqual(layers(e), [['module-maker', 1500]]);
  });
  test('a catalog without a value chain keeps every line unsplit', () => {
    const c: Catalog = { ...defaultCatalog, valueChain: undefined };
    const e = valueChainExposure([line('dsp-dr-800g', 1, 1000, only('innolight'))], c);
    assert.deepEqual(layers(e), [['unsplit', 1000]]);
  });
});

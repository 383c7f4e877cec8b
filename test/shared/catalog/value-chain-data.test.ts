import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Catalog } from '../../../shared/catalog/catalog-schema.ts';
import { checkCatalog, defaultCatalog, findVendor } from '../../../shared/catalog/default-catalog.ts';

function copy(): Catalog {
  return structuredClone(defaultCatalog) as Catalog;
}
function split(c: Catalog, id: string) {
  const s = c.valueChain?.splits.find((x) => x.id === id);
  assert.ok(s, id);
  return s;
}

test('every value-chain split: typical layer shares sum to 1 and the low/high bounds bracket 1', () => {
  const splits = defaultCatalog.valueChain?.splits ?? [];
  assert.ok(splits.length >= 13);
  for (const sp of splits) {
    const sum = sp.layers.reduce((a, l) => a + l.share.typical, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9, `${sp.id}: ${sum}`);
    assert.ok(sp.layers.reduce((a, l) => a + (l.share.low ?? l.share.typical), 0) <= 1 + 1e-9, sp.id);
    assert.ok(sp.layers.reduce((a, l) => a + (l.share.high ?? l.share.typical), 0) >= 1 - 1e-9, sp.id);
  }
});

test('the 800G DSP module split follows the published anchors: DSP 9-22 %, 15 % typical, Marvell 80 %', () => {
  const dsp = split(defaultCatalog, 'dsp-transceiver');
  const layer = dsp.layers.find((l) => l.layer === 'dsp');
  assert.ok(layer);
  // 50 USD / 550 USD = 9 %; 100 USD / 460 USD = 22 % (Marvell vs Broadcom DSP quotes over the price range)
  assert.deepEqual([layer.share.low, layer.share.typical, layer.share.high], [0.09, 0.15, 0.22]);
  assert.ok('vendors' in layer.suppliers);
  assert.equal(layer.suppliers.vendors.find((v) => v.vendor === 'marvell')?.share, 0.8);
  assert.equal(layer.suppliers.quality, 'weak');
  // LPO has no DSP layer; NICs are marked as unsourced estimates
  assert.ok(!split(defaultCatalog, 'lpo-transceiver').layers.some((l) => l.layer === 'dsp'));
  for (const l of split(defaultCatalog, 'nic').layers) assert.equal(l.share.quality, 'estimate');
});

test('vendors carry listings and parents', () => {
  const celestica = findVendor(defaultCatalog, 'celestica');
  assert.deepEqual(celestica?.listing?.status === 'listed' && celestica.listing.tickers, [
    { symbol: 'CLS', exchange: 'NYSE' },
    { symbol: 'CLS', exchange: 'TSX' },
  ]);
  const molex = findVendor(defaultCatalog, 'molex');
  assert.equal(molex?.listing?.status, 'private');
  assert.equal(molex?.parent, 'Koch Industries');
  // every named company has a listing; the pool of unnamed suppliers has none
  for (const v of defaultCatalog.vendors) assert.equal(!v.listing, v.id === 'other-suppliers', v.id);
});

test('checkCatalog rejects a split whose shares do not sum to 1, bad suppliers and uncovered vendors', () => {
  const c = copy();
  split(c, 'dsp-transceiver').layers[0]!.share.typical = 0.13;
  assert.ok(
    checkCatalog(c).some((p) => /valueChain\[dsp-transceiver\]: typical layer shares sum to 0\.98/.test(p)),
    checkCatalog(c).join('\n'),
  );
  const d = copy();
  const l = split(d, 'cpo-port').layers.find((x) => x.layer === 'laser-source');
  assert.ok(l && 'vendors' in l.suppliers);
  l.suppliers.vendors[0]!.vendor = 'nobody';
  split(d, 'nic').layers[0]!.suppliers = { from: 'silicon' };
  assert.ok(checkCatalog(d).some((p) => /layers\[laser-source\]\.suppliers\.vendors: unknown vendor "nobody"/.test(p)));
  assert.ok(checkCatalog(d).some((p) => /valueChain\[nic\]\.layers\[nic-silicon\]\.suppliers: "silicon"/.test(p)));
  const e = copy();
  e.valueChain!.splits = e.valueChain!.splits.filter((s) => s.id !== 'switch-white-box');
  assert.ok(
    checkCatalog(e).some((p) => p === 'switches[th5-64x800g]: no value-chain split covers vendor "celestica"'),
    checkCatalog(e).join('\n'),
  );
});

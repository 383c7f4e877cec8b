/**
 * English names of value-chain layers and market technologies (the CLI and the memo line): every
 * layer the catalog schema allows, and "unsplit", has its own readable name, and the CLI names the
 * market's technologies as the app's English text does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VALUE_CHAIN_LAYERS } from '../../../shared/catalog/catalog-schema.ts';
import { MARKET_TECHNOLOGIES } from '../../../shared/market/build-out.ts';
import { LAYER_NAMES, layerName, technologyName } from '../../../shared/exposure/layer-names.ts';
import en from '../../../renderer/i18n/en.ts';

test('every schema layer and "unsplit" has a distinct name that reads as prose (capitalised, not the id)', () => {
  const layers = [...VALUE_CHAIN_LAYERS, 'unsplit'];
  assert.deepEqual(Object.keys(LAYER_NAMES).sort(), [...layers].sort());
  const names = layers.map(layerName);
  assert.equal(new Set(names).size, layers.length, 'two layers share a name');
  for (const [i, n] of names.entries()) {
    assert.match(n, /^[A-Z]\S* \S/, `${layers[i]}: "${n}" is not a capitalised phrase`);
    assert.notEqual(n, layers[i]);
  }
  // The examples of the module comment.
  assert.equal(layerName('system-oem'), 'System maker (OEM/ODM)');
  assert.equal(layerName('dsp'), 'DSP (retimer/gearbox)');
});

test('an unknown layer id is returned as it is', () => {
  assert.equal(layerName('no-such-layer'), 'no-such-layer');
  assert.equal(layerName(''), '');
});

test('technology names match the app English text; switches carry their ecosystem only when given', () => {
  const app = en.market.tech as Record<string, string>;
  for (const t of MARKET_TECHNOLOGIES) {
    assert.equal(technologyName(t), app[t]!.replace(', {ecosystem}', ''), t);
    assert.equal(technologyName(t, 'InfiniBand'), `${technologyName(t)}, InfiniBand`, t);
  }
  assert.equal(technologyName('switches', 'Ethernet (RoCEv2)'), 'Switches, Ethernet (RoCEv2)');
  assert.equal(technologyName('switches', ''), 'Switches');
  assert.equal(technologyName('optics-9.9t'), 'optics-9.9t', 'an unknown technology is its id');
});

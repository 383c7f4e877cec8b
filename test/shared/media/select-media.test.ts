/**
 * Cable and transceiver counting rules of reference/topologies.md §2.3: twin-port modules
 * serve two links, single-port NIC modules one, so an all-optical 400G link costs 1 module
 * with twin-port modules at both ends and 1.5 with single-port NIC modules.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { selectMedia, type LinkEnd, type MediaRequest } from '../../../shared/media/select-media.ts';
import { makePricing } from '../../../shared/components/pricing.ts';
import { tinyCatalog } from '../../fixtures/tiny-catalog.ts';

const sw800: LinkEnd = { role: 'switch', cageRateGbps: 800, cpo: false };
const nic400: LinkEnd = { role: 'nic', cageRateGbps: 400, cpo: false };
const nic800: LinkEnd = { role: 'nic', cageRateGbps: 800, cpo: false };

function req(over: Partial<MediaRequest>): MediaRequest {
  return {
    catalog: tinyCatalog,
    pricing: makePricing(),
    cls: 'accelerator-leaf',
    links: 1024,
    lengthM: 20,
    rateGbps: 400,
    year: 2025,
    ends: [nic400, sw800],
    policy: 'auto',
    ...over,
  };
}

describe('module and cable counts', () => {
  test('single-port NIC modules + twin-port switch modules: 1.5 modules per link', () => {
    const r = selectMedia(req({}));
    assert.ok(r.ok);
    const total = r.value.modules.reduce((s, m) => s + m.count, 0);
    assert.equal(total, 1536);
    assert.deepEqual(r.value.modules.map((m) => [m.medium.id, m.count]).sort(), [
      ['dr-400', 1024],
      ['dr-800', 512],
    ]);
    assert.equal(r.value.fibers, 1024);
  });
  test('twin-port modules at both ends: 1 module per link (DGX H100 4 SU: 2,044 links)', () => {
    const r = selectMedia(req({ links: 2044, ends: [nic800, sw800] }));
    assert.ok(r.ok);
    assert.equal(
      r.value.modules.reduce((s, m) => s + m.count, 0),
      2044,
    );
  });
  test('an 800G-to-2x400G splitter DAC serves two NIC links', () => {
    const r = selectMedia(req({ lengthM: 2 }));
    assert.ok(r.ok);
    assert.equal(r.value.kind, 'dac');
    assert.equal(r.value.cables?.count, 512);
    assert.equal(r.value.modules.length, 0);
    assert.equal(r.value.fibers, 0);
  });
  test('an odd number of links rounds modules up', () => {
    const r = selectMedia(req({ links: 3, ends: [sw800, sw800] }));
    assert.ok(r.ok);
    assert.equal(r.value.modules[0]?.count, 4); // 2 per end
  });
});

describe('auto selection and reach', () => {
  test('auto picks copper within its reach and optics beyond it', () => {
    const near = selectMedia(req({ lengthM: 3 }));
    const far = selectMedia(req({ lengthM: 3.5 }));
    assert.ok(near.ok && far.ok);
    assert.equal(near.value.kind, 'dac');
    assert.equal(far.value.kind, 'dsp-dr');
  });
  test('auto never uses a medium before its first-volume year', () => {
    const early = selectMedia(req({ ends: [sw800, sw800], year: 2025 }));
    const late = selectMedia(req({ ends: [sw800, sw800], year: 2026 }));
    assert.ok(early.ok && late.ok);
    assert.equal(early.value.kind, 'dsp-dr');
    assert.equal(late.value.kind, 'lpo'); // cheaper, available from 2026
  });
  test('a length no medium reaches is an error naming the length field', () => {
    const r = selectMedia(req({ lengthM: 5000 }));
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.path, 'linkLengthM.acceleratorLeaf');
      assert.match(r.error.message, /5000 m/);
    }
  });
  test('a forced medium that cannot reach lists the media that can', () => {
    const r = selectMedia(req({ policy: 'dac', lengthM: 30 }));
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.path, 'media.acceleratorLeaf');
      assert.match(r.error.message, /allowed here: dsp-dr/);
    }
  });
  test('a price override can flip the auto choice', () => {
    const r = selectMedia(req({ lengthM: 2, pricing: makePricing({ priceUsd: { 'dac-800': 5000 }, powerW: {} }) }));
    assert.ok(r.ok);
    assert.equal(r.value.kind, 'dsp-dr');
  });
});

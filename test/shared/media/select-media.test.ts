/**
 * Cable and transceiver counting rules: twin-port modules serve two links, single-port NIC
 * modules one, so an all-optical 400G link costs 1 module with twin-port modules at both ends
 * and 1.5 with single-port NIC modules. A cable leg carries several links only between the
 * same two boxes; a splitter's legs may go to different boxes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cableAssemblies, selectMedia, type LinkEnd, type MediaRequest } from '../../../shared/media/select-media.ts';
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
  test('a cage rate the catalog lacks names the end: switch cage or server cage', () => {
    // The tiny catalog has DR modules at 400G and 800G only, so a 1.6T cage has none.
    const sw1600: LinkEnd = { role: 'switch', cageRateGbps: 1600, cpo: false };
    const nic1600: LinkEnd = { role: 'nic', cageRateGbps: 1600, cpo: false };
    for (const [ends, where] of [
      [[nic400, sw1600], 'switch cage of 1600 Gb/s'],
      [[nic1600, sw800], 'server cage of 1600 Gb/s'],
    ] as const) {
      const r = selectMedia(req({ policy: 'dsp-dr', lengthM: 30, ends: [...ends] }));
      assert.equal(r.ok, false);
      if (!r.ok) assert.ok(r.error.message.includes(`no dsp-dr module at 1600 Gb/s for the ${where}`), r.error.message);
    }
  });
  test('a splitter DAC costs half an assembly per NIC link (800G DAC at 100 USD: 50 USD a link)', () => {
    // One 800G-to-2x400G assembly serves two links, so auto ranks copper at 100 / 2 USD a link.
    const r = selectMedia(req({ lengthM: 2 }));
    assert.ok(r.ok);
    assert.equal(r.value.kind, 'dac');
    assert.equal(r.value.usdPerLink, 50);
  });
  test('per-link price of optics: NIC module + half a twin-port switch module + fibre', () => {
    // 400G DR (500 USD) at the NIC, 800G DR (800 USD) for two links at the switch, fibre 100 USD.
    const r = selectMedia(req({}));
    assert.ok(r.ok);
    assert.equal(r.value.kind, 'dsp-dr');
    assert.equal(r.value.usdPerLink, 500 + 800 / 2 + 100);
  });
  test('per-link price of a CPO link: half a CPO port + fibre + the cheapest far-end pluggable', () => {
    // 2026, when the tiny catalog's CPO ships. 800G CPO port (300 USD) for two links, fibre 100 USD; the 800G server cage takes the
    // cheaper of DR-800 (800 USD) and LPO-800 (600 USD), shared by two links.
    const swCpo: LinkEnd = { role: 'switch', cageRateGbps: 800, cpo: true };
    const r = selectMedia(req({ ends: [nic800, swCpo], year: 2026 }));
    assert.ok(r.ok);
    assert.equal(r.value.kind, 'cpo');
    assert.deepEqual(
      r.value.modules.map((m) => [m.medium.id, m.count]),
      [['lpo-800', 512]],
    );
    assert.equal(r.value.cpoPorts?.count, 512);
    assert.equal(r.value.usdPerLink, 300 / 2 + 100 + 600 / 2);
  });
  test('per-link price of a CPO-to-CPO link: a CPO port at each end, each for two links', () => {
    // Two 800G CPO ports (300 USD each) shared by two links, fibre 100 USD: 2 x 300 / 2 + 100.
    const swCpo: LinkEnd = { role: 'switch', cageRateGbps: 800, cpo: true };
    const r = selectMedia(req({ cls: 'leaf-spine', ends: [swCpo, swCpo], year: 2026 }));
    assert.ok(r.ok);
    assert.equal(r.value.kind, 'cpo');
    assert.equal(r.value.modules.length, 0);
    assert.equal(r.value.cpoPorts?.count, 1024);
    assert.equal(r.value.usdPerLink, 400);
  });
  test('a CPO switch whose cage rate has no CPO part: the link-rate part carries one link, not two', () => {
    // 1.6T CPO cages, 800G links, the tiny catalog has only an 800G CPO part (300 USD): one part per
    // link, fibre 100 USD, the 800G server cage's cheapest pluggable LPO-800 (600 USD) for one link.
    const swCpo1600: LinkEnd = { role: 'switch', cageRateGbps: 1600, cpo: true };
    const r = selectMedia(req({ ends: [nic800, swCpo1600], rateGbps: 800, year: 2026 }));
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.equal(r.value.kind, 'cpo');
    assert.equal(r.value.cpoPorts?.count, 1024);
    assert.equal(r.value.usdPerLink, 300 + 100 + 600);
  });
  test('a price override can flip the auto choice', () => {
    const r = selectMedia(req({ lengthM: 2, pricing: makePricing({ priceUsd: { 'dac-800': 5000 }, powerW: {} }) }));
    assert.ok(r.ok);
    assert.equal(r.value.kind, 'dsp-dr');
  });
});

describe('cables join links only between the same two boxes', () => {
  test('twin-port cable between switches: 2 links per assembly only where a pair shares 2 links', () => {
    // 2-tier k=64 leaf-spine: 64 leaves x 32 spines, one link per pair → one straight cable per link.
    const one = selectMedia(req({ cls: 'leaf-spine', links: 2048, lengthM: 2, ends: [sw800, sw800] }));
    assert.ok(one.ok);
    assert.deepEqual([one.value.kind, one.value.cables?.count], ['dac', 2048]);
    // 32 leaves x 16 spines, two links per pair → 512 twin-port cables for 1,024 links.
    const two = selectMedia(
      req({
        cls: 'leaf-spine',
        links: 1024,
        lengthM: 2,
        ends: [sw800, sw800],
        bundles: [{ linksPerPair: 2, pairs: 512 }],
      }),
    );
    assert.ok(two.ok);
    assert.equal(two.value.cables?.count, 512);
  });
  test('splitter from a twin-port switch cage to single-port NIC cages: 2 links per assembly in any servers', () => {
    assert.equal(cableAssemblies(1024, undefined, 1, 2), 512);
  });
  test('twin-port server cages whose two links go to different leaves: one cable per link', () => {
    assert.equal(cableAssemblies(1024, undefined, 2, 2), 1024);
    assert.equal(cableAssemblies(1024, [{ linksPerPair: 8, pairs: 128 }], 2, 2), 512);
  });
  test('a 1.6T cage split to two 800G cages at 400G: legs of 2 links between the same boxes', () => {
    // 3 links per pair → 2 legs per pair (2 + 1); 2 legs per assembly.
    assert.equal(cableAssemblies(30, [{ linksPerPair: 3, pairs: 10 }], 4, 2), 10);
  });
  test('conservation: assemblies lie between full packing and one per link (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.array(
          fc.record({ linksPerPair: fc.integer({ min: 1, max: 16 }), pairs: fc.integer({ min: 0, max: 300 }) }),
          {
            maxLength: 3,
          },
        ),
        fc.constantFrom(1, 2, 4, 8),
        fc.constantFrom(1, 2, 4, 8),
        (links, bundles, ca, cb) => {
          const n = cableAssemblies(links, bundles, ca, cb);
          const perAssembly = Math.max(ca, cb);
          assert.ok(Number.isSafeInteger(n));
          assert.ok(n >= Math.ceil(links / perAssembly), `${n} < ${links}/${perAssembly}`);
          assert.ok(n <= links);
          if (Math.min(ca, cb) === 1) assert.equal(n, Math.ceil(links / perAssembly));
          if (bundles.length === 0 && ca === cb) assert.equal(n, links);
          // Bundling more links per pair never needs more cables.
          const wider = bundles.map((b) => ({ linksPerPair: b.linksPerPair * 2, pairs: Math.floor(b.pairs / 2) }));
          const covered = (bs: typeof bundles) => bs.reduce((s, b) => s + b.linksPerPair * b.pairs, 0);
          if (covered(bundles) <= links && covered(wider) === covered(bundles)) {
            assert.ok(cableAssemblies(links, wider, ca, cb) <= n);
          }
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });
});

describe('module conservation at any cage layout (property)', () => {
  test('each end has ceil(links / links-per-cage) modules, every link end has a port, one fibre per link', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom(400, 800),
        fc.constantFrom(400, 800),
        (links, nicCage, swCage) => {
          const r = selectMedia(
            req({
              links,
              lengthM: 20,
              policy: 'dsp-dr',
              ends: [
                { role: 'nic', cageRateGbps: nicCage, cpo: false },
                { role: 'switch', cageRateGbps: swCage, cpo: false },
              ],
            }),
          );
          assert.ok(r.ok);
          const per = (cage: number) => cage / 400;
          const want = Math.ceil(links / per(nicCage)) + Math.ceil(links / per(swCage));
          const total = r.value.modules.reduce((s, m) => s + m.count, 0);
          assert.equal(total, want);
          const ports = r.value.modules.reduce((s, m) => s + m.count * (m.medium.rateGbps / 400), 0);
          assert.ok(ports >= 2 * links && ports < 2 * links + 4);
          assert.equal(r.value.fibers, links);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});

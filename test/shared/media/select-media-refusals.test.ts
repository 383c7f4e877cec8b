/**
 * What selectMedia says when a link class cannot be served, read whole: the analyst sees these
 * sentences on the field, so each names the cause (no part at the rate, not qualified, too early,
 * too short) with its figures, and what would be allowed. Also the choices that decide a figure
 * beyond the basic counts: the cheapest part of a kind, ties between kinds, the vendors of a
 * qualified part, and that remembered choices never leak between requests that differ.
 *
 * The catalog is the tiny fixture plus a few parts and qualifications, listed out of rate order on
 * purpose. Worked figures: tiny DAC 800G 3 m 100 USD; DR 400G 500 USD and DR 800G 800 USD, 500 m;
 * LPO 800G 600 USD from 2026; CPO 800G port 300 USD from 2026; fibre 100 USD a link.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Catalog, MediaQualification, Medium } from '../../../shared/catalog/catalog-schema.ts';
import { makePricing } from '../../../shared/components/pricing.ts';
import { selectMedia, type LinkEnd, type MediaRequest } from '../../../shared/media/select-media.ts';
import { tinyCatalog } from '../../fixtures/tiny-catalog.ts';

const base = (id: string): Medium => {
  const m = tinyCatalog.media.find((x) => x.id === id);
  if (!m) throw new Error(`tiny catalog has no ${id}`);
  return m;
};
const part = (from: string, over: Partial<Medium> & { id: string }): Medium => ({ ...base(from), ...over });
const usd = (typical: number) => ({ ...base('dr-800').priceUsd, typical, low: typical, high: typical });
const reach = (typical: number) => ({ ...base('dr-800').reachM, typical });

/** Tiny catalog + parts that make ranking and wording decisions visible. */
const wide: Catalog = {
  ...tinyCatalog,
  media: [
    ...tinyCatalog.media,
    part('dac-800', { id: 'dac-800-5m', reachM: reach(5), priceUsd: usd(150) }),
    part('dr-400', { id: 'dr-200', rateGbps: 200 }),
    part('dr-800', { id: 'dr-800-b', priceUsd: usd(700) }),
    part('dr-800', { id: 'dr-800-c', priceUsd: usd(700) }),
    part('lpo-800', { id: 'lpo-800-late', firstVolumeYear: 2028 }),
    part('lpo-800', { id: 'lpo-800-far', reachM: reach(2000), priceUsd: usd(900) }),
    part('cpo-800', { id: 'cpo-800-far', reachM: reach(5000), priceUsd: usd(400) }),
    part('cpo-800', { id: 'cpo-1600-late', rateGbps: 1600, firstVolumeYear: 2028 }),
  ],
};

const q = (
  id: string,
  ecosystems: MediaQualification['ecosystems'],
  family: string,
  kinds: MediaQualification['kinds'],
  ratesGbps: number[],
  fromYear: number,
  vendors?: MediaQualification['vendors'],
): MediaQualification => ({
  id,
  ecosystems,
  switchFamilies: [family],
  kinds,
  ratesGbps,
  fromYear,
  ...(vendors ? { vendors } : {}),
  source: 'test',
  quality: 'estimate',
});

/**
 * InfiniBand on acme-1 qualifies DR at 400/800 (sold by Acme) and LPO at 800 only from 2027;
 * fam-late qualifies 800G DAC from 2027, fam-now from 2020; Ultra Ethernet on acme-1 (an
 * ecosystem this catalog does not name) qualifies DR only. Ethernet RoCE is unrestricted.
 */
const qualified: Catalog = {
  ...wide,
  mediaQualifications: [
    q('ib-dr', ['infiniband'], 'acme-1', ['dsp-dr'], [400, 800], 2020, [{ vendor: 'acme', share: 1 }]),
    q('ib-lpo', ['infiniband'], 'acme-1', ['lpo'], [800], 2027),
    q('late-dac', ['infiniband'], 'fam-late', ['dac'], [800], 2027),
    q('now-dac', ['infiniband'], 'fam-now', ['dac'], [800], 2020),
    q('uec-dr', ['ultra-ethernet'], 'acme-1', ['dsp-dr'], [400, 800], 2020),
  ],
};

const nic400: LinkEnd = { role: 'nic', cageRateGbps: 400, cpo: false };
const nic800: LinkEnd = { role: 'nic', cageRateGbps: 800, cpo: false };
const sw800: LinkEnd = { role: 'switch', cageRateGbps: 800, cpo: false, family: 'acme-1' };
const sw1600: LinkEnd = { role: 'switch', cageRateGbps: 1600, cpo: false, family: 'acme-1' };
const swCpo: LinkEnd = { role: 'switch', cageRateGbps: 800, cpo: true, family: 'acme-1' };
const famSwitch = (family: string): LinkEnd => ({ role: 'switch', cageRateGbps: 800, cpo: false, family });

function req(over: Partial<MediaRequest>): MediaRequest {
  return {
    catalog: wide,
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

function refusal(r: MediaRequest): { path: string; message: string } {
  const out = selectMedia(r);
  assert.equal(out.ok, false, `expected a refusal, got ${out.ok ? out.value.kind : ''}`);
  return out.ok ? { path: '', message: '' } : { path: out.error.path, message: out.error.message };
}

function chosen(r: MediaRequest) {
  const out = selectMedia(r);
  assert.ok(out.ok, out.ok ? '' : out.error.message);
  return out.value;
}

describe('a forced medium that cannot serve: the cause, then what is allowed', () => {
  test('a cable kind with no part at all: no rate list, cable named at the larger cage', () => {
    const e = refusal(req({ policy: 'aoc' }));
    assert.equal(e.path, 'media.acceleratorLeaf');
    assert.equal(
      e.message,
      'the catalog has no aoc cable at 800 Gb/s for the switch cage of 800 Gb/s; allowed here: dsp-dr',
    );
  });
  test('the larger cage decides the cable rate when it is the first end; nothing else fits: "none"', () => {
    const e = refusal(req({ policy: 'dac', lengthM: 2, ends: [sw1600, nic400] }));
    assert.equal(
      e.message,
      'the catalog has no dac cable at 1600 Gb/s for the switch cage of 1600 Gb/s (dac comes at 800 Gb/s); allowed here: none',
    );
  });
  test('equal cages: the first end is named', () => {
    const e = refusal(req({ policy: 'acc', lengthM: 2, ends: [nic800, sw800] }));
    assert.equal(
      e.message,
      'the catalog has no acc cable at 800 Gb/s for the server cage of 800 Gb/s; allowed here: dac, dsp-dr',
    );
  });
  test('the rates a kind comes at are listed once each, in ascending order', () => {
    const e = refusal(req({ policy: 'dsp-dr', ends: [nic400, sw1600] }));
    assert.equal(
      e.message,
      'the catalog has no dsp-dr module at 1600 Gb/s for the switch cage of 1600 Gb/s (dsp-dr comes at 200, 400, 800 Gb/s); allowed here: none',
    );
  });
  test('too early: the first year any part of the kind ships (2026, not the later 2028 part)', () => {
    const e = refusal(req({ policy: 'lpo', ends: [nic800, sw800] }));
    assert.equal(e.message, 'lpo at 800 Gb/s first ships in 2026, after the year 2025; allowed here: dsp-dr');
  });
  test('too short: the longest part of the kind (5 m, not the 3 m one)', () => {
    const e = refusal(req({ policy: 'dac', lengthM: 30 }));
    assert.equal(e.message, 'no dac cable at 800 Gb/s reaches 30 m (longest 5 m); allowed here: dsp-dr');
  });
  test('a pluggable kind on a CPO switch', () => {
    const e = refusal(req({ policy: 'dsp-dr', year: 2026, ends: [nic800, swCpo] }));
    assert.equal(e.message, 'the switch has co-packaged optics, so its links are cpo; allowed here: cpo');
  });
  test('cpo on a pluggable switch', () => {
    const e = refusal(req({ policy: 'cpo' }));
    assert.equal(e.message, 'cpo needs a co-packaged-optics switch model (set switch.model); allowed here: dsp-dr');
  });
  test('a CPO switch whose cage-rate part ships later is refused, not served by a link-rate part', () => {
    // Only a cage rate with no CPO part at all falls back to the link-rate part (select-media.test.ts).
    const swCpo1600: LinkEnd = { ...swCpo, cageRateGbps: 1600 };
    const e = refusal(req({ policy: 'cpo', rateGbps: 800, year: 2026, ends: [nic800, swCpo1600] }));
    assert.equal(e.message, 'cpo at 1600 Gb/s first ships in 2028, after the year 2026; allowed here: none');
  });
  test('a CPO link whose server end no pluggable reaches: the most specific cause, first kind on ties', () => {
    // 2,500 m: the 5 km CPO part reaches, but at the 800G server cage SR and FR have no part (rate),
    // DR (500 m) and LPO (2 km) fall short (reach): DR comes first among the reach causes.
    const e = refusal(req({ policy: 'cpo', lengthM: 2500, year: 2026, ends: [nic800, swCpo] }));
    assert.equal(e.message, 'no dsp-dr module at 800 Gb/s reaches 2500 m (longest 500 m); allowed here: none');
  });
});

describe('auto selection that finds nothing: one message with every cause worth reading', () => {
  test('only reach is short: the length, the link and the cages', () => {
    const e = refusal(req({ catalog: tinyCatalog, lengthM: 5000 }));
    assert.equal(e.path, 'linkLengthM.acceleratorLeaf');
    assert.equal(
      e.message,
      'no medium in the catalog reaches 5000 m for 400 Gb/s links between nic cages of 400 Gb/s and switch cages of 800 Gb/s by 2025',
    );
  });
  test('a kind that is too early is listed with the kinds that are too short (missing rates are not)', () => {
    const e = refusal(req({ lengthM: 2100, ends: [sw800, sw800], cls: 'leaf-spine' }));
    assert.equal(e.path, 'linkLengthM.leafSpine');
    assert.equal(
      e.message,
      'no qualified medium serves 2100 m 400 Gb/s links between switch cages of 800 Gb/s and switch cages of 800 Gb/s by 2025: ' +
        'dac: no dac cable at 800 Gb/s reaches 2100 m (longest 5 m); ' +
        'dsp-dr: no dsp-dr module at 800 Gb/s reaches 2100 m (longest 500 m); ' +
        'lpo: lpo at 800 Gb/s first ships in 2026, after the year 2025',
    );
  });
  test('qualification, reach and year causes together (InfiniBand on acme-1, 600 m, 2026)', () => {
    const e = refusal(
      req({ catalog: qualified, ecosystem: 'infiniband', lengthM: 600, year: 2026, ends: [nic800, sw800] }),
    );
    assert.equal(
      e.message,
      'no qualified medium serves 600 m 400 Gb/s links between nic cages of 800 Gb/s and switch cages of 800 Gb/s by 2026: ' +
        'dac: InfiniBand on acme-1 switches does not qualify dac at 800 Gb/s (qualified: dsp-dr at 400/800 Gb/s); ' +
        'dsp-dr: no dsp-dr module at 800 Gb/s reaches 600 m (longest 500 m); ' +
        'lpo: InfiniBand qualifies lpo at 800 Gb/s only from 2027, after the year 2026',
    );
  });
});

describe('qualification', () => {
  test('qualification and reach causes without a year cause still list every cause (2,500 m in 2028)', () => {
    const e = refusal(
      req({ catalog: qualified, ecosystem: 'infiniband', lengthM: 2500, year: 2028, ends: [nic800, sw800] }),
    );
    assert.equal(
      e.message,
      'no qualified medium serves 2500 m 400 Gb/s links between nic cages of 800 Gb/s and switch cages of 800 Gb/s by 2028: ' +
        'dac: InfiniBand on acme-1 switches does not qualify dac at 800 Gb/s (qualified: dsp-dr at 400/800 Gb/s; lpo at 800 Gb/s); ' +
        'dsp-dr: no dsp-dr module at 800 Gb/s reaches 2500 m (longest 500 m); ' +
        'lpo: no lpo module at 800 Gb/s reaches 2500 m (longest 2000 m)',
    );
  });
  test('qualified later than the year: the year it becomes qualified', () => {
    const e = refusal(
      req({ catalog: qualified, ecosystem: 'infiniband', policy: 'lpo', year: 2026, ends: [nic800, sw800] }),
    );
    assert.equal(
      e.message,
      'InfiniBand qualifies lpo at 800 Gb/s only from 2027, after the year 2026; allowed here: dsp-dr',
    );
  });
  test('a family with nothing qualified yet gives no "(qualified: ...)" list', () => {
    const late = famSwitch('fam-late');
    const e = refusal(
      req({ catalog: qualified, ecosystem: 'infiniband', policy: 'dsp-dr', year: 2026, ends: [late, late] }),
    );
    assert.equal(e.message, 'InfiniBand on fam-late switches does not qualify dsp-dr at 800 Gb/s; allowed here: none');
  });
  test('a cable between two families needs both: one qualifying later refuses, in either order', () => {
    for (const ends of [
      [famSwitch('fam-late'), famSwitch('fam-now')],
      [famSwitch('fam-now'), famSwitch('fam-late')],
    ] as [LinkEnd, LinkEnd][]) {
      const e = refusal(
        req({ catalog: qualified, ecosystem: 'infiniband', policy: 'dac', lengthM: 2, year: 2026, ends }),
      );
      assert.equal(
        e.message,
        'InfiniBand qualifies dac at 800 Gb/s only from 2027, after the year 2026; allowed here: none',
        ends.map((x) => x.family).join(' then '),
      );
    }
  });
  test('the ecosystem is named as the catalog names it, or by its id when the catalog lacks it', () => {
    const ib = refusal(
      req({ catalog: qualified, ecosystem: 'infiniband', policy: 'dac', lengthM: 2, ends: [nic800, sw800] }),
    );
    assert.match(ib.message, /^InfiniBand on acme-1 switches does not qualify dac at 800 Gb\/s /);
    const uec = refusal(
      req({ catalog: qualified, ecosystem: 'ultra-ethernet', policy: 'dac', lengthM: 2, ends: [nic800, sw800] }),
    );
    assert.match(uec.message, /^ultra-ethernet on acme-1 switches does not qualify dac at 800 Gb\/s /);
  });
  test("a qualified part is bought from the qualification's vendors", () => {
    const c = chosen(req({ catalog: qualified, ecosystem: 'infiniband', year: 2026, ends: [nic800, sw800] }));
    assert.equal(c.kind, 'dsp-dr');
    assert.deepEqual(
      c.modules.map((m) => [m.medium.id, m.medium.vendors]),
      [['dr-800-b', [{ vendor: 'acme', share: 1 }]]],
    );
    // Unrestricted Ethernet buys the same part from its own makers.
    const open = chosen(
      req({ catalog: qualified, ecosystem: 'ethernet-roce', policy: 'dsp-dr', ends: [nic800, sw800] }),
    );
    assert.deepEqual(open.modules[0]?.medium.vendors, base('dr-800').vendors);
  });
});

describe('choices that decide a figure', () => {
  test('the cheapest part of a kind wins, the first listed on a price tie (700 USD dr-800-b)', () => {
    const c = chosen(req({ policy: 'dsp-dr', ends: [nic800, sw800] }));
    assert.deepEqual(
      c.modules.map((m) => [m.medium.id, m.count]),
      [['dr-800-b', 1024]],
    );
    // One 700 USD module per end for two links, plus the fibre: 700 + 100.
    assert.equal(c.usdPerLink, 800);
  });
  test('kinds that cost the same per link: copper before optics', () => {
    // DR: 500 (NIC) + 700 / 2 (switch) + 100 fibre = 950 USD a link; a 1,900 USD splitter DAC for
    // two NIC links costs the same per link.
    const tie = makePricing({ priceUsd: { 'dac-800': 1900, 'dac-800-5m': 1900 }, powerW: {} });
    const c = chosen(req({ lengthM: 2, pricing: tie }));
    assert.deepEqual([c.kind, c.usdPerLink], ['dac', 950]);
  });
});

describe('remembered choices never answer a different request', () => {
  test('the ecosystem is part of the question', () => {
    const ask = (ecosystem?: MediaRequest['ecosystem']) =>
      chosen(
        req({ catalog: qualified, lengthM: 2, year: 2026, ends: [nic800, sw800], ...(ecosystem ? { ecosystem } : {}) }),
      ).kind;
    assert.deepEqual([ask('ethernet-roce'), ask(), ask('infiniband')], ['dac', 'dac', 'dsp-dr']);
  });
  test("each end's family and optics are part of the question", () => {
    const ask = (sw: LinkEnd, ecosystem: MediaRequest['ecosystem']) =>
      chosen(req({ catalog: qualified, ecosystem, lengthM: 2, year: 2026, ends: [nic800, sw] })).kind;
    assert.deepEqual([ask(famSwitch('fam-now'), 'infiniband'), ask(sw800, 'infiniband')], ['dac', 'dsp-dr']);
    assert.deepEqual([ask(sw800, 'ethernet-roce'), ask(swCpo, 'ethernet-roce')], ['dac', 'cpo']);
  });
});

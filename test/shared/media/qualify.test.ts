/**
 * qualify, describeQualified and asQualified on small hand-made qualification lists: the earliest
 * qualifying entry wins, a medium is qualified from its year on (inclusive), the message text
 * lists what a scope qualifies by the year, and a qualified medium carries the entry's vendors.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog, MediaQualification } from '../../../shared/catalog/catalog-schema.ts';
import { asQualified, describeQualified, qualify } from '../../../shared/media/media-compatibility.ts';

const entry = (id: string, over: Partial<MediaQualification>): MediaQualification => ({
  id,
  ecosystems: ['ethernet-roce'],
  switchFamilies: ['Test Family'],
  kinds: ['dsp-dr'],
  ratesGbps: [800],
  fromYear: 2024,
  source: 'x',
  quality: 'estimate',
  ...over,
});
const catalog = (...list: MediaQualification[]): Catalog => ({ ...defaultCatalog, mediaQualifications: list });
const scope = { ecosystem: 'ethernet-roce' as const, family: 'Test Family' };

describe('qualify', () => {
  const c = catalog(
    entry('late', { fromYear: 2027, vendors: [{ vendor: 'arista', share: 1 }] }),
    entry('early', { fromYear: 2024 }),
    entry('copper', { kinds: ['dac', 'acc'], ratesGbps: [400, 800], fromYear: 2023 }),
    entry('other-family', { switchFamilies: ['Other'], kinds: ['lpo'], fromYear: 2020 }),
  );
  test('the earliest entry wins whatever the list order: DR at 800G from 2024, not 2027', () => {
    const q = qualify(c, scope, 'dsp-dr', 800, 2025);
    assert.equal(q.status, 'qualified');
    if (q.status === 'qualified') assert.equal(q.entry.id, 'early');
    const before = qualify(c, scope, 'dsp-dr', 800, 2023);
    assert.deepEqual(before.status === 'later' && [before.fromYear, before.entry.id], [2024, 'early']);
  });
  test('listed the other way round, the earliest still wins; on a tie the first listed', () => {
    const flipped = catalog(entry('early', { fromYear: 2024 }), entry('late', { fromYear: 2027 }));
    const q = qualify(flipped, scope, 'dsp-dr', 800, 2030);
    assert.deepEqual(q.status === 'qualified' && q.entry.id, 'early');
    const tie = catalog(entry('first', { fromYear: 2024 }), entry('second', { fromYear: 2024 }));
    const t = qualify(tie, scope, 'dsp-dr', 800, 2030);
    assert.deepEqual(t.status === 'qualified' && t.entry.id, 'first');
  });
  test('a catalog without media qualifications restricts nothing', () => {
    const none: Catalog = { ...defaultCatalog, mediaQualifications: undefined };
    assert.equal(qualify(none, scope, 'lpo', 800, 2025).status, 'open');
    assert.equal(describeQualified(none, scope, 2025), '');
  });
  test('qualified in its first year, later the year before', () => {
    assert.equal(qualify(c, scope, 'acc', 400, 2023).status, 'qualified');
    assert.equal(qualify(c, scope, 'acc', 400, 2022).status, 'later');
  });
  test('kind and rate must both be listed by one entry', () => {
    assert.equal(qualify(c, scope, 'dsp-dr', 400, 2030).status, 'not-qualified', 'DR only at 800G');
    assert.equal(qualify(c, scope, 'lpo', 800, 2030).status, 'not-qualified', 'LPO only on the other family');
    assert.equal(qualify(c, { ...scope, family: 'Other' }, 'lpo', 800, 2030).status, 'qualified');
    assert.equal(qualify(c, { ecosystem: 'infiniband', family: 'Test Family' }, 'lpo', 800, 2030).status, 'open');
  });
});

describe('describeQualified', () => {
  const c = catalog(
    entry('copper', { kinds: ['dac', 'acc'], ratesGbps: [400, 800], fromYear: 2023 }),
    entry('dr', { fromYear: 2024 }),
    entry('cpo', { kinds: ['cpo'], ratesGbps: [1600], fromYear: 2027 }),
  );
  test('kinds joined by ", ", rates by "/", entries by "; ", only those qualified by the year', () => {
    assert.equal(describeQualified(c, scope, 2025), 'dac, acc at 400/800 Gb/s; dsp-dr at 800 Gb/s');
    assert.equal(describeQualified(c, scope, 2027), 'dac, acc at 400/800 Gb/s; dsp-dr at 800 Gb/s; cpo at 1600 Gb/s');
    assert.equal(describeQualified(c, scope, 2023), 'dac, acc at 400/800 Gb/s');
    assert.equal(describeQualified(c, { ...scope, family: 'Open' }, 2025), '');
  });
  test('the default catalog: InfiniBand XDR on Quantum-X800 in 2025', () => {
    assert.equal(
      describeQualified(defaultCatalog, { ecosystem: 'infiniband', family: 'Quantum-X800' }, 2025),
      'acc at 1600 Gb/s; dsp-dr at 1600 Gb/s; dsp-dr at 800 Gb/s; dsp-fr at 1600 Gb/s',
    );
  });
});

describe('asQualified', () => {
  const m = defaultCatalog.media.find((x) => x.id === 'dsp-dr-800g')!;
  test('an entry naming vendors replaces the sellers, keeping id and price; the same object each time', () => {
    const e = entry('linkx', { vendors: [{ vendor: 'nvidia', share: 1 }] });
    const q = asQualified(m, e);
    assert.deepEqual(q.vendors, [{ vendor: 'nvidia', share: 1 }]);
    assert.deepEqual([q.id, q.priceUsd], [m.id, m.priceUsd]);
    assert.notDeepEqual(m.vendors, q.vendors, 'the catalog medium is not changed');
    assert.equal(asQualified(m, e), q);
    assert.ok(Object.isFrozen(q));
    const other = entry('linkx-2', { vendors: [{ vendor: 'arista', share: 1 }] });
    assert.deepEqual(asQualified(m, other).vendors, [{ vendor: 'arista', share: 1 }]);
  });
  test('no entry, or an entry without vendors, leaves the medium as it is', () => {
    assert.equal(asQualified(m, undefined), m);
    assert.equal(asQualified(m, entry('open', {})), m);
  });
});

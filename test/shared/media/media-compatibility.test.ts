/**
 * Media compatibility as catalog data: what each ecosystem and switch family qualifies (the
 * catalog's media qualifications, sourced from NVIDIA LinkX documentation, Cisco, Broadcom and
 * trade press), what checkCatalog refuses, and what selection does with it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCatalog, defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog, MediaQualification } from '../../../shared/catalog/catalog-schema.ts';
import { qualify } from '../../../shared/media/media-compatibility.ts';
import { selectMedia, type LinkEnd, type MediaRequest } from '../../../shared/media/select-media.ts';
import { makePricing } from '../../../shared/components/pricing.ts';
import fc from 'fast-check';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { scenario } from '../../fixtures/scenario.ts';

const ib = (family: string) => ({ ecosystem: 'infiniband' as const, family });
const eth = (family: string) => ({ ecosystem: 'ethernet-roce' as const, family });

describe('what the default catalog qualifies', () => {
  test('InfiniBand NDR (Quantum-2): LinkX DAC, LACC, SR, DR, 2xFR4 sold by NVIDIA; no LPO, LRO, AOC or AEC', () => {
    for (const [kind, rate] of [
      ['dac', 800],
      ['acc', 800],
      ['dsp-sr', 400],
      ['dsp-sr', 800],
      ['dsp-dr', 800],
      ['dsp-fr', 800],
    ] as const) {
      const q = qualify(defaultCatalog, ib('Quantum-2'), kind, rate, 2025);
      assert.equal(q.status, 'qualified', `${kind} ${rate}`);
      if (q.status === 'qualified') assert.deepEqual(q.entry.vendors, [{ vendor: 'nvidia', share: 1 }]);
    }
    for (const [kind, rate] of [
      ['lpo', 800],
      ['lro', 800],
      ['aoc', 800], // twin-port 800G AOCs are not offered for NDR
      ['aec', 800],
    ] as const) {
      assert.equal(qualify(defaultCatalog, ib('Quantum-2'), kind, rate, 2030).status, 'not-qualified', kind);
    }
  });
  test('InfiniBand XDR (Quantum-X800): LACC and single-mode only; no LPO, DAC, AOC or multimode', () => {
    assert.equal(qualify(defaultCatalog, ib('Quantum-X800'), 'acc', 1600, 2025).status, 'qualified');
    assert.equal(qualify(defaultCatalog, ib('Quantum-X800'), 'dsp-dr', 1600, 2025).status, 'qualified');
    for (const kind of ['lpo', 'dac', 'aoc', 'dsp-sr'] as const) {
      assert.equal(qualify(defaultCatalog, ib('Quantum-X800'), kind, 1600, 2030).status, 'not-qualified', kind);
    }
  });
  test('merchant Ethernet: LPO on Tomahawk 5 from 2022 (Arista, weak), on Silicon One from 2026 (Cisco, secondary)', () => {
    const th5 = qualify(defaultCatalog, eth('Tomahawk 5'), 'lpo', 800, 2025);
    assert.equal(th5.status, 'qualified');
    if (th5.status === 'qualified') {
      assert.equal(th5.entry.quality, 'weak');
      assert.equal(th5.entry.vendors, undefined, 'open market: the module vendors stay');
    }
    const g200 = qualify(defaultCatalog, eth('Silicon One G200'), 'lpo', 800, 2025);
    assert.deepEqual([g200.status, g200.status === 'later' ? g200.fromYear : 0], ['later', 2026]);
    assert.equal(qualify(defaultCatalog, eth('Teralynx 10'), 'lpo', 800, 2030).status, 'not-qualified');
  });
  test('a family no entry covers is open (user catalogs, project switches)', () => {
    assert.equal(qualify(defaultCatalog, ib('Quantum-9'), 'lpo', 800, 2025).status, 'open');
  });
  test('every uncertain entry is tagged weak or estimate, and every switch is covered', () => {
    const list = defaultCatalog.mediaQualifications ?? [];
    assert.ok(list.length >= 20);
    for (const q of list.filter((x) => /assum|infer|not confirmed/i.test(x.note ?? ''))) {
      assert.ok(['weak', 'estimate'].includes(q.quality), `${q.id} is uncertain but tagged ${q.quality}`);
    }
    assert.deepEqual(checkCatalog(defaultCatalog), []);
  });
});

describe('checkCatalog validates the media qualifications', () => {
  const withEntry = (over: Partial<MediaQualification>, drop?: string): Catalog => {
    const c = structuredClone(defaultCatalog) as Catalog;
    const list = (c.mediaQualifications ?? []).filter((q) => q.id !== drop);
    const base: MediaQualification = {
      id: 'x',
      ecosystems: ['infiniband'],
      switchFamilies: ['Quantum-2'],
      kinds: ['dsp-dr'],
      ratesGbps: [800],
      fromYear: 2022,
      source: 'fabricost-estimate',
      quality: 'estimate',
    };
    return { ...c, mediaQualifications: [...list, { ...base, ...over }] };
  };
  test('unknown family, ecosystem the family does not run, dead kind and rate', () => {
    assert.deepEqual(checkCatalog(withEntry({ switchFamilies: ['Quantum-3'] })), [
      'mediaQualifications[x]: no catalog switch of family "Quantum-3"',
    ]);
    assert.deepEqual(checkCatalog(withEntry({ ecosystems: ['ultra-ethernet'] })), [
      'mediaQualifications[x]: no "Quantum-2" switch runs ecosystem "ultra-ethernet"',
    ]);
    assert.deepEqual(checkCatalog(withEntry({ kinds: ['lpo'], ratesGbps: [400] })), [
      'mediaQualifications[x]: no catalog medium of kind "lpo" at 400 Gb/s',
      'mediaQualifications[x]: no catalog medium of kind lpo at 400 Gb/s',
    ]);
  });
  test('sources, quality, vendors and duplicate ids', () => {
    assert.deepEqual(checkCatalog(withEntry({ source: 'nope' })), ['mediaQualifications[x]: unknown source "nope"']);
    assert.deepEqual(checkCatalog(withEntry({ quality: 'primary' })), [
      'mediaQualifications[x]: quality "primary" is stronger than its source "fabricost-estimate" (estimate)',
    ]);
    assert.deepEqual(checkCatalog(withEntry({ vendors: [{ vendor: 'nobody', share: 1 }] })), [
      'mediaQualifications[x].vendors: unknown vendor "nobody"',
    ]);
    assert.deepEqual(checkCatalog(withEntry({ id: 'quantum-2-linkx-copper' })), [
      'mediaQualifications: duplicate id "quantum-2-linkx-copper"',
    ]);
  });
  test('a catalog switch no entry covers is reported', () => {
    const c = structuredClone(defaultCatalog) as Catalog;
    const list = (c.mediaQualifications ?? []).filter((q) => !q.switchFamilies.includes('Teralynx 10'));
    const problems = checkCatalog({ ...c, mediaQualifications: list });
    assert.ok(
      problems.includes(
        'switches[teralynx10-64x800g]: no media qualification covers family "Teralynx 10" in ecosystem "ethernet-roce"',
      ),
      problems.join('\n'),
    );
  });
});

describe('selection uses only qualified media', () => {
  const q2: LinkEnd = { role: 'switch', cageRateGbps: 800, cpo: false, family: 'Quantum-2' };
  const cx7: LinkEnd = { role: 'nic', cageRateGbps: 400, cpo: false };
  const xdr: LinkEnd = { role: 'switch', cageRateGbps: 1600, cpo: false, family: 'Quantum-X800' };
  const req = (over: Partial<MediaRequest>): MediaRequest => ({
    catalog: defaultCatalog,
    pricing: makePricing(),
    cls: 'leaf-spine',
    links: 2048,
    lengthM: 40,
    rateGbps: 400,
    year: 2025,
    ends: [q2, q2],
    policy: 'auto',
    ecosystem: 'infiniband',
    ...over,
  });
  test('NDR leaf-spine at 40 m: auto takes NVIDIA SR8, not third-party LPO (cheaper but not qualified)', () => {
    const r = selectMedia(req({}));
    assert.ok(r.ok);
    assert.equal(r.value.kind, 'dsp-sr');
    assert.deepEqual(
      r.value.modules.map((m) => [m.medium.id, m.count, m.medium.vendors]),
      [['dsp-sr-800g', 2048, [{ vendor: 'nvidia', share: 1 }]]],
    );
    // Without the ecosystem (no qualification) the cheaper LPO wins: 800 USD vs 940 USD per module.
    const open = selectMedia(req({ ecosystem: undefined }));
    assert.ok(open.ok);
    assert.equal(open.value.kind, 'lpo');
  });
  test('NDR NIC-leaf at 20 m: auto takes SR4 + SR8 optics, never a twin-port 800G AOC', () => {
    const r = selectMedia(req({ cls: 'accelerator-leaf', lengthM: 20, ends: [cx7, q2] }));
    assert.ok(r.ok);
    assert.equal(r.value.kind, 'dsp-sr');
    assert.equal(r.value.cables, undefined);
    const aoc = selectMedia(req({ cls: 'accelerator-leaf', lengthM: 20, ends: [cx7, q2], policy: 'aoc' }));
    assert.equal(aoc.ok, false);
    if (!aoc.ok) {
      assert.equal(aoc.error.path, 'media.acceleratorLeaf');
      assert.match(aoc.error.message, /^InfiniBand on Quantum-2 switches does not qualify aoc at 800 Gb\/s/);
    }
  });
  test('forced LPO on NDR and on XDR is refused naming the ecosystem and the medium', () => {
    const ndr = selectMedia(req({ policy: 'lpo' }));
    assert.equal(ndr.ok, false);
    if (!ndr.ok) {
      assert.equal(ndr.error.path, 'media.leafSpine');
      assert.match(ndr.error.message, /InfiniBand on Quantum-2 switches does not qualify lpo at 800 Gb\/s/);
      assert.match(ndr.error.message, /allowed here: dsp-sr, dsp-dr, dsp-fr$/);
    }
    const x = selectMedia(req({ policy: 'lpo', rateGbps: 800, ends: [xdr, xdr], year: 2026 }));
    assert.equal(x.ok, false);
    if (!x.ok) assert.match(x.error.message, /InfiniBand on Quantum-X800 switches does not qualify lpo at 1600 Gb\/s/);
  });
  test('a medium with no module at the cage rate is refused for the rate, not the reach', () => {
    // Ethernet on Tomahawk 5 qualifies LPO, but the catalog has no 400G LPO for the NIC cage.
    const th5: LinkEnd = { role: 'switch', cageRateGbps: 800, cpo: false, family: 'Tomahawk 5' };
    const r = selectMedia(
      req({ cls: 'accelerator-leaf', ends: [cx7, th5], ecosystem: 'ethernet-roce', lengthM: 20, policy: 'lpo' }),
    );
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.path, 'media.acceleratorLeaf');
      assert.match(
        r.error.message,
        /^the catalog has no lpo module at 400 Gb\/s for the server cage of 400 Gb\/s \(lpo comes at 800, 1600 Gb\/s\)/,
      );
      assert.doesNotMatch(r.error.message, /reach/);
    }
  });
  test('a forced medium that is only too short says so with its longest reach', () => {
    const r = selectMedia(req({ policy: 'dsp-sr', lengthM: 80 }));
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, /^no dsp-sr module at 800 Gb\/s reaches 80 m \(longest 50 m\)/);
  });
});

describe('auto never picks an unqualified medium (property, default catalog)', () => {
  const pairs = defaultCatalog.switches.flatMap((s) => s.ecosystems.map((e) => ({ sw: s, ecosystem: e })));
  test('every chosen cable and module is qualified for the ecosystem and switch family by the year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.integer({ min: 2023, max: 2030 }),
        fc.constantFrom(1, 2, 3, 5, 20, 40, 80, 300, 1500),
        fc.constantFrom(1, 2, 3, 5, 20, 40, 80, 300, 1500),
        ({ sw, ecosystem }, year, nicLength, spineLength) => {
          const rate = sw.portRatesGbps.includes(400) ? 400 : sw.portRatesGbps[0]!;
          const r = evaluateScenario(
            scenario({
              year,
              cluster: { acceleratorCount: 2048, acceleratorsPerServer: 8 },
              scaleOut: { ecosystem, nicPortRateGbps: rate },
              topology: { kind: 'leaf-spine' },
              switch: { model: sw.id },
              linkLengthM: { acceleratorLeaf: nicLength, leafSpine: spineLength },
            }),
            defaultCatalog,
          );
          if (!r.ok) return; // not buildable (year, reach): refusals are tested above
          for (const line of r.value.bom.filter((l) => l.category === 'transceivers' || l.roleKey === 'cables')) {
            const m = defaultCatalog.media.find((x) => x.id === line.componentId)!;
            const q = qualify(defaultCatalog, { ecosystem, family: sw.family }, m.kind, m.rateGbps, year);
            assert.equal(q.status, 'qualified', `${sw.id} ${ecosystem} ${year}: ${m.id}`);
            if (q.status === 'qualified' && q.entry.vendors) assert.deepEqual(line.vendors, q.entry.vendors);
          }
        },
      ),
      { numRuns: 80, seed: 3 },
    );
  });
});

/**
 * The picker's choices of switches, NICs and medium kinds: which fit a scenario (ecosystem,
 * port rate, year), vendor names resolved from the catalog's vendor list, and project
 * components included and flagged. Figures checked by hand against shared/catalog/data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../../../shared/catalog/project-components.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { mediumKindChoices, nicChoices, switchChoices } from '../../../shared/components/component-choices.ts';

const IB_400_2025 = { ecosystem: 'infiniband', rateGbps: 400, year: 2025 } as const;

test('InfiniBand at 400G in 2025: Q3400 (2025) then QM9700 (2022) fit; the rest say why not', () => {
  const list = switchChoices(defaultCatalog, IB_400_2025);
  assert.equal(list.length, defaultCatalog.switches.length);
  assert.deepEqual(
    list.filter((c) => c.fits).map((c) => c.id),
    ['q3400', 'qm9700'],
  );
  const qm9700 = list.find((c) => c.id === 'qm9700')!;
  assert.equal(qm9700.count, 32);
  assert.equal(qm9700.rateGbps, 800);
  assert.deepEqual(qm9700.vendors, [{ id: 'nvidia', name: 'NVIDIA', share: 1 }]);
  assert.equal(list.find((c) => c.id === 'th5-64x800g')!.misfit, 'ecosystem');
  // QM8700: 40 x 200G HDR cages, broken out to 200G or 100G only.
  assert.equal(list.find((c) => c.id === 'qm8700')!.misfit, 'rate');
  // A year earlier the Q3400 (first volume 2025) has not shipped.
  const in2024 = switchChoices(defaultCatalog, { ...IB_400_2025, year: 2024 });
  assert.equal(in2024.find((c) => c.id === 'q3400')!.misfit, 'year');
  assert.deepEqual(
    in2024.filter((c) => c.fits).map((c) => c.id),
    ['qm9700'],
  );
});

test('without a scenario every switch fits and the newest comes first', () => {
  const list = switchChoices(defaultCatalog);
  assert.ok(list.every((c) => c.fits && c.misfit === undefined));
  for (let i = 1; i < list.length; i++) assert.ok(list[i - 1]!.firstVolumeYear >= list[i]!.firstVolumeYear);
});

test('NICs: only the ConnectX-7 serves InfiniBand at 400G; a 400G Ethernet NIC misses on ecosystem, an 800G one on rate', () => {
  const list = nicChoices(defaultCatalog, IB_400_2025);
  assert.deepEqual(
    list.filter((c) => c.fits).map((c) => c.id),
    ['cx7-400g'],
  );
  assert.equal(list[0]!.id, 'cx7-400g');
  assert.equal(list.find((c) => c.id === 'pollara-400g')!.misfit, 'ecosystem');
  assert.equal(list.find((c) => c.id === 'cx8-800g-ib')!.misfit, 'rate');
  const twin = list.find((c) => c.id === 'cx7-2x200g')!;
  assert.equal(twin.count, 2);
  assert.equal(twin.rateGbps, 200);
});

test('medium kinds list their media, rates and mean vendor shares', () => {
  const kinds = mediumKindChoices(defaultCatalog, IB_400_2025);
  assert.deepEqual(
    kinds.map((k) => k.kind),
    ['dac', 'acc', 'aec', 'aoc', 'dsp-sr', 'dsp-dr', 'dsp-fr', 'lpo', 'lro', 'cpo'],
  );
  const dr = kinds.find((k) => k.kind === 'dsp-dr')!;
  assert.deepEqual(dr.ratesGbps, [400, 800, 1600, 3200]);
  // 400G (2020) and the 800G twin-port (2023) fit at 400G; 1.6T and 3.2T do not.
  assert.deepEqual(
    dr.media.filter((m) => m.fits).map((m) => m.id),
    ['dsp-dr-800g', 'dsp-dr-400g'],
  );
  // Innolight: 0.3 + 0.4 + 0.4 + 0.4 over 4 modules = 0.375, the largest.
  assert.equal(dr.vendors[0]!.name, 'Innolight (Zhongji Innolight)');
  assert.ok(Math.abs(dr.vendors[0]!.share - 0.375) < 1e-12);
  // Every DAC has Amphenol 40 %, TE 35 %, Molex 25 %.
  const dac = kinds.find((k) => k.kind === 'dac')!;
  assert.deepEqual(
    dac.vendors.map((v) => [v.name, Math.round(v.share * 100)]),
    [
      ['Amphenol', 40],
      ['TE Connectivity', 35],
      ['Molex', 25],
    ],
  );
});

test('project components are listed, flagged and named by vendor', () => {
  const text = readFileSync(new URL('../../../examples/ethernet-8k-switch-quote.json', import.meta.url), 'utf8');
  const parsed = parseProject(text);
  assert.ok(parsed.ok);
  const merged = withProjectComponents(defaultCatalog, parsed.project.components);
  assert.ok(merged.ok);
  const ctx = { ecosystem: 'ethernet-roce', rateGbps: 400, year: 2026 } as const;
  const quote = switchChoices(merged.value, ctx).find((c) => c.id === 'quote-th5-whitebox')!;
  assert.equal(quote.project, true);
  assert.equal(quote.fits, true);
  assert.equal(quote.name, 'Quoted Tomahawk 5 white box (64x800G)');
  assert.deepEqual(
    quote.vendors.map((v) => v.name),
    ['Celestica'],
  );
  assert.equal(switchChoices(merged.value, ctx).find((c) => c.id === 'th5-64x800g')!.project, false);
  const dr = mediumKindChoices(merged.value, ctx).find((k) => k.kind === 'dsp-dr')!;
  assert.equal(dr.media.find((m) => m.id === 'quote-dr8-800g')?.project, true);
});

test('a picker shows each component’s ecosystems; media carry none', () => {
  const sw = switchChoices(defaultCatalog, IB_400_2025).find((c) => c.id === 'sn5600')!;
  assert.deepEqual(sw.ecosystems, ['spectrum-x', 'ethernet-roce']);
  assert.equal(sw.misfit, 'ecosystem');
  const nic = nicChoices(defaultCatalog, IB_400_2025).find((c) => c.id === 'cx7-400g')!;
  assert.deepEqual(nic.ecosystems, ['infiniband', 'ethernet-roce', 'spectrum-x']);
  for (const k of mediumKindChoices(defaultCatalog, IB_400_2025))
    for (const m of k.media) assert.deepEqual(m.ecosystems, []);
});

test('without a scenario every NIC fits', () => {
  const list = nicChoices(defaultCatalog);
  assert.equal(list.length, defaultCatalog.nics.length);
  assert.ok(list.every((c) => c.fits && c.misfit === undefined));
});

test('media misfit on rate (not the port rate or twice it) and on year; the first volume year fits', () => {
  const at = (rateGbps: number, year: number, kind: string, id: string) =>
    mediumKindChoices(defaultCatalog, { ecosystem: 'infiniband', rateGbps, year })
      .find((k) => k.kind === kind)!
      .media.find((m) => m.id === id)!;
  // 1.6T DR at a 400G port: neither 400 nor 800.
  assert.equal(at(400, 2030, 'dsp-dr', 'dsp-dr-1600g').misfit, 'rate');
  // 1.6T DR (first volume 2026) is the twin-port module of an 800G port, but not in 2025.
  const early = at(800, 2025, 'dsp-dr', 'dsp-dr-1600g');
  assert.deepEqual([early.fits, early.misfit], [false, 'year']);
  assert.equal(at(800, 2026, 'dsp-dr', 'dsp-dr-1600g').fits, true);
  // LRO 800G ships from 2025: it fits a 400G port in 2025 itself.
  assert.equal(at(400, 2025, 'lro', 'lro-800g').fits, true);
});

test('a medium kind’s vendors: mean share over its media, largest first, ties by name', () => {
  // DR 400G/800G/1.6T/3.2T: Innolight (0.3 + 0.4 + 0.4 + 0.4) / 4 = 0.375; Coherent 4 x 0.2 / 4 = 0.2;
  // Eoptolink (0.1 + 0.2 + 0.25 + 0.25) / 4 = 0.2; Lumentum (0.1 + 0.15 + 0.15) / 4 = 0.1; the five
  // vendors of one module at 0.1 each 0.025, by name.
  const dr = mediumKindChoices(defaultCatalog, IB_400_2025).find((k) => k.kind === 'dsp-dr')!;
  assert.deepEqual(
    dr.vendors.map((v) => [v.name, Math.round(v.share * 1000) / 1000]),
    [
      ['Innolight (Zhongji Innolight)', 0.375],
      ['Coherent', 0.2],
      ['Eoptolink', 0.2],
      ['Lumentum', 0.1],
      ['Accelink', 0.025],
      ['Applied Optoelectronics (AAOI)', 0.025],
      ['Broadcom', 0.025],
      ['Cisco (incl. Acacia)', 0.025],
      ['Hisense Broadband', 0.025],
    ],
  );
});

test('a project switch listing its vendors smallest share first is shown largest first', () => {
  const project = JSON.parse(
    readFileSync(new URL('../../../examples/ethernet-8k-switch-quote.json', import.meta.url), 'utf8'),
  ) as { components: { switches: { vendors: { vendor: string; share: number }[] }[] } };
  project.components.switches[0]!.vendors = [
    { vendor: 'accton', share: 0.3 },
    { vendor: 'celestica', share: 0.7 },
  ];
  const parsed = parseProject(JSON.stringify(project));
  if (!parsed.ok) assert.fail(parsed.errors.map((e) => e.message).join('\n'));
  const merged = withProjectComponents(defaultCatalog, parsed.project.components);
  if (!merged.ok) assert.fail(merged.error.message);
  const quote = switchChoices(merged.value).find((c) => c.id === 'quote-th5-whitebox')!;
  assert.deepEqual(
    quote.vendors.map((v) => [v.name, v.share]),
    [
      ['Celestica', 0.7],
      ['Accton (Edgecore)', 0.3],
    ],
  );
});

/**
 * Auto media on the default catalog, through the user path (scenario JSON → parseProject →
 * evaluateScenario): the medium, parts and USD per link for each link class at typical lengths,
 * worked by hand from shared/catalog/data/media.json and fiber.json (typical prices):
 *   DAC 800G 250 (2 m), ACC 800G 375 (5 m), AEC 800G 500 (7 m), AOC not qualified on these switches;
 *   SR 400G 525 / 800G 940 (50 m), DR 400G 700 / 800G 1,250 (500 m), FR 800G 1,700 (2 km),
 *   LPO 800G 800, LRO 800G 1,025, CPO port 800G 800 (500 m); fibre and patching 150 per optical link.
 * Links run at 400G; an 800G cage or cable end carries two links, so it costs half per link.
 * A 400G NIC cage (ConnectX-7 on InfiniBand) takes a whole 400G module.
 * 1,024 accelerators on a two-tier leaf-spine (1,024 accelerator-leaf and 1,024 leaf-spine links).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';

function evaluate(ecosystem: string, model: string, year: number, lengthM: number): ScenarioResult {
  const text = JSON.stringify({
    schemaVersion: 1,
    scenarios: [
      {
        name: `${model} at ${lengthM} m`,
        year,
        cluster: { acceleratorCount: 1024, acceleratorsPerServer: 8 },
        scaleUp: { fabric: 'nvlink4', domainSize: 8 },
        scaleOut: { ecosystem, nicPortRateGbps: 400 },
        topology: { kind: 'leaf-spine' },
        switch: { model },
        linkLengthM: { acceleratorLeaf: lengthM, leafSpine: lengthM },
      },
    ],
  });
  const p = parseProject(text);
  if (!p.ok) assert.fail(p.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const r = evaluateScenario(p.project.scenarios[0]!, defaultCatalog);
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value;
}

interface Row {
  ecosystem: string;
  model: string;
  year: number;
  lengthM: number;
  cls: 'accelerator-leaf' | 'leaf-spine';
  medium: string;
  /** Parts and their counts for the 1,024 links. */
  parts: Record<string, number>;
  cables: number;
  transceivers: number;
  fibers: number;
  cpoPorts: number;
  usdPerLink: number;
  why: string;
}

const ib = { ecosystem: 'infiniband', model: 'qm9700', year: 2025 } as const;
const eth = { ecosystem: 'ethernet-roce', model: 'th5-64x800g', year: 2025 } as const;
const copper = (id: string, usd: number) => ({
  parts: { [id]: 512 },
  cables: 512,
  transceivers: 0,
  fibers: 0,
  cpoPorts: 0,
  usdPerLink: usd,
});

const ROWS: Row[] = [
  {
    ...ib,
    lengthM: 2,
    cls: 'accelerator-leaf',
    medium: 'dac',
    ...copper('dac-800g', 125),
    why: 'DAC 250 / 2 links',
  },
  {
    ...ib,
    lengthM: 4,
    cls: 'accelerator-leaf',
    medium: 'acc',
    ...copper('acc-800g', 187.5),
    why: 'DAC reaches 2 m; ACC 375 / 2 links (AEC and AOC not qualified on Quantum-2; SR would be 1,145)',
  },
  {
    ...ib,
    lengthM: 4,
    cls: 'leaf-spine',
    medium: 'acc',
    ...copper('acc-800g', 187.5),
    why: 'ACC 375 / 2 links',
  },
  {
    ...ib,
    lengthM: 40,
    cls: 'accelerator-leaf',
    medium: 'dsp-sr',
    parts: { 'dsp-sr-400g': 1024, 'dsp-sr-800g': 512, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 1536,
    fibers: 1024,
    cpoPorts: 0,
    usdPerLink: 1145,
    why: '400G NIC to a QM9700 leaf: SR 400G 525 + SR 800G 940 / 2 + fibre 150 (DR: 700 + 625 + 150 = 1,475)',
  },
  {
    ...ib,
    lengthM: 40,
    cls: 'leaf-spine',
    medium: 'dsp-sr',
    parts: { 'dsp-sr-800g': 1024, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 1024,
    fibers: 1024,
    cpoPorts: 0,
    usdPerLink: 1090,
    why: 'SR 800G 940 / 2 x 2 ends + fibre 150 (DR would be 1,400)',
  },
  {
    ...ib,
    lengthM: 100,
    cls: 'accelerator-leaf',
    medium: 'dsp-dr',
    parts: { 'dsp-dr-400g': 1024, 'dsp-dr-800g': 512, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 1536,
    fibers: 1024,
    cpoPorts: 0,
    usdPerLink: 1475,
    why: 'SR reaches 50 m: DR 400G 700 + DR 800G 1,250 / 2 + fibre 150',
  },
  {
    ...ib,
    lengthM: 100,
    cls: 'leaf-spine',
    medium: 'dsp-dr',
    parts: { 'dsp-dr-800g': 1024, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 1024,
    fibers: 1024,
    cpoPorts: 0,
    usdPerLink: 1400,
    why: 'DR 800G 1,250 + fibre 150',
  },
  {
    ...eth,
    lengthM: 6,
    cls: 'accelerator-leaf',
    medium: 'aec',
    ...copper('aec-800g', 250),
    why: 'ACC reaches 5 m: AEC 500 / 2 links (LPO would be 950)',
  },
  {
    ...eth,
    lengthM: 40,
    cls: 'leaf-spine',
    medium: 'lpo',
    parts: { 'lpo-800g': 1024, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 1024,
    fibers: 1024,
    cpoPorts: 0,
    usdPerLink: 950,
    why: 'Tomahawk 5 qualifies LPO: 800 + fibre 150 (SR 1,090)',
  },
  {
    ...eth,
    lengthM: 1000,
    cls: 'leaf-spine',
    medium: 'dsp-fr',
    parts: { 'dsp-fr-800g': 1024, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 1024,
    fibers: 1024,
    cpoPorts: 0,
    usdPerLink: 1850,
    why: 'beyond the 500 m of DR/LPO/LRO: FR 800G 1,700 + fibre 150',
  },
  {
    ecosystem: 'ethernet-roce',
    model: 'teralynx10-64x800g',
    year: 2025,
    lengthM: 100,
    cls: 'leaf-spine',
    medium: 'lro',
    parts: { 'lro-800g': 1024, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 1024,
    fibers: 1024,
    cpoPorts: 0,
    usdPerLink: 1175,
    why: 'Teralynx 10 qualifies LRO but not LPO: LRO 1,025 + fibre 150 (DR 1,400)',
  },
  {
    ecosystem: 'ethernet-roce',
    model: 'teralynx10-64x800g',
    year: 2025,
    lengthM: 40,
    cls: 'leaf-spine',
    medium: 'dsp-sr',
    parts: { 'dsp-sr-800g': 1024, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 1024,
    fibers: 1024,
    cpoPorts: 0,
    usdPerLink: 1090,
    why: 'within 50 m SR 1,090 beats LRO 1,175',
  },
  {
    ecosystem: 'spectrum-x',
    model: 'sn5600',
    year: 2025,
    lengthM: 40,
    cls: 'leaf-spine',
    medium: 'dsp-sr',
    parts: { 'dsp-sr-800g': 1024, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 1024,
    fibers: 1024,
    cpoPorts: 0,
    usdPerLink: 1090,
    why: 'Spectrum-4 qualifies neither LPO nor LRO: SR 1,090',
  },
  {
    ecosystem: 'spectrum-x',
    model: 'sn6810',
    year: 2026,
    lengthM: 40,
    cls: 'accelerator-leaf',
    medium: 'cpo',
    parts: { 'dsp-dr-800g': 512, 'cpo-800g': 512, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 512,
    fibers: 1024,
    cpoPorts: 512,
    usdPerLink: 1175,
    why: 'CPO leaf, pluggable far end at the NIC: CPO 800 / 2 + DR 800G 1,250 / 2 + fibre 150',
  },
  {
    ecosystem: 'spectrum-x',
    model: 'sn6810',
    year: 2026,
    lengthM: 40,
    cls: 'leaf-spine',
    medium: 'cpo',
    parts: { 'cpo-800g': 1024, 'fiber-patch': 1024 },
    cables: 0,
    transceivers: 0,
    fibers: 1024,
    cpoPorts: 1024,
    usdPerLink: 950,
    why: 'CPO at both ends: 800 / 2 x 2 + fibre 150',
  },
];

describe('auto media on the default catalog: medium and USD per 400G link', () => {
  for (const row of ROWS) {
    test(`${row.ecosystem} ${row.model} ${row.cls} at ${row.lengthM} m → ${row.medium}, ${row.usdPerLink} USD/link (${row.why})`, () => {
      const r = evaluate(row.ecosystem, row.model, row.year, row.lengthM);
      const c = r.fabric.links.byClass.find((x) => x.class === row.cls)!;
      assert.equal(c.count, 1024);
      assert.equal(c.medium, row.medium);
      assert.deepEqual(
        { cables: c.cables, transceivers: c.transceivers, fibers: c.fibers, cpoPorts: c.cpoPorts },
        { cables: row.cables, transceivers: row.transceivers, fibers: row.fibers, cpoPorts: row.cpoPorts },
      );
      const lines = r.bom.filter((b) => b.linkClass === row.cls && b.category !== 'switches');
      const parts: Record<string, number> = {};
      for (const b of lines) parts[b.componentId] = (parts[b.componentId] ?? 0) + b.quantity;
      assert.deepEqual(parts, row.parts);
      const usd = lines.reduce((t, b) => t + b.extendedPriceUsd, 0) / c.count;
      assert.equal(usd, row.usdPerLink);
    });
  }
});

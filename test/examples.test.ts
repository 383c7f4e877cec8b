/** Every example project loads, validates and evaluates on the default catalog. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProject } from '../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../shared/catalog/project-components.ts';

const dir = join(import.meta.dirname, '..', 'examples');
const close = (a: number, b: number, what: string) =>
  assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);
/** Typical unit price (USD) and power (W; per end for media) of a default-catalog part. */
function unit(id: string): { usd: number; w: number } {
  const c = defaultCatalog;
  const part = [...c.switches, ...c.nics].find((x) => x.id === id);
  if (part) return { usd: part.priceUsd.typical, w: part.powerW.typical };
  const m = c.media.find((x) => x.id === id);
  if (m) return { usd: m.priceUsd.typical, w: m.powerWPerEnd.typical };
  if (c.fiber.id === id) return { usd: c.fiber.priceUsdPerLink.typical, w: 0 };
  const f = c.scaleUpFabrics.find((x) => x.id === id);
  if (f) return { usd: f.priceUsdPerAccelerator.typical, w: f.powerWPerAccelerator.typical };
  throw new Error(`no catalog entry ${id}`);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

test('the examples folder holds the five documented examples', () => {
  for (const f of [
    'dgx-h100-1k-infiniband.json',
    'ethernet-32k-fat-tree-lpo.json',
    'rail-only-100k.json',
    'dragonfly-16k.json',
    'gb200-nvl72-2tier.json',
  ]) {
    assert.ok(files.includes(f), f);
  }
});

for (const f of files) {
  test(`${f} loads, validates and evaluates`, () => {
    const parsed = parseProject(readFileSync(join(dir, f), 'utf8'));
    if (!parsed.ok) assert.fail(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    for (const s of parsed.project.scenarios) {
      const catalog = withProjectComponents(defaultCatalog, parsed.project.components);
      if (!catalog.ok) assert.fail(`${catalog.error.path}: ${catalog.error.message}`);
      const r = evaluateScenario(s, catalog.value, parsed.project.catalogOverrides);
      if (!r.ok) assert.fail(`${s.name}: ${r.error.path}: ${r.error.message}`);
      const v = r.value;
      assert.equal(v.accelerators, s.cluster.acceleratorCount);
      // The rollups are the bill of materials: every category is the sum of its lines.
      const sum = (lines: typeof v.bom, f: (l: (typeof v.bom)[number]) => number) =>
        lines.reduce((t, l) => t + f(l), 0);
      for (const [cat, usd] of Object.entries(v.capex.byCategory)) {
        const lines = v.bom.filter((l) => l.category === cat);
        close(
          usd,
          sum(lines, (l) => l.quantity * l.unitPriceUsd),
          `${s.name} ${cat} USD`,
        );
      }
      close(
        v.capex.totalUsd,
        sum(v.bom, (l) => l.quantity * l.unitPriceUsd),
        `${s.name} capex`,
      );
      close(
        v.power.totalW,
        sum(v.bom, (l) => l.quantity * l.unitPowerW),
        `${s.name} power`,
      );
      close(v.capex.perAcceleratorUsd, v.capex.totalUsd / v.accelerators, `${s.name} per accelerator`);
      // Vendor HHI: sum of squared percentage shares of the network spend.
      close(
        v.exposure.hhi,
        v.exposure.byVendor.reduce((t, x) => t + (100 * x.share) ** 2, 0),
        'hhi',
      );
      close(
        v.exposure.byVendor.reduce((t, x) => t + x.spendUsd, 0),
        v.capex.totalUsd,
        `${s.name} vendor spend`,
      );
    }
  });
}

test('the examples show what they claim', () => {
  const load = (f: string) => {
    const p = parseProject(readFileSync(join(dir, f), 'utf8'));
    assert.ok(p.ok);
    return p.project.scenarios.map((s) => {
      const r = evaluateScenario(s, defaultCatalog);
      assert.ok(r.ok);
      return r.value;
    });
  };
  const [lpo, dsp] = load('ethernet-32k-fat-tree-lpo.json');
  assert.equal(lpo!.fabric.tiers, 3);
  // 32,768 endpoints at radix 128: 512 leaves, 512 spines, 256 cores; 32,768 links in each of the
  // two switch layers, an 800G module carrying two 400G links at every end: 65,536 modules. LPO
  // replaces DR8 module for module: the difference is 65,536 x (DR8 - LPO) in USD and W.
  assert.deepEqual(
    lpo!.fabric.switches.byTier.map((t) => t.count),
    [512, 512, 256],
  );
  const [dr8, lpo8] = [unit('dsp-dr-800g'), unit('lpo-800g')];
  assert.equal(lpo!.fabric.transceivers, 65536);
  close(dsp!.power.totalW - lpo!.power.totalW, 65536 * (dr8.w - lpo8.w), 'LPO power saving');
  close(dsp!.capex.totalUsd - lpo!.capex.totalUsd, 65536 * (dr8.usd - lpo8.usd), 'LPO capex saving');
  const [railOnly, railOpt] = load('rail-only-100k.json');
  assert.ok(railOnly!.fabric.tiers < railOpt!.fabric.tiers);
  // Same servers, NICs, node cables and NVLink; rail-only drops the core and the spine-core links.
  for (const cat of ['nics', 'scaleUp'] as const)
    assert.equal(railOnly!.capex.byCategory[cat], railOpt!.capex.byCategory[cat]);
  const sw = unit('th5-64x800g').usd;
  close(
    railOpt!.capex.byCategory.switches - railOnly!.capex.byCategory.switches,
    (railOpt!.fabric.switches.total - railOnly!.fabric.switches.total) * sw,
    'rail-only switch saving',
  );
  const [gb] = load('gb200-nvl72-2tier.json');
  assert.equal(gb!.fabric.tiers, 2);
  // NVL72 domains span 18 trays: NVLink 5 switching for each of the 4,608 GPUs.
  assert.equal(gb!.capex.byCategory.scaleUp, 4608 * unit('nvlink5').usd);
  assert.equal(gb!.power.byCategory.scaleUp, 4608 * unit('nvlink5').w);
  const [h100] = load('dgx-h100-1k-infiniband.json');
  assert.deepEqual(
    h100!.fabric.switches.byTier.map((t) => t.count),
    [32, 16],
  );
  // 48 QM9700, 1,024 ConnectX-7; DSP SR8 twin-port modules: 512 in the DGX cages and 512 in the
  // leaf cages for the 1,024 node links, 512 + 512 for the 1,024 leaf-spine links; one fibre per link.
  const [qm, cx7, sr8, fibre] = ['qm9700', 'cx7-400g', 'dsp-sr-800g', 'fiber-patch'].map(unit) as [
    ReturnType<typeof unit>,
    ReturnType<typeof unit>,
    ReturnType<typeof unit>,
    ReturnType<typeof unit>,
  ];
  assert.deepEqual(h100!.capex.byCategory, {
    switches: 48 * qm.usd,
    nics: 1024 * cx7.usd,
    transceivers: 2048 * sr8.usd,
    cables: 2048 * fibre.usd,
    scaleUp: 0,
  });
  assert.equal(h100!.power.totalW, 48 * qm.w + 1024 * cx7.w + 2048 * sr8.w);
  const [mixed, ndr, eth] = load('mixed-tier-xdr-over-ndr.json');
  assert.deepEqual(
    mixed!.fabric.switches.byTier.map((t) => [t.model, t.count]),
    [
      ['qm9700', 256],
      ['q3400', 32],
    ],
  );
  assert.equal(ndr!.fabric.tiers, 3);
  assert.equal(ndr!.fabric.switches.total, 640);
  assert.deepEqual(
    eth!.fabric.switches.byTier.map((t) => [t.model, t.count, t.radix]),
    [
      ['th5-64x800g', 128, 64],
      ['th6-64x1600g', 32, 128],
    ],
  );
});

/**
 * Value-chain exposure: figures worked by hand from the catalog's splits, and invariants through
 * the user path (project file → evaluateProject / parseProjectValue → evaluateScenario).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { bomLine, type BomLine } from '../../../shared/bom/bom-line.ts';
import { valueChainExposure, type ValueChainExposure } from '../../../shared/exposure/value-chain-exposure.ts';
import { evaluateProject } from '../../../shared/evaluate/evaluate-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { parseProjectValue } from '../../../shared/scenario/parse-project.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';

const PROV = { kind: 'catalog', source: 'x', quality: 'estimate' } as unknown as BomLine['priceSource'];

function line(componentId: string, quantity: number, unitPriceUsd: number, vendors?: BomLine['vendors']): BomLine {
  const m =
    defaultCatalog.media.find((x) => x.id === componentId) ??
    defaultCatalog.switches.find((x) => x.id === componentId) ??
    defaultCatalog.nics.find((x) => x.id === componentId);
  return bomLine({
    category: 'transceivers',
    componentId,
    component: componentId,
    role: 'test',
    roleKey: 'transceivers',
    vendors: vendors ?? [...(m?.vendors ?? [])],
    quantity,
    unitPriceUsd,
    unitPowerW: 0,
    priceSource: PROV,
    powerSource: PROV,
  });
}
const company = (e: ValueChainExposure, v: string) => e.byCompany.find((c) => c.vendor === v)?.spendUsd ?? 0;
const layer = (e: ValueChainExposure, l: string) => e.byLayer.find((x) => x.layer === l)?.spendUsd ?? 0;
const close = (a: number, b: number, what: string) =>
  assert.ok(Math.abs(a - b) < 1e-6 * Math.max(1, b), `${what}: ${a} vs ${b}`);

describe('hand-worked splits', () => {
  test('10 x 800G DR8 at 1,250 USD: Marvell 2,000 USD, Innolight 1,950 USD, Lumentum 881.25 USD', () => {
    const e = valueChainExposure([line('dsp-dr-800g', 10, 1250)], defaultCatalog);
    // DSP layer 15% x 80% Marvell + driver/TIA 8% x 50% Marvell, of 12,500 USD
    close(company(e, 'marvell'), 12_500 * (0.15 * 0.8 + 0.08 * 0.5), 'marvell');
    // Innolight sells 40%: yield loss 7% + module maker 32%
    close(company(e, 'innolight'), 12_500 * 0.4 * 0.39, 'innolight');
    // Lumentum sells 10% (39%) and makes 35% of the 9% laser layer
    close(company(e, 'lumentum'), 12_500 * (0.1 * 0.39 + 0.09 * 0.35), 'lumentum');
    close(layer(e, 'dsp'), 1_875, 'dsp layer');
    assert.equal(e.byCompany.find((c) => c.vendor === 'marvell')?.listing, 'MRVL:NASDAQ');
  });
  test('LPO puts nothing in the DSP layer; CPO ports pay the silicon vendor and laser makers', () => {
    const lpo = valueChainExposure([line('lpo-800g', 100, 800)], defaultCatalog);
    assert.equal(layer(lpo, 'dsp'), 0);
    assert.equal(company(lpo, 'marvell'), 0);
    close(company(lpo, 'macom'), 80_000 * 0.12 * 0.4, 'macom');
    const cpo = valueChainExposure([line('cpo-1600g', 10, 1350)], defaultCatalog);
    close(layer(cpo, 'laser-source'), 13_500 * 0.25, 'laser source');
    close(company(cpo, 'lumentum'), 13_500 * 0.25 * 0.5, 'lumentum');
    close(layer(cpo, 'switch-silicon'), 13_500 * 0.35, 'switch silicon');
    assert.equal(layer(cpo, 'module-maker'), 0);
  });
  test('a TH5 switch: white-box sellers pass 30% to Broadcom silicon, branded ones 13%', () => {
    const e = valueChainExposure(
      [
        line('th5-64x800g', 1, 100_000, [
          { vendor: 'celestica', share: 0.5 },
          { vendor: 'arista', share: 0.5 },
        ]),
      ],
      defaultCatalog,
    );
    close(company(e, 'broadcom'), 50_000 * 0.3 + 50_000 * 0.13, 'broadcom');
    close(company(e, 'arista'), 50_000 * 0.65, 'arista');
    close(company(e, 'celestica'), 50_000 * 0.21, 'celestica');
  });
  test('Credo AECs keep the retimer layer; merchant AECs pass it to Broadcom, Marvell, Astera', () => {
    const e = valueChainExposure([line('aec-800g', 10, 500)], defaultCatalog);
    // Credo 60% x 75%; Amphenol/Molex 40% x 30% retimer to merchants
    close(company(e, 'credo'), 5_000 * 0.6 * 0.75, 'credo');
    close(company(e, 'astera-labs'), 5_000 * 0.4 * 0.3 * 0.2, 'astera');
    close(company(e, 'bizlink'), 5_000 * 0.6 * 0.25 * 0.6, 'bizlink');
  });
});

test('property: spend by company and by layer each sum to the lines total, shares to 1', () => {
  const ids = [
    ...defaultCatalog.media.map((m) => m.id),
    ...defaultCatalog.switches.map((s) => s.id),
    ...defaultCatalog.nics.map((n) => n.id),
  ];
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.constantFrom(...ids),
          fc.integer({ min: 0, max: 5000 }),
          fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
        ),
        {
          maxLength: 12,
        },
      ),
      (rows) => {
        const lines = rows.map(([id, q, p]) => line(id, q, p));
        const total = lines.reduce((a, l) => a + l.extendedPriceUsd, 0);
        const e = valueChainExposure(lines, defaultCatalog);
        close(
          e.byCompany.reduce((a, c) => a + c.spendUsd, 0),
          total,
          'companies',
        );
        close(
          e.byLayer.reduce((a, c) => a + c.spendUsd, 0),
          total,
          'layers',
        );
        close(
          e.byCompanyCountry.reduce((a, c) => a + c.spendUsd, 0),
          total,
          'countries',
        );
        if (total > 0)
          close(
            e.byCompany.reduce((a, c) => a + c.share, 0),
            1,
            'shares',
          );
      },
    ),
  );
});

describe('sample project through the user path', () => {
  const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'examples', 'sample-project.json'), 'utf8');
  const ev = evaluateProject(text);
  if (!ev.ok) assert.fail(ev.message);
  const [ib, dsp, lpo] = ev.results as [ScenarioResult, ScenarioResult, ScenarioResult, ScenarioResult];
  test('spend per company sums to network capex in every scenario', () => {
    for (const r of ev.results) {
      close(
        r.exposure.byCompany.reduce((a, c) => a + c.spendUsd, 0),
        r.capex.totalUsd,
        r.name,
      );
    }
  });
  test('the LPO scenario has no DSP-layer spend on its LPO links, and less DSP spend overall', () => {
    const lpoLines = lpo.bom.filter((l) => l.componentId.startsWith('lpo-'));
    assert.ok(lpoLines.length > 0);
    assert.equal(layer(valueChainExposure(lpoLines, defaultCatalog), 'dsp'), 0);
    assert.equal(layer(lpo.exposure, 'dsp'), 0); // NIC-leaf is copper (ACC), so no DSP anywhere
    assert.ok(layer(dsp.exposure, 'dsp') > 0);
    // InfiniBand: NVIDIA sells the LinkX modules, but Marvell still earns the DSP inside them
    assert.ok(company(ib.exposure, 'marvell') > 0);
  });
});

test('CPO moves module spend to the switch-silicon and laser layers (TH6 vs TH6-CPO, 2,048 x 800G, 2027)', () => {
  const run = (model: string, leafSpine: string) => {
    const p = parseProjectValue({
      schemaVersion: 1,
      scenarios: [
        {
          name: model,
          year: 2027,
          cluster: {
            accelerator: { name: 'X', unitPriceUsd: 30000, powerW: 1000 },
            acceleratorCount: 2048,
            acceleratorsPerServer: 8,
            serverPriceUsd: 100000,
            serverPowerW: 5000,
          },
          scaleUp: { fabric: 'nvlink5', domainSize: 8 },
          scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 800 },
          topology: { kind: 'leaf-spine' },
          switch: { model },
          media: { leafSpine },
        },
      ],
    });
    if (!p.ok) assert.fail(JSON.stringify(p.errors));
    const r = evaluateScenario(p.project.scenarios[0]!, defaultCatalog);
    if (!r.ok) assert.fail(r.error.message);
    return r.value;
  };
  const plug = run('th6-64x1600g', 'dsp-dr');
  const cpo = run('th6-cpo-64x1600g', 'cpo');
  // 48 switches at 156,000 USD; Arista 35% and HPE 10% branded (13%), Celestica 35% and Accton 20% white box (30%)
  const switchSilicon = 48 * 156_000 * (0.45 * 0.13 + 0.55 * 0.3);
  close(layer(plug.exposure, 'switch-silicon'), switchSilicon, 'pluggable silicon');
  // 3,072 co-packaged ports at 1,350 USD: 35% to the silicon vendor, 25% to external lasers
  close(layer(cpo.exposure, 'switch-silicon'), switchSilicon + 3072 * 1350 * 0.35, 'cpo silicon');
  close(layer(cpo.exposure, 'laser-source'), 3072 * 1350 * 0.25, 'laser source');
  assert.equal(layer(plug.exposure, 'laser-source'), 0);
  assert.ok(layer(cpo.exposure, 'module-maker') < layer(plug.exposure, 'module-maker'));
});

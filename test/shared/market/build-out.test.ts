/**
 * The market of a build-out plan, through the user path (project file text -> parseProject ->
 * marketBuildOut): totals equal the sum of count x scenario BOMs, shares sum to one, spend per
 * company sums to the market, LPO builds carry no DSP-layer spend, CPO builds move module
 * spend to the switch and laser layers, and the plan's Monte Carlo per company.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { marketBuildOut } from '../../../shared/market/build-out.ts';
import { marketMonteCarlo } from '../../../shared/market/market-monte-carlo.ts';
import { catalogForYear, overridesForYear } from '../../../shared/scaling/catalog-for-year.ts';
import { triangularQuantile } from '../../../shared/scaling/distributions.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';

const sampleText = readFileSync(new URL('../../../examples/sample-project.json', import.meta.url), 'utf8');
const sample = JSON.parse(sampleText) as { scenarios: { name: string }[]; buildOut?: unknown };
const [IB, DSP, LPO, NVL] = sample.scenarios.map((s) => s.name) as [string, string, string, string];
const close = (a: number, b: number, tol = 1e-9) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

type Plan = { year: number; builds: { scenario: string; count: number }[] }[];
function withPlan(plan: Plan, extra: object[] = []) {
  const raw = { ...sample, scenarios: [...sample.scenarios, ...extra], buildOut: { plan } };
  const p = parseProject(JSON.stringify(raw));
  assert.ok(p.ok, p.ok ? '' : JSON.stringify(p.errors).slice(0, 500));
  return p.project;
}
function market(plan: Plan, extra: object[] = []) {
  const m = marketBuildOut(withPlan(plan, extra), defaultCatalog);
  assert.ok(m.ok, m.ok ? '' : `${m.error.path}: ${m.error.message}`);
  return m.value;
}

describe('market of a build-out plan', () => {
  test('2 x the 32k DSP scenario in 2025 (catalog prices): worked by hand', () => {
    const y = market([{ year: 2025, builds: [{ scenario: DSP, count: 2 }] }]).years[0]!;
    // Network capex of one cluster: 1,280 TH5 switches at 130,000, 16,384 CX8 NICs at 2,700,
    // 16,384 ACC at 375, 65,536 DR8 modules at 1,250 and 65,536 fibre links at 150 (two tiers
    // of 32,768 switch-to-switch links).
    const one = 1280 * 130_000 + 16_384 * 2700 + 16_384 * 375 + 65_536 * 1250 + 65_536 * 150;
    assert.equal(one, 308_531_200);
    close(y.totalUsd, 2 * one);
    const tech = (k: string) => y.byTechnology.find((t) => t.key === k)?.spendUsd ?? 0;
    close(tech('dsp-optics'), 2 * 65_536 * 1250);
    close(tech('switches:ethernet-roce'), 2 * 1280 * 130_000);
    close(tech('copper'), 2 * 16_384 * 375);
    close(tech('nics'), 2 * 16_384 * 2700);
    close(tech('fibre'), 2 * 65_536 * 150);
    // Marvell: 80% of the DSP layer (15%) and half of TIA/driver (8%) of the modules.
    close(y.byCompany.find((c) => c.vendor === 'marvell')!.spendUsd, 2 * 65_536 * 1250 * 0.16);
    assert.deepEqual(y.units.transceiversByRate, [{ rateGbps: 800, units: 2 * 65_536 }]);
    assert.equal(y.units.switches, 2 * 1280);
    assert.equal(y.units.switchPorts, 2 * 1280 * 64);
    assert.equal(y.units.nics, 2 * 16_384);
    assert.equal(y.units.cables, 2 * (16_384 + 65_536));
    assert.equal(y.accelerators, 2 * 32_768);
  });

  test("the sample's plan: each year is the sum of count x that year's scenario BOMs", () => {
    const project = withPlan((sample.buildOut as { plan: Plan }).plan);
    const m = marketBuildOut(project, defaultCatalog);
    assert.ok(m.ok);
    assert.deepEqual(
      m.value.years.map((y) => y.year),
      [2026, 2027, 2028],
    );
    let all = 0;
    for (const y of m.value.years) {
      const plan = project.buildOut!.plan.find((p) => p.year === y.year)!;
      let expected = 0;
      for (const b of plan.builds) {
        const s = project.scenarios.find((x) => x.name === b.scenario)!;
        const r = evaluateScenario(
          { ...s, year: y.year },
          catalogForYear(defaultCatalog, y.year),
          overridesForYear(defaultCatalog, project.catalogOverrides, y.year),
        );
        assert.ok(r.ok);
        expected += b.count * r.value.bom.reduce((a, l) => a + l.extendedPriceUsd, 0);
      }
      close(y.totalUsd, expected);
      all += expected;
    }
    close(m.value.total.totalUsd, all);
  });

  test('property: layer, technology and company spend each sum to the market; shares to one', () => {
    const names = [IB, DSP, LPO, NVL];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2025, max: 2030 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 50 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (years, builds) => {
          const plan = years.map((year) => ({
            year,
            builds: builds.map(([i, count]) => ({ scenario: names[i]!, count })),
          }));
          const m = market(plan);
          for (const s of [...m.years, m.total]) {
            for (const rows of [s.byLayer, s.byTechnology, s.byCompany]) {
              close(
                rows.reduce((a, r) => a + r.spendUsd, 0),
                s.totalUsd,
                1e-9,
              );
              if (s.totalUsd > 0)
                close(
                  rows.reduce((a, r) => a + r.share, 0),
                  1,
                  1e-9,
                );
            }
          }
        },
      ),
      { numRuns: 12, seed: 13 },
    );
  });

  test('LPO builds: no DSP-layer spend and no DSP optics; DSP builds: the DSP layer is 15% of the modules', () => {
    const lpo = market([{ year: 2026, builds: [{ scenario: LPO, count: 5 }] }]).years[0]!;
    assert.equal(
      lpo.byLayer.find((l) => l.layer === 'dsp'),
      undefined,
    );
    assert.equal(
      lpo.byTechnology.find((t) => t.key === 'dsp-optics'),
      undefined,
    );
    assert.ok(lpo.byTechnology.find((t) => t.key === 'lpo')!.spendUsd > 0);
    const dsp = market([{ year: 2026, builds: [{ scenario: DSP, count: 5 }] }]).years[0]!;
    close(
      dsp.byLayer.find((l) => l.layer === 'dsp')!.spendUsd,
      0.15 * dsp.byTechnology.find((t) => t.key === 'dsp-optics')!.spendUsd,
    );
  });

  test('CPO builds: module spend moves to the switch-silicon, optical-engine and laser layers', () => {
    const cpo = {
      ...(JSON.parse(sampleText).scenarios[1] as object),
      name: 'Ethernet 32k, CPO',
      switch: { model: 'auto' },
      media: { leafSpine: 'cpo', spineCore: 'cpo' },
    };
    const y = market([{ year: 2028, builds: [{ scenario: 'Ethernet 32k, CPO', count: 1 }] }], [cpo]).years[0]!;
    const ports = y.byTechnology.find((t) => t.key === 'cpo');
    assert.ok(ports && ports.spendUsd > 0, 'CPO ports are bought');
    assert.ok(y.units.cpoPorts > 0);
    // Every switch end is co-packaged: pluggables remain only at the NIC ends, one per NIC.
    assert.equal(y.units.transceivers, y.units.nics);
    assert.equal(y.units.cpoPorts, y.units.switchPorts);
    // The CPO port split: 25% external laser source, 40% optical engine.
    close(y.byLayer.find((l) => l.layer === 'laser-source')!.spendUsd, 0.25 * ports.spendUsd);
    close(y.byLayer.find((l) => l.layer === 'optical-engine')!.spendUsd, 0.4 * ports.spendUsd);
  });

  test('errors name the plan entry: unknown scenario, not buildable that year, repeated year', () => {
    const unknown = marketBuildOut(
      withPlan([{ year: 2026, builds: [{ scenario: 'Nope', count: 1 }] }]),
      defaultCatalog,
    );
    assert.ok(!unknown.ok);
    assert.equal(unknown.error.path, 'buildOut.plan[0].builds[0].scenario');
    assert.match(unknown.error.message, /must be the name of a scenario of this project \(InfiniBand 2k/);
    const early = marketBuildOut(
      withPlan([
        { year: 2026, builds: [{ scenario: IB, count: 1 }] },
        { year: 2021, builds: [{ scenario: DSP, count: 1 }] },
      ]),
      defaultCatalog,
    );
    assert.ok(!early.ok);
    assert.equal(early.error.path, 'buildOut.plan[1].builds[0]');
    assert.match(early.error.message, /cannot be built in 2021/);
    const twice = parseProject(
      JSON.stringify({
        ...sample,
        buildOut: {
          plan: [
            { year: 2026, builds: [{ scenario: IB, count: 1 }] },
            { year: 2026, builds: [{ scenario: DSP, count: -1 }] },
          ],
        },
      }),
    );
    assert.ok(!twice.ok);
    const paths = twice.errors.map((e) => e.path);
    assert.ok(paths.includes('buildOut.plan[1].year'), paths.join());
    assert.ok(paths.includes('buildOut.plan[1].builds[0].count'), paths.join());
  });
});

describe('Monte Carlo of a build-out plan', () => {
  const project = withPlan([{ year: 2025, builds: [{ scenario: DSP, count: 3 }] }]);
  const run = () => marketMonteCarlo(project, defaultCatalog, { samples: 2000, seed: 7, distribution: 'triangular' });

  test("Marvell's percentiles follow the 800G DR8 module's price range (its only part)", () => {
    const r = run();
    assert.ok(r.ok);
    const m = marketBuildOut(project, defaultCatalog);
    assert.ok(m.ok);
    close(r.value.total.baseUsd, m.value.total.totalUsd);
    const marvell = r.value.companies.find((c) => c.vendor === 'marvell')!;
    const base = 3 * 65_536 * 1250 * 0.16;
    close(marvell.baseUsd, base);
    // DR8 range 1,100 / 1,250 / 1,400 USD, triangular: P10 and P90 of the price scale Marvell's spend.
    const q = (p: number) => (base * triangularQuantile(p, 1100, 1250, 1400)) / 1250;
    close(marvell.p10, q(0.1), 2e-3);
    close(marvell.p50, q(0.5), 2e-3);
    close(marvell.p90, q(0.9), 2e-3);
    for (const c of r.value.companies) assert.ok(c.p10 <= c.p50 && c.p50 <= c.p90, c.vendor);
  });

  test('the same seed gives the same percentiles', () => {
    const a = run();
    const b = run();
    assert.ok(a.ok && b.ok);
    assert.deepEqual(a.value.companies, b.value.companies);
    assert.deepEqual(a.value.total, b.value.total);
  });
});

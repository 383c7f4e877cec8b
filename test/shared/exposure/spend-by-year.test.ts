/**
 * Spend by company and value-chain layer per year of a year projection, through the user path
 * (sample project file -> parseProject -> projectScenario -> spendByYear).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { spendByYear } from '../../../shared/exposure/spend-by-year.ts';
import { projectScenario } from '../../../shared/scaling/year-projection.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';

const parsed = parseProject(readFileSync(new URL('../../../examples/sample-project.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('sample does not parse');
const { project } = parsed;
const scenario = (name: string) => project.scenarios.find((s) => s.name === name)!;
const close = (a: number, b: number, tol = 1e-9) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

function projection(name: string, mode: 'fixed' | 'follow-roadmap') {
  const s = scenario(name);
  const r = projectScenario(
    { ...s, analysis: { ...s.analysis, projection: { ...s.analysis.projection, mode } } },
    defaultCatalog,
    project.catalogOverrides,
  );
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

describe('spend by company and layer per year', () => {
  test('fixed DSP optics: Marvell earns 16/15 of the DSP layer every year; 2025 as evaluated', () => {
    const p = projection('Ethernet 32k fat-tree, DSP', 'fixed');
    const w = spendByYear(p.series[0]!.points);
    assert.deepEqual(w.years, p.years);
    const marvell = w.companies.find((c) => c.key === 'marvell')!;
    const dsp = w.layers.find((l) => l.key === 'dsp')!;
    const tia = w.layers.find((l) => l.key === 'tia-driver')!;
    w.years.forEach((year, i) => {
      if (w.capexUsd[i] === null) {
        assert.equal(marvell.spendUsd[i], null, `${year} not buildable`);
        return;
      }
      // DSP DR8 modules are the only DSP-layer parts: layer 15%, Marvell 80% of it and 50% of TIA/driver (8%).
      close(marvell.spendUsd[i]! / dsp.spendUsd[i]!, (0.15 * 0.8 + 0.08 * 0.5) / 0.15);
      close(tia.spendUsd[i]! / dsp.spendUsd[i]!, 0.08 / 0.15);
    });
    // The build year at catalog prices: 2 x 32,768 modules at 1,250 USD x 16%.
    const at2025 = w.years.indexOf(2025);
    close(marvell.spendUsd[at2025]!, 2 * 32_768 * 1250 * 0.16);
    // Module prices learn down faster than switches: Marvell's spend falls year on year.
    for (let i = at2025 + 1; i < w.years.length; i++) assert.ok(marvell.spendUsd[i]! < marvell.spendUsd[i - 1]!);
  });

  for (const name of project.scenarios.map((s) => s.name)) {
    test(`follow-roadmap, ${name}: companies and layers each sum to the year's capex`, () => {
      const p = projection(name, 'follow-roadmap');
      for (const series of p.series) {
        const w = spendByYear(series.points);
        w.years.forEach((_, i) => {
          const capex = w.capexUsd[i];
          const sum = (rows: typeof w.companies) => rows.reduce((a, r) => a + (r.spendUsd[i] ?? 0), 0);
          if (capex === null || capex === undefined) {
            assert.ok(w.companies.every((r) => r.spendUsd[i] === null));
            return;
          }
          close(sum(w.companies), capex, 1e-9);
          close(sum(w.layers), capex, 1e-9);
        });
        for (let k = 1; k < w.companies.length; k++)
          assert.ok(w.companies[k - 1]!.totalUsd >= w.companies[k]!.totalUsd);
      }
    });
  }
});

describe('rows worked by hand (three years, the middle one not buildable)', () => {
  type Point = Parameters<typeof spendByYear>[0][number];
  const point = (year: number, companies: [string, number][], layers: [string, number][]): Point =>
    ({
      year,
      ok: true,
      capexUsd: companies.reduce((a, [, usd]) => a + usd, 0),
      valueChain: {
        byCompany: companies.map(([vendor, spendUsd]) => ({ vendor, name: vendor.toUpperCase(), spendUsd })),
        byLayer: layers.map(([layer, spendUsd]) => ({ layer, spendUsd })),
      },
    }) as unknown as Point;
  const failed = { year: 2026, ok: false, error: { field: 'x', value: 0, message: 'no' } } as unknown as Point;
  const w = spendByYear([
    point(
      2025,
      [
        ['zeta', 300],
        ['alpha', 100],
      ],
      [['dsp', 400]],
    ),
    failed,
    point(
      2027,
      [
        ['alpha', 200],
        ['mid', 250],
      ],
      [
        ['dsp', 150],
        ['fibre', 300],
      ],
    ),
  ]);
  test('each row holds the year spend, null in the unbuildable year, and its total over the years', () => {
    assert.deepEqual(w.years, [2025, 2026, 2027]);
    assert.deepEqual(w.capexUsd, [400, null, 450]);
    assert.deepEqual(
      w.companies.map((r) => [r.key, r.name, r.spendUsd, r.totalUsd]),
      [
        ['alpha', 'ALPHA', [100, null, 200], 300],
        ['zeta', 'ZETA', [300, null, 0], 300],
        ['mid', 'MID', [0, null, 250], 250],
      ],
    );
    assert.deepEqual(
      w.layers.map((r) => [r.key, r.spendUsd, r.totalUsd]),
      [
        ['dsp', [400, null, 150], 550],
        ['fibre', [0, null, 300], 300],
      ],
    );
  });
  test('equal totals are ordered by key whatever the order they first appear in', () => {
    const flipped = spendByYear([
      point(
        2025,
        [
          ['alpha', 100],
          ['zeta', 300],
        ],
        [],
      ),
      failed,
      point(2027, [['alpha', 200]], []),
    ]);
    assert.deepEqual(
      flipped.companies.map((r) => r.key),
      ['alpha', 'zeta'],
    );
    const tied = spendByYear([
      point(
        2025,
        [
          ['zeta', 5],
          ['alpha', 5],
        ],
        [],
      ),
    ]);
    assert.deepEqual(
      tied.companies.map((r) => r.key),
      ['alpha', 'zeta'],
    );
  });
});

/**
 * Command line winners and losers and the market of the build-out plan (--market).
 * Winners and losers: --compare BASELINE --compare OTHER on the sample project's
 * DSP and LPO scenarios. Figures worked by hand from the catalog: both use 2 x 32,768 800G
 * modules per fabric, DSP DR8 at $1,250 and LPO at $800.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runModelCli } from '../../../main/cli/run-model-cli.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { marketBuildOut } from '../../../shared/market/build-out.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';

const sample = readFileSync(new URL('../../../examples/sample-project.json', import.meta.url), 'utf8');
const io = { parseArgs, readFile: () => sample };
const DSP = 'Ethernet 32k fat-tree, DSP';
const LPO = 'Ethernet 32k fat-tree, LPO';
const close = (a: number, b: number, tol = 1e-6) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

describe('model CLI --compare', () => {
  test('--json: Marvell loses its DSP and TIA share, MaxLinear gains on LPO drivers', () => {
    const out = runModelCli(['sample.json', '--compare', DSP, '--compare', LPO, '--json'], io);
    assert.equal(out.exitCode, 0, out.stderr);
    const c = JSON.parse(out.stdout).compare;
    assert.equal(c.baseline, DSP);
    assert.equal(c.other, LPO);
    const dspModulesUsd = 2 * 32_768 * 1250; // 81.92 M USD
    const lpoModulesUsd = 2 * 32_768 * 800; // 52.43 M USD
    const byKey = (k: string) => c.byCompany.find((s: { key: string }) => s.key === k);
    // Marvell: 80% of the DSP layer (15%) and 50% of TIA/driver (8%) of DSP modules; no LPO layer.
    const marvell = byKey('marvell');
    close(marvell.baselineUsd, dspModulesUsd * (0.15 * 0.8 + 0.08 * 0.5));
    close(marvell.deltaUsd, -13_107_200);
    close(marvell.deltaUsdPerAccelerator, -400);
    // MaxLinear: 5% of the DSP layer before; 30% of the LPO driver/TIA layer (12%) after.
    const maxlinear = byKey('maxlinear');
    close(maxlinear.deltaUsd, lpoModulesUsd * 0.12 * 0.3 - dspModulesUsd * 0.15 * 0.05);
    assert.equal(c.byCompany[0].key, 'maxlinear', 'largest winner first');
    assert.equal(c.byCompany.at(-1).key, 'marvell', 'largest loser last');
    // The whole DSP layer goes: 15% of the DSP modules.
    const dspLayer = c.byLayer.find((s: { key: string }) => s.key === 'dsp');
    close(dspLayer.deltaUsd, -dspModulesUsd * 0.15);
    assert.equal(c.memo.losingLayer, 'dsp');
    // Network capex falls by the module price difference.
    close(c.memo.gainedUsd - c.memo.movedUsd, lpoModulesUsd - dspModulesUsd);
    assert.equal(
      c.byCompany.find((s: { key: string }) => s.key === 'nvidia'),
      undefined,
      'unchanged left out',
    );
  });

  test('text: the memo line and the company and layer tables', () => {
    const out = runModelCli(['sample.json', '--compare', DSP, '--compare', LPO], io);
    assert.equal(out.exitCode, 0, out.stderr);
    assert.match(out.stdout, /^== Spend shift: Ethernet 32k fat-tree, DSP -> Ethernet 32k fat-tree, LPO ==/);
    // $31.9M is over all 9 losers: 8 named companies (counted before the largest are named) and the unnamed pool.
    assert.match(
      out.stdout,
      /Moving 32,768 accelerators from .* takes \$31\.9M from 8 companies, most from Marvell \(-\$13\.1M\), .*, and unnamed component suppliers \(-\$5\.9M\) and gives/,
    );
    assert.match(
      out.stdout,
      /and gives \$2\.4M to MaxLinear \(\+\$1\.3M\), MACOM \(\+\$0\.9M\), Semtech \(\+\$0\.2M\);/,
    );
    assert.match(
      out.stdout,
      /network spend falls by \$29\.5M; the DSP \(retimer\/gearbox\) layer loses most \(\$12\.3M\)/,
    );
    assert.match(out.stdout, /^Company +From +To +Change +Change\/accelerator$/m);
    assert.match(out.stdout, /^Marvell +\$13,107,200 +\$0 +-\$13,107,200 +-\$400\.00$/m);
    assert.match(out.stdout, /^MaxLinear +\$614,400 +\$1,887,437 +\+\$1,273,037 +\+\$38\.85$/m);
    assert.match(out.stdout, /^DSP \(retimer\/gearbox\) +\$12,288,000 +\$0 +-\$12,288,000 +-\$375\.00$/m);
  });

  test('bad input: one name, an unknown name, or mixed with --scenario', () => {
    const one = runModelCli(['sample.json', '--compare', DSP], io);
    assert.equal(one.exitCode, 2);
    assert.match(one.stderr, /--compare: give exactly two scenarios, baseline first \(got 1\)/);
    const unknown = runModelCli(['sample.json', '--compare', DSP, '--compare', 'Nope'], io);
    assert.equal(unknown.exitCode, 2);
    assert.match(unknown.stderr, /no scenario named "Nope"; scenarios: InfiniBand 2k/);
    const mixed = runModelCli(['sample.json', '--compare', DSP, '--compare', LPO, '--scenario', DSP], io);
    assert.equal(mixed.exitCode, 2);
    assert.match(mixed.stderr, /--compare runs alone/);
  });
});

describe('model CLI --market', () => {
  test('--json: the market of the sample plan as marketBuildOut gives it, with the Monte Carlo', () => {
    const out = runModelCli(['sample.json', '--market', '--montecarlo', '500', '--seed', '3', '--json'], io);
    assert.equal(out.exitCode, 0, out.stderr);
    const doc = JSON.parse(out.stdout);
    const parsed = parseProject(sample);
    assert.ok(parsed.ok);
    const m = marketBuildOut(parsed.project, defaultCatalog);
    assert.ok(m.ok);
    assert.deepEqual(doc.market, JSON.parse(JSON.stringify(m.value)));
    assert.equal(doc.monteCarlo.samples, 500);
    assert.equal(doc.monteCarlo.seed, 3);
    close(doc.monteCarlo.total.baseUsd, m.value.total.totalUsd);
  });

  test('text: a block per plan year with builds, technologies, companies and units', () => {
    const out = runModelCli(['sample.json', '--market'], io);
    assert.equal(out.exitCode, 0, out.stderr);
    const parsed = parseProject(sample);
    assert.ok(parsed.ok);
    const m = marketBuildOut(parsed.project, defaultCatalog);
    assert.ok(m.ok);
    for (const y of m.value.years) {
      const total = `$${(y.totalUsd / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}M`;
      assert.ok(
        out.stdout.includes(`-- ${y.year}: ${total} for ${y.accelerators.toLocaleString('en-US')} accelerators --`),
      );
    }
    assert.match(out.stdout, /Builds: 12 x NVL72 100k, rail-only \(\$[\d,.]+M each\)/);
    assert.match(out.stdout, /^DSP optics +\$[\d,.]+M/m);
    assert.match(out.stdout, /^Switches, Ethernet \(RoCEv2\) +\$[\d,.]+M/m);
    assert.match(out.stdout, /^System maker \(OEM\/ODM\) +\$[\d,.]+M/m);
    // Layers and technologies by name, never by id.
    assert.doesNotMatch(out.stdout, /^(dsp-optics|switches:|system-oem)/m);
    assert.match(out.stdout, /Units: [\d,]+ transceivers \(800G [\d,]+\)/);
  });

  test('bad input: no plan, or --market with --scenario', () => {
    const noPlan = runModelCli(['p.json', '--market'], {
      parseArgs,
      readFile: () => JSON.stringify({ schemaVersion: 1, scenarios: [{ name: 'A' }] }),
    });
    assert.equal(noPlan.exitCode, 2);
    assert.match(noPlan.stderr, /buildOut: the project has no build-out plan/);
    const mixed = runModelCli(['sample.json', '--market', '--scenario', DSP], io);
    assert.equal(mixed.exitCode, 2);
    assert.match(mixed.stderr, /--market runs alone/);
  });
});

/**
 * Media compatibility and cable counting through the user path (project file → parseProject →
 * evaluateScenario) on the default catalog, with figures worked by hand from catalog prices.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProject, parseProjectValue } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';
import type { Result } from '../../../shared/model-error.ts';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples');

function evaluateFile(file: string): Result<ScenarioResult>[] {
  const parsed = parseProject(readFileSync(join(examples, file), 'utf8'));
  if (!parsed.ok) assert.fail(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return parsed.project.scenarios.map((s) => evaluateScenario(s, defaultCatalog, parsed.project.catalogOverrides));
}

function evaluateValue(scenario: Record<string, unknown>): Result<ScenarioResult> {
  const parsed = parseProjectValue({ schemaVersion: 1, scenarios: [{ name: 't', ...scenario }] });
  if (!parsed.ok) assert.fail(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return evaluateScenario(parsed.project.scenarios[0]!, defaultCatalog);
}

function must(r: Result<ScenarioResult>): ScenarioResult {
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value;
}

describe('sample scenario 1 (InfiniBand 2k DGX H200, QM9700, 20 m NIC-leaf, 40 m leaf-spine)', () => {
  const r = must(evaluateFile('sample-project.json')[0]!);
  test('auto media: NVIDIA LinkX SR8 optics on both classes, no third-party LPO or AOC', () => {
    const [nl, ls] = r.fabric.links.byClass;
    // 2,048 links each; twin-port SR8 at both ends (the DGX's 4 twin-port cages and the switch).
    assert.deepEqual([nl?.medium, nl?.components, nl?.transceivers, nl?.cables], ['dsp-sr', ['dsp-sr-800g'], 2048, 0]);
    assert.deepEqual([ls?.medium, ls?.transceivers, ls?.cables], ['dsp-sr', 2048, 0]);
  });
  test('capex by hand: 96 x 43,000 + 2,048 x 1,800 + 4,096 x 940 + 4,096 x 150 = 12,279,040 USD', () => {
    assert.equal(r.capex.byCategory.switches, 96 * 43000);
    assert.equal(r.capex.byCategory.nics, 2048 * 1800);
    assert.equal(r.capex.byCategory.transceivers, 4096 * 940);
    assert.equal(r.capex.byCategory.cables, 4096 * 150);
    assert.equal(r.capex.totalUsd, 12_279_040);
  });
  test('vendor exposure: NVIDIA on top (switches, NICs and LinkX optics), no Innolight or Eoptolink', () => {
    assert.equal(r.exposure.topVendor?.vendor, 'nvidia');
    assert.equal(r.exposure.topVendor?.share, (96 * 43000 + 2048 * 1800 + 4096 * 940) / 12_279_040);
    const vendors = r.exposure.byVendor.map((v) => v.vendor);
    assert.deepEqual(vendors, ['nvidia', 'corning', 'commscope']);
  });
});

describe('server cages (scaleOut.server, scaleOut.serverCageRateGbps)', () => {
  const dgx = (over: Record<string, unknown> = {}, lengthM = 20, kind = 'rail-optimized') =>
    evaluateValue({
      year: 2025,
      cluster: { acceleratorCount: 1024, acceleratorsPerServer: 8 },
      scaleOut: { ecosystem: 'infiniband', nicPortRateGbps: 400, nic: 'cx7-400g', ...over },
      topology: { kind, scalableUnitServers: 32 },
      switch: { model: 'qm9700' },
      linkLengthM: { acceleratorLeaf: lengthM, leafSpine: 40 },
    });
  test('DGX H100 optics: 4 twin-port SR8 per server instead of 8 single-port SR4', () => {
    const generic = must(dgx()).fabric.links.byClass[0]!;
    const h100 = must(dgx({ server: 'dgx-h100' })).fabric.links.byClass[0]!;
    // 1,024 links: generic 1,024 SR4 + 512 SR8; DGX H100 512 SR8 (server) + 512 SR8 (switch).
    assert.deepEqual([generic.transceivers, generic.components], [1536, ['dsp-sr-400g', 'dsp-sr-800g']]);
    assert.deepEqual([h100.transceivers, h100.components], [1024, ['dsp-sr-800g']]);
    // The same through an explicit cage rate on a generic server.
    assert.equal(must(dgx({ serverCageRateGbps: 800 })).fabric.links.byClass[0]!.transceivers, 1024);
  });
  test("DGX H100 copper: a cage's two links go to two rail leaves, so one cable per link", () => {
    const rail = must(dgx({ server: 'dgx-h100' }, 2)).fabric.links.byClass[0]!;
    assert.deepEqual([rail.medium, rail.cables], ['dac', 1024]);
    // Generic single-port NIC cages take 800G-to-2x400G splitters: 512.
    assert.equal(must(dgx({}, 2)).fabric.links.byClass[0]!.cables, 512);
    // A leaf-spine puts all 8 ports of a server on one leaf: twin-port cables carry 2 links.
    const packed = must(dgx({ server: 'dgx-h100' }, 2, 'leaf-spine')).fabric.links.byClass[0]!;
    assert.deepEqual([packed.medium, packed.cables], ['dac', 512]);
  });
  test('refusals name the field, the value and what is allowed', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { server: 'dgx-h900' },
        'scaleOut.server',
        /not a reference server of the catalog; use generic or one of: dgx-h100/,
      ],
      [
        { server: 'gb200-nvl72-tray' },
        'scaleOut.server',
        /holds 4 accelerators, but cluster.acceleratorsPerServer is 8/,
      ],
      [
        { serverCageRateGbps: 600 },
        'scaleOut.serverCageRateGbps',
        /600 Gb\/s server cage cannot carry whole 400 Gb\/s ports/,
      ],
      [
        { server: 'dgx-h100', nicPortsPerAccelerator: 2 },
        'scaleOut.server',
        /4 scale-out cages of 800 Gb\/s, room for 8 ports of 400 Gb\/s, but the scenario gives each server 16/,
      ],
    ];
    for (const [over, path, message] of cases) {
      const r = dgx(over);
      assert.equal(r.ok, false, JSON.stringify(over));
      if (!r.ok) {
        assert.equal(r.error.path, path);
        assert.match(r.error.message, message);
      }
    }
  });
});

describe('forced media through the scenario path', () => {
  const ib = {
    year: 2025,
    cluster: { acceleratorCount: 2048, acceleratorsPerServer: 8 },
    scaleOut: { ecosystem: 'infiniband', nicPortRateGbps: 400, nic: 'cx7-400g' },
    topology: { kind: 'rail-optimized', scalableUnitServers: 32 },
    switch: { model: 'qm9700' },
    linkLengthM: { acceleratorLeaf: 20, leafSpine: 40 },
  };
  test('LPO forced on NDR leaf-spine is refused naming InfiniBand and lpo', () => {
    const r = evaluateValue({ ...ib, media: { leafSpine: 'lpo' } });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.path, 'media.leafSpine');
      assert.equal(r.error.value, 'lpo');
      assert.match(r.error.message, /^InfiniBand on Quantum-2 switches does not qualify lpo at 800 Gb\/s/);
    }
  });
  test('LPO forced on XDR (Q3400) is refused', () => {
    const r = evaluateValue({
      ...ib,
      year: 2026,
      scaleOut: { ecosystem: 'infiniband', nicPortRateGbps: 800, nic: 'cx8-800g-ib' },
      switch: { model: 'q3400' },
      media: { leafSpine: 'lpo' },
    });
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, /^InfiniBand on Quantum-X800 switches does not qualify lpo at 1600 Gb\/s/);
  });
  test('LPO forced where no LPO module exists at the NIC cage rate names the rate, not the reach', () => {
    const r = evaluateValue({
      year: 2025,
      cluster: { acceleratorCount: 1024, acceleratorsPerServer: 8 },
      scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400, nic: 'cx7-400g' },
      switch: { model: 'th5-64x800g' },
      media: { acceleratorLeaf: 'lpo' },
      linkLengthM: { acceleratorLeaf: 20 },
    });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.path, 'media.acceleratorLeaf');
      assert.match(r.error.message, /^the catalog has no lpo module at 400 Gb\/s for the server cage of 400 Gb\/s/);
      assert.doesNotMatch(r.error.message, /reach/);
    }
  });
  test('AOC forced on NDR NIC-leaf links is refused (no twin-port 800G AOC)', () => {
    const r = evaluateValue({ ...ib, media: { acceleratorLeaf: 'aoc' } });
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, /does not qualify aoc at 800 Gb\/s/);
  });
});

describe('cable counts of a 2-tier leaf-spine (QM9700, radix 64 at 400G, non-blocking)', () => {
  const ls = (accelerators: number) =>
    must(
      evaluateValue({
        year: 2025,
        cluster: { acceleratorCount: accelerators, acceleratorsPerServer: 8 },
        scaleOut: { ecosystem: 'infiniband', nicPortRateGbps: 400, nic: 'cx7-400g' },
        topology: { kind: 'leaf-spine' },
        switch: { model: 'qm9700' },
        linkLengthM: { acceleratorLeaf: 2, leafSpine: 4 },
      }),
    );
  test('2,048 GPUs: 64 leaves, 32 spines, one link per pair → 2,048 straight LACC cables', () => {
    const r = ls(2048);
    assert.deepEqual(
      r.fabric.switches.byTier.map((t) => [t.tier, t.count]),
      [
        ['leaf', 64],
        ['spine', 32],
      ],
    );
    const [nl, lsp] = r.fabric.links.byClass;
    // NIC-leaf: 800G-to-2x400G DAC splitters, 2 NICs per assembly.
    assert.deepEqual([nl?.medium, nl?.count, nl?.cables], ['dac', 2048, 1024]);
    assert.deepEqual([lsp?.medium, lsp?.count, lsp?.cables], ['acc', 2048, 2048]);
    assert.equal(r.capex.byCategory.cables, 1024 * 250 + 2048 * 375);
  });
  test('1,024 GPUs: 32 leaves, 16 spines, two links per pair → 512 twin-port LACC cables', () => {
    const r = ls(1024);
    const lsp = r.fabric.links.byClass[1];
    assert.deepEqual([lsp?.medium, lsp?.count, lsp?.cables], ['acc', 1024, 512]);
  });
});

describe('dragonfly local links (16k dragonfly example)', () => {
  test('one ACC cable per local link; NIC links share twin-port cables within a server-router pair', () => {
    const r = must(evaluateFile('dragonfly-16k.json')[0]!);
    const byClass = new Map(r.fabric.links.byClass.map((c) => [c.class, c]));
    // p = 32, a = 64, h = 32 at radix 128; 8 groups; 8 x 64 x 63 / 2 local links.
    assert.deepEqual([byClass.get('local')?.count, byClass.get('local')?.cables], [16128, 16128]);
    // 2 x 400G NIC cages: each server's 8 ports sit on one router, so 2 links per cable.
    assert.deepEqual([byClass.get('accelerator-leaf')?.count, byClass.get('accelerator-leaf')?.cables], [16384, 8192]);
  });
});

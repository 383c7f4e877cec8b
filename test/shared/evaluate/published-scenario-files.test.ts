/**
 * Published network counts through the user path: project files under test/fixtures/published
 * are read from disk, parsed with parseProject and evaluated with evaluateScenario on the default
 * catalog, as the app and the command line do. The figures are the papers' and vendors' own
 * (sources named per suite); rows marked "derived" follow the published formula at sizes the
 * source does not list. Alibaba HPN and Meta's Llama 3 cluster run the same way from examples/
 * (published-designs.test.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';
import type { Result } from '../../../shared/model-error.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'published');

/** Every scenario of a project file, evaluated, by scenario name. */
function evaluateFile(file: string): Map<string, Result<ScenarioResult>> {
  const p = parseProject(readFileSync(join(dir, file), 'utf8'));
  if (!p.ok) assert.fail(p.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return new Map(p.project.scenarios.map((s) => [s.name, evaluateScenario(s, defaultCatalog)]));
}

function ok(results: Map<string, Result<ScenarioResult>>, name: string): ScenarioResult {
  const r = results.get(name);
  assert.ok(r, `no scenario named ${name}`);
  if (!r.ok) assert.fail(`${name}: ${r.error.path}: ${r.error.message}`);
  return r.value;
}

const count = (r: ScenarioResult, tier: string) => r.fabric.switches.byTier.find((t) => t.tier === tier)?.count ?? 0;
const links = (r: ScenarioResult, cls: string) => r.fabric.links.byClass.find((c) => c.class === cls)?.count ?? 0;
const switchLinks = (r: ScenarioResult) =>
  r.fabric.links.byClass.filter((c) => c.class !== 'accelerator-leaf').reduce((t, c) => t + c.count, 0);
const idle = (r: ScenarioResult) => r.fabric.switches.byTier.reduce((t, x) => t + x.idlePorts, 0);

describe('NVIDIA DGX B200 SuperPOD table (dgx-b200-superpod.json: 32 DGX per SU, QM9700, non-blocking)', () => {
  const results = evaluateFile('dgx-b200-superpod.json');
  const rows = [
    { su: 2, leaf: 16, spine: 8, core: 0, nl: 512, ls: 512, sc: 0 },
    { su: 4, leaf: 32, spine: 16, core: 0, nl: 1024, ls: 1024, sc: 0 },
    { su: 8, leaf: 64, spine: 32, core: 0, nl: 2048, ls: 2048, sc: 0 },
    { su: 16, leaf: 128, spine: 128, core: 64, nl: 4096, ls: 4096, sc: 4096 },
    { su: 32, leaf: 256, spine: 256, core: 128, nl: 8192, ls: 8192, sc: 8192 },
    { su: 64, leaf: 512, spine: 512, core: 256, nl: 16384, ls: 16384, sc: 16384 },
  ];
  for (const row of rows) {
    test(`published: ${row.su} SU = ${row.su * 32} nodes, ${row.leaf} leaf / ${row.spine} spine / ${row.core} core; cables N/L ${row.nl}, L/S ${row.ls}, S/C ${row.sc}`, () => {
      const r = ok(results, `DGX B200 SuperPOD, ${row.su} SU`);
      assert.equal(r.servers, row.su * 32);
      assert.equal(r.accelerators, row.su * 256);
      assert.equal(r.fabric.tiers, row.core ? 3 : 2);
      assert.deepEqual([count(r, 'leaf'), count(r, 'spine'), count(r, 'core')], [row.leaf, row.spine, row.core]);
      assert.deepEqual(
        [links(r, 'accelerator-leaf'), links(r, 'leaf-spine'), links(r, 'spine-core')],
        [row.nl, row.ls, row.sc],
      );
      assert.equal(r.fabric.switchModel, 'qm9700');
      assert.deepEqual(r.fabric.scalableUnit, {
        servers: 32,
        auto: false,
        fillsLeaves: true,
        idleLeafPorts: 0,
        idleLeafPortShare: 0,
      });
      assert.equal(idle(r), 0);
    });
  }
});

describe('NVIDIA DGX B300 SuperPOD on Spectrum-X, twin-planar (dgx-b300-spectrum-x-superpod.json)', () => {
  // 64 DGX per SU; each GPU has 2 x 400GbE on two planes; SN5600 at 128 x 400G. NVIDIA counts
  // 800G cables (2 x 400G each); the model counts 400G logical links, two per published cable.
  const results = evaluateFile('dgx-b300-spectrum-x-superpod.json');
  const rows = [
    { su: 1, leaf: 16, spine: 8, nl: 512, ls: 512 },
    { su: 2, leaf: 32, spine: 16, nl: 1024, ls: 1024 },
    { su: 4, leaf: 64, spine: 32 },
    { su: 8, leaf: 128, spine: 64 },
    { su: 16, leaf: 256, spine: 128, nl: 8192, ls: 8192 },
  ];
  for (const row of rows) {
    const cables = row.nl === undefined ? '' : `; 800G cables N/L ${row.nl}, L/S ${row.ls}`;
    test(`published: ${row.su} SU = ${row.su * 512} GPUs, ${row.leaf} leaf / ${row.spine} spine over 2 planes${cables}`, () => {
      const r = ok(results, `DGX B300 SuperPOD (Spectrum-X), ${row.su} SU`);
      assert.equal(r.accelerators, row.su * 512);
      assert.equal(r.fabric.planes, 2);
      assert.equal(r.fabric.tiers, 2);
      assert.equal(r.fabric.radix, 128);
      assert.deepEqual([count(r, 'leaf'), count(r, 'spine'), count(r, 'core')], [row.leaf, row.spine, 0]);
      assert.equal(links(r, 'accelerator-leaf'), 2 * row.su * 512);
      assert.equal(links(r, 'leaf-spine'), 2 * row.su * 512);
      if (row.nl !== undefined) {
        assert.equal(links(r, 'accelerator-leaf') / 2, row.nl);
        assert.equal(links(r, 'leaf-spine') / 2, row.ls);
      }
      // 8 ConnectX-8 of 2 x 400GbE per DGX.
      assert.equal(r.fabric.nics, row.su * 64 * 8);
      assert.equal(idle(r), 0);
    });
  }
});

describe('NVIDIA DGX H100 SuperPOD, 4 SU with a UFM port per leaf (dgx-h100-superpod-ufm.json)', () => {
  const r = ok(evaluateFile('dgx-h100-superpod-ufm.json'), 'DGX H100 SuperPOD, 4 SU with UFM');
  test('published: 31 DGX per SU (one removed for UFM), 32 leaves, 16 spines, 992 node-leaf links', () => {
    assert.equal(r.servers, 124);
    assert.equal(count(r, 'leaf'), 32);
    assert.equal(count(r, 'spine'), 16);
    assert.equal(links(r, 'accelerator-leaf'), 992);
    // Each leaf: 31 nodes + 1 UFM port down, 32 up; 1,024 leaf-spine links.
    assert.equal(links(r, 'leaf-spine'), 1024);
    // The UFM port counts as used: every leaf port is taken.
    assert.equal(r.fabric.switches.byTier[0]!.portsUsed, 32 * (31 + 1 + 32));
    assert.equal(idle(r), 0);
    assert.equal(r.fabric.scalableUnit?.servers, 31);
  });
  test('derived: twin-port 800G modules at both ends carry two 400G links, one module per link: 2,016', () => {
    // 124 DGX x 4 cages = 496 node modules + 496 leaf-side modules; 1,024 leaf-spine links = 512 + 512.
    assert.equal(r.fabric.transceivers, 992 + 1024);
    for (const c of r.fabric.links.byClass) assert.deepEqual(c.components, ['dsp-sr-800g']);
  });
});

describe('k-ary fat-trees (k-ary-fat-trees.json; Al-Fares et al., SIGCOMM 2008)', () => {
  const results = evaluateFile('k-ary-fat-trees.json');
  // Hosts k^3/4; switches 5k^2/4 (k^2/2 edge, k^2/2 aggregation, k^2/4 core); switch links k^3/2.
  const rows = [
    { k: 4, hosts: 16, switches: 20, links: 32, src: 'derived' },
    { k: 8, hosts: 128, switches: 80, links: 256, src: 'derived' },
    { k: 16, hosts: 1024, switches: 320, links: 2048, src: 'derived' },
    { k: 48, hosts: 27648, switches: 2880, links: 55296, src: 'published hosts (Alibaba HPN Table 1)' },
    { k: 64, hosts: 65536, switches: 5120, links: 131072, src: 'published (DeepSeek Table 3, FT3)' },
    { k: 128, hosts: 524288, switches: 20480, links: 1048576, src: 'derived' },
  ];
  for (const row of rows) {
    test(`${row.src}: k = ${row.k}, ${row.hosts} hosts, ${row.switches} switches, ${row.links} switch links`, () => {
      const r = ok(results, `k-ary fat-tree, k = ${row.k}`);
      assert.equal(r.fabric.tiers, 3);
      assert.equal(r.fabric.endpoints, row.hosts);
      assert.equal(r.fabric.radix, row.k);
      assert.deepEqual(
        r.fabric.switches.byTier.map((t) => [t.tier, t.count]),
        [
          ['leaf', (row.k * row.k) / 2],
          ['spine', (row.k * row.k) / 2],
          ['core', (row.k * row.k) / 4],
        ],
      );
      assert.equal(r.fabric.switches.total, row.switches);
      assert.equal(switchLinks(r), row.links);
      assert.equal(links(r, 'accelerator-leaf'), row.hosts);
      assert.equal(r.fabric.maxEndpointsPerPlane, row.hosts);
      assert.equal(idle(r), 0);
    });
  }
});

describe('DeepSeek-V3 Table 3 (deepseek-table3.json; Zhao et al., ISCA 2025), 64-port 400G InfiniBand', () => {
  const results = evaluateFile('deepseek-table3.json');
  test('published FT2: 2,048 endpoints, 96 switches, 2,048 links', () => {
    const r = ok(results, 'FT2');
    assert.equal(r.fabric.endpoints, 2048);
    assert.equal(r.fabric.switches.total, 96);
    assert.equal(switchLinks(r), 2048);
  });
  test('published MPFT: 8 planes, 16,384 endpoints, 768 switches, 16,384 links', () => {
    const r = ok(results, 'MPFT');
    assert.equal(r.fabric.planes, 8);
    assert.equal(r.fabric.endpoints, 16384);
    assert.equal(r.fabric.switches.total, 768);
    assert.equal(switchLinks(r), 16384);
    // Each plane is an FT2 of 2,048.
    assert.equal(r.fabric.maxEndpointsPerPlane, 2048);
  });
  test('published FT3: 65,536 endpoints, 5,120 switches, 131,072 links', () => {
    const r = ok(results, 'FT3');
    assert.equal(r.fabric.endpoints, 65536);
    assert.equal(r.fabric.switches.total, 5120);
    assert.equal(switchLinks(r), 131072);
  });
  test('published DF (p = 16, a = 32, h = 16, 511 groups): 16,352 routers, 261,632 endpoints, 384,272 links', () => {
    const r = ok(results, 'DF');
    assert.equal(r.fabric.endpoints, 261632);
    assert.equal(count(r, 'router'), 16352);
    // 511 x 32 x 31 / 2 = 253,456 local + 32 x 16 x 511 / 2 = 130,816 global.
    assert.equal(links(r, 'local'), 253456);
    assert.equal(links(r, 'global'), 130816);
    assert.equal(switchLinks(r), 384272);
    // Radix 63 used of 64 ports.
    assert.equal(idle(r), 16352);
    assert.ok(r.fabric.notes.includes('dragonfly p=16, a=32, h=16, 511 of at most 513 groups'));
  });
  test('published SF at q = 28 (32,928 endpoints, radix 63) is refused: 28 is not a prime power; q = 27 is named', () => {
    const r = results.get('SF');
    assert.ok(r && !r.ok);
    assert.equal(r.error.path, 'cluster.acceleratorCount');
    assert.equal(r.error.value, '32928');
    assert.equal(
      r.error.message,
      'a Slim Fly at radix 63 reaches at most 30618 endpoints per plane (q = 27, the largest prime power q that fits); ' +
        'use planes or a larger radix',
    );
  });
});

describe('Rail-only against rail-optimized, 8 rails on 64-port switches (rail-only-illustration.json)', () => {
  const results = evaluateFile('rail-only-illustration.json');
  test('derived at 32,768: rail-optimized FT3 of 1,024 + 1,024 + 512 switches and 65,536 switch links', () => {
    const r = ok(results, 'rail-optimized, 32,768');
    assert.deepEqual(
      r.fabric.switches.byTier.map((t) => t.count),
      [1024, 1024, 512],
    );
    assert.equal(switchLinks(r), 65536);
  });
  test('derived at 32,768: each rail of 4,096 exceeds k^2/2 = 2,048, so rail-only needs three tiers too', () => {
    const r = ok(results, 'rail-only, 32,768');
    assert.equal(r.fabric.tiers, 3);
    assert.deepEqual(
      r.fabric.switches.byTier.map((t) => t.count),
      [1024, 1024, 512],
    );
  });
  test('derived at 16,384 (rails of k^2/2): rail-only saves 40% of switches and 50% of switch links', () => {
    const only = ok(results, 'rail-only, 16,384');
    const opt = ok(results, 'rail-optimized, 16,384');
    assert.equal(only.fabric.tiers, 2);
    assert.equal(only.fabric.switches.total, 8 * (64 + 32));
    assert.equal(opt.fabric.switches.total, 512 + 512 + 256);
    assert.equal(1 - only.fabric.switches.total / opt.fabric.switches.total, 0.4);
    assert.equal(switchLinks(only), 16384);
    assert.equal(switchLinks(opt), 32768);
  });
});

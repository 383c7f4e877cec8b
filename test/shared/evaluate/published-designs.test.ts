/**
 * Published designs through the user path (example file → parseProject → evaluateScenario):
 * Alibaba HPN (Qian et al., SIGCOMM 2024) and Meta's Llama 3 cluster (arXiv 2407.21783
 * §3.3.1). Paper figures are asserted as published; switch models, capex and power are worked
 * by hand: counts times the default catalog's typical unit price and power (read from the
 * catalog so a price review does not hide in the test; at the time of writing the 51.2T
 * Ethernet system is 130,000 USD / 1,500 W, BlueField-3 2x200G 3,000 USD / 140 W, 200G SR
 * 315 USD / 5 W, 800G SR8 940 USD / 15 W, 800G DR8 1,250 USD / 17 W, fibre 150 USD per link,
 * 800G DAC 250 USD / 0.1 W per end, Thor 2 1,800 USD / 20 W).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { ScenarioResult } from '../../../shared/evaluate/scenario-result.ts';
import type { Scenario } from '../../../shared/scenario/scenario-schema.ts';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples');

function load(file: string): Scenario {
  const p = parseProject(readFileSync(join(examples, file), 'utf8'));
  if (!p.ok) assert.fail(p.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return p.project.scenarios[0]!;
}

function run(s: Scenario): ScenarioResult {
  const r = evaluateScenario(s, defaultCatalog);
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value;
}

/** Typical unit price (USD) and power (W; per end for media) of a catalog component. */
function unit(id: string): { usd: number; w: number } {
  const c = defaultCatalog;
  const sw = c.switches.find((x) => x.id === id) ?? c.nics.find((x) => x.id === id);
  if (sw) return { usd: sw.priceUsd.typical, w: sw.powerW.typical };
  const m = c.media.find((x) => x.id === id);
  if (m) return { usd: m.priceUsd.typical, w: m.powerWPerEnd.typical };
  if (c.fiber.id === id) return { usd: c.fiber.priceUsdPerLink.typical, w: 0 };
  throw new Error(`no catalog entry ${id}`);
}

const tier = (r: ScenarioResult, name: string) => r.fabric.switches.byTier.find((t) => t.tier === name)!;
const links = (r: ScenarioResult, cls: string) => r.fabric.links.byClass.find((c) => c.class === cls)!;
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

describe('Alibaba HPN pod (examples/alibaba-hpn-15k.json)', () => {
  const s = load('alibaba-hpn-15k.json');
  const r = run(s);
  test('published: 15,360 GPUs per pod in 15 segments of 1,024 GPUs on 16 ToRs each', () => {
    assert.equal(r.accelerators, 15360);
    assert.deepEqual(r.fabric.pods, { count: 1, accelerators: 15360, oversubscription: 15 });
    assert.equal(r.fabric.scalableUnit?.servers, 128); // a segment: 128 hosts x 8 GPUs = 1,024
    assert.equal(tier(r, 'leaf').count / (15360 / 1024), 16);
  });
  test('published: ToR 128 active + 8 backup x 200G down, 60 x 400G up (1.067:1), no port idle', () => {
    const leaf = tier(r, 'leaf');
    assert.equal(leaf.radix, 256); // 51.2T at 200G
    assert.equal(links(r, 'leaf-spine').count / leaf.count, 60);
    assert.equal(links(r, 'leaf-spine').rateGbps, 400);
    assert.equal(links(r, 'accelerator-leaf').rateGbps, 200);
    assert.equal(links(r, 'accelerator-leaf').count, 240 * (128 + 8));
    assert.equal(leaf.idlePorts, 0); // 136 x 200G + 60 x 400G = 256 x 200G
    close((128 * 200) / (60 * 400), 1.0666666666666667);
    assert.ok(
      r.fabric.notes.some((n) => n.includes('128 x 200G active downlinks + 8 backup, 60 x 400G uplinks (1.067:1)')),
    );
  });
  test('published and derived (V6): 240 ToR, 120 Agg (60 per plane, 2 planes), 14,400 ToR-Agg, 960 Agg-core', () => {
    assert.equal(r.fabric.planes, 2);
    assert.equal(tier(r, 'leaf').count, 240);
    assert.equal(tier(r, 'spine').count, 120);
    assert.equal(links(r, 'leaf-spine').count, 14400);
    assert.equal(links(r, 'spine-core').count, 960);
    // Agg: 120 x 400G down + 8 x 400G up = 128 ports, 15:1.
    assert.equal(tier(r, 'spine').radix, 128);
    assert.equal(tier(r, 'spine').idlePorts, 0);
    // Core (not published): 60 Agg x 8 up = 480 uplinks per plane over 128-port cores → 4 per plane.
    assert.equal(tier(r, 'core').count, 8);
  });
  test('dual-ToR: every NIC of 2 x 200G has its two ports in two planes, so on two different ToRs', () => {
    assert.equal(s.reliability.resilience.nicHoming, 'dual');
    assert.equal(r.fabric.nicModel, 'bf3-2x200g');
    assert.equal(r.fabric.endpoints, 15360 * 2);
  });
  test('backup ports: 8 standby hosts per segment, 120 per pod, with their NICs and links', () => {
    assert.equal(r.fabric.standbyServers, 120);
    assert.equal(r.fabric.nics, (1920 + 120) * 8);
  });
  test('efficiency sees the ToR ratio: a rail leaf of 128 GPUs at NIC bandwidth, the pod at 1/1.067 of it', () => {
    assert.ok(r.efficiency.ok);
    const levels = r.efficiency.levels.map((l) => [l.acceleratorsPerBlock, l.busBandwidthGBps]);
    assert.deepEqual(
      levels.slice(1).map(([n]) => n),
      [128, 15360],
    );
    close(levels[2]![1]!, levels[1]![1]! / ((128 * 200) / (60 * 400)));
  });
  test('capex and power worked by hand from the catalog', () => {
    // 368 switches; NIC-ToR optics: 32,640 x 200G SR at the NIC + 8,160 800G SR8 (4 x 200G) at the
    // ToR; ToR-Agg 14,400 SR8 (2 x 400G per end); Agg-core 960 DR8; 48,000 fibres.
    const sw = unit(r.fabric.switchModel);
    const [nic, sr200, sr800, dr800, fibre] = [
      'bf3-2x200g',
      'dsp-sr-200g',
      'dsp-sr-800g',
      'dsp-dr-800g',
      'fiber-patch',
    ].map(unit) as [
      ReturnType<typeof unit>,
      ReturnType<typeof unit>,
      ReturnType<typeof unit>,
      ReturnType<typeof unit>,
      ReturnType<typeof unit>,
    ];
    assert.equal(r.fabric.switches.total, 368);
    assert.equal(r.capex.byCategory.switches, 368 * sw.usd);
    assert.equal(r.capex.byCategory.nics, 16320 * nic.usd);
    assert.equal(r.capex.byCategory.transceivers, 32640 * sr200.usd + (8160 + 14400) * sr800.usd + 960 * dr800.usd);
    assert.equal(r.capex.byCategory.cables, 48000 * fibre.usd);
    const total =
      368 * sw.usd + 16320 * nic.usd + 32640 * sr200.usd + 22560 * sr800.usd + 960 * dr800.usd + 48000 * fibre.usd;
    close(r.capex.totalUsd, total);
    close(r.capex.perAcceleratorUsd, total / 15360);
    assert.equal(r.power.byCategory.switches, 368 * sw.w);
    assert.equal(r.power.byCategory.nics, 16320 * nic.w);
    assert.equal(r.power.byCategory.transceivers, 32640 * sr200.w + 22560 * sr800.w + 960 * dr800.w);
    close(r.power.totalW, 368 * sw.w + 16320 * nic.w + 32640 * sr200.w + 22560 * sr800.w + 960 * dr800.w);
  });
});

describe("Meta's Llama 3 cluster (examples/llama3-24k-roce.json)", () => {
  const s = load('llama3-24k-roce.json');
  const r = run(s);
  test('published: 24,576 GPUs, racks of 2 servers x 8 GPUs under one ToR = 1,536 ToRs', () => {
    assert.equal(r.accelerators, 24576);
    assert.equal(r.servers, 3072);
    assert.equal(tier(r, 'leaf').count, 1536);
    assert.equal(links(r, 'accelerator-leaf').count / tier(r, 'leaf').count, 16);
  });
  test('published: 8 pods of 192 racks = 3,072 GPUs at full bisection', () => {
    assert.equal(r.fabric.pods?.count, 8);
    assert.equal(r.fabric.pods?.accelerators, 3072);
    assert.equal(tier(r, 'leaf').count / 8, 192);
    // Full bisection inside a pod: every tier below the pod top carries all 24,576 GPU ports.
    assert.equal(links(r, 'leaf-spine').count, 24576);
    assert.equal(links(r, 'spine-core').count, 24576);
  });
  test('published: 1:7 between pods (never more oversubscribed than asked)', () => {
    // Pod top: 32 switches of 112 down / 16 up; 96 downlinks used each → ceil(96/7) = 14 up.
    // 3,072 / 448 = 6.857: 3,072 / 7 is not a whole number of links.
    assert.equal(links(r, 'core-super').count, 8 * 448);
    close(r.fabric.pods!.oversubscription, 3072 / 448);
    assert.ok(r.fabric.pods!.oversubscription <= 7 && r.fabric.pods!.oversubscription > 6.5);
  });
  test('switch counts at 128 x 400G (derived, the paper gives none): 1,536 / 384 / 256 / 28', () => {
    assert.deepEqual(
      r.fabric.switches.byTier.map((t) => t.count),
      [1536, 384, 256, 28],
    );
    // A rack ToR uses 16 down + 16 up of its 128 ports.
    assert.equal(tier(r, 'leaf').idlePorts, 1536 * 96);
  });
  test('efficiency sees the pods: full NIC bandwidth inside 3,072 GPUs, 1/6.857 of it across pods', () => {
    assert.ok(r.efficiency.ok);
    const levels = r.efficiency.levels.map((l) => [l.acceleratorsPerBlock, l.busBandwidthGBps]);
    const nic = levels[1]![1]!;
    assert.deepEqual(
      levels.slice(1).map(([n]) => n),
      [3072, 24576],
    );
    close(levels[2]![1]!, nic / (3072 / 448));
  });
  test('capex and power worked by hand from the catalog', () => {
    const sw = unit(r.fabric.switchModel);
    const nic = unit(r.fabric.nicModel);
    const [dac, sr800, dr800, fibre] = ['dac-800g', 'dsp-sr-800g', 'dsp-dr-800g', 'fiber-patch'].map(unit) as [
      ReturnType<typeof unit>,
      ReturnType<typeof unit>,
      ReturnType<typeof unit>,
      ReturnType<typeof unit>,
    ];
    // NIC-ToR: 12,288 DAC splitters (one 800G ToR cage to two 400G NICs); ToR-spine 24,576 SR8
    // (2 x 400G per end); spine-pod top 24,576 and pod top-core 3,584 DR8; 52,736 fibres.
    assert.equal(r.capex.byCategory.switches, 2204 * sw.usd);
    assert.equal(r.capex.byCategory.nics, 24576 * nic.usd);
    assert.equal(r.capex.byCategory.transceivers, 24576 * sr800.usd + (24576 + 3584) * dr800.usd);
    assert.equal(r.capex.byCategory.cables, 12288 * dac.usd + (24576 + 24576 + 3584) * fibre.usd);
    close(
      r.capex.totalUsd,
      2204 * sw.usd + 24576 * nic.usd + 24576 * sr800.usd + 28160 * dr800.usd + 12288 * dac.usd + 52736 * fibre.usd,
    );
    close(r.power.totalW, 2204 * sw.w + 24576 * nic.w + 24576 * sr800.w + 28160 * dr800.w + 12288 * 2 * dac.w);
  });
});

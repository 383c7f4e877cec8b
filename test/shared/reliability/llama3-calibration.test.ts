/**
 * Calibration against Llama 3 (docs/model.md): a
 * Llama-3-like 16,384-H100 RoCE Clos built through the real evaluateScenario, with default
 * failure inputs, gives 0.6-0.8 network-caused interruptions per day.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, llama3LikeScenario } from './llama3-like.ts';

describe('Llama 3 calibration (16,384 H100, 400G RoCE, 3-tier Clos, 1:1 pods, 1:7 above)', () => {
  const r = evaluate(llama3LikeScenario());
  const rel = r.reliability;
  test('the fabric is what the test claims: 3 tiers, 1:7 above the pods, one 400G port per GPU', () => {
    assert.equal(r.fabric.tiers, 3);
    assert.equal(r.fabric.endpoints, 16384);
    assert.ok(r.efficiency.ok);
    const levels = r.efficiency.levels;
    assert.ok(Math.abs(levels[levels.length - 1]!.busBandwidthGBps * 7 - levels[1]!.busBandwidthGBps) < 1e-9);
  });
  test('network-caused interruptions: 0.6-0.8 per day (Llama 3: 35 switch/cable + 7 NIC in 54 days = 0.78)', () => {
    assert.ok(
      rel.networkInterruptionsPerDay >= 0.6 && rel.networkInterruptionsPerDay <= 0.8,
      `${rel.networkInterruptionsPerDay}`,
    );
  });
  test('all interruptions: 466 in 54 days (8.63 per day) within 10%', () => {
    assert.ok(Math.abs(rel.interruptionsPerDay - 466 / 54) <= 0.1 * (466 / 54), `${rel.interruptionsPerDay}`);
  });
  test('network share of unexpected interruptions: 8.4% (switch/cable) to 10.0% (with NIC), within 2 points', () => {
    const planned = rel.byClass.find((x) => x.class === 'planned')!.interruptionsPerDay;
    const share = rel.networkInterruptionsPerDay / (rel.interruptionsPerDay - planned);
    assert.ok(share >= 0.064 && share <= 0.12, `${share}`);
  });
  // Llama 3 Table 5 splits network causes: 35 "network switch/cable" and 7 "NIC" interruptions in
  // 54 days on 16,384 GPUs (0.648 and 0.130 per day). The defaults are set on the sum, so each
  // part is held to a factor-of-two band; today switch/cable/optics reads 0.47 (low) and NIC 0.22
  // (high). These fail if either part's failure rates are zeroed.
  const perDay = (...classes: string[]) =>
    rel.byClass.filter((c) => classes.includes(c.class)).reduce((t, c) => t + c.interruptionsPerDay, 0);
  test('Table 5 switch/cable: switches + cables + transceivers + CPO ports within 0.5x-2x of 35/54 = 0.648 per day', () => {
    const v = perDay('switch', 'cable', 'transceiver', 'cpo-port');
    assert.ok(v >= 0.5 * (35 / 54) && v <= 2 * (35 / 54), `${v}`);
    for (const cls of ['switch', 'cable', 'transceiver']) assert.ok(perDay(cls) > 0, `${cls} rate is not zero`);
  });
  test('Table 5 NIC: NICs within 0.5x-2x of 7/54 = 0.130 per day', () => {
    const v = perDay('nic');
    assert.ok(v >= 0.5 * (7 / 54) && v <= 2 * (7 / 54), `${v}`);
  });
  test('the network total is the sum of the network classes', () => {
    const v = perDay('switch', 'cable', 'transceiver', 'cpo-port', 'nic', 'scale-up');
    assert.ok(Math.abs(rel.networkInterruptionsPerDay - v) < 1e-12, `${rel.networkInterruptionsPerDay} vs ${v}`);
  });
  test('effective training time above 90% (Llama 3: "higher than 90%")', () => {
    assert.ok(rel.ettr > 0.9 && rel.ettr <= 1, `${rel.ettr}`);
  });
});

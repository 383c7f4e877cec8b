/**
 * Calibration against Llama 3 (reference/efficiency-reliability.md §3.1, §6; §5 T16): a
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
  test('effective training time above 90% (Llama 3: "higher than 90%")', () => {
    assert.ok(rel.ettr > 0.9 && rel.ettr <= 1, `${rel.ettr}`);
  });
});

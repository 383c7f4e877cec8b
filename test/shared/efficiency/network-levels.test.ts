/** The communication hierarchy: domain, Clos blocks and oversubscription (docs/model.md). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { networkLevels, type LevelsInput } from '../../../shared/efficiency/network-levels.ts';

const base: LevelsInput = {
  accelerators: 16384,
  domainSize: 8,
  scaleUpBusBytesPerSecond: 369e9,
  scaleOutBusBytesPerSecond: 47e9,
  scaleUpLatencySeconds: 3e-6,
  scaleOutLatencySeconds: 10e-6,
  clos: { radix: 128, tiers: 3, oversubscription: [1, 7], reservedPortsPerLeaf: 0 },
  acceleratorsPerEndpoint: 1,
};

describe('networkLevels', () => {
  test('Llama-3-like 3-tier Clos, 1:1 then 1:7: domain, full-bisection pod, cluster at 1/7', () => {
    const levels = networkLevels(base);
    assert.deepEqual(
      levels.map((l) => [l.acceleratorsPerBlock, l.busBytesPerSecond]),
      [
        [8, 369e9],
        [64 * 112, 47e9], // leaf and pod merge: same bandwidth; a spine at 1:7 has 112 down ports
        [16384, 47e9 / 7],
      ],
    );
  });
  test('oversubscription multiplies across boundaries: 2:1 leaves and 2:1 spines give 1/2 then 1/4', () => {
    const levels = networkLevels({ ...base, clos: { ...base.clos!, tiers: 3, oversubscription: [2, 2] } });
    const leafDown = Math.floor((128 * 2) / 3);
    assert.deepEqual(
      levels.map((l) => [l.acceleratorsPerBlock, l.busBytesPerSecond]),
      [
        [8, 369e9],
        [leafDown, 47e9],
        [leafDown * leafDown, 47e9 / 2],
        [16384, 47e9 / 4],
      ],
    );
  });
  test('direct networks (no Clos) are one full-bandwidth level above the domain', () => {
    const levels = networkLevels({ ...base, clos: undefined });
    assert.deepEqual(
      levels.map((l) => [l.acceleratorsPerBlock, l.busBytesPerSecond]),
      [
        [8, 369e9],
        [16384, 47e9],
      ],
    );
  });
  test('inside the domain the faster path counts; blocks grow and bandwidth never rises outward', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1 << 20 }),
        fc.constantFrom(1, 2, 4, 8, 72, 576),
        fc.double({ min: 0, max: 2e12, noNaN: true }),
        fc.double({ min: 1e9, max: 2e12, noNaN: true }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.double({ min: 1, max: 16, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (N, k, up, out, tiers, ratios) => {
          const levels = networkLevels({
            ...base,
            accelerators: N,
            domainSize: k,
            scaleUpBusBytesPerSecond: up,
            scaleOutBusBytesPerSecond: out,
            clos: { radix: 64, tiers, oversubscription: ratios, reservedPortsPerLeaf: 0 },
          });
          assert.equal(levels[0]!.busBytesPerSecond, Math.max(up, out));
          assert.equal(levels[levels.length - 1]!.acceleratorsPerBlock, N);
          for (let i = 1; i < levels.length; i++) {
            assert.ok(levels[i]!.acceleratorsPerBlock > levels[i - 1]!.acceleratorsPerBlock);
            assert.ok(levels[i]!.busBytesPerSecond <= levels[i - 1]!.busBytesPerSecond);
          }
        },
      ),
    );
  });
});

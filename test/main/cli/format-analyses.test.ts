/**
 * Crossover lines of the command line's sweep and projection reports: the metric is named by
 * the registry of result metrics (shared/evaluate/result-metrics.ts), as in the workbook.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSweep } from '../../../main/cli/format-analyses.ts';
import type { SizeSweep } from '../../../shared/scaling/size-sweep.ts';

const crossover = (metric: string) => ({
  metric,
  before: 4096,
  at: 8192,
  lowerBefore: 'NDR',
  lowerAfter: 'XDR',
  valuesBefore: [1000, 1100] as [number, number],
  valuesAfter: [1200, 1100] as [number, number],
  advantage: (1200 - 1100) / 1200,
});

describe('crossover lines', () => {
  test('per-accelerator capex and power and USD per Gb/s carry the Summary sheet labels; other metrics their id', () => {
    const sweep: SizeSweep = {
      sizes: [4096, 8192],
      series: [],
      crossovers: ['capexPerAcceleratorUsd', 'powerPerAcceleratorW', 'usdPerGbps', 'somethingElse'].map(crossover),
      crossoverMateriality: 0.01,
    };
    const lines = formatSweep('s', sweep).split('\n').slice(-4);
    const tail = 'XDR lower than NDR from 8,192 accelerators (NDR lower up to 4,096 accelerators)';
    assert.deepEqual(lines, [
      `  Network capex per accelerator: ${tail}`,
      `  Network power per accelerator: ${tail}`,
      `  Network capex per Gb/s of endpoint bandwidth: ${tail}`,
      `  somethingElse: ${tail}`,
    ]);
  });
});

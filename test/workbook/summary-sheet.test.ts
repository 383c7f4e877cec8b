/**
 * The Summary sheet's rows come from the registry of result metrics: one row per metric, in
 * registry order, with the registry's label, unit and value, and the Excel format of its kind.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RESULT_METRICS } from '../../shared/evaluate/result-metrics.ts';
import { FMT } from '../../workbook/cell-formats.ts';
import { SUMMARY_ROWS } from '../../workbook/summary-sheet.ts';

describe('Summary rows', () => {
  test('one row per registry metric, same order, label, unit and value function', () => {
    assert.equal(SUMMARY_ROWS.length, RESULT_METRICS.length);
    SUMMARY_ROWS.forEach((row, i) => {
      const m = RESULT_METRICS[i]!;
      assert.equal(row.label, m.label);
      assert.equal(row.unit, m.unit);
      assert.equal(row.value, m.value);
      assert.equal(row.optional ?? false, m.optional ?? false, m.id);
    });
  });
  test('formats and reference keys: capex per accelerator in dollars and cents, year and words unformatted', () => {
    const row = (label: string) => SUMMARY_ROWS.find((r) => r.label === label)!;
    assert.equal(row('Network capex per accelerator').numFmt, FMT.usdCents);
    assert.equal(row('Network capex per accelerator').ref, 'capex.perAcceleratorUsd');
    assert.equal(row('Whole-cluster IT power (accelerators, servers, network)').numFmt, FMT.megawatts);
    assert.equal(row('Whole-cluster IT power (accelerators, servers, network)').ref, 'power.clusterW');
    assert.equal(row('Network-caused interruptions per day').ref, 'rel.net');
    assert.equal(row('Build year').numFmt, undefined);
    assert.equal(row('Topology').numFmt, undefined);
    assert.equal(row('Top vendor').numFmt, undefined);
  });
});

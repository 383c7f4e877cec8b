/** The command line carries the efficiency and reliability results: `--json` fields and a short text section. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { runModelCli } from '../../../main/cli/run-model-cli.ts';

const example = join(import.meta.dirname, '..', '..', '..', 'examples', 'dgx-h100-1k-infiniband.json');
const files: Record<string, string> = {
  'unsplittable.json': JSON.stringify({
    schemaVersion: 1,
    scenarios: [{ name: 'x', cluster: { acceleratorCount: 1000 }, topology: { kind: 'fat-tree' } }],
  }),
};
const io = { parseArgs, readFile: (p: string) => files[p] ?? readFileSync(p, 'utf8') };
const cli = (...args: string[]) => runModelCli(args, io);

describe('model CLI: efficiency and reliability', () => {
  test('--json has efficiency and reliability fields and the TCO with downtime', () => {
    const r = cli(example, '--json');
    assert.equal(r.exitCode, 0);
    const s = JSON.parse(r.stdout).scenarios[0];
    assert.equal(s.efficiency.ok, true);
    for (const k of ['stepSeconds', 'computeSeconds', 'networkLimitedEfficiency', 'tokensPerDay', 'mfu'])
      assert.equal(typeof s.efficiency[k], 'number', k);
    for (const p of ['tensor', 'pipeline', 'data', 'expert'])
      assert.equal(typeof s.efficiency.communication[p].exposedSeconds, 'number', p);
    for (const k of [
      'interruptionsPerDay',
      'networkInterruptionsPerDay',
      'ettr',
      'downtimeCostUsdPerYear',
      'networkDowntimeCostUsdPerYear',
    ])
      assert.equal(typeof s.reliability[k], 'number', k);
    assert.ok(Array.isArray(s.reliability.byClass));
    assert.ok(s.tcoWithDowntimeUsd > s.tcoUsd);
  });
  test('the text report has a short efficiency and reliability section', () => {
    const r = cli(example);
    assert.equal(r.exitCode, 0);
    assert.match(r.stdout, /Network-limited efficiency\s+\d+\.\d%/);
    assert.match(r.stdout, /Interruptions per day\s+\d/);
    assert.match(r.stdout, /Effective training time ratio\s+\d+\.\d%/);
    assert.match(r.stdout, /TCO with network downtime/);
  });
  test('a workload that cannot be split is reported, and the run still succeeds', () => {
    const r = cli('unsplittable.json');
    assert.equal(r.exitCode, 0);
    assert.match(r.stdout, /Parallel efficiency: not computed: workload\.parallelism\.pipeline/);
    const json = JSON.parse(cli('unsplittable.json', '--json').stdout).scenarios[0];
    assert.equal(json.efficiency.ok, false);
    assert.equal(json.efficiency.error.path, 'workload.parallelism.pipeline');
  });
});

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
    // Interruptions per day = count x AFR/100 x interrupt probability / 365, worked from the
    // defaults and the catalog: 1,024 GPUs at 11.06 %, 128 hosts at 15.18 %, software 2.6 % and
    // planned 1.94 % per GPU; network: 48 QM9700 at 2 % (q 1), 1,024 ConnectX-7 at 1 % (q 0.5),
    // 2,048 SR8 modules at 1.5 % (q 0.6).
    const network = (48 * 2 + 1024 * 1 * 0.5 + 2048 * 1.5 * 0.6) / 100 / 365;
    const all = network + (1024 * (11.06 + 2.6 + 1.94) + 128 * 15.18) / 100 / 365;
    const near = (a: number, b: number, k: string) =>
      assert.ok(Math.abs(a - b) < 1e-12 * Math.max(1, b), `${k}: ${a} vs ${b}`);
    near(s.reliability.networkInterruptionsPerDay, network, 'network');
    near(s.reliability.interruptionsPerDay, all, 'all');
    near(s.reliability.mttiHours, 24 / all, 'mtti');
    assert.deepEqual(
      s.reliability.byClass.map((c: { class: string; count: number }) => [c.class, c.count]),
      [
        ['accelerator', 1024],
        ['host', 128],
        ['software', 1024],
        ['planned', 1024],
        ['switch', 32],
        ['switch', 16],
        ['nic', 1024],
        ['transceiver', 1024],
        ['transceiver', 1024],
      ],
    );
    // Lost GPU-hours are the time outside effective training: (1 - ETTR) x 8,760 h x 1,024 GPUs at
    // 2 USD/h; the network's part is its share of the interruptions.
    near(s.reliability.downtimeCostUsdPerYear, (1 - s.reliability.ettr) * 8760 * 1024 * 2, 'downtime');
    near(
      s.reliability.networkDowntimeCostUsdPerYear,
      s.reliability.downtimeCostUsdPerYear * (network / all),
      'network downtime',
    );
    near(s.tcoWithDowntimeUsd, s.tcoUsd + 5 * s.reliability.networkDowntimeCostUsdPerYear, 'TCO with downtime');
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

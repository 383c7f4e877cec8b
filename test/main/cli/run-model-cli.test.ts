/** The model command line: report, JSON contract, scenario filter and exit code 2 on bad input. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { runModelCli } from '../../../main/cli/run-model-cli.ts';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples');
const files: Record<string, string> = {
  'bad.json': '{"schemaVersion": 1, "scenarios": [{"name": "x", "cluster": {"acceleratorCount": -5}}]}',
  'broken.json': '{"schemaVersion": 1, "scenarios": [',
  'newer.json': '{"schemaVersion": 99, "scenarios": []}',
  'unbuildable.json': '{"schemaVersion": 1, "scenarios": [{"name": "x", "cluster": {"acceleratorCount": 1001}}]}',
};
const io = {
  parseArgs,
  readFile: (p: string) => {
    if (p in files) return files[p]!;
    return readFileSync(p, 'utf8');
  },
};
const cli = (...args: string[]) => runModelCli(args, io);

describe('model CLI', () => {
  test('prints a readable report', () => {
    const r = cli(join(examples, 'dgx-h100-1k-infiniband.json'));
    assert.equal(r.exitCode, 0);
    assert.match(r.stdout, /Network capex/);
    assert.match(r.stdout, /leaf\s+32\s+64/);
  });
  test('--json carries the documented fields', () => {
    const r = cli(join(examples, 'dgx-h100-1k-infiniband.json'), '--json');
    assert.equal(r.exitCode, 0);
    const doc = JSON.parse(r.stdout);
    const s = doc.scenarios[0];
    assert.equal(typeof s.name, 'string');
    assert.equal(s.fabric.tiers, 2);
    assert.equal(s.fabric.switches.total, 48);
    assert.deepEqual(Object.keys(s.fabric.switches.byTier[0]).slice(0, 3), ['tier', 'count', 'radix']);
    for (const k of ['class', 'count', 'medium', 'lengthM']) assert.ok(k in s.fabric.links.byClass[0], k);
    for (const k of ['transceivers', 'cables']) assert.equal(typeof s.fabric[k], 'number');
    for (const k of ['totalUsd', 'perAcceleratorUsd', 'byCategory', 'networkShareOfCluster'])
      assert.ok(k in s.capex, k);
    for (const k of ['totalW', 'perAcceleratorW', 'energyMWhPerYear', 'energyCostUsdPerYear'])
      assert.ok(k in s.power, k);
    assert.equal(typeof s.tcoUsd, 'number');
    for (const k of ['vendor', 'country', 'spendUsd', 'share']) assert.ok(k in s.exposure.byVendor[0], k);
    assert.equal(typeof s.exposure.hhi, 'number');
  });
  test('--scenario selects one scenario by name', () => {
    const r = cli(join(examples, 'dgx-h100-1k-infiniband.json'), '--json', '--scenario', 'DGX H100 1k, auto media');
    assert.equal(JSON.parse(r.stdout).scenarios.length, 1);
    const missing = cli(join(examples, 'dgx-h100-1k-infiniband.json'), '--scenario', 'nope');
    assert.equal(missing.exitCode, 2);
    assert.match(missing.stderr, /no scenario named "nope"/);
  });
  test('bad input: message naming the field on stderr, exit code 2, nothing on stdout', () => {
    for (const f of ['bad.json', 'broken.json', 'newer.json', 'unbuildable.json', 'missing-file.json']) {
      const r = cli(f);
      assert.equal(r.exitCode, 2, f);
      assert.equal(r.stdout, '', f);
      assert.ok(r.stderr.length > 0, f);
    }
    assert.match(cli('bad.json').stderr, /scenarios\[0\]\.cluster\.acceleratorCount/);
    assert.match(cli('unbuildable.json').stderr, /multiple of the 8 accelerators per server/);
    assert.match(cli('newer.json').stderr, /newer/);
  });
  test('unknown options and missing file arguments are usage errors', () => {
    assert.equal(cli('--bogus').exitCode, 2);
    assert.equal(cli().exitCode, 2);
    assert.equal(cli('--help').exitCode, 0);
  });
});

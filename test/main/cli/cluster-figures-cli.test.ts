/** The CLI reports whole-cluster power, network capex low/high and project components. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { runModelCli } from '../../../main/cli/run-model-cli.ts';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples');
const cli = (...args: string[]) => runModelCli(args, { parseArgs, readFile: (p: string) => readFileSync(p, 'utf8') });

describe('cluster figures on the command line', () => {
  test('JSON: power.cluster.* and capex.range of the sample scenario 1 (2,048 H200 at 700 W, 256 servers at 4,600 W)', () => {
    const r = cli(join(examples, 'sample-project.json'), '--scenario', 'InfiniBand 2k, rail-optimized', '--json');
    assert.equal(r.exitCode, 0, r.stderr);
    const s = JSON.parse(r.stdout).scenarios[0];
    assert.equal(s.power.cluster.acceleratorsW, 2048 * 700);
    assert.equal(s.power.cluster.serversW, 256 * 4600);
    // Network: 96 QM9700 x 700 W + 2,048 ConnectX-7 x 20 W + 4,096 SR8 modules x 15 W = 169,600 W.
    assert.equal(s.power.cluster.networkW, 169600);
    assert.equal(s.power.totalW, 169600);
    const total = 2048 * 700 + 256 * 4600 + 169600;
    assert.equal(s.power.cluster.totalW, total);
    const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9 * b, `${a} vs ${b}`);
    near(s.power.cluster.perAcceleratorW, total / 2048); // 1,357.8 W
    near(s.power.cluster.itEnergyMWhPerYear, (total * 8760) / 1e6); // 24,359.8 MWh
    near(s.power.cluster.energyMWhPerYear, (total * 8760 * 1.3) / 1e6); // PUE 1.3
    near(s.power.cluster.energyCostUsdPerYear, ((total * 8760 * 1.3) / 1000) * 0.08); // 0.08 USD/kWh
    assert.equal(s.capex.range.typicalUsd, s.capex.totalUsd);
    assert.ok(s.capex.range.lowUsd < s.capex.totalUsd && s.capex.totalUsd < s.capex.range.highUsd);
  });
  test('text: cluster power and the capex range are labelled apart from the network figures', () => {
    const r = cli(join(examples, 'sample-project.json'), '--scenario', 'InfiniBand 2k, rail-optimized');
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /Cluster power \(accelerators, servers, network\)\s+2,7\d\d\.\d kW/);
    assert.match(r.stdout, /accelerators \/ servers \/ network\s+1,433\.6 kW \/ 1,177\.6 kW \/ /);
    assert.match(r.stdout, /Network energy per year \(with PUE\)\s+[\d,.]+ MWh/);
    assert.match(r.stdout, /low \/ high \(price ranges of the parts\)\s+\$[\d,]+ \/ \$[\d,]+/);
  });
  test('a project component is evaluated and its provenance is a project source', () => {
    const r = cli(join(examples, 'ethernet-8k-switch-quote.json'), '--json');
    assert.equal(r.exitCode, 0, r.stderr);
    const s = JSON.parse(r.stdout).scenarios[1];
    assert.equal(s.fabric.switchModel, 'quote-th5-whitebox');
    const line = s.bom.find((l: { componentId: string }) => l.componentId === 'quote-th5-whitebox');
    assert.deepEqual(line.priceSource, { source: 'project:quote-th5-whitebox', quality: 'estimate' });
  });
});

/** The command line's headline table labels result metrics with the registry's short labels. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { runModelCli } from '../../../main/cli/run-model-cli.ts';
import { metricShortLabel, requireMetric } from '../../../shared/evaluate/result-metrics.ts';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples');
const cli = (...args: string[]) => runModelCli(args, { parseArgs, readFile: (p: string) => readFileSync(p, 'utf8') });

/** The value column of the headline row whose label is exactly `label`. */
function row(text: string, label: string): string | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith(label) && /^ {2,}\S/.test(line.slice(label.length))) return line.slice(label.length).trim();
  }
  return undefined;
}

describe('headline table', () => {
  // Sample scenario 1: 2,048 H200 at 700 W in 256 servers at 4,600 W; the network draws
  // 96 QM9700 x 700 W + 2,048 ConnectX-7 x 20 W + 4,096 SR8 modules x 15 W = 169,600 W.
  const r = cli(join(examples, 'sample-project.json'), '--scenario', 'InfiniBand 2k, rail-optimized');
  const json = JSON.parse(
    cli(join(examples, 'sample-project.json'), '--scenario', 'InfiniBand 2k, rail-optimized', '--json').stdout,
  ).scenarios[0];

  test('power rows: 169,600 W = 169.6 kW; / 2,048 = 82.8 W; cluster 1,433,600 + 1,177,600 + 169,600 W', () => {
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(row(r.stdout, 'Network power'), '169.6 kW');
    assert.equal(row(r.stdout, 'Power per accelerator'), '82.8 W');
    assert.equal(row(r.stdout, 'Cluster power (accelerators, servers, network)'), '2,780.8 kW');
  });

  test('capex rows carry the registry short labels and the JSON figures in whole dollars', () => {
    const usd = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;
    assert.equal(row(r.stdout, 'Network capex'), usd(json.capex.totalUsd));
    assert.equal(row(r.stdout, 'Capex per accelerator'), usd(json.capex.totalUsd / 2048));
    assert.equal(row(r.stdout, 'Network energy cost per year'), `${usd(json.power.energyCostUsdPerYear)}/yr`);
    assert.equal(row(r.stdout, `Network TCO over ${json.economics.horizonYears} years`), usd(json.tcoUsd));
    assert.equal(row(r.stdout, 'Vendor HHI (0-10,000)'), Math.round(json.exposure.hhi).toLocaleString('en-US'));
  });

  test('every metric row label is a registry short label; the old nested wording is gone', () => {
    for (const id of [
      'capexUsd',
      'capexPerAcceleratorUsd',
      'networkShareOfClusterCapex',
      'powerW',
      'powerPerAcceleratorW',
      'networkShareOfClusterPower',
      'energyMWhPerYear',
      'energyCostUsdPerYear',
      'clusterPowerW',
    ]) {
      const label = metricShortLabel(requireMetric(id));
      assert.ok(row(r.stdout, label) !== undefined, label);
    }
    assert.doesNotMatch(r.stdout, /^ {2}share of cluster (capex|power) /m);
    // The one nested "per accelerator" left is the whole cluster's (not a result metric): 2,780,800 / 2,048.
    const nested = (r.stdout.match(/^ {2}per accelerator .*$/gm) ?? []).map((l) => l.trim());
    assert.equal(nested.length, 1);
    assert.match(nested[0]!, /^per accelerator +1,357\.8 W$/);
    assert.doesNotMatch(r.stdout, /^Network energy \(facility, with PUE\)/m);
  });
});

/** Command line analyses: --sweep, --projection, --roadmap, --tornado, --montecarlo; JSON contract, worker thread, errors. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from 'node:util';
import { runModelCli } from '../../../main/cli/run-model-cli.ts';
import { completeMonteCarlo } from '../../../main/cli/run-analyses-cli.ts';
import { runMonteCarloInWorker } from '../../../main/cli/monte-carlo-worker.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { sweepScenario } from '../../../shared/scaling/size-sweep.ts';
import { projectScenario } from '../../../shared/scaling/year-projection.ts';
import { runMonteCarlo } from '../../../shared/scaling/monte-carlo.ts';
import { CANCELLED_PATH } from '../../../shared/scaling/monte-carlo.ts';

const project = {
  schemaVersion: 1,
  scenarios: [
    {
      name: 'Eth 8k',
      cluster: { acceleratorCount: 8192 },
      scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400 },
      topology: { kind: 'fat-tree' },
      analysis: {
        variants: { a: { topology: 'rail-only' } },
        sweep: { fromAccelerators: 1000, toAccelerators: 200000, points: 9 },
        monteCarlo: { seed: 77 },
      },
    },
    { name: 'IB 1k' },
  ],
};
const files: Record<string, string> = {
  'p.json': JSON.stringify(project),
  'backwards.json': JSON.stringify({
    schemaVersion: 1,
    scenarios: [{ name: 'a' }, { name: 'b', analysis: { sweep: { fromAccelerators: 5000, toAccelerators: 100 } } }],
  }),
};
const io = {
  parseArgs,
  readFile: (p: string) =>
    files[p] ??
    (() => {
      throw Object.assign(new Error('no'), { code: 'ENOENT' });
    })(),
};
const cli = (...args: string[]) => runModelCli(args, io);
const parsed = parseProject(files['p.json']!);
assert.ok(parsed.ok);
const eth = parsed.project.scenarios[0]!;

describe('analysis flags', () => {
  test('--sweep --json carries the shared sweep object for each scenario', () => {
    const r = cli('p.json', '--sweep', '--json', '--scenario', 'Eth 8k');
    assert.equal(r.exitCode, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.catalogVersion, defaultCatalog.version);
    assert.equal(doc.analyses.length, 1);
    const direct = sweepScenario(eth, defaultCatalog);
    assert.ok(direct.ok);
    assert.deepEqual(doc.analyses[0].sweep, JSON.parse(JSON.stringify(direct.value)));
    assert.deepEqual(
      doc.analyses[0].sweep.series.map((s: { name: string }) => s.name),
      ['Eth 8k', 'rail-only'],
    );
    const points = cli('p.json', '--sweep', '--points', '5', '--json', '--scenario', 'Eth 8k');
    assert.equal(JSON.parse(points.stdout).analyses[0].sweep.sizes.length, 5);
  });

  test('--sweep text shows a table per series and the tier transitions', () => {
    const r = cli('p.json', '--sweep', '--scenario', 'Eth 8k');
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /Cluster-size sweep: Eth 8k/);
    assert.match(r.stdout, /-- rail-only \(rail-only\) --/);
    assert.match(r.stdout, /tiers \d -> \d between [\d,]+ and [\d,]+ accelerators/);
  });

  test('--projection with --slip and --mode equals the shared projection', () => {
    const r = cli(
      'p.json',
      '--projection',
      '--slip',
      'switch-102.4t=2',
      '--mode',
      'fixed',
      '--json',
      '--scenario',
      'Eth 8k',
    );
    assert.equal(r.exitCode, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    const s = {
      ...eth,
      analysis: { ...eth.analysis, projection: { ...eth.analysis.projection, mode: 'fixed' as const } },
    };
    const direct = projectScenario(s, defaultCatalog, undefined, [
      { target: 'switch-102.4t', delayYears: 2, path: '--slip' },
    ]);
    assert.ok(direct.ok);
    assert.deepEqual(doc.analyses[0].projection, JSON.parse(JSON.stringify(direct.value)));
    assert.equal(doc.analyses[0].projection.mode, 'fixed');
    assert.ok(doc.analyses[0].projection.slips.length > 0);
    const text = cli('p.json', '--projection', '--scenario', 'Eth 8k');
    assert.match(text.stdout, /Year projection: Eth 8k, 2024-2032, follow-roadmap/);
  });

  test('--roadmap lists technologies and vendor lanes, with slips', () => {
    const r = cli('p.json', '--roadmap', '--slip', 'cpo=1', '--scenario', 'IB 1k');
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /Co-packaged optics .*: 2027 \(catalog 2026\)/);
    assert.match(r.stdout, /Slips:/);
  });

  test('--tornado ranks bars by swing in JSON and prints the base case', () => {
    const r = cli('p.json', '--tornado', '--json');
    assert.equal(r.exitCode, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.analyses.length, 2);
    for (const a of doc.analyses) {
      for (const chart of [a.tornado.capex, a.tornado.tco]) {
        for (let i = 1; i < chart.length; i++) assert.ok(chart[i - 1].swing >= chart[i].swing);
      }
    }
    assert.match(cli('p.json', '--tornado').stdout, /Base case: .*typical value/);
  });

  test('--montecarlo N --seed S is reproducible; the stored seed is the default', () => {
    const a = cli('p.json', '--montecarlo', '2000', '--seed', '5', '--json', '--scenario', 'Eth 8k');
    const b = cli('p.json', '--montecarlo', '2000', '--seed', '5', '--json', '--scenario', 'Eth 8k');
    const c = cli('p.json', '--montecarlo', '2000', '--seed', '6', '--json', '--scenario', 'Eth 8k');
    assert.equal(a.exitCode, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.notEqual(a.stdout, c.stdout);
    const stored = JSON.parse(cli('p.json', '--montecarlo', '2000', '--json', '--scenario', 'Eth 8k').stdout);
    assert.equal(stored.analyses[0].monteCarlo.seed, 77);
    const text = cli('p.json', '--montecarlo', '1000', '--distribution', 'lognormal', '--scenario', 'IB 1k');
    assert.match(text.stdout, /1,000 samples, lognormal distributions, latin-hypercube sampling/);
    assert.match(text.stdout, /P90 is not an exceedance level/);
  });

  test('bad analysis flags are usage errors with exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [['--montecarlo', 'many'], /--montecarlo: must be a whole number from 100 to 100000/],
      [['--montecarlo', '10'], /--montecarlo/],
      [['--seed', '3'], /--seed and --distribution apply to --montecarlo/],
      [['--montecarlo', '500', '--distribution', 'normal'], /--distribution: must be one of/],
      [['--points', '5'], /--points applies to --sweep/],
      [['--projection', '--slip', 'cpo'], /--slip: must be TARGET=YEARS/],
      [['--projection', '--slip', 'nothing-here=1'], /\(--slip\): is not a technology, vendor or component id/],
      [['--projection', '--mode', 'sideways'], /--mode: must be one of follow-roadmap, fixed/],
    ];
    for (const [args, pattern] of cases) {
      const r = cli('p.json', ...args);
      assert.equal(r.exitCode, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, pattern, args.join(' '));
    }
  });

  test('an analysis error names the scenario and the input path', () => {
    const r = cli('backwards.json', '--sweep', '--projection', '--mode', 'fixed');
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /scenario "b" \(scenarios\[1\]\.analysis\.sweep\.toAccelerators\): must be at least/);
  });

  test('the usage text lists the analyses', () => {
    assert.match(cli('--help').stdout, /--montecarlo N \[--seed S\]/);
  });
});

describe('Monte Carlo in a worker thread', () => {
  const settings = { samples: 3000, seed: 11, distribution: 'triangular' as const };

  test('gives the same result as in process, with progress up to the total', async () => {
    const progress: number[] = [];
    const r = await runMonteCarloInWorker(
      { scenario: eth, projectOverrides: { priceUsd: {}, powerW: {} }, settings, chunkSize: 1000 },
      { onProgress: (p) => progress.push(p.done) },
    );
    const direct = runMonteCarlo(eth, defaultCatalog, settings);
    assert.ok(r.ok && direct.ok);
    assert.deepEqual(r.value, direct.value);
    assert.deepEqual(progress, [1000, 2000, 3000]);
  });

  test('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await runMonteCarloInWorker(
      {
        scenario: eth,
        projectOverrides: { priceUsd: {}, powerW: {} },
        settings: { ...settings, samples: 100_000 },
        chunkSize: 100,
      },
      { signal: controller.signal },
    );
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.path, CANCELLED_PATH);
  });

  test('deferred CLI jobs complete through a runner: same output, progress only without --json', async () => {
    const deferredIo = { ...io, deferMonteCarlo: true };
    const args = ['p.json', '--montecarlo', '1000', '--seed', '3', '--scenario', 'IB 1k'];
    const pending = runModelCli([...args, '--json'], deferredIo);
    assert.ok(pending.monteCarlo, 'jobs left pending');
    assert.equal(pending.stdout, '');
    const lines: string[] = [];
    const runner = (
      job: Parameters<typeof runMonteCarloInWorker>[0],
      onProgress: (p: { done: number; total: number }) => void,
    ) => runMonteCarloInWorker(job, { onProgress });
    const done = await completeMonteCarlo(pending, runner, (t) => lines.push(t));
    assert.equal(done.exitCode, 0);
    assert.equal(done.stdout, cli(...args, '--json').stdout);
    assert.equal(lines.length, 0);
    const text = await completeMonteCarlo(runModelCli(args, deferredIo), runner, (t) => lines.push(t));
    assert.equal(text.stdout, cli(...args).stdout);
    assert.ok(lines.some((l) => /Monte Carlo "IB 1k": 1,000 \/ 1,000 samples \(100%\)/.test(l)));
    const cancelled = await completeMonteCarlo(runModelCli(args, deferredIo), async () => ({
      ok: false as const,
      error: { path: CANCELLED_PATH, value: '10', message: 'cancelled before all samples were done' },
    }));
    assert.equal(cancelled.exitCode, 130);
    assert.match(cancelled.stderr, /cancelled/);
  });
});

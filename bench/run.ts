/**
 * Benchmark: prints figures, asserts nothing (targets are in the issue, not in tests).
 *
 *   npm run bench                 (every section)
 *   npm run bench -- search       (only the named sections: evaluate, export, scaling, search)
 *
 * - Median time of one evaluation at 1M accelerators, per topology (target < 20 us).
 * - One 10,000-point cluster-size sweep, 1k to 1M accelerators (target < 0.2 s).
 * - Excel export of a 4-scenario project at 100k accelerators each (target < 1 s).
 * - Scaling analyses: a 10,000-size sweep through shared/scaling (target < 0.2 s), a year
 *   projection and a tornado, and Monte Carlo with 10,000 samples of a 100k-accelerator
 *   scenario (target < 1 s), in process and in a worker thread while the main thread's event
 *   loop is watched for stalls (the stand-in for "the UI keeps responding").
 * - Design search of 99,840 candidates at 32k accelerators (target: frontier < 2 s in the
 *   workers): in process; a cold worker pool (start, with and without Node's compile cache,
 *   then the first search); a warm pool reused (median of 3), with the main thread's stalls.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOutputFile } from '../main/cli/cli-files.ts';
import { writeWorkbook } from '../workbook/workbook-writer.ts';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildExportBytes } from '../main/services/export-service.ts';
import { buildWorkbookInWorker } from '../main/services/export-worker.ts';
import { runMonteCarloInWorker } from '../main/cli/monte-carlo-worker.ts';
import { runMonteCarlo } from '../shared/scaling/monte-carlo.ts';
import { logSizes, sweepSizes } from '../shared/scaling/size-sweep.ts';
import { projectYears } from '../shared/scaling/year-projection.ts';
import { tornado } from '../shared/scaling/tornado.ts';
import { median } from '../shared/scaling/percentiles.ts';
import { parseProjectValue } from '../shared/scenario/parse-project.ts';
import { defaultCatalog } from '../shared/catalog/default-catalog.ts';
import { runSearch, type SearchResult } from '../shared/search/run-search.ts';
import { BENCH_SEARCH_SPACE } from './search-space.ts';
import { SearchWorkerPool } from '../main/cli/search-workers.ts';
import { evaluateScenario } from '../shared/evaluate/evaluate-scenario.ts';
import {
  scenarioSchema,
  TOPOLOGY_KINDS,
  type Scenario,
  type TopologyKind,
} from '../shared/scenario/scenario-schema.ts';

const MILLION = 1_000_000;

function scenarioFor(kind: TopologyKind, accelerators: number): Scenario {
  return scenarioSchema.parse({
    name: `bench ${kind}`,
    year: 2025,
    cluster: { acceleratorCount: accelerators, acceleratorsPerServer: 8 },
    scaleUp: { fabric: 'nvlink4', domainSize: 8 },
    scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400, planes: kind === 'slim-fly' ? 8 : 1 },
    topology: { kind, scalableUnitServers: 64 },
    switch: { model: 'th5-64x800g' },
  });
}

/** Median over `rounds` of the mean time per call in a batch of `batch` calls, in microseconds. */
function timePerCall(fn: () => void, rounds = 41, batch = 200): number {
  for (let i = 0; i < 2000; i++) fn(); // warm up the JIT
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / batch);
  }
  return median(samples);
}

console.log(`Fabricost benchmark (node ${process.version}, catalog ${defaultCatalog.version})`);
/** Sections named on the command line (`npm run bench -- search`), or all of them. */
const only = new Set(process.argv.slice(2));
const want = (section: 'evaluate' | 'export' | 'scaling' | 'search') => only.size === 0 || only.has(section);
/** Warm-up, one evaluation per topology, and the 10,000-point sweeps (see the header). */
function benchEvaluate(): void {
  // Warm every code path first so the first topology measured is not penalised by the JIT.
  for (const kind of TOPOLOGY_KINDS) {
    for (const n of [MILLION, 8192]) {
      const s = scenarioFor(kind, n);
      for (let i = 0; i < 3000; i++) evaluateScenario(s, defaultCatalog);
    }
  }

  console.log('\nOne evaluation at 1,000,000 accelerators (median of 41 batches of 200; target < 20 us):');
  for (const kind of TOPOLOGY_KINDS) {
    let s = scenarioFor(kind, MILLION);
    let check = evaluateScenario(s, defaultCatalog);
    let label = '';
    if (!check.ok) {
      // Leaf-spine tops out at k^2/2 per plane: time it at its own limit and say so.
      console.log(`  ${kind.padEnd(16)} cannot build 1M: ${check.error.message}`);
      s = scenarioFor(kind, 8192);
      check = evaluateScenario(s, defaultCatalog);
      label = ' at 8,192 accelerators';
      if (!check.ok) continue;
    }
    const us = timePerCall(() => evaluateScenario(s, defaultCatalog));
    const r = check.value;
    console.log(
      `  ${kind.padEnd(16)} ${us.toFixed(2).padStart(8)} us${label}   (${r.fabric.tiers} tiers, ${r.fabric.switches.total.toLocaleString('en-US')} switches, ` +
        `$${Math.round(r.capex.perAcceleratorUsd).toLocaleString('en-US')}/accelerator)`,
    );
  }

  console.log('\n10,000-point sweep, 1k to 1M accelerators, log-spaced (median of 7 runs; target < 0.2 s):');
  const points = 10_000;
  for (const kind of ['fat-tree', 'rail-optimized', 'rail-only', 'dragonfly'] as const) {
    const base = scenarioFor(kind, 1024);
    const sizes = Array.from({ length: points }, (_, i) => {
      const n = 1000 * Math.pow(1000, i / (points - 1));
      return Math.max(8, Math.round(n / 8) * 8);
    });
    const runs: number[] = [];
    let failures = 0;
    for (let r = 0; r < 7; r++) {
      failures = 0;
      const t0 = process.hrtime.bigint();
      for (const n of sizes) {
        const res = evaluateScenario({ ...base, cluster: { ...base.cluster, acceleratorCount: n } }, defaultCatalog);
        if (!res.ok) failures++;
      }
      runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    console.log(
      `  ${kind.padEnd(16)} ${median(runs).toFixed(3).padStart(8)} s   (${points - failures} points built, ${failures} beyond the topology's limit)`,
    );
  }
}
if (want('evaluate')) benchEvaluate();

/**
 * Export to Excel of 4 scenarios (fat-tree, rail-optimized, rail-only, dragonfly) at 100,000
 * accelerators each: evaluate, build the workbook, write the file atomically. Cold (first, with
 * module and JIT warm-up) and the median of 9 warm runs.
 */
async function benchWorkbookExport(): Promise<void> {
  console.log('\nExcel export, 4 scenarios x 100,000 accelerators (evaluate + workbook + atomic write; target < 1 s):');
  const kinds = ['fat-tree', 'rail-optimized', 'rail-only', 'dragonfly'] as const;
  const parsed = parseProjectValue({
    schemaVersion: 1,
    title: 'Benchmark: 4 x 100k accelerators',
    scenarios: kinds.map((kind) => ({ ...scenarioFor(kind, 100_000), name: `100k ${kind}` })),
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const project = parsed.project;
  const dir = mkdtempSync(join(tmpdir(), 'fabricost-bench-'));
  const once = async () => {
    const t0 = process.hrtime.bigint();
    const results = project.scenarios.map((s) => {
      const r = evaluateScenario(s, defaultCatalog, project.catalogOverrides);
      if (!r.ok) throw new Error(`${s.name}: ${r.error.message}`);
      return r.value;
    });
    const bytes = await writeWorkbook({
      project,
      results,
      sourceFile: 'bench.json',
      appVersion: 'bench',
      catalog: defaultCatalog,
    });
    await writeOutputFile(join(dir, 'bench.xlsx'), bytes);
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, bytes: bytes.length };
  };
  try {
    const cold = await once();
    const warm: number[] = [];
    for (let i = 0; i < 9; i++) warm.push((await once()).seconds);
    console.log(
      `  cold ${cold.seconds.toFixed(3)} s, warm median ${median(warm).toFixed(3)} s   (${(cold.bytes / 1024).toFixed(0)} KiB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (want('export')) await benchWorkbookExport();

/**
 * The desktop export path: the largest example exported in process and in a worker thread, with
 * the main thread's longest event-loop stall for each (what a person feels as a frozen window).
 */
async function benchExportStall(): Promise<void> {
  const file = join(import.meta.dirname, '..', 'examples', 'rail-only-100k.json');
  const request = {
    suggestedName: 'x.xlsx',
    projectText: readFileSync(file, 'utf8'),
    sourceName: 'x.json',
  };
  const exportedAt = new Date();
  console.log('\nExport of examples/rail-only-100k.json: wall time and longest main-thread stall');
  const lag = monitorEventLoopDelay({ resolution: 5 });
  const run = async (label: string, build: () => Promise<{ ok: boolean }>) => {
    lag.reset();
    lag.enable();
    const t0 = process.hrtime.bigint();
    const r = await build();
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    lag.disable();
    if (!r.ok) throw new Error(`${label}: export failed`);
    console.log(`  ${label.padEnd(12)} wall ${wall.toFixed(3)} s, longest stall ${(lag.max / 1e6).toFixed(1)} ms`);
  };
  await run('in process', () => buildExportBytes(request, { appVersion: 'bench', exportedAt }));
  const workerPath = new URL('../main/services/export-worker.ts', import.meta.url);
  await run('in a worker', () =>
    buildWorkbookInWorker({ request, appVersion: 'bench', exportedAtIso: exportedAt.toISOString() }, { workerPath }),
  );
}
if (want('export')) await benchExportStall();

/** Sweep, projection, tornado and Monte Carlo through shared/scaling (see the header). */
async function benchScaling(): Promise<void> {
  const time = (fn: () => void, runs: number) => {
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      fn();
      out.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    return median(out);
  };
  console.log('\nScaling analyses (shared/scaling):');
  const base = scenarioFor('fat-tree', 1024);
  const sizes = logSizes(1000, 1_000_000, 10_000, 8);
  const sweepOne = time(() => sweepSizes(base, defaultCatalog, { sizes }), 7);
  const variants = [{ name: 'rail-only', patch: { topology: { kind: 'rail-only' } } }];
  const sweepTwo = time(() => sweepSizes(base, defaultCatalog, { sizes, variants }), 5);
  console.log(
    `  sweepSizes, ${sizes.length.toLocaleString('en-US')} distinct whole-server sizes of 10,000 asked (1k-1M): ` +
      `${sweepOne.toFixed(3)} s; with a rail-only variant (2 series) ${sweepTwo.toFixed(3)} s (median; target < 0.2 s per series)`,
  );
  const s100k = scenarioFor('fat-tree', 100_000);
  const projection = time(
    () => projectYears(s100k, defaultCatalog, { fromYear: 2024, toYear: 2032, mode: 'follow-roadmap', variants }),
    21,
  );
  const swings = time(() => tornado(s100k, defaultCatalog), 21);
  console.log(
    `  projection 2024-2032 with a variant: ${(projection * 1000).toFixed(2)} ms; tornado: ${(swings * 1000).toFixed(2)} ms (100k accelerators, median of 21)`,
  );

  const settings = { samples: 10_000, seed: 1, distribution: 'triangular' as const };
  const t0 = process.hrtime.bigint();
  const first = runMonteCarlo(s100k, defaultCatalog, settings);
  const cold = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!first.ok) throw new Error(first.error.message);
  const warm = time(() => runMonteCarlo(s100k, defaultCatalog, settings), 9);
  console.log(
    `  Monte Carlo, 10,000 samples, 100k accelerators, ${first.value.inputs.length} inputs, in process: ` +
      `cold ${cold.toFixed(3)} s, warm median ${warm.toFixed(3)} s (target < 1 s)`,
  );
  const job = { scenario: s100k, projectOverrides: { priceUsd: {}, powerW: {} }, settings };
  const lag = monitorEventLoopDelay({ resolution: 5 });
  for (const label of ['first (starts the worker)', 'second']) {
    lag.reset();
    lag.enable();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const w0 = process.hrtime.bigint();
    const r = await runMonteCarloInWorker(job);
    const wall = Number(process.hrtime.bigint() - w0) / 1e9;
    clearInterval(ticker);
    lag.disable();
    if (!r.ok) throw new Error(r.error.message);
    console.log(
      `  Monte Carlo in a worker thread, ${label}: ${wall.toFixed(3)} s wall (module load included); main thread ` +
        `max event-loop delay ${(lag.max / 1e6).toFixed(1)} ms, ${ticks} 10-ms timer ticks served meanwhile`,
    );
  }
}
if (want('scaling')) await benchScaling();

async function benchSearch(): Promise<void> {
  console.log('\nDesign search, 99,840 candidates at 32,768 accelerators (target: frontier < 2 s in the workers):');
  const p = parseProjectValue({
    schemaVersion: 1,
    scenarios: [
      {
        name: 'b',
        cluster: { acceleratorCount: 32768 },
        scaleOut: { ecosystem: 'ethernet-roce' },
        topology: { kind: 'fat-tree' },
      },
    ],
  });
  if (!p.ok) throw new Error('bench scenario');
  const base = p.project.scenarios[0]!;
  const objectiveSets = [
    ['capex', 'tco', 'power'],
    ['capex', 'tco', 'power', 'hhi'],
  ] as const;
  const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
  /** CPU seconds since `c0`: the whole process's (every thread) unless `now` is given. */
  const cpuSeconds = (c0: NodeJS.CpuUsage, now?: NodeJS.CpuUsage) => {
    const c = now ? { user: now.user - c0.user, system: now.system - c0.system } : process.cpuUsage(c0);
    return (c.user + c.system) / 1e6;
  };
  const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en-US')} candidates/s`;
  const facts = (r: SearchResult) =>
    `${r.evaluated} evaluated, ${r.pruned} pruned, ${r.infeasible} infeasible; frontier ${r.frontier.length}` +
    ` (+${r.equivalents} equivalent)`;
  // In process: the first run of each objective set, then the median of 3 (one thread).
  for (const objectives of objectiveSets) {
    const runs: number[] = [];
    const cpus: number[] = [];
    let r: SearchResult | undefined;
    for (let i = 0; i < 4; i++) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      r = runSearch(base, defaultCatalog, { space: BENCH_SEARCH_SPACE, objectives: [...objectives] });
      runs.push(seconds(t0));
      cpus.push(cpuSeconds(c0));
    }
    const m = median(runs.slice(1));
    console.log(
      `  in process, ${objectives.join(',').padEnd(20)} first ${runs[0]!.toFixed(2)} s (${cpus[0]!.toFixed(2)} s CPU), ` +
        `then median ${m.toFixed(2)} s (${median(cpus.slice(1)).toFixed(2)} s CPU), ${rate(r!.candidates, m)}, ` +
        `${rate(r!.candidates, median(cpus.slice(1)))} of CPU: ${facts(r!)}`,
    );
  }
  // Worker threads stand in for the app's Web Workers (there bundled JavaScript, here TypeScript
  // stripped by Node: with the compile cache only the first start on a machine pays for that).
  const threads = Math.max(1, Math.min(4, availableParallelism()));
  for (const compileCache of [false, true]) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const pool = await SearchWorkerPool.start(threads, { compileCache });
    const start = seconds(t0);
    const startCpu = cpuSeconds(c0);
    try {
      const c1 = process.cpuUsage();
      const t1 = process.hrtime.bigint();
      const r = await pool.run({
        base,
        options: { space: BENCH_SEARCH_SPACE, objectives: ['capex', 'tco', 'power'] },
        catalog: defaultCatalog,
      });
      const first = seconds(t1);
      const firstCpu = cpuSeconds(c1);
      console.log(
        `  cold, ${threads} workers ${compileCache ? 'with' : 'without'} compile cache: start ${start.toFixed(2)} s ` +
          `(${startCpu.toFixed(2)} s CPU, all threads), first search ${first.toFixed(2)} s (${firstCpu.toFixed(2)} s CPU), ` +
          `start to frontier ${(start + first).toFixed(2)} s: ${facts(r)}`,
      );
      if (!compileCache) continue;
      // Warm: the same pool reused, as the app's Search view keeps its workers. The main thread's
      // longest event-loop stall stands for the window's responsiveness.
      const lag = monitorEventLoopDelay({ resolution: 5 });
      for (const objectives of objectiveSets) {
        const runs: number[] = [];
        let r2: SearchResult | undefined;
        lag.reset();
        lag.enable();
        const all0 = process.cpuUsage();
        const main0 = process.threadCpuUsage();
        for (let i = 0; i < 3; i++) {
          const t2 = process.hrtime.bigint();
          r2 = await pool.run({
            base,
            options: { space: BENCH_SEARCH_SPACE, objectives: [...objectives] },
            catalog: defaultCatalog,
          });
          runs.push(seconds(t2));
        }
        lag.disable();
        const all = cpuSeconds(all0) / 3;
        const mainCpu = cpuSeconds(main0, process.threadCpuUsage()) / 3;
        const m = median(runs);
        // On a shared machine wall time mostly measures the other processes; the CPU split gives
        // the time on idle cores: the workers' share per worker, then the main thread's assembly.
        const idle = (all - mainCpu) / threads + mainCpu;
        console.log(
          `  warm, ${threads} workers, ${objectives.join(',').padEnd(20)} frontier in ${m.toFixed(2)} s (median of 3), ` +
            `${rate(r2!.candidates, m)}; CPU per search ${all.toFixed(2)} s (main thread ${mainCpu.toFixed(2)} s), ` +
            `so about ${idle.toFixed(2)} s on ${threads} idle cores; main thread stall max ` +
            `${(lag.max / 1e6).toFixed(0)} ms: ${facts(r2!)}`,
        );
      }
    } finally {
      await pool.close();
    }
  }
}
if (want('search')) await benchSearch();

const mem = process.memoryUsage();
console.log(`\nHeap used ${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB, RSS ${(mem.rss / 2 ** 20).toFixed(1)} MiB`);

/**
 * Command line design search: --search [--objectives] [constraint flags] [--json]; frontier
 * scenarios are valid scenario JSON and meet every constraint given on the command line.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from 'node:util';
import { runModelCli } from '../../../main/cli/run-model-cli.ts';
import { CLI_SEARCH_SPACE } from '../../../main/cli/run-search-cli.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import type { Scenario } from '../../../shared/scenario/scenario-schema.ts';
import { runSearch } from '../../../shared/search/run-search.ts';

const project = { schemaVersion: 1, scenarios: [{ name: 'IB 1k' }] };
const io = { parseArgs, readFile: () => JSON.stringify(project) };

describe('model CLI --search', () => {
  test('--json: counts as runSearch gives them; each frontier scenario parses and re-evaluates to its values', () => {
    const out = runModelCli(['p.json', '--search', '--objectives', 'capex,tco', '--json'], io);
    assert.equal(out.exitCode, 0, out.stderr);
    const doc = JSON.parse(out.stdout);
    const parsed = parseProject(JSON.stringify(project));
    assert.ok(parsed.ok);
    const direct = runSearch(parsed.project.scenarios[0]!, defaultCatalog, {
      space: CLI_SEARCH_SPACE,
      objectives: ['capex', 'tco'],
    });
    const s = doc.searches[0];
    assert.deepEqual(s.objectives, ['capex', 'tco']);
    assert.equal(s.candidates, direct.candidates);
    assert.equal(s.evaluated, direct.evaluated);
    assert.equal(s.pruned, direct.pruned);
    assert.equal(s.infeasible, direct.infeasible);
    assert.equal(s.frontier.length, direct.frontier.length);
    assert.ok(s.frontier.length > 0);
    // The one- and two-plane rail-optimized fabrics of 1,024 H100 cost the same: one row, and
    // the other counted on it (test/shared/search/run-search.test.ts works the figures).
    assert.equal(s.equivalents, direct.equivalents);
    assert.ok(s.equivalents >= 1);
    assert.deepEqual(
      s.frontier.map((d: { equivalents: number }) => d.equivalents),
      direct.frontier.map((d) => d.equivalents),
    );
    assert.equal(new Set(s.frontier.map((d: { values: unknown }) => JSON.stringify(d.values))).size, s.frontier.length);
    const back = parseProject(
      JSON.stringify({ schemaVersion: 1, scenarios: s.frontier.map((d: { scenario: unknown }) => d.scenario) }),
    );
    assert.ok(back.ok, back.ok ? '' : JSON.stringify(back.errors).slice(0, 400));
    for (const [i, sc] of back.project.scenarios.entries()) {
      const r = evaluateScenario(sc, defaultCatalog);
      assert.ok(r.ok);
      assert.equal(r.value.capex.perAcceleratorUsd, s.frontier[i].values.capex);
    }
  });

  test('text: the frontier table and the counts', () => {
    const out = runModelCli(['p.json', '--search'], io);
    assert.equal(out.exitCode, 0, out.stderr);
    assert.match(out.stdout, /^Design search: IB 1k/);
    assert.match(out.stdout, /\d+ candidates: \d+ evaluated, \d+ pruned/);
    assert.match(out.stdout, /capex \(USD\/accelerator\)/);
    assert.match(out.stdout, /best hhi: /);
    assert.match(out.stdout, /on the frontier \(\d+ more with identical objective values folded into them\)/);
    assert.match(out.stdout, / \(\+1 equivalent\)$/m);
  });

  test('every constraint flag: each frontier design meets all six, and the search equals runSearch', () => {
    // 1,024 H100 in 2024, non-blocking, two or more switch-silicon suppliers (so not
    // InfiniBand), HHI at most 9,000, efficiency at least 0.5, at most 200 W per accelerator.
    const flags = [
      ...['--max-oversubscription', '1', '--min-suppliers', '2', '--year', '2024'],
      ...['--max-hhi', '9000', '--min-efficiency', '0.5', '--max-power', '200'],
    ];
    const out = runModelCli(['p.json', '--search', '--objectives', 'capex,tco', '--json', ...flags], io);
    assert.equal(out.exitCode, 0, out.stderr);
    const s = JSON.parse(out.stdout).searches[0];
    const constraints = {
      maxOversubscription: 1,
      minEfficiency: 0.5,
      maxHhi: 9000,
      minSiliconSuppliers: 2,
      maxPowerWPerAccelerator: 200,
      buildYear: 2024,
    };
    assert.deepEqual(s.constraints, constraints);
    const parsed = parseProject(JSON.stringify(project));
    assert.ok(parsed.ok);
    const base = parsed.project.scenarios[0]!;
    const direct = runSearch(base, defaultCatalog, {
      space: CLI_SEARCH_SPACE,
      objectives: ['capex', 'tco'],
      constraints,
    });
    assert.equal(s.candidates, direct.candidates);
    assert.equal(s.infeasible, direct.infeasible);
    assert.deepEqual(s.reasons, direct.reasons);
    assert.deepEqual(
      s.frontier.map((d: { label: string }) => d.label),
      direct.frontier.map((d) => d.label),
    );
    assert.ok(s.frontier.length > 0);
    // The constraints bite: the unconstrained cheapest design (InfiniBand, one supplier, 1:3)
    // is refused, and oversubscription is the most common reason.
    const free = runSearch(base, defaultCatalog, { space: CLI_SEARCH_SPACE, objectives: ['capex', 'tco'] });
    assert.equal(free.best.capex!.ecosystem, 'infiniband');
    assert.ok(Math.max(...free.best.capex!.scenario.topology.oversubscription) > 1);
    assert.equal(s.reasons[0].reason, 'constraint: oversubscription above 1');
    assert.ok(s.frontier[0].values.capex > free.best.capex!.values.capex);
    for (const d of s.frontier as { scenario: Scenario }[]) {
      const sc = d.scenario;
      assert.equal(sc.year, 2024);
      const r = evaluateScenario(sc, defaultCatalog);
      assert.ok(r.ok);
      const v = r.value;
      assert.ok(Math.max(...sc.topology.oversubscription) <= 1);
      assert.ok(v.exposure.siliconSuppliers >= 2, `${v.exposure.siliconSuppliers} suppliers`);
      assert.ok(v.exposure.hhi <= 9000);
      assert.ok(v.efficiency.ok && v.efficiency.networkLimitedEfficiency >= 0.5);
      assert.ok(v.power.perAcceleratorW <= 200);
      // Built in 2024: every switch in volume by then.
      for (const t of v.fabric.switches.byTier) {
        const sw = defaultCatalog.switches.find((x) => x.id === t.model)!;
        assert.ok(sw.firstVolumeYear <= 2024, `${t.model} ships ${sw.firstVolumeYear}`);
      }
    }
    const text = runModelCli(['p.json', '--search', ...flags], io);
    assert.equal(text.exitCode, 0, text.stderr);
    assert.match(
      text.stdout,
      /^ {2}constraints: oversubscription at most 1:1; network-limited efficiency at least 0.5; vendor HHI at most 9000; switch-silicon suppliers at least 2; network power per accelerator at most 200 W; built in 2024$/m,
    );
  });

  test('--slip moves the roadmap of the search year: a switch slipped past 2024 is not searched', () => {
    // TH5 (th5-64x800g) ships in 2023; slipped 2 years it ships in 2025, after the 2024 build.
    const flags = ['--max-oversubscription', '1', '--min-suppliers', '2', '--year', '2024'];
    const uses = (d: { scenario: Scenario }, id: string) => {
      const r = evaluateScenario(d.scenario, defaultCatalog);
      assert.ok(r.ok);
      return r.value.fabric.switches.byTier.some((t) => t.model === id);
    };
    const plain = JSON.parse(runModelCli(['p.json', '--search', '--json', ...flags], io).stdout).searches[0];
    const slipped = runModelCli(['p.json', '--search', '--json', ...flags, '--slip', 'th5-64x800g=2'], io);
    assert.equal(slipped.exitCode, 0, slipped.stderr);
    const s = JSON.parse(slipped.stdout).searches[0];
    assert.deepEqual(s.slips, [{ target: 'th5-64x800g', delayYears: 2 }]);
    // "All switches" in 2024 loses TH5, a switch of two ecosystems (ethernet-roce and
    // ultra-ethernet): 2 ecosystems x 5 tier counts x 3 oversubscriptions x 2 planes = 60.
    assert.equal(plain.candidates - s.candidates, 60);
    assert.ok(plain.frontier.some((d: { scenario: Scenario }) => d.scenario.switch.model === 'th5-64x800g'));
    for (const d of s.frontier as { scenario: Scenario }[]) {
      assert.notEqual(d.scenario.switch.model, 'th5-64x800g');
      assert.ok(!uses(d, 'th5-64x800g'), 'no frontier design builds with TH5');
    }
    assert.ok(s.frontier.length > 0);
    const text = runModelCli(['p.json', '--search', ...flags, '--slip', 'th5-64x800g=2'], io).stdout;
    assert.match(text, /^ {2}roadmap slips: th5-64x800g \+2 y$/m);
    const wrong = runModelCli(['p.json', '--search', '--slip', 'th5=two'], io);
    assert.equal(wrong.exitCode, 2);
    assert.match(wrong.stderr, /--slip: must be TARGET=YEARS/);
    const unknown = runModelCli(['p.json', '--search', '--slip', 'no-such-part=1'], io);
    assert.equal(unknown.exitCode, 2);
    assert.match(unknown.stderr, /scenario "IB 1k": --slip: .*no-such-part/);
  });

  test('constraints no design meets: an empty frontier, said in words, exit 0', () => {
    const out = runModelCli(['p.json', '--search', '--max-power', '30'], io);
    assert.equal(out.exitCode, 0, out.stderr);
    assert.match(out.stdout, /0 feasible, 0 on the frontier/);
    assert.match(out.stdout, /most common infeasibility \(\d+\): constraint: network power above 30 W per accelerator/);
    assert.match(out.stdout, /no design meets the constraints: the frontier is empty$/);
    const json = JSON.parse(runModelCli(['p.json', '--search', '--max-power', '30', '--json'], io).stdout);
    assert.deepEqual(json.searches[0].frontier, []);
    assert.deepEqual(json.searches[0].best, {});
  });

  test('bad constraint values name the flag, the value and the range; they need --search', () => {
    const cases: [string[], RegExp][] = [
      [['--year', '2050'], /--year: must be a whole number between 2015 and 2040 \(got 2050\)/],
      [['--max-hhi', 'abc'], /--max-hhi: must be a number \(got "abc"\)/],
      [['--min-efficiency', '1.5'], /--min-efficiency: must be between 0 and 1 \(got 1.5\)/],
      [['--min-suppliers', '1.5'], /--min-suppliers: must be a whole number between 0 and 100 \(got 1.5\)/],
      [['--max-oversubscription', '0.5'], /--max-oversubscription: must be between 1 and 64 \(got 0.5\)/],
      [['--max-power', ''], /--max-power: must be a number \(got ""\)/],
    ];
    for (const [flags, message] of cases) {
      const r = runModelCli(['p.json', '--search', ...flags], io);
      assert.equal(r.exitCode, 2, flags.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
    const alone = runModelCli(['p.json', '--max-hhi', '5000', '--year', '2026'], io);
    assert.equal(alone.exitCode, 2);
    assert.match(alone.stderr, /--max-hhi, --year applies to --search/);
  });

  test('--help lists every constraint flag with its range', () => {
    const help = runModelCli(['--help'], io).stdout;
    for (const line of [
      /--max-oversubscription R +highest oversubscription at any tier boundary, R in 1:R \(1 to 64\)/,
      /--min-efficiency F +lowest network-limited efficiency of the workload \(0 to 1\)/,
      /--max-hhi H +highest vendor HHI of the network spend \(0 to 10000\)/,
      /--min-suppliers N +fewest switch-silicon suppliers of the ecosystem \(0 to 100\)/,
      /--max-power W +highest network power per accelerator in W/,
      /--year Y +build year: every part ships in volume by then \(2015 to 2040\)/,
    ])
      assert.match(help, line);
  });

  test('bad options name the flag and what is allowed', () => {
    const a = runModelCli(['p.json', '--search', '--objectives', 'capex,speed'], io);
    assert.equal(a.exitCode, 2);
    assert.match(
      a.stderr,
      /--objectives: must be a comma-separated list of capex, tco, power, hhi \(got "capex,speed"\)/,
    );
    const b = runModelCli(['p.json', '--objectives', 'capex'], io);
    assert.equal(b.exitCode, 2);
    assert.match(b.stderr, /--objectives applies to --search/);
  });
});

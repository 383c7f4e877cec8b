/** Command line design search: --search [--objectives] [--json]; frontier scenarios are valid scenario JSON. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from 'node:util';
import { runModelCli } from '../../../main/cli/run-model-cli.ts';
import { CLI_SEARCH_SPACE } from '../../../main/cli/run-search-cli.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
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

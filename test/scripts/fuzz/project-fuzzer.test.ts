import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  exampleTexts,
  fuzzCase,
  runCase,
  workbookProblem,
  type CaseOutcome,
} from '../../../scripts/fuzz/project-fuzzer.ts';
import { SCENARIO_INPUT_FIELDS } from '../../../shared/scenario/input-fields.ts';
import { setAtPath } from '../../../shared/scenario/object-paths.ts';

const seeds = exampleTexts();

/** Outcomes with a defect: something threw, or a NaN or infinity reached a result. */
function defects(outcomes: { label: string; o: CaseOutcome }[]): string[] {
  return outcomes
    .filter(({ o }) => o.threw || o.nonFinite)
    .slice(0, 10)
    .map(({ label, o }) => `${label}: ${o.threw ?? o.nonFinite?.join('; ')}`);
}

describe('project fuzzing (the user path: parse, evaluate, every analysis)', () => {
  test('2,000 mutated example files: no throw, no NaN or infinity in any result', { timeout: 20 * 60_000 }, () => {
    const outcomes = Array.from({ length: 2_000 }, (_, i) => ({
      label: `case ${i}`,
      o: runCase(fuzzCase(seeds, 7, i)),
    }));
    assert.deepEqual(defects(outcomes), []);
    // The mutations must exercise both paths: refusals and evaluations.
    const valid = outcomes.filter(({ o }) => o.valid).length;
    assert.ok(valid > 200 && valid < 1_900, `valid cases: ${valid}`);
    assert.ok(outcomes.reduce((n, { o }) => n + o.evaluated, 0) > 200);
  });

  test('every numeric input at the edges of its range evaluates to finite figures', { timeout: 20 * 60_000 }, () => {
    const base = JSON.parse(seeds.find((t) => t.includes('"workload"')) ?? (seeds[0] as string)) as {
      scenarios: unknown[];
    };
    const outcomes: { label: string; o: CaseOutcome }[] = [];
    for (const f of SCENARIO_INPUT_FIELDS) {
      if (f.kind !== 'number' && f.kind !== 'integer') continue;
      const edges = [f.minimum ?? Number.MIN_VALUE + (f.exclusiveMinimum ?? 0), f.maximum ?? 1e12];
      for (const v of edges) {
        const project = { ...base, scenarios: [setAtPath(base.scenarios[0], f.path, v)] };
        outcomes.push({ label: `${f.path} = ${v}`, o: runCase(JSON.stringify(project)) });
      }
    }
    assert.deepEqual(defects(outcomes), []);
  });

  test(
    'workbooks of mutated projects with hostile text are well-formed packages',
    { timeout: 20 * 60_000 },
    async () => {
      // Raw U+FFFE/U+FFFF, or controls and a lone surrogate as JSON writes them (escaped).
      const hostile = /\ufffe|\uffff|\\u0007|\\u0000|\\ud800/;
      const texts: string[] = [];
      for (let i = 0; texts.length < 6 && i < 5_000; i++) {
        const text = fuzzCase(seeds, 11, i);
        if (hostile.test(text) && runCase(text).evaluated > 0) texts.push(text);
      }
      assert.ok(texts.length >= 3, `hostile cases found: ${texts.length}`);
      // And one whose hostile text certainly reaches the sheets: a scenario name and the notes.
      const sample = JSON.parse(seeds.find((t) => t.includes('"InfiniBand 2k')) ?? (seeds[0] as string)) as {
        notes?: string;
        scenarios: { name: string }[];
      };
      sample.notes = 'notes \u0007 \ufffe';
      sample.scenarios[0]!.name = 'name \uffff \ud800';
      texts.push(JSON.stringify(sample));
      for (const text of texts) assert.equal(await workbookProblem(text), undefined);
    },
  );
});

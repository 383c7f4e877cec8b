/**
 * On-demand fuzzing of project files: `npm run fuzz -- [--cases N] [--sessions M] [--seed S]`
 * (default 100,000 cases and N / 10 editing sessions). Prints a tally per category: cases, valid,
 * throws, slow cases (a hang candidate: over 2 s), non-finite outputs, corrupt workbooks (one
 * built every 250 valid cases); then the editing sessions (edit, save, reopen): lost edits,
 * corrupt saved files, saved documents the app refused to reopen. With the first examples of
 * each, and exit code 1 on any defect.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runEditSession } from './fuzz/edit-session.ts';
import { exampleTexts, fuzzCase, runCase, workbookProblem } from './fuzz/project-fuzzer.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    sessions: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const cases = Number(values.cases);
const sessions = values.sessions === undefined ? Math.ceil(cases / 10) : Number(values.sessions);
const seed = Number(values.seed);
const SLOW_MS = 2_000;
const seeds = exampleTexts();
const tally = { cases: 0, valid: 0, evaluated: 0, throws: 0, slow: 0, nonFinite: 0, workbooks: 0, corrupt: 0 };
// Every this-many valid cases, the workbook is built and its package checked (a second each).
const WORKBOOK_EVERY = 250;
const examples: string[] = [];
let worstMs = 0;
const t0 = performance.now();
for (let i = 0; i < cases; i++) {
  const o = runCase(fuzzCase(seeds, seed, i));
  tally.cases++;
  if (o.valid) tally.valid++;
  tally.evaluated += o.evaluated;
  worstMs = Math.max(worstMs, o.ms);
  const problems: string[] = [];
  if (o.threw) problems.push(`throw: ${o.threw.split('\n')[0]}`);
  if (o.nonFinite) problems.push(`non-finite: ${o.nonFinite[0]}`);
  if (o.ms > SLOW_MS) problems.push(`slow: ${o.ms.toFixed(0)} ms`);
  tally.throws += o.threw ? 1 : 0;
  tally.nonFinite += o.nonFinite ? 1 : 0;
  tally.slow += o.ms > SLOW_MS ? 1 : 0;
  if (o.valid && tally.valid % WORKBOOK_EVERY === 0) {
    tally.workbooks++;
    const problem = await workbookProblem(fuzzCase(seeds, seed, i));
    if (problem) {
      tally.corrupt++;
      problems.push(`corrupt workbook: ${problem}`);
    }
  }
  if (problems.length > 0 && examples.length < 20) examples.push(`case ${i} (seed ${seed}): ${problems.join('; ')}`);
  if ((i + 1) % 10_000 === 0) process.stderr.write(`${i + 1} cases...\n`);
}
const seconds = (performance.now() - t0) / 1000;
console.log(
  `fuzz: ${tally.cases} cases in ${seconds.toFixed(1)} s (seed ${seed}); worst case ${worstMs.toFixed(0)} ms`,
);
console.log(`  valid projects      ${tally.valid}`);
console.log(`  scenarios evaluated ${tally.evaluated}`);
console.log(`  throws              ${tally.throws}`);
console.log(`  slow (> ${SLOW_MS} ms)     ${tally.slow}`);
console.log(`  non-finite outputs  ${tally.nonFinite}`);
console.log(
  `  workbooks built     ${tally.workbooks} (every ${WORKBOOK_EVERY}th valid case), corrupt ${tally.corrupt}`,
);
for (const e of examples) console.log(`  ${e}`);

// Editing sessions: random edits, saved and reopened through the app's own save and open path.
const dir = mkdtempSync(join(tmpdir(), 'fabricost-fuzz-'));
const edit = {
  sessions: 0,
  edits: 0,
  saves: 0,
  withProblems: 0,
  lost: 0,
  corrupt: 0,
  refusedReopen: 0,
  throws: 0,
  slow: 0,
};
const editExamples: string[] = [];
let worstSessionMs = 0;
const t1 = performance.now();
try {
  for (let i = 0; i < sessions; i++) {
    const o = await runEditSession(seeds, seed, i, dir);
    edit.sessions++;
    edit.edits += o.edits;
    edit.saves += o.saves;
    edit.withProblems += o.withProblems;
    edit.lost += o.lost.length;
    edit.corrupt += o.corrupt.length;
    edit.refusedReopen += o.refusedReopen.length;
    edit.throws += o.threw ? 1 : 0;
    edit.slow += o.ms > SLOW_MS ? 1 : 0;
    worstSessionMs = Math.max(worstSessionMs, o.ms);
    const problems = [...o.lost, ...o.corrupt, ...o.refusedReopen, ...(o.threw ? [o.threw.split('\n')[0]] : [])];
    if (problems.length > 0 && editExamples.length < 20) editExamples.push(`session ${i}: ${problems.join('; ')}`);
    if ((i + 1) % 1_000 === 0) process.stderr.write(`${i + 1} sessions...\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `editing sessions: ${edit.sessions} in ${((performance.now() - t1) / 1000).toFixed(1)} s; worst ${worstSessionMs.toFixed(0)} ms`,
);
console.log(`  edits applied       ${edit.edits}`);
console.log(`  saves and reopens   ${edit.saves} (${edit.withProblems} with field errors to fix)`);
console.log(`  lost edits          ${edit.lost}`);
console.log(`  corrupt files       ${edit.corrupt}`);
console.log(`  reopen refused      ${edit.refusedReopen}`);
console.log(`  throws              ${edit.throws}`);
console.log(`  slow (> ${SLOW_MS} ms)     ${edit.slow}`);
for (const e of editExamples) console.log(`  ${e}`);
const defects = tally.throws + tally.nonFinite + tally.slow + tally.corrupt;
const editDefects = edit.lost + edit.corrupt + edit.refusedReopen + edit.throws + edit.slow;
process.exitCode = defects + editDefects > 0 ? 1 : 0;

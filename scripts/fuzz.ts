/**
 * On-demand fuzzing of project files: `npm run fuzz -- [--cases N] [--seed S]` (default 100,000
 * cases). Prints a tally per category: cases, valid, throws, slow cases (a hang candidate: over
 * 2 s), non-finite outputs, corrupt workbooks (one built every 250 valid cases), with the
 * first examples of each, and exits 1 on any defect.
 */
import { parseArgs } from 'node:util';
import { exampleTexts, fuzzCase, runCase, workbookProblem } from './fuzz/project-fuzzer.ts';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' } },
});
const cases = Number(values.cases);
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
process.exitCode = tally.throws + tally.nonFinite + tally.slow + tally.corrupt > 0 ? 1 : 0;

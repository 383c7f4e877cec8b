/**
 * Command line: evaluates a Fabricost project file headless with the same model the app uses.
 *
 *   npm run model -- FILE [--scenario NAME] [--json] [--xlsx OUT.xlsx]
 *   npm run model -- FILE --sweep | --projection | --roadmap | --tornado | --montecarlo N [--seed S] [--json]
 *
 * Bad input prints a message naming the field, the value and what is allowed on stderr and
 * exits with code 2; nothing is written. --xlsx writes the workbook atomically (temporary file
 * in the same folder, then rename); the project file is only read.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from './atomic-write.ts';
import { runMonteCarloInWorker } from './monte-carlo-worker.ts';
import { completeMonteCarlo } from './run-analyses-cli.ts';
import { finishModelCli, runModelCli } from './run-model-cli.ts';

const result = await finishModelCli(
  await completeMonteCarlo(
    runModelCli(process.argv.slice(2), {
      readFile: (path) => readFileSync(path, 'utf8'),
      parseArgs,
      deferMonteCarlo: true,
    }),
    // Monte Carlo runs in a worker thread; progress on stderr (not with --json); Ctrl-C cancels.
    (job, onProgress) => runMonteCarloInWorker(job, { onProgress, cancelOnSigint: true }),
    (text) => process.stderr.write(text),
  ),
  writeFileAtomic,
);
if (result.stdout) process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
if (result.stderr) process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
process.exitCode = result.exitCode;

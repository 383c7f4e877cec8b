/**
 * Command line: evaluates a Fabricost project file headless with the same model the app uses.
 *
 *   npm run model -- FILE [--scenario NAME] [--json] [--xlsx OUT.xlsx]
 *   npm run model -- FILE --sweep | --projection | --roadmap | --tornado | --montecarlo N [--seed S] [--json]
 *
 * Bad input prints a message naming the field, the value and what is allowed on stderr and
 * exits with code 2; nothing is written. The project file is read with the app's rules (regular
 * files only, 20 MB, UTF-8) and never written: --xlsx writes the workbook atomically and refuses
 * a path that is the project file under another name.
 */
import { parseArgs } from 'node:util';
import { isSameFile, readProjectText, writeOutputFile } from './cli-files.ts';
import { terminalSafe } from './terminal-text.ts';
import { runMonteCarloInWorker } from './monte-carlo-worker.ts';
import { completeMonteCarlo } from './run-analyses-cli.ts';
import { finishModelCli, runModelCli } from './run-model-cli.ts';

const result = await finishModelCli(
  await completeMonteCarlo(
    runModelCli(process.argv.slice(2), {
      readFile: readProjectText,
      sameFile: isSameFile,
      parseArgs,
      deferMonteCarlo: true,
    }),
    // Monte Carlo runs in a worker thread; progress on stderr (not with --json); Ctrl-C cancels.
    (job, onProgress) => runMonteCarloInWorker(job, { onProgress, cancelOnSigint: true }),
    (text) => process.stderr.write(text),
  ),
  writeOutputFile,
);
// Every line leaves through one filter: no text from a project file can drive the terminal.
const line = (text: string) => terminalSafe(text.endsWith('\n') ? text : `${text}\n`);
if (result.stdout) process.stdout.write(line(result.stdout));
if (result.stderr) process.stderr.write(line(result.stderr));
process.exitCode = result.exitCode;

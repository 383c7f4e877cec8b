/**
 * Command line: evaluates a Fabricost project file headless with the same model the app uses.
 *
 *   npm run model -- FILE [--scenario NAME] [--json]
 *
 * Bad input prints a message naming the field, the value and what is allowed on stderr and
 * exits with code 2; nothing is written.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runModelCli } from './run-model-cli.ts';

const result = runModelCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  parseArgs,
});
if (result.stdout) process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
if (result.stderr) process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
process.exitCode = result.exitCode;

/* global process, console */
// Checks run before `npm start`, `npm run web` and `npm run model`, written in plain
// JavaScript (no type stripping) so that an older Node.js reads it and can say what is wrong
// in one sentence instead of failing with ERR_UNKNOWN_FILE_EXTENSION or a stack trace.
//
// Usage: node scripts/preflight.mjs [start]
//   start  also checks that the Electron binary is installed (the desktop app needs it).
// FABRICOST_PREFLIGHT_NODE_VERSION stands in for the running version (for tests).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Type stripping of .ts files without a flag: Node.js 22.18 (and 23.6+). */
const NEEDED = [22, 18];

function nodeIsRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > NEEDED[0] || (major === NEEDED[0] && minor >= NEEDED[1]);
}

/** Where the Electron package records its binary, and whether that file exists (never downloads it). */
function electronBinaryInstalled() {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist');
  return executable !== '' && existsSync(join(dist, executable));
}

const version = process.env.FABRICOST_PREFLIGHT_NODE_VERSION || process.versions.node;
if (!nodeIsRecentEnough(version)) {
  console.error(
    `Fabricost needs Node.js ${NEEDED.join('.')} or newer and this is Node.js ${version.replace(/^v/, '')}; ` +
      'install a newer one (with nvm, `nvm install` reads the version from .nvmrc) and run the command again.',
  );
  process.exit(1);
}

if (process.argv[2] === 'start' && !electronBinaryInstalled()) {
  console.error(
    'The desktop app cannot start because the Electron binary is not installed (its download was skipped or failed); ' +
      'run `npm run web` for the same app in a browser, or `npm run -s model -- examples/sample-project.json` ' +
      'for the command line, or reinstall with `npm ci` where the download is allowed.',
  );
  process.exit(1);
}

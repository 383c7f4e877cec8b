// The layers of docs/architecture.md, as ESLint keeps them: each rule must fail on a deliberate
// violation and pass the imports the layer is allowed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The import sources ESLint refuses in `lines`, linted as if written at `file`. */
async function refused(file: string, lines: string[]): Promise<string[]> {
  const [result] = await eslint.lintText(`${lines.join('\n')}\n`, { filePath: join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => /'([^']+)' import/.exec(m.message)?.[1] ?? m.message);
}

describe('layer boundaries', () => {
  test('shared/ stays pure: no Node, Electron, Vue or Pinia', async () => {
    const got = await refused('shared/evaluate/probe.ts', [
      "import { a } from 'node:fs';",
      "import { b } from 'electron';",
      "import { c } from 'vue';",
      "import { d } from 'pinia';",
      "import { e } from './evaluate-scenario.ts';",
      'export const all = [a, b, c, d, e];',
    ]);
    assert.deepEqual(got, ['node:fs', 'electron', 'vue', 'pinia']);
  });

  test('renderer/ reaches main only through the bridge', async () => {
    const got = await refused('renderer/stores/probe.ts', [
      "import { a } from '../../main/services/export-service.ts';",
      "import { b } from 'node:path';",
      "import { c } from 'electron';",
      "import { d } from '../../shared/bridge/fabricost-bridge.ts';",
      "import { e } from '../../workbook/project-workbook.ts';",
      "import { f } from 'pinia';",
      'export const all = [a, b, c, d, e, f];',
    ]);
    assert.deepEqual(got, ['../../main/services/export-service.ts', 'node:path', 'electron']);
  });

  test('main/ never imports the renderer', async () => {
    const got = await refused('main/services/probe.ts', [
      "import { a } from '../../renderer/stores/project.ts';",
      "import { b } from 'node:fs';",
      "import { c } from '../../workbook/workbook-writer.ts';",
      'export const all = [a, b, c];',
    ]);
    assert.deepEqual(got, ['../../renderer/stores/project.ts']);
  });

  test('bench/ and scripts/ use public modules, not test support', async () => {
    for (const file of ['bench/probe.ts', 'scripts/probe.ts']) {
      const got = await refused(file, [
        "import { a } from '../test/e2e/support/web-app.ts';",
        "import { b } from '../scripts/support/web-app.ts';",
        "import { c } from '../shared/evaluate/evaluate-project.ts';",
        'export const all = [a, b, c];',
      ]);
      assert.deepEqual(got, ['../test/e2e/support/web-app.ts'], file);
    }
  });
});

// The workbook writer is a presentation layer: ESLint keeps it off main/, renderer/ and Node.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..', '..');

async function restrictedImports(source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(source, { filePath: join(root, 'workbook', 'boundary-probe.ts') });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => /'([^']+)' import/.exec(m.message)?.[1] ?? m.message);
}

test('workbook/ may not import main/, renderer/ or Node built-ins', async () => {
  const flagged = await restrictedImports(
    [
      "import { a } from '../main/services/export-service.ts';",
      "import { b } from '../renderer/bridge/workbook-export.ts';",
      "import { c } from 'node:fs';",
      "import { d } from 'vue';",
      'export const all = [a, b, c, d];',
      '',
    ].join('\n'),
  );
  assert.deepEqual(flagged, [
    '../main/services/export-service.ts',
    '../renderer/bridge/workbook-export.ts',
    'node:fs',
    'vue',
  ]);
});

test('workbook/ may import exceljs, jszip, its own files and shared/', async () => {
  const flagged = await restrictedImports(
    [
      "import ExcelJS from 'exceljs';",
      "import JSZip from 'jszip';",
      "import { a } from './cell-formats.ts';",
      "import { b } from '../shared/cost/tco.ts';",
      'export const all = [ExcelJS, JSZip, a, b];',
      '',
    ].join('\n'),
  );
  assert.deepEqual(flagged, []);
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { buildExportBytes } from '../../../main/services/export-service.ts';
import { buildWorkbookInWorker, type ExportJob } from '../../../main/services/export-worker.ts';
import type { ExportProgress } from '../../../shared/bridge/fabricost-bridge.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const workerPath = new URL('../../../main/services/export-worker.ts', import.meta.url);
const job = (projectText: string): ExportJob => ({
  request: { suggestedName: 'x.xlsx', projectText, sourceName: 'sample.json' },
  appVersion: '0.0.0-test',
  exportedAtIso: '2026-01-01T00:00:00.000Z',
});
const sample = readFileSync(join(ROOT, 'examples', 'sample-project.json'), 'utf8');

describe('export in a worker thread', () => {
  test('builds the same workbook as the in-process path', async () => {
    const inWorker = await buildWorkbookInWorker(job(sample), { workerPath });
    const inProcess = await buildExportBytes(job(sample).request, {
      appVersion: '0.0.0-test',
      exportedAt: new Date('2026-01-01T00:00:00.000Z'),
    });
    assert.ok(inWorker.ok && inProcess.ok);
    const names = async (bytes: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      return wb.worksheets.map((w) => w.name);
    };
    assert.deepEqual(await names(inWorker.bytes), await names(inProcess.bytes));
    assert.ok((await names(inWorker.bytes)).length > 5);
  });

  test("reports its progress: evaluated, each scenario's analyses in order, then writing", async () => {
    const scenarios = ['a', 'b', 'c'].map((name, i) => ({ name, cluster: { acceleratorCount: 512 * (i + 1) } }));
    const seen: ExportProgress[] = [];
    const r = await buildWorkbookInWorker(job(JSON.stringify({ schemaVersion: 1, scenarios })), {
      workerPath,
      onProgress: (p) => seen.push(p),
    });
    assert.ok(r.ok);
    assert.deepEqual(seen, [
      { stage: 'evaluating', done: 3, total: 3 },
      { stage: 'analyses', done: 1, total: 3 },
      { stage: 'analyses', done: 2, total: 3 },
      { stage: 'analyses', done: 3, total: 3 },
      { stage: 'writing', done: 0, total: 1 },
    ]);
  });

  test('an invalid project comes back as a message, not a crash', async () => {
    const r = await buildWorkbookInWorker(
      job('{"schemaVersion":1,"scenarios":[{"name":"a","cluster":{"acceleratorCount":-1}}]}'),
      {
        workerPath,
      },
    );
    assert.ok(!r.ok);
    assert.match(r.message, /^Nothing was exported\. The project is not valid:\n.*acceleratorCount/s);
  });

  test('work past the bound is refused before anything is evaluated', async () => {
    const scenarios = Array.from({ length: 64 }, (_, i) => ({
      name: `s${i}`,
      analysis: { sweep: { points: 10_000 } },
    }));
    const r = await buildWorkbookInWorker(job(JSON.stringify({ schemaVersion: 1, scenarios })), { workerPath });
    assert.ok(!r.ok);
    assert.match(r.message, /design evaluations .* at most 100,000 can be exported/);
  });

  test('cancel terminates the worker and says so', async () => {
    const controller = new AbortController();
    const running = buildWorkbookInWorker(job(sample), { workerPath, signal: controller.signal });
    controller.abort();
    const r = await running;
    assert.deepEqual(r, { ok: false, canceled: true, message: 'The export was canceled.' });
  });

  test('cancel in the middle of the analyses: no more progress, the result is canceled', async () => {
    // 40 scenarios of 2,000-point sweeps (81,000 evaluations, within the bound): seconds of work.
    const scenarios = Array.from({ length: 40 }, (_, i) => ({ name: `s${i}`, analysis: { sweep: { points: 2_000 } } }));
    const controller = new AbortController();
    const seen: ExportProgress[] = [];
    const r = await buildWorkbookInWorker(job(JSON.stringify({ schemaVersion: 1, scenarios })), {
      workerPath,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.stage === 'analyses' && p.done === 2) controller.abort();
      },
    });
    assert.deepEqual(r, { ok: false, canceled: true, message: 'The export was canceled.' });
    assert.deepEqual(seen.at(-1), { stage: 'analyses', done: 2, total: 40 });
  });
});

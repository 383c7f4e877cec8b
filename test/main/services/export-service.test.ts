import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { ExportProgress, ExportRequest } from '../../../shared/bridge/fabricost-bridge.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { ExportService, evaluateProjectText, type WorkbookExportInput } from '../../../main/services/export-service.ts';
import { tempFolders } from './temp-folders.ts';

const TWO_SCENARIOS =
  '{"schemaVersion":1,"title":"Two","scenarios":[{"name":"Base"},{"name":"Bigger","cluster":{"acceleratorCount":4096}}]}';

/** A fresh folder per test. */
const folder = tempFolders('export');

function request(projectText: string): ExportRequest {
  return {
    suggestedName: 'cluster.json',
    projectText,
    sourceName: 'cluster.json',
  };
}

function harness(target: string | null) {
  const dialogDefaults: string[] = [];
  const inputs: WorkbookExportInput[] = [];
  const service = new ExportService({
    appVersion: '9.8.7',
    now: () => new Date('2025-06-01T12:00:00Z'),
    chooseSavePath: async (name) => {
      dialogDefaults.push(name);
      return target;
    },
    writeWorkbook: async (input) => {
      inputs.push(input);
      return new TextEncoder().encode('fake xlsx');
    },
  });
  return { service, dialogDefaults, inputs };
}

describe('evaluateProjectText', () => {
  it('evaluates every scenario in order', () => {
    const result = evaluateProjectText(TWO_SCENARIOS);
    assert.ok(result.ok);
    assert.deepEqual(
      result.results.map((r) => r.name),
      ['Base', 'Bigger'],
    );
    assert.ok(result.results.every((r) => r.capex.totalUsd > 0));
  });

  it('names the scenario and field that cannot be evaluated', () => {
    const result = evaluateProjectText(
      '{"schemaVersion":1,"scenarios":[{"name":"Base"},{"name":"Bad","overrides":{"priceUsd":{"no-such-part":5}}}]}',
    );
    assert.ok(!result.ok);
    assert.match(
      result.message,
      /Scenario "Bad" cannot be evaluated \(scenarios\[1\]\.overrides\.priceUsd\.no-such-part\)/,
    );
  });
});

describe('ExportService', () => {
  it('hands project, results, charts and metadata to the writer and writes its bytes where chosen', async () => {
    const dir = await folder();
    const target = path.join(dir, 'cluster.xlsx');
    const { service, dialogDefaults, inputs } = harness(target);
    const result = await service.exportWorkbook(request(TWO_SCENARIOS));
    assert.deepEqual(result, { status: 'exported', path: target, name: 'cluster.xlsx' });
    assert.deepEqual(dialogDefaults, ['cluster.xlsx']);
    assert.equal(await fsp.readFile(target, 'utf8'), 'fake xlsx');
    const [input] = inputs;
    assert.ok(input);
    assert.equal(input.project.title, 'Two');
    assert.deepEqual(
      input.results.map((r) => r.name),
      ['Base', 'Bigger'],
    );
    assert.equal(input.sourceFile, 'cluster.json');
    assert.equal(input.appVersion, '9.8.7');
    assert.equal(input.catalog, defaultCatalog);
    assert.equal(input.exportedAt.toISOString(), '2025-06-01T12:00:00.000Z');
    // The workbook draws its own native charts: no images from the view.
    assert.ok(!('charts' in input));
  });

  it('exports nothing and asks nothing for an invalid project or a scenario that fails', async () => {
    for (const text of [
      '{"schemaVersion":1,"scenarios":[]}',
      '{"schemaVersion":7,"scenarios":[{"name":"Base"}]}',
      '{"schemaVersion":1,"scenarios":[{"name":"Bad","overrides":{"powerW":{"nope":1}}}]}',
    ]) {
      const { service, dialogDefaults, inputs } = harness('/never/used.xlsx');
      const result = await service.exportWorkbook(request(text));
      assert.equal(result.status, 'error', text);
      assert.match(result.status === 'error' ? result.message : '', /^Nothing was exported\./);
      assert.deepEqual(dialogDefaults, []);
      assert.deepEqual(inputs, []);
    }
  });

  it('a canceled dialog builds nothing', async () => {
    const { service, inputs } = harness(null);
    assert.deepEqual(await service.exportWorkbook(request(TWO_SCENARIOS)), { status: 'canceled' });
    assert.deepEqual(inputs, []);
  });

  it('a failing writer is an error and leaves an existing file alone', async () => {
    const dir = await folder();
    const target = path.join(dir, 'cluster.xlsx');
    await fsp.writeFile(target, 'previous export');
    const service = new ExportService({
      appVersion: '0.0.0',
      chooseSavePath: async () => target,
      writeWorkbook: () => Promise.reject(new Error('exceljs exploded')),
    });
    const result = await service.exportWorkbook(request(TWO_SCENARIOS));
    assert.deepEqual(result, { status: 'error', message: 'The workbook could not be built: exceljs exploded' });
    assert.equal(await fsp.readFile(target, 'utf8'), 'previous export');
  });

  it('cancel during the build: canceled, nothing written, the old file kept, later progress not passed on', async () => {
    const dir = await folder();
    const target = path.join(dir, 'cluster.xlsx');
    await fsp.writeFile(target, 'previous export');
    const seen: ExportProgress[] = [];
    let release: () => void = () => {};
    const service = new ExportService({
      appVersion: '0.0.0',
      chooseSavePath: async () => target,
      onProgress: (p) => seen.push(p),
      // A build that reports, waits for the test to cancel, reports again, and then succeeds.
      build: async (_request, _at, { signal, onProgress }) => {
        onProgress({ stage: 'analyses', done: 1, total: 2 });
        await new Promise<void>((resolve) => (release = resolve));
        assert.equal(signal.aborted, true);
        onProgress({ stage: 'analyses', done: 2, total: 2 });
        return { ok: true, bytes: new TextEncoder().encode('new export') };
      },
    });
    const running = service.exportWorkbook(request(TWO_SCENARIOS));
    while (seen.length === 0) await new Promise((r) => setTimeout(r, 5));
    service.cancel();
    release();
    assert.deepEqual(await running, { status: 'canceled' });
    assert.deepEqual(seen, [{ stage: 'analyses', done: 1, total: 2 }]);
    assert.equal(await fsp.readFile(target, 'utf8'), 'previous export');
  });

  it('one export at a time: a second is refused while the first runs, and allowed after it', async () => {
    const dir = await folder();
    const builds: (() => void)[] = [];
    const service = new ExportService({
      appVersion: '0.0.0',
      chooseSavePath: async () => path.join(dir, 'x.xlsx'),
      build: async () => {
        await new Promise<void>((resolve) => builds.push(resolve));
        return { ok: true, bytes: new TextEncoder().encode('x') };
      },
    });
    /** Lets the `n`th build (1-based) finish once it has started. */
    const finishBuild = async (n: number) => {
      while (builds.length < n) await new Promise((r) => setTimeout(r, 5));
      builds[n - 1]!();
    };
    const first = service.exportWorkbook(request(TWO_SCENARIOS));
    assert.deepEqual(await service.exportWorkbook(request(TWO_SCENARIOS)), {
      status: 'error',
      message: 'An export is already under way; wait for it or cancel it.',
    });
    await finishBuild(1);
    assert.equal((await first).status, 'exported');
    const third = service.exportWorkbook(request(TWO_SCENARIOS));
    await finishBuild(2);
    assert.equal((await third).status, 'exported');
  });

  it('the in-process build reports evaluating, each scenario, then writing', async () => {
    const dir = await folder();
    const seen: ExportProgress[] = [];
    const service = new ExportService({
      appVersion: '0.1.0',
      chooseSavePath: async () => path.join(dir, 'p.xlsx'),
      onProgress: (p) => seen.push(p),
    });
    assert.equal((await service.exportWorkbook(request(TWO_SCENARIOS))).status, 'exported');
    assert.deepEqual(seen, [
      { stage: 'evaluating', done: 2, total: 2 },
      { stage: 'analyses', done: 1, total: 2 },
      { stage: 'analyses', done: 2, total: 2 },
      { stage: 'writing', done: 0, total: 1 },
    ]);
  });

  it('uses the real workbook writer by default and writes an .xlsx (zip) file', async () => {
    const dir = await folder();
    const target = path.join(dir, 'real.xlsx');
    const service = new ExportService({ appVersion: '0.1.0', chooseSavePath: async () => target });
    const text = await fsp.readFile(
      path.resolve(import.meta.dirname, '../../../examples/dgx-h100-1k-infiniband.json'),
      'utf8',
    );
    const result = await service.exportWorkbook(request(text));
    assert.equal(result.status, 'exported', result.status === 'error' ? result.message : '');
    const bytes = await fsp.readFile(target);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    assert.ok(bytes.length > 5000);
  });
});

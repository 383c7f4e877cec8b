/** The model command line: report, JSON contract, scenario filter, --xlsx export and exit code 2 on bad input. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeOutputFile } from '../../../main/cli/cli-files.ts';
import { finishModelCli, runModelCli } from '../../../main/cli/run-model-cli.ts';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples');
const files: Record<string, string> = {
  'bad.json': '{"schemaVersion": 1, "scenarios": [{"name": "x", "cluster": {"acceleratorCount": -5}}]}',
  'broken.json': '{"schemaVersion": 1, "scenarios": [',
  'newer.json': '{"schemaVersion": 99, "scenarios": []}',
  'unbuildable.json': '{"schemaVersion": 1, "scenarios": [{"name": "x", "cluster": {"acceleratorCount": 1001}}]}',
};
const io = {
  parseArgs,
  readFile: (p: string) => {
    if (p in files) return files[p]!;
    return readFileSync(p, 'utf8');
  },
};
const cli = (...args: string[]) => runModelCli(args, io);

describe('model CLI', () => {
  test('prints a readable report', () => {
    const r = cli(join(examples, 'dgx-h100-1k-infiniband.json'));
    assert.equal(r.exitCode, 0);
    assert.match(r.stdout, /Network capex/);
    assert.match(r.stdout, /leaf\s+32\s+64/);
  });
  test('--json carries the documented fields', () => {
    const r = cli(join(examples, 'dgx-h100-1k-infiniband.json'), '--json');
    assert.equal(r.exitCode, 0);
    const doc = JSON.parse(r.stdout);
    const s = doc.scenarios[0];
    assert.equal(typeof s.name, 'string');
    assert.equal(s.fabric.tiers, 2);
    assert.equal(s.fabric.switches.total, 48);
    assert.deepEqual(Object.keys(s.fabric.switches.byTier[0]).slice(0, 3), ['tier', 'count', 'radix']);
    for (const k of ['class', 'count', 'medium', 'lengthM']) assert.ok(k in s.fabric.links.byClass[0], k);
    // 1,024 node links and 1,024 leaf-spine links on SR8 twin-port modules (one per link over both
    // ends) and one fibre each; 48 QM9700 at 43,000, 1,024 ConnectX-7 at 1,800, SR8 at 940, fibre 150.
    assert.equal(s.fabric.transceivers, 2048);
    assert.equal(s.fabric.cables, 2048);
    assert.equal(s.capex.totalUsd, 48 * 43000 + 1024 * 1800 + 2048 * 940 + 2048 * 150);
    for (const k of ['totalUsd', 'perAcceleratorUsd', 'byCategory', 'networkShareOfCluster'])
      assert.ok(k in s.capex, k);
    for (const k of ['totalW', 'perAcceleratorW', 'energyMWhPerYear', 'energyCostUsdPerYear'])
      assert.ok(k in s.power, k);
    // 48 x 700 W + 1,024 x 20 W + 2,048 x 15 W = 84,800 W; x 1.3 PUE x 8,760 h x 0.08 USD/kWh per
    // year, 5 years undiscounted.
    assert.equal(s.power.totalW, 84800);
    assert.ok(Math.abs(s.tcoUsd - (6139520 + 5 * 84.8 * 1.3 * 8760 * 0.08)) < 1e-6, `${s.tcoUsd}`);
    for (const k of ['vendor', 'country', 'spendUsd', 'share']) assert.ok(k in s.exposure.byVendor[0], k);
    assert.equal(typeof s.exposure.hhi, 'number');
  });
  test('a forced scalable unit that spans leaves: the warning and notes a user reads', () => {
    // 4 units of 48 DGX on 32-port rail leaves: 2 leaves per rail per unit, the second with 16 of
    // its 32 endpoint ports idle: 8 rails x 4 units x 16 = 512 of 64 x 64 leaf ports (12.5%).
    const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'rail-optimized-units.json');
    const r = cli(fixture, '--scenario', '48-server units, 4 units');
    assert.equal(r.exitCode, 0, r.stderr);
    assert.ok(
      r.stdout.includes(
        'WARNING: the forced scalable unit of 48 servers does not fill its rail leaves: 512 leaf ports (12.5%) are ' +
          'idle. Set topology.scalableUnitServers to "auto" to fill them.',
      ),
      r.stdout,
    );
    assert.match(r.stdout, /^leaf\s+64\s+64\s+512\s+12\.5%$/m);
    assert.match(r.stdout, /^Scalable unit: 48 servers \(forced\)$/m);
    assert.ok(r.stdout.includes('note: a scalable unit of 48 servers spans 2 leaves per rail'));
    assert.ok(
      r.stdout.includes(
        'note: rail leaves have 32 endpoint ports but a scalable unit fills 16 of them on its last leaf per rail; ' +
          'a scalable unit of a multiple of 32 servers leaves none idle',
      ),
    );
    // The automatic unit fills its leaves: no warning, no note.
    const auto = cli(fixture, '--scenario', 'automatic units, 2 ports reserved per leaf');
    assert.doesNotMatch(auto.stdout, /WARNING|note:/);
  });
  test('--scenario selects one scenario by name', () => {
    const r = cli(join(examples, 'dgx-h100-1k-infiniband.json'), '--json', '--scenario', 'DGX H100 1k, auto media');
    assert.equal(JSON.parse(r.stdout).scenarios.length, 1);
    const missing = cli(join(examples, 'dgx-h100-1k-infiniband.json'), '--scenario', 'nope');
    assert.equal(missing.exitCode, 2);
    assert.match(missing.stderr, /no scenario named "nope"/);
  });
  test('bad input: message naming the field on stderr, exit code 2, nothing on stdout', () => {
    for (const f of ['bad.json', 'broken.json', 'newer.json', 'unbuildable.json', 'missing-file.json']) {
      const r = cli(f);
      assert.equal(r.exitCode, 2, f);
      assert.equal(r.stdout, '', f);
      assert.ok(r.stderr.length > 0, f);
    }
    assert.match(cli('bad.json').stderr, /scenarios\[0\]\.cluster\.acceleratorCount/);
    assert.match(cli('unbuildable.json').stderr, /multiple of the 8 accelerators per server/);
    assert.match(cli('newer.json').stderr, /newer/);
  });
  test('unknown options and missing file arguments are usage errors', () => {
    assert.equal(cli('--bogus').exitCode, 2);
    assert.equal(cli().exitCode, 2);
    assert.equal(cli('--help').exitCode, 0);
  });
});

describe('model CLI --xlsx', () => {
  const example = join(examples, 'dgx-h100-1k-infiniband.json');
  const tmp = () => mkdtempSync(join(tmpdir(), 'fabricost-cli-'));

  test('writes the workbook atomically and never touches the project file', async () => {
    const dir = tmp();
    try {
      const out = join(dir, 'memo.xlsx');
      const before = { text: readFileSync(example, 'utf8'), mtime: statSync(example).mtimeMs };
      const r = cli(example, '--xlsx', out);
      assert.equal(r.exitCode, 0);
      assert.equal(r.xlsx?.path, out);
      const done = await finishModelCli(r, writeOutputFile);
      assert.equal(done.exitCode, 0);
      assert.match(done.stdout, /Network capex/);
      assert.match(done.stderr, /wrote Excel workbook/);
      assert.equal('xlsx' in done, false);
      assert.deepEqual(readdirSync(dir), ['memo.xlsx'], 'no temporary file is left behind');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      assert.equal(wb.getWorksheet('Summary')?.getCell(3, 3).value, 'dgx-h100-1k-infiniband.json');
      assert.equal(wb.worksheets.filter((w) => w.name.startsWith('BOM ')).length, 2);
      assert.equal(readFileSync(example, 'utf8'), before.text);
      assert.equal(statSync(example).mtimeMs, before.mtime);
      // --json stays pure JSON on stdout; --scenario exports only that scenario.
      const one = await finishModelCli(
        cli(example, '--json', '--scenario', 'DGX H100 1k, auto media', '--xlsx', out),
        writeOutputFile,
      );
      assert.equal(one.exitCode, 0);
      assert.equal(JSON.parse(one.stdout).scenarios.length, 1);
      const wb1 = new ExcelJS.Workbook();
      await wb1.xlsx.readFile(out);
      assert.equal(wb1.worksheets.filter((w) => w.name.startsWith('BOM ')).length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a bad output path: exit code 2, a message naming it, nothing on stdout, nothing written', async () => {
    const dir = tmp();
    try {
      const missing = join(dir, 'no-such-folder', 'memo.xlsx');
      const r = await finishModelCli(cli(example, '--xlsx', missing), writeOutputFile);
      assert.equal(r.exitCode, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /cannot write .*no-such-folder.*folder does not exist/);
      mkdirSync(join(dir, 'folder.xlsx'));
      const isDir = await finishModelCli(cli(example, '--xlsx', join(dir, 'folder.xlsx')), writeOutputFile);
      assert.equal(isDir.exitCode, 2);
      assert.match(isDir.stderr, /is a folder|EISDIR/);
      assert.deepEqual(readdirSync(dir), ['folder.xlsx']);
      const csv = cli(example, '--xlsx', join(dir, 'memo.csv'));
      assert.equal(csv.exitCode, 2);
      assert.match(csv.stderr, /must be a file name ending in \.xlsx/);
      assert.equal(csv.xlsx, undefined);
      const self = join(dir, 'project.xlsx');
      const same = runModelCli([self, '--xlsx', self], {
        parseArgs,
        readFile: () => readFileSync(example, 'utf8'),
      });
      assert.equal(same.exitCode, 2);
      assert.match(same.stderr, /is the project file itself/);
      // Bad project input: no workbook is built at all.
      assert.equal(cli('bad.json', '--xlsx', join(dir, 'x.xlsx')).xlsx, undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

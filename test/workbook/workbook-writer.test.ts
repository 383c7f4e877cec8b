/**
 * The workbook writer without a spreadsheet: tabs, cached results equal to the engine's
 * values, defined names, provenance, formats, layout, document properties and chart images,
 * all read back with exceljs. Recalculation itself is checked in workbook-recalc.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import { SCENARIO_INPUT_FIELDS } from '../../shared/scenario/input-fields.ts';
import { BOM_CATEGORIES } from '../../shared/bom/bom-line.ts';
import { BOM_COL, BOM_FIRST_ROW } from '../../workbook/bom-sheet.ts';
import { buildProjectWorkbook } from '../../workbook/project-workbook.ts';
import { FMT } from '../../workbook/cell-formats.ts';
import { COVER_TAB } from '../../workbook/cover-sheet.ts';
import { inputUnitCol, SPECIFIC_COL } from '../../workbook/inputs-sheet.ts';
import { NAMED_SCENARIO_INPUTS, sanitizeName, NameRegistry } from '../../workbook/named-ranges.ts';
import { POWER_ROWS } from '../../workbook/power-sheet.ts';
import { SUMMARY_ROWS } from '../../workbook/summary-sheet.ts';
import { buildWorkbook, SHEET_MODULES, writeWorkbook } from '../../workbook/workbook-writer.ts';
import {
  EXAMPLES_DIR,
  evaluateProject,
  exampleFiles,
  exportProject,
  EXPORTED_AT,
  formulaCells,
  loadProject,
  readWorkbook,
  rowOfLabel,
  shown,
} from './workbook-fixtures.ts';
import { scenarioTab } from '../../workbook/workbook-context.ts';

function definedCell(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const { ranges } = wb.definedNames.getRanges(name);
  assert.equal(ranges.length, 1, `${name} is defined once`);
  const [sheet, address] = ranges[0]!.split('!') as [string, string];
  return wb.getWorksheet(sheet.replace(/^'(.*)'$/, '$1'))!.getCell(address.replaceAll('$', ''));
}

describe('workbook writer', () => {
  test('tabs: Summary, Inputs, Fabric, one BOM per scenario, Power, Exposure, Compare, Sources', async () => {
    const project = loadProject('dgx-h100-1k-infiniband.json');
    const { bytes, results } = await exportProject(project, 'dgx.json');
    const wb = await readWorkbook(bytes);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      [
        'Cover',
        'Summary',
        'Compare',
        'Inputs',
        'Fabric',
        scenarioTab('BOM', 1, results[0]!.name),
        scenarioTab('BOM', 2, results[1]!.name),
        'Power',
        'Exposure',
        'Value chain',
        ...modelTabs(results),
        'Export check',
        'Sources',
      ],
    );
    const single = loadProject('gb200-nvl72-2tier.json');
    assert.equal(single.scenarios.length, 1);
    const one = await readWorkbook((await exportProject(single, 'gb.json')).bytes);
    assert.ok(!one.worksheets.some((w) => w.name === 'Compare'), 'no Compare sheet for a single scenario');
    // The Market sheet only for a project with a build-out plan (the sample project has one).
    assert.ok(!one.worksheets.some((w) => w.name === 'Market'), 'no Market sheet without a build-out plan');
    assert.deepEqual(
      SHEET_MODULES.map((m) => m.id),
      [
        'cover',
        'summary',
        'compare',
        'inputs',
        'fabric',
        'bom',
        'power',
        'exposure',
        'value-chain',
        'market',
        'reliability',
        'efficiency',
        'tornado',
        'monte-carlo',
        'analyses',
        'roadmap',
        'search',
        'export-check',
        'sources',
      ],
    );
  });

  for (const file of exampleFiles()) {
    test(`${file}: every formula carries a cached result; headline cells hold the engine's exact values`, async () => {
      const project = loadProject(file);
      const { bytes, results } = await exportProject(project, file);
      const wb = await readWorkbook(bytes);
      for (const [key, cell] of formulaCells(wb)) assert.notEqual(cell.result, undefined, `${key} =${cell.formula}`);
      const summary = wb.getWorksheet('Summary')!;
      const power = wb.getWorksheet('Power')!;
      results.forEach((r, i) => {
        const col = 3 + i;
        assert.equal(summary.getCell(10, col).value, r.name);
        for (const row of SUMMARY_ROWS) {
          const r0 = rowOfLabel(summary, row.label);
          if (r0 === undefined) {
            assert.ok(row.optional, `Summary shows ${row.label}`);
            continue;
          }
          const cell = summary.getCell(r0, col);
          const value = row.value(r);
          if (value === undefined) {
            assert.equal(cell.value, null, `Summary ${row.label} of ${r.name} is blank`);
            continue;
          }
          assert.equal(cell.type, ExcelJS.ValueType.Formula, `Summary ${row.label} is a formula`);
          assert.equal(shown(cell), value, `Summary ${row.label} of ${r.name}`);
        }
        for (const row of POWER_ROWS) {
          assert.equal(shown(power.getCell(rowOfLabel(power, row.label)!, col)), row.value(r), `Power ${row.label}`);
        }
        const bom = wb.getWorksheet(scenarioTab('BOM', i + 1, r.name))!;
        r.bom.forEach((l, k) => {
          const row = BOM_FIRST_ROW + k;
          assert.equal(bom.getCell(row, BOM_COL.componentId).value, l.componentId);
          assert.equal(bom.getCell(row, BOM_COL.quantity).value, l.quantity);
          const unitPrice = bom.getCell(row, BOM_COL.unitPrice);
          assert.match(unitPrice.formula, /^Price_/);
          assert.equal(unitPrice.result, l.unitPriceUsd);
          assert.equal(
            definedCell(wb, unitPrice.formula).value,
            l.unitPriceUsd,
            'the named Inputs cell holds the price',
          );
          const unitPower = bom.getCell(row, BOM_COL.unitPower);
          assert.match(unitPower.formula, /^Power_/);
          assert.equal(definedCell(wb, unitPower.formula).value, l.unitPowerW);
          assert.equal(bom.getCell(row, BOM_COL.extPrice).formula, `G${row}*H${row}`);
          assert.equal(bom.getCell(row, BOM_COL.extPrice).result, l.extendedPriceUsd);
          assert.equal(bom.getCell(row, BOM_COL.extPower).formula, `G${row}*J${row}`);
          assert.equal(bom.getCell(row, BOM_COL.extPower).result, l.extendedPowerW);
          assert.equal(bom.getCell(row, BOM_COL.priceSource).value, l.priceSource.source);
          assert.equal(bom.getCell(row, BOM_COL.priceQuality).value, l.priceSource.quality);
        });
        for (const c of BOM_CATEGORIES) {
          const row = rowOfLabelIn(bom, 2, c, BOM_FIRST_ROW + r.bom.length)!;
          assert.match(bom.getCell(row, BOM_COL.extPrice).formula, /^SUMIF\(/);
          assert.equal(bom.getCell(row, BOM_COL.extPrice).result, r.capex.byCategory[c]);
          assert.equal(bom.getCell(row, BOM_COL.extPower).result, r.power.byCategory[c]);
        }
        for (const [path, stem] of Object.entries(NAMED_SCENARIO_INPUTS)) {
          const scenario = project.scenarios.find((s) => s.name === r.name);
          const value = path
            .split('.')
            .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], scenario);
          const name = `${stem}_S${i + 1}`;
          // An input the scenario schema does not have (yet) gets no name.
          if (value === undefined) assert.equal(wb.definedNames.getRanges(name).ranges.length, 0, name);
          else assert.equal(definedCell(wb, name).value, value, name);
        }
      });
    });
  }

  test('Inputs lists every scenario input with its unit; Sources cites every source the BOM uses', async () => {
    const project = loadProject('ethernet-32k-fat-tree-lpo.json');
    const { bytes, results } = await exportProject(project, 'eth.json');
    const wb = await readWorkbook(bytes);
    const inputs = wb.getWorksheet('Inputs')!;
    for (const f of SCENARIO_INPUT_FIELDS) {
      const row = rowOfLabel(inputs, f.path);
      assert.ok(row, f.path);
      // Values in B.., the unit after the last scenario, the description on the row below.
      assert.equal(inputs.getCell(row, inputUnitCol(results.length)).value ?? '', f.unit, `${f.path} unit`);
      assert.ok(String(inputs.getCell(row + 1, 2).value ?? '').startsWith(f.description), f.path);
    }
    const sources = wb.getWorksheet('Sources')!;
    for (const r of results) {
      for (const l of r.bom) {
        for (const src of [l.priceSource.source, l.powerSource.source]) {
          const row = rowOfLabel(sources, src);
          assert.ok(row, `Sources lists ${src}`);
          const cat = defaultCatalog.sources.find((s) => s.id === src);
          if (cat) {
            assert.equal(sources.getCell(row, 2).value, cat.quality);
            assert.equal(sources.getCell(row, 3).value, cat.citation);
          }
        }
      }
    }
  });

  test('a unit price overridden in one scenario keeps one named cell per component; the override is its own input', async () => {
    const project = loadProject('dgx-h100-1k-infiniband.json');
    project.scenarios[1]!.overrides = { priceUsd: { qm9700: 39_000 }, powerW: {} };
    const { bytes } = await exportProject(project, 'dgx.json');
    const wb = await readWorkbook(bytes);
    assert.equal(
      wb.getWorksheet(scenarioTab('BOM', 1, project.scenarios[0]!.name))!.getCell(BOM_FIRST_ROW, BOM_COL.unitPrice)
        .formula,
      'Price_qm9700',
    );
    assert.equal(wb.definedNames.model.filter((d) => /^Price_qm9700/.test(d.name)).length, 1);
    // Scenario 2 reads its own blue cell on Inputs, 39,000 USD from a user override.
    const own = wb
      .getWorksheet(scenarioTab('BOM', 2, project.scenarios[1]!.name))!
      .getCell(BOM_FIRST_ROW, BOM_COL.unitPrice).formula!;
    const m = /^'Inputs'!\$C\$(\d+)$/.exec(own);
    assert.ok(m, own);
    const inputs = wb.getWorksheet('Inputs')!;
    assert.equal(inputs.getCell(Number(m[1]), SPECIFIC_COL.price).value, 39_000);
    assert.equal(inputs.getCell(Number(m[1]), SPECIFIC_COL.scenario).value, 'S2');
    assert.match(String(inputs.getCell(Number(m[1]), SPECIFIC_COL.priceSource).value), /\(override\)$/);
    // Its power equals the list: a formula over the one named power cell.
    assert.equal(inputs.getCell(Number(m[1]), SPECIFIC_COL.power).formula, 'Power_qm9700');
    assert.equal(definedCell(wb, 'Price_qm9700').value, 43_000);
  });

  test('number formats, frozen headers, widths, landscape printing at 80 % with 10 pt text', async () => {
    const wb = await readWorkbook((await exportProject(loadProject('dgx-h100-1k-infiniband.json'), 'dgx.json')).bytes);
    const bom = wb.getWorksheet('BOM 1 DGX H100 1k, NDR optics')!;
    // Figures print first; source, quality and vendor columns on pages of their own.
    assert.match(bom.pageSetup.printArea ?? '', /^A1:K\d+&&L1:R\d+$/);
    assert.equal(bom.getCell(BOM_FIRST_ROW, BOM_COL.extPrice).numFmt, FMT.usd);
    assert.equal(bom.getCell(BOM_FIRST_ROW, BOM_COL.extPower).numFmt, FMT.kilowatts);
    const power = wb.getWorksheet('Power')!;
    assert.equal(power.getCell(rowOfLabel(power, 'Facility energy per year (IT energy x PUE)')!, 3).numFmt, FMT.mwh);
    const summary = wb.getWorksheet('Summary')!;
    assert.equal(summary.getCell(rowOfLabel(summary, 'Network share of cluster capex')!, 3).numFmt, FMT.percent);
    for (const ws of wb.worksheets) {
      assert.equal(ws.views[0]?.state, 'frozen', `${ws.name} has a frozen header`);
      assert.equal(ws.pageSetup.orientation, 'landscape', ws.name);
      // Printed at 80 %: the smallest font (10 pt) prints at 8 pt; fit-to-width could go smaller.
      assert.equal(ws.pageSetup.fitToPage, false, ws.name);
      assert.equal(ws.pageSetup.scale, 80, ws.name);
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const size = cell.font?.size ?? 10;
          assert.ok(size * 0.8 >= 8, `${ws.name}!${cell.address} prints at ${size * 0.8} pt`);
        }),
      );
      assert.ok((ws.getColumn(1).width ?? 0) >= 6, `${ws.name} column A has a width`);
    }
  });

  test('document properties: title, source file, app version, catalog version, export time', async () => {
    const project = loadProject('rail-only-100k.json');
    const wb = await readWorkbook((await exportProject(project, 'rail-only-100k.json')).bytes);
    assert.equal(wb.title, project.title);
    assert.match(wb.subject, /rail-only-100k\.json/);
    assert.match(wb.keywords, /app version: 0\.1\.0-test/);
    assert.match(wb.keywords, new RegExp(`catalog version: ${defaultCatalog.version.replaceAll('.', '\\.')}`));
    assert.match(wb.description, new RegExp(EXPORTED_AT.toISOString().replaceAll('.', '\\.')));
    assert.equal(wb.created.toISOString(), EXPORTED_AT.toISOString());
    assert.equal(wb.creator, 'Fabricost 0.1.0-test');
    const summary = wb.getWorksheet('Summary')!;
    assert.equal(summary.getCell(3, 3).value, 'rail-only-100k.json');
    assert.equal(summary.getCell(6, 3).value, EXPORTED_AT.toISOString());
  });

  test('tables of engine values get their own tabs, with a STALE check above them', async () => {
    const project = loadProject('dgx-h100-1k-infiniband.json');
    const results = evaluateProject(project);
    const bytes = await writeWorkbook({
      project,
      results,
      sourceFile: 'dgx.json',
      appVersion: '0.1.0',
      catalog: defaultCatalog,
      tables: [
        {
          sheet: 'Sweep',
          title: 'Capex per accelerator by cluster size',
          columns: [{ label: 'Accelerators' }, { label: 'Fat-tree', unit: 'USD' }],
          rows: [
            [1024, 5120.5],
            [2048, 5391.25],
          ],
        },
        { sheet: 'Power', title: 'A table may not take a fixed tab', columns: [{ label: 'x' }], rows: [[1]] },
      ],
    });
    const wb = await readWorkbook(bytes);
    const sweep = wb.getWorksheet('Sweep')!;
    assert.match(sweep.getCell(3, 1).formula, /^IF\(InputsChangedSinceExport>0,/);
    assert.equal(sweep.getCell(6, 2).value, 'Fat-tree (USD)');
    assert.equal(sweep.getCell(8, 2).value, 5391.25);
    assert.ok(wb.getWorksheet('Power analysis'), 'a table naming a fixed tab gets its own');
  });

  test('Cover: legend, provenance and a HYPERLINK to every other sheet', async () => {
    const project = loadProject('dgx-h100-1k-infiniband.json');
    const wb = await readWorkbook((await exportProject(project, 'dgx.json')).bytes);
    const cover = wb.worksheets[0]!;
    assert.equal(cover.name, COVER_TAB);
    const links = new Map<string, string>();
    const text: string[] = [];
    cover.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v) links.set(String(v.result), String(v.formula));
        else if (typeof v === 'string') text.push(v);
      }),
    );
    for (const ws of wb.worksheets.slice(1)) {
      const quoted = `'${ws.name.replaceAll("'", "''")}'`;
      assert.equal(links.get(ws.name), `HYPERLINK("#${quoted}!A1","${ws.name}")`, ws.name);
    }
    assert.equal(links.size, wb.worksheets.length - 1);
    const all = text.join('\n');
    for (const x of ['Fabricost 0.1.0-test', 'dgx.json', EXPORTED_AT.toISOString(), defaultCatalog.version])
      assert.ok(text.includes(x), `provenance ${x}`);
    for (const x of ['Blue on yellow: input', 'Black: formula', 'Grey: engine value', 'Export check', 'not quotes'])
      assert.ok(all.includes(x), x);
  });

  test('results must match the project scenarios', () => {
    const project = loadProject('dgx-h100-1k-infiniband.json');
    const results = evaluateProject(project);
    const base = { project, sourceFile: 'x', appVersion: '0', catalog: defaultCatalog };
    assert.throws(() => buildWorkbook({ ...base, results: [] }), /no scenario results/);
    assert.throws(
      () => buildWorkbook({ ...base, results: [{ ...results[0]!, name: 'nope' }] }),
      /no scenario of that name/,
    );
    // A subset (the CLI's --scenario) is fine.
    const wb = buildWorkbook({ ...base, results: [results[1]!] });
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      [
        'Cover',
        'Summary',
        'Inputs',
        'Fabric',
        scenarioTab('BOM', 1, results[1]!.name),
        'Power',
        'Exposure',
        'Value chain',
        ...modelTabs([results[1]!]),
        'Export check',
        'Sources',
      ],
    );
  });

  test('buildProjectWorkbook: project text to bytes for the browser download; errors are messages', async () => {
    const text = readFileSync(join(EXAMPLES_DIR, 'dgx-h100-1k-infiniband.json'), 'utf8');
    const ok = await buildProjectWorkbook({
      projectText: text,
      sourceName: 'dgx.json',
      appVersion: '0.1.0',
    });
    assert.ok(ok.ok);
    const wb = await readWorkbook(ok.bytes);
    assert.equal(wb.getWorksheet('Summary')!.getCell(3, 3).value, 'dgx.json');
    const invalid = await buildProjectWorkbook({ projectText: '{', sourceName: 'x', appVersion: '0' });
    assert.equal(invalid.ok, false);
    assert.match(!invalid.ok ? invalid.message : '', /not valid/);
    const unbuildable = await buildProjectWorkbook({
      projectText: '{"schemaVersion": 1, "scenarios": [{"name": "x", "cluster": {"acceleratorCount": 1001}}]}',
      sourceName: 'x',
      appVersion: '0',
    });
    assert.equal(unbuildable.ok, false);
    assert.match(
      !unbuildable.ok ? unbuildable.message : '',
      /Scenario "x" cannot be evaluated \(scenarios\[0\]\.cluster/,
    );
  });

  test('defined names are valid and unique', () => {
    assert.equal(sanitizeName('Price_dsp-dr-800g'), 'Price_dsp_dr_800g');
    assert.equal(sanitizeName('1.6t'), '_1_6t');
    assert.equal(sanitizeName('AB12'), '_AB12');
    assert.equal(sanitizeName('R1C1'), '_R1C1');
    const names = new NameRegistry();
    assert.equal(names.claim('Price_a'), 'Price_a');
    assert.equal(names.claim('price_A'), 'price_A_2');
  });
});

/** Reliability and Efficiency tabs, present when the engine reports those models. */
function modelTabs(results: readonly ScenarioResult[]): string[] {
  const has = (field: string) =>
    results.every((r) => typeof (r as unknown as Record<string, unknown>)[field] === 'object');
  return [
    ...(has('reliability') ? ['Reliability'] : []),
    ...(has('efficiency') ? ['Efficiency'] : []),
    // Every exported scenario's live tornado, then its sweep and projection, numbered as its BOM tab.
    ...results.map((r, i) => scenarioTab('Tornado', i + 1, r.name)),
    // One Monte Carlo tab for every scenario's stored run.
    'Monte Carlo',
    ...results.flatMap((r, i) => [scenarioTab('Sweep', i + 1, r.name), scenarioTab('Projection', i + 1, r.name)]),
    // The catalog's vendor roadmap as a table.
    'Roadmap',
  ];
}

function rowOfLabelIn(ws: ExcelJS.Worksheet, col: number, label: string, from: number): number | undefined {
  let found: number | undefined;
  ws.eachRow((row, n) => {
    if (found === undefined && n >= from && row.getCell(col).value === label) found = n;
  });
  return found;
}

/** Project components: a project's own switches, NICs and media through file -> parse -> evaluate. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseProject, type ParseResult } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { priceFigureOf } from '../../../shared/cost/capex-range.ts';
import {
  isProjectSource,
  projectComponentIds,
  withProjectComponents,
} from '../../../shared/catalog/project-components.ts';

const file = join(import.meta.dirname, '../../../examples/ethernet-8k-switch-quote.json');
const text = readFileSync(file, 'utf8');
const raw = () =>
  JSON.parse(text) as {
    components: { switches: Record<string, unknown>[]; media: Record<string, unknown>[] };
    scenarios: unknown[];
  };

function loaded() {
  const parsed = parseProject(text);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors));
  const catalog = withProjectComponents(defaultCatalog, parsed.project.components);
  assert.ok(catalog.ok);
  return { project: parsed.project, catalog: catalog.value };
}

function errorsOf(r: ParseResult, label = '') {
  assert.ok(!r.ok, `expected the file to be refused ${label}`);
  return r.errors;
}

describe('project components', () => {
  test('the example evaluates on its quoted switch and module, priced and powered from the file', () => {
    const { project, catalog } = loaded();
    const [base, quoted] = project.scenarios.map((s) => {
      const r = evaluateScenario(s, catalog, project.catalogOverrides);
      assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
      return r.value;
    });
    // 8,192 GPUs at 128 x 400G ports, units of 64 servers: 128 leaves + 64 spines = 192 switches.
    const sw = quoted!.bom.filter((l) => l.category === 'switches');
    assert.deepEqual(
      sw.map((l) => [l.componentId, l.quantity, l.unitPriceUsd, l.unitPowerW]),
      [
        ['quote-th5-whitebox', 128, 95_000, 1300],
        ['quote-th5-whitebox', 64, 95_000, 1300],
      ],
    );
    assert.equal(quoted!.capex.byCategory.switches, 192 * 95_000);
    assert.equal(quoted!.power.byCategory.switches, 192 * 1300);
    // Same design otherwise: the difference is the switch price, 192 x (130,000 - 95,000).
    assert.equal(base!.capex.totalUsd - quoted!.capex.totalUsd, 192 * 35_000);
    // The quoted DR8 (900 USD) undercuts the catalog's (1,250 USD): auto picks it in both scenarios.
    for (const r of [base!, quoted!]) {
      const dr8 = r.bom.find((l) => l.componentId === 'quote-dr8-800g');
      assert.ok(dr8, 'the quoted module is used');
      assert.equal(dr8.unitPriceUsd, 900);
      assert.equal(dr8.unitPowerW, 16);
      assert.deepEqual(dr8.priceSource, { source: 'project:quote-dr8-800g', quality: 'estimate' });
      assert.ok(isProjectSource(dr8.priceSource.source));
    }
    // Price range: the quotes' own low/high (88k/102k and 850/950) plus the catalog lines' ranges.
    let spread = 192 * (102_000 - 88_000) + 8192 * (950 - 850);
    for (const l of quoted!.bom) {
      if (l.componentId.startsWith('quote-')) continue;
      const f = priceFigureOf(catalog, l.componentId)!;
      spread += l.quantity * ((f.high ?? f.typical) - (f.low ?? f.typical));
    }
    assert.equal(quoted!.capex.range.highUsd - quoted!.capex.range.lowUsd, spread);
    // Provenance: the source note becomes the citation of source project:<id>.
    const src = catalog.sources.find((s) => s.id === 'project:quote-th5-whitebox');
    assert.ok(src && /Illustrative ODM quote/.test(src.citation) && src.quality === 'estimate');
    assert.ok(!isProjectSource('fabricost-estimate'));
    assert.deepEqual([...projectComponentIds(project.components)].sort(), ['quote-dr8-800g', 'quote-th5-whitebox']);
  });

  test('a project without components evaluates on the catalog itself', () => {
    const parsed = parseProject('{"schemaVersion":1,"scenarios":[{"name":"a"}]}');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.project.components, { switches: [], nics: [], media: [] });
    const c = withProjectComponents(defaultCatalog, parsed.project.components);
    assert.ok(c.ok && c.value === defaultCatalog);
  });

  test('an id clash with the catalog is refused, naming the catalog component', () => {
    const p = raw();
    p.components.switches[0]!.id = 'qm9700';
    const errors = errorsOf(parseProject(JSON.stringify(p)));
    const e = errors.find((x) => x.path === 'components.switches[0].id');
    assert.ok(e, JSON.stringify(errors));
    assert.equal(e.value, '"qm9700"');
    assert.match(
      e.message,
      /already a catalog id \(catalog switch "NVIDIA Quantum-2 QM9700[^"]*"\); give the project switch its own id/,
    );
  });

  test('other bad components are refused with the field, the value and what is allowed', () => {
    const cases: [(p: ReturnType<typeof raw>) => void, string, RegExp][] = [
      [
        (p) => (p.components.media[0]!.id = 'quote-th5-whitebox'),
        'components.media[0].id',
        /also the id of components\.switches\[0\]/,
      ],
      [
        (p) => ((p.components.switches[0]!.vendors as unknown[])[0] = { vendor: 'acme', share: 1 }),
        'components.switches[0].vendors[0].vendor',
        /not a catalog vendor id; allowed: .*celestica/,
      ],
      [
        (p) => (p.components.switches[0]!.vendors = [{ vendor: 'celestica', share: 0.5 }]),
        'components.switches[0].vendors',
        /sum to 1/,
      ],
      [
        (p) => (p.components.switches[0]!.family = 'Acme 9'),
        'components.switches[0].family',
        /no media qualification in ecosystem "ethernet-roce".*Tomahawk 5/,
      ],
      [
        (p) => (p.components.switches[0]!.siliconVendor = 'innolight'),
        'components.switches[0].siliconVendor',
        /not a switch-silicon supplier of .*allowed: broadcom/,
      ],
      [
        (p) => delete p.components.media[0]!.source,
        'components.media[0].source',
        /required: a note saying where the figures come from/,
      ],
      [
        (p) => (p.components.media[0]!.priceUsd = { low: 1000, typical: 900 }),
        'components.media[0].priceUsd',
        /low <= typical <= high/,
      ],
      [(p) => (p.components.media[0]!.reachM = { typical: -1 }), 'components.media[0].reachM.typical', /at least 0/],
      [(p) => (p.components.switches[0]!.cages = 0), 'components.switches[0].cages', /whole number greater than 0/],
      [
        (p) => (p.components.switches[0]!.portRatesGbps = [800, 300]),
        'components.switches[0].portRatesGbps',
        /divide the cage rate 800/,
      ],
      [(p) => (p.components.switches[0]!.quality = 'great'), 'components.switches[0].quality', /primary/],
    ];
    for (const [change, path, message] of cases) {
      const p = raw();
      change(p);
      const errors = errorsOf(parseProject(JSON.stringify(p)), path);
      const e = errors.find((x) => x.path === path);
      assert.ok(e, `${path}: ${JSON.stringify(errors)}`);
      assert.match(e.message, message, path);
    }
  });

  test("a project NIC's cage must carry whole ports: 800G over 400G ports yes, 600G no", () => {
    // A twin-port 800G cage over 2 x 400G ports (the DGX H100 layout) is accepted; a 600G cage
    // would hold one and a half 400G ports, and a generic server takes the NIC's own cage unchecked.
    const nic = (cageRateGbps: number) => ({
      id: 'quote-nic-400g',
      name: 'Quoted 2x400G NIC',
      ecosystems: ['ethernet-roce'],
      vendors: [{ vendor: 'nvidia', share: 1 }],
      ports: 2,
      portRateGbps: 400,
      cageRateGbps,
      powerW: { typical: 25 },
      priceUsd: { typical: 2000 },
      afrPercentPerYear: { typical: 0.5 },
      firstVolumeYear: 2024,
      source: 'Illustrative NIC quote (not a real offer)',
    });
    const p = raw() as ReturnType<typeof raw> & { components: { nics?: unknown[] } };
    p.components.nics = [nic(800)];
    const good = parseProject(JSON.stringify(p));
    assert.ok(good.ok, JSON.stringify(!good.ok && good.errors));
    assert.ok(withProjectComponents(defaultCatalog, good.project.components).ok);
    p.components.nics = [nic(600)];
    const e = errorsOf(parseProject(JSON.stringify(p))).find((x) => x.path === 'components.nics[0].cageRateGbps');
    assert.ok(e);
    assert.equal(e.value, '600');
    assert.match(e.message, /port rate 400 Gb\/s or a whole multiple of it/);
  });

  test('catalogOverrides reach project components by id', () => {
    const p = raw() as ReturnType<typeof raw> & { catalogOverrides?: unknown };
    p.catalogOverrides = { priceUsd: { 'quote-th5-whitebox': 90_000 } };
    const parsed = parseProject(JSON.stringify(p));
    assert.ok(parsed.ok);
    const catalog = withProjectComponents(defaultCatalog, parsed.project.components);
    assert.ok(catalog.ok);
    const r = evaluateScenario(parsed.project.scenarios[1]!, catalog.value, parsed.project.catalogOverrides);
    assert.ok(r.ok);
    assert.equal(r.value.capex.byCategory.switches, 192 * 90_000);
    assert.equal(r.value.capex.range.fixedUsd, 192 * 90_000);
  });

  test('property: the quoted switch price carries straight into capex and its range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 50 }), (price, spreadPct) => {
        const p = raw();
        const low = Math.floor((price * (100 - spreadPct)) / 100);
        const high = Math.ceil((price * (100 + spreadPct)) / 100);
        p.components.switches[0]!.priceUsd = { low, typical: price, high };
        p.scenarios = [p.scenarios[1]];
        const parsed = parseProject(JSON.stringify(p));
        assert.ok(parsed.ok);
        const catalog = withProjectComponents(defaultCatalog, parsed.project.components);
        assert.ok(catalog.ok);
        const r = evaluateScenario(parsed.project.scenarios[0]!, catalog.value, parsed.project.catalogOverrides);
        assert.ok(r.ok);
        assert.equal(r.value.capex.byCategory.switches, 192 * price);
        const rest = r.value.capex.range;
        assert.ok(rest.lowUsd <= rest.typicalUsd && rest.typicalUsd <= rest.highUsd);
        const others = r.value.capex.totalUsd - 192 * price;
        assert.ok(rest.highUsd - 192 * high <= others * 10 && rest.highUsd >= 192 * high);
      }),
      { numRuns: 25 },
    );
  });
});

/** Network capex low / typical / high from the catalog's price ranges, worked by hand. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { capexRange, priceFigureOf } from '../../../shared/cost/capex-range.ts';
import { bomLine, type BomLine } from '../../../shared/bom/bom-line.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { makePricing } from '../../../shared/components/pricing.ts';

const line = (componentId: string, quantity: number, unitPriceUsd: number, override = false): BomLine =>
  bomLine({
    category: 'switches',
    componentId,
    component: componentId,
    role: 'test',
    roleKey: 'switches',
    vendors: [{ vendor: 'nvidia', share: 1 }],
    quantity,
    unitPriceUsd,
    unitPowerW: 0,
    priceSource: override ? { source: 'user-override', quality: 'override' } : { source: 'x', quality: 'weak' },
    powerSource: { source: 'x', quality: 'weak' },
  });

describe('capexRange', () => {
  test('doc example: 10 QM9700 at 36k/43k/50k and 100 overridden modules at 900 USD, 80 accelerators', () => {
    const r = capexRange([line('qm9700', 10, 43000), line('dsp-dr-800g', 100, 900, true)], defaultCatalog, 80);
    assert.deepEqual(r, {
      lowUsd: 450_000,
      typicalUsd: 520_000,
      highUsd: 590_000,
      perAccelerator: { lowUsd: 5625, typicalUsd: 6500, highUsd: 7375 },
      fixedUsd: 90_000,
    });
  });

  test('a figure without a range is held at its value', () => {
    // NVLink 5 bandwidth has no range, but its price does; "none" has neither.
    assert.equal(priceFigureOf(defaultCatalog, 'none')?.low, undefined);
    const r = capexRange([line('none', 5, 0), line('fiber-patch', 10, 150)], defaultCatalog, 1);
    assert.deepEqual([r.lowUsd, r.typicalUsd, r.highUsd, r.fixedUsd], [600, 1500, 3000, 0]);
    assert.equal(priceFigureOf(defaultCatalog, 'no-such-id'), undefined);
  });

  test('sample project scenario 1 through the scenario path: low / typical / high worked from catalog ranges', () => {
    const parsed = parseProject(
      readFileSync(join(import.meta.dirname, '../../../examples/sample-project.json'), 'utf8'),
    );
    assert.ok(parsed.ok);
    const s = parsed.project.scenarios[0]!;
    const r = evaluateScenario(s, defaultCatalog, parsed.project.catalogOverrides);
    assert.ok(r.ok);
    const v = r.value;
    // 2,048 GPUs on 64-port QM9700 leaves (32 down) and spines: 64 + 32 = 96 switches; one CX-7 per GPU.
    let low = 96 * 36_000 + 2048 * 1_200;
    let high = 96 * 50_000 + 2048 * 2_500;
    let typical = 96 * 43_000 + 2048 * 1_800;
    // Media and fibre lines: quantity from the plan, price range from the catalog figure.
    for (const l of v.bom.filter((x) => x.category === 'cables' || x.category === 'transceivers')) {
      const f = priceFigureOf(defaultCatalog, l.componentId)!;
      low += l.quantity * f.low!;
      typical += l.quantity * f.typical;
      high += l.quantity * f.high!;
    }
    assert.equal(v.capex.range.lowUsd, low);
    assert.equal(v.capex.range.typicalUsd, typical);
    assert.equal(v.capex.range.typicalUsd, v.capex.totalUsd);
    assert.equal(v.capex.range.highUsd, high);
    assert.equal(v.capex.range.perAccelerator.highUsd, high / 2048);
    assert.equal(v.capex.range.fixedUsd, 0);
  });

  test('a project price override is held fixed in the range', () => {
    const parsed = parseProject(
      readFileSync(join(import.meta.dirname, '../../../examples/sample-project.json'), 'utf8'),
    );
    assert.ok(parsed.ok);
    const s = parsed.project.scenarios[0]!;
    const r = evaluateScenario(s, defaultCatalog, { priceUsd: { qm9700: 40_000 }, powerW: {} });
    assert.ok(r.ok);
    assert.equal(r.value.capex.range.fixedUsd, 96 * 40_000);
    assert.equal(r.value.capex.range.highUsd - r.value.capex.range.lowUsd, 2048 * 1_300 + rangeOfMedia(r.value.bom));
  });

  test('property: low <= typical <= high and fixed <= typical for any quantities and overrides', () => {
    const ids = ['qm9700', 'th5-64x800g', 'cx7-400g', 'dsp-dr-800g', 'fiber-patch', 'nvlink5'];
    const pricing = makePricing();
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.constantFrom(...ids), q: fc.nat(100_000), o: fc.boolean() }), { maxLength: 12 }),
        (rows) => {
          const lines = rows.map((x) => {
            const f = priceFigureOf(defaultCatalog, x.id)!;
            return line(x.id, x.q, x.o ? 1234 : pricing.price(x.id, f), x.o);
          });
          const r = capexRange(lines, defaultCatalog, 1000);
          assert.ok(r.lowUsd <= r.typicalUsd + 1e-6 && r.typicalUsd <= r.highUsd + 1e-6);
          assert.ok(r.fixedUsd <= r.typicalUsd + 1e-6);
        },
      ),
    );
  });
});

function rangeOfMedia(bom: readonly BomLine[]): number {
  let d = 0;
  for (const l of bom.filter((x) => x.category === 'cables' || x.category === 'transceivers')) {
    const f = priceFigureOf(defaultCatalog, l.componentId)!;
    d += l.quantity * (f.high! - f.low!);
  }
  return d;
}

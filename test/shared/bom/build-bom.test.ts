/**
 * Bill-of-materials lines through the user path (project file → parseProject → evaluateScenario):
 * every line's component, role, quantity, unit price, unit power and provenance. Quantities are
 * worked by hand (below); unit figures and provenance are read from the default catalog, so a
 * price review does not hide in the test, while the rules are fixed here: a cable draws power at
 * both ends, a module at its one end, a co-packaged port draws nothing of its own (its power is
 * in the CPO switch, whose provenance it carries), fibre is passive.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog as c } from '../../../shared/catalog/default-catalog.ts';
import type { BomLine } from '../../../shared/bom/bom-line.ts';
import type { Figure } from '../../../shared/catalog/catalog-schema.ts';
import type { Provenance } from '../../../shared/components/pricing.ts';
import type { LinkClass } from '../../../shared/scenario/scenario-schema.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** BOM lines of a file's first scenario; vendors are the exposure tests' (they follow the ecosystem). */
function bom(file: string): Line[] {
  const p = parseProject(readFileSync(join(root, file), 'utf8'));
  if (!p.ok) assert.fail(p.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const r = evaluateScenario(p.project.scenarios[0]!, c);
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value.bom.map(({ vendors: _, ...l }) => l);
}

const prov = (f: Pick<Figure, 'source' | 'quality'>): Provenance => ({ source: f.source, quality: f.quality });
const find = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const x = list.find((e) => e.id === id);
  assert.ok(x, `no catalog entry ${id}`);
  return x;
};

type Line = Omit<BomLine, 'vendors'>;
function line(l: Omit<Line, 'extendedPriceUsd' | 'extendedPowerW'>): Line {
  return { ...l, extendedPriceUsd: l.quantity * l.unitPriceUsd, extendedPowerW: l.quantity * l.unitPowerW };
}
function switches(id: string, tier: string, quantity: number): Line {
  const s = find(c.switches, id);
  return line({
    category: 'switches',
    componentId: id,
    component: s.name,
    role: `${tier} switches`,
    roleKey: 'switches',
    tier,
    quantity,
    unitPriceUsd: s.priceUsd.typical,
    unitPowerW: s.powerW.typical,
    priceSource: prov(s.priceUsd),
    powerSource: prov(s.powerW),
  });
}
function nics(id: string, quantity: number): Line {
  const n = find(c.nics, id);
  return line({
    category: 'nics',
    componentId: id,
    component: n.name,
    role: 'scale-out NICs',
    roleKey: 'nics',
    quantity,
    unitPriceUsd: n.priceUsd.typical,
    unitPowerW: n.powerW.typical,
    priceSource: prov(n.priceUsd),
    powerSource: prov(n.powerW),
  });
}
function medium(kind: 'cables' | 'transceivers' | 'cpoPorts', id: string, cls: LinkClass, quantity: number): Line {
  const m = find(c.media, id);
  const role = { cables: 'cables', transceivers: 'transceivers', cpoPorts: 'co-packaged optical ports' }[kind];
  return line({
    category: kind === 'cables' ? 'cables' : 'transceivers',
    componentId: id,
    component: m.name,
    role: `${cls} ${role}`,
    roleKey: kind,
    linkClass: cls,
    quantity,
    unitPriceUsd: m.priceUsd.typical,
    unitPowerW: kind === 'cables' ? 2 * m.powerWPerEnd.typical : kind === 'cpoPorts' ? 0 : m.powerWPerEnd.typical,
    priceSource: prov(m.priceUsd),
    powerSource: prov(m.powerWPerEnd),
  });
}
function fibre(cls: LinkClass, quantity: number): Line {
  return line({
    category: 'cables',
    componentId: c.fiber.id,
    component: c.fiber.name,
    role: `${cls} fibre`,
    roleKey: 'fibre',
    linkClass: cls,
    quantity,
    unitPriceUsd: c.fiber.priceUsdPerLink.typical,
    unitPowerW: 0,
    priceSource: prov(c.fiber.priceUsdPerLink),
    powerSource: { source: 'passive-component', quality: 'primary' },
  });
}

describe('BOM lines worked by hand', () => {
  test('mixed tiers (examples/mixed-tier-xdr-over-ndr.json): each tier priced as its own model', () => {
    // 8,192 GPUs, 1,024 servers, 8 rails; QM9700 leaves of 32 + 32 → 256 leaves, 8,192 leaf-spine
    // links; Q3400 spines at 288 x 400G → 32. NIC-leaf at 3 m: an 800G ACC splits to two 400G
    // NICs, 4,096 cables. Leaf-spine at 30 m on DR: the leaf's 800G cage takes a DR8 for two
    // links (4,096), the spine's 1.6T cage a 1.6T DR8 for four (2,048); one fibre per link.
    assert.deepEqual(bom('examples/mixed-tier-xdr-over-ndr.json'), [
      switches('qm9700', 'leaf', 256),
      switches('q3400', 'spine', 32),
      nics('cx7-400g', 8192),
      medium('cables', 'acc-800g', 'accelerator-leaf', 4096),
      medium('transceivers', 'dsp-dr-800g', 'leaf-spine', 4096),
      medium('transceivers', 'dsp-dr-1600g', 'leaf-spine', 2048),
      fibre('leaf-spine', 8192),
    ]);
  });

  test('GB200 NVL72 (examples/gb200-nvl72-2tier.json): modules of both ends, fibre, scale-up per GPU', () => {
    // 1,152 trays of 4 GPUs, units of 144 trays: 4 rails x ceil(144 / 64) = 12 leaves per unit,
    // 8 units = 96 leaves; 96 x 64 = 6,144 uplinks over 64 spines (48 rounded up to divide 64).
    // NIC-leaf at 15 m, SR: a 400G SR4 per tray cage, an SR8 per two links at the leaf (2,304).
    // Leaf-spine at 60 m, DR: a DR8 per two links at each end = 6,144. NVLink 5 for all 4,608.
    const scaleUp = find(c.scaleUpFabrics, 'nvlink5');
    assert.deepEqual(bom('examples/gb200-nvl72-2tier.json'), [
      switches('sn5600', 'leaf', 96),
      switches('sn5600', 'spine', 64),
      nics('cx7-400g', 4608),
      medium('transceivers', 'dsp-sr-400g', 'accelerator-leaf', 4608),
      medium('transceivers', 'dsp-sr-800g', 'accelerator-leaf', 2304),
      fibre('accelerator-leaf', 4608),
      medium('transceivers', 'dsp-dr-800g', 'leaf-spine', 6144),
      fibre('leaf-spine', 6144),
      line({
        category: 'scaleUp',
        componentId: 'nvlink5',
        component: scaleUp.name,
        role: 'scale-up switching per accelerator',
        roleKey: 'scaleUp',
        quantity: 4608,
        unitPriceUsd: scaleUp.priceUsdPerAccelerator.typical,
        unitPowerW: scaleUp.powerWPerAccelerator.typical,
        priceSource: prov(scaleUp.priceUsdPerAccelerator),
        powerSource: prov(scaleUp.powerWPerAccelerator),
      }),
    ]);
  });

  test('co-packaged optics (test/fixtures/cpo-leaf-spine.json): CPO ports carry no power of their own', () => {
    // 2,048 GPUs at 800G on Q3450 (144 ports): 72 down / 72 up per leaf → 29 leaves, 2,088
    // uplinks over 18 spines (15 rounded up to divide 72). NIC end: one DR8 per NIC (50 m is
    // past SR's reach on this switch); switch ends: one CPO port per link end (2,048 at the
    // leaves, 2 x 2,088 between leaves and spines); one fibre per link.
    const q3450 = find(c.switches, 'q3450');
    const cpo = (cls: LinkClass, n: number) => ({
      ...medium('cpoPorts', 'cpo-800g', cls, n),
      powerSource: prov(q3450.powerW),
    });
    assert.deepEqual(bom('test/fixtures/cpo-leaf-spine.json'), [
      switches('q3450', 'leaf', 29),
      switches('q3450', 'spine', 18),
      nics('cx8-800g-ib', 2048),
      medium('transceivers', 'dsp-dr-800g', 'accelerator-leaf', 2048),
      cpo('accelerator-leaf', 2048),
      fibre('accelerator-leaf', 2048),
      cpo('leaf-spine', 4176),
      fibre('leaf-spine', 2088),
    ]);
  });
});

/**
 * NIC and switch selection on the default catalog: the automatic pick (newest first volume, then
 * cheapest per port, then id) worked by hand from shared/catalog/data (year, ports, typical
 * price), the refusals with their exact messages, per-tier switches, and price overrides that
 * change the pick. The user-path cases run scenario JSON through parseProject and evaluateScenario.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { EcosystemId } from '../../../shared/catalog/catalog-schema.ts';
import { makePricing } from '../../../shared/components/pricing.ts';
import { effectiveRadix, selectNic, switchCandidates } from '../../../shared/components/select-components.ts';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { withProjectComponents } from '../../../shared/catalog/project-components.ts';
import { readFileSync } from 'node:fs';

const none = { priceUsd: {}, powerW: {} };
const ctx = (ecosystem: EcosystemId, rateGbps: number, year: number, priceUsd: Record<string, number> = {}) => ({
  catalog: defaultCatalog,
  pricing: makePricing({ priceUsd, powerW: {} }),
  ecosystem,
  rateGbps,
  year,
});
const sw = (id: string) => defaultCatalog.switches.find((s) => s.id === id)!;

function nicId(e: EcosystemId, rate: number, year: number, prices?: Record<string, number>): string {
  const r = selectNic(ctx(e, rate, year, prices), 'auto');
  if (!r.ok) assert.fail(r.error.message);
  return r.value.id;
}
function switchIds(e: EcosystemId, rate: number, year: number, needCpo?: boolean): string[] {
  const r = switchCandidates(ctx(e, rate, year), 'auto', needCpo);
  if (!r.ok) assert.fail(r.error.message);
  return r.value.map((s) => s.id);
}

describe('effective radix: cages x cage rate / port rate, 0 at a rate the cages do not run', () => {
  test('QM9700 32 x 800G: 64 at 400G, 128 at 200G, 0 at 800G; Q3400 72 x 1.6T: 288 at 400G; TH6 64 x 1.6T: 64 at 1.6T', () => {
    assert.equal(effectiveRadix(sw('qm9700'), 400), 64);
    assert.equal(effectiveRadix(sw('qm9700'), 200), 128);
    assert.equal(effectiveRadix(sw('qm9700'), 800), 0);
    assert.equal(effectiveRadix(sw('q3400'), 400), 288);
    assert.equal(effectiveRadix(sw('th6-64x1600g'), 1600), 64);
    assert.equal(effectiveRadix(sw('th5-64x800g'), 100), 512);
  });
});

describe('automatic NIC', () => {
  test('newest first: InfiniBand 200G is the ConnectX-6 in 2021, the dual-port ConnectX-7 (2022) from 2022', () => {
    assert.equal(nicId('infiniband', 200, 2021), 'cx6-200g');
    assert.equal(nicId('infiniband', 200, 2023), 'cx7-2x200g');
  });
  test('RoCE 400G: ConnectX-7 in 2023, Thor 2 (2024) in 2024, and in 2025 the 2 x 400G ConnectX-8 at 1,350 per port over Pollara at 1,800', () => {
    assert.equal(nicId('ethernet-roce', 400, 2023), 'cx7-400g');
    assert.equal(nicId('ethernet-roce', 400, 2024), 'thor2-400g');
    assert.equal(nicId('ethernet-roce', 400, 2025), 'cx8-2x400-eth');
  });
  test('a price override changes the pick: Pollara at 1,000 USD undercuts 1,350 per port', () => {
    assert.equal(nicId('ethernet-roce', 400, 2025, { 'pollara-400g': 1000 }), 'pollara-400g');
    // At 1,350 per port exactly, the tie goes to the id: cx8-2x400-eth before pollara-400g.
    assert.equal(nicId('ethernet-roce', 400, 2025, { 'pollara-400g': 1350 }), 'cx8-2x400-eth');
  });
  test('Spectrum-X 400G in 2024: BlueField-3 SuperNIC (2023) over ConnectX-7 (2022)', () => {
    assert.equal(nicId('spectrum-x', 400, 2024), 'bf3-supernic-400g');
  });
  test('Ultra Ethernet 800G in 2026: Thor Ultra and Vulcano tie on year and price; the id decides', () => {
    assert.equal(nicId('ultra-ethernet', 800, 2026), 'thor-ultra-800g');
  });
  test('no NIC at the rate: the rates that exist by then are listed', () => {
    const r = selectNic(ctx('infiniband', 800, 2024), 'auto');
    assert.ok(!r.ok);
    assert.equal(r.error.path, 'scaleOut.nicPortRateGbps');
    assert.equal(
      r.error.message,
      'no infiniband NIC with 800 Gb/s ports is available by 2024; available rates: 200, 400 Gb/s',
    );
    const early = selectNic(ctx('ultra-ethernet', 400, 2020), 'auto');
    assert.ok(!early.ok);
    assert.equal(
      early.error.message,
      'no ultra-ethernet NIC with 400 Gb/s ports is available by 2020; available rates: none Gb/s',
    );
  });
});

describe('no NIC at the rate: the rates listed include NICs first shipping that year, ascending', () => {
  test('InfiniBand 800G in 2022: ConnectX-6 (200G, 2020) and ConnectX-7 (400G and 2 x 200G, 2022)', () => {
    const r = selectNic(ctx('infiniband', 800, 2022), 'auto');
    assert.ok(!r.ok);
    assert.equal(
      r.error.message,
      'no infiniband NIC with 800 Gb/s ports is available by 2022; available rates: 200, 400 Gb/s',
    );
  });
  test('RoCE 100G in 2025: the catalog lists 400G (ConnectX-7) before 200G (2 x 200G); the message sorts them', () => {
    const r = selectNic(ctx('ethernet-roce', 100, 2025), 'auto');
    assert.ok(!r.ok);
    assert.equal(
      r.error.message,
      'no ethernet-roce NIC with 100 Gb/s ports is available by 2025; available rates: 200, 400 Gb/s',
    );
  });
});

describe('named NIC refusals', () => {
  const refuse = (id: string, e: EcosystemId, rate: number, year: number) => {
    const r = selectNic(ctx(e, rate, year), id);
    assert.ok(!r.ok, id);
    assert.equal(r.error.path, 'scaleOut.nic');
    assert.equal(r.error.value, id);
    return r.error.message;
  };
  test('unknown id lists the catalog NICs; wrong ecosystem, rate and year say what is allowed', () => {
    assert.equal(
      refuse('nope', 'infiniband', 400, 2025),
      `unknown NIC; catalog NICs: ${defaultCatalog.nics.map((n) => n.id).join(', ')}`,
    );
    assert.equal(
      refuse('thor2-400g', 'infiniband', 400, 2025),
      'not part of the infiniband ecosystem (supports ethernet-roce)',
    );
    assert.equal(
      refuse('cx7-400g', 'infiniband', 200, 2025),
      'ports run at 400 Gb/s, but scaleOut.nicPortRateGbps is 200',
    );
    assert.equal(refuse('cx8-800g-ib', 'infiniband', 800, 2024), 'first volume in 2025, after the scenario year 2024');
  });
  test('a NIC of several ecosystems names them all; a named NIC fits from its first volume year', () => {
    assert.equal(
      refuse('cx7-400g', 'ultra-ethernet', 400, 2026),
      'not part of the ultra-ethernet ecosystem (supports infiniband, ethernet-roce, spectrum-x)',
    );
    const r = selectNic(ctx('infiniband', 800, 2025), 'cx8-800g-ib');
    assert.ok(r.ok);
    assert.equal(r.value.id, 'cx8-800g-ib');
  });
  test('the named NIC is taken when it fits, even if auto would pick another', () => {
    const r = selectNic(ctx('ethernet-roce', 400, 2025), 'cx7-400g');
    assert.ok(r.ok);
    assert.equal(r.value.id, 'cx7-400g');
  });
});

describe('automatic switch candidates, in order of preference', () => {
  test('InfiniBand 400G: QM9700 alone in 2024; Q3400 (2025) first from 2025; the CPO Q3450 only when CPO is asked', () => {
    assert.deepEqual(switchIds('infiniband', 400, 2024), ['qm9700']);
    assert.deepEqual(switchIds('infiniband', 400, 2025), ['q3400', 'qm9700']);
    assert.deepEqual(switchIds('infiniband', 800, 2026), ['q3400']);
    assert.deepEqual(switchIds('infiniband', 800, 2026, true), ['q3450']);
    assert.deepEqual(switchIds('infiniband', 800, 2026, false), ['q3400']);
  });
  test('RoCE 400G in 2026: 102.4T first (G300 before TH6 on the id, same year and 609 USD per port), then Teralynx 10 (2024), then the 2023 51.2T systems by id', () => {
    assert.deepEqual(switchIds('ethernet-roce', 400, 2026), [
      'g300-64x1600g',
      'th6-64x1600g',
      'teralynx10-64x800g',
      'g200-64x800g',
      'sn5600',
      'th5-64x800g',
    ]);
  });
  test('no CPO switch at 400G InfiniBand in 2025: refused naming the kind', () => {
    const r = switchCandidates(ctx('infiniband', 400, 2025), 'auto', true);
    assert.ok(!r.ok);
    assert.equal(r.error.path, 'switch.model');
    assert.equal(
      r.error.message,
      'no co-packaged-optics infiniband switch with 400 Gb/s ports is available by 2025; name one or change the year, rate or media',
    );
    const plain = switchCandidates(ctx('infiniband', 1600, 2026), 'auto', undefined);
    assert.ok(!plain.ok);
    assert.equal(
      plain.error.message,
      'no infiniband switch with 1600 Gb/s ports is available by 2026; name one or change the year, rate or media',
    );
  });
  test('named switch refusals', () => {
    const refuse = (id: string, e: EcosystemId, rate: number, year: number) => {
      const r = switchCandidates(ctx(e, rate, year), id, undefined);
      assert.ok(!r.ok, id);
      assert.equal(r.error.path, 'switch.model');
      return r.error.message;
    };
    assert.equal(
      refuse('nope', 'infiniband', 400, 2025),
      `unknown switch; catalog switches: ${defaultCatalog.switches.map((s) => s.id).join(', ')}`,
    );
    assert.equal(
      refuse('qm9700', 'ethernet-roce', 400, 2025),
      'not part of the ethernet-roce ecosystem (supports infiniband)',
    );
    assert.equal(refuse('qm9700', 'infiniband', 800, 2025), 'ports run at 400, 200 Gb/s, not the NIC rate 800 Gb/s');
    assert.equal(refuse('q3400', 'infiniband', 400, 2024), 'first volume in 2025, after the scenario year 2024');
    const named = switchCandidates(ctx('infiniband', 400, 2025), 'qm9700', undefined);
    assert.ok(named.ok);
    assert.deepEqual(
      named.value.map((s) => s.id),
      ['qm9700'],
    );
  });
});

describe('per-tier switches through the user path', () => {
  function evaluate(extra: Record<string, unknown>) {
    const p = parseProject(
      JSON.stringify({
        schemaVersion: 1,
        scenarios: [
          {
            name: 't',
            year: 2026,
            cluster: { acceleratorCount: 8192, acceleratorsPerServer: 8 },
            scaleOut: { ecosystem: 'infiniband', nicPortRateGbps: 400 },
            topology: { kind: 'rail-optimized' },
            switch: { model: 'qm9700' },
            ...extra,
          },
        ],
      }),
    );
    if (!p.ok) assert.fail(p.errors.map((e) => e.message).join('\n'));
    return evaluateScenario(p.project.scenarios[0]!, defaultCatalog, none);
  }
  test('XDR spines at their own radix (288) or a smaller one; above it refused naming the model and rate', () => {
    const r = evaluate({ switch: { model: 'qm9700', byTier: { spine: { model: 'q3400' } } } });
    assert.ok(r.ok);
    assert.deepEqual(
      r.value.fabric.switches.byTier.map((t) => [t.model, t.count, t.radix]),
      [
        ['qm9700', 256, 64],
        ['q3400', 32, 288],
      ],
    );
    const big = evaluate({ switch: { model: 'qm9700', byTier: { spine: { model: 'q3400', radix: 289 } } } });
    assert.ok(!big.ok);
    assert.equal(big.error.path, 'switch.byTier.spine.radix');
    assert.equal(
      big.error.message,
      'must be at most 288, the NVIDIA Quantum-X800 Q3400 (144x800G XDR) radix at 400 Gb/s',
    );
    // A radix override on a tier without a model of its own applies to the scenario's switch.
    const small = evaluate({ switch: { model: 'qm9700', byTier: { leaf: { radix: 65 } } } });
    assert.ok(!small.ok);
    assert.equal(
      small.error.message,
      'must be at most 64, the NVIDIA Quantum-2 QM9700 (64x400G NDR) radix at 400 Gb/s',
    );
  });
  test('per-tier switches apply to leaf-spine, fat-tree and rail-only fabrics too', () => {
    for (const kind of ['leaf-spine', 'fat-tree', 'rail-only']) {
      const r = evaluate({ topology: { kind }, switch: { model: 'qm9700', byTier: { spine: { model: 'q3400' } } } });
      if (!r.ok) assert.fail(`${kind}: ${r.error.path}: ${r.error.message}`);
      assert.deepEqual(
        r.value.fabric.switches.byTier.map((t) => t.model),
        ['qm9700', 'q3400'],
        kind,
      );
    }
  });
  test('a radix on a tier without a model of its own is used; switch.radix holds for tiers on the scenario switch', () => {
    // 8,192 GPUs on 48-port leaves need a third tier; the core is on the scenario switch again.
    const leaf = evaluate({ switch: { model: 'qm9700', byTier: { leaf: { radix: 32 } } } });
    if (!leaf.ok) assert.fail(leaf.error.message);
    assert.equal(leaf.value.fabric.switches.byTier[0]!.radix, 32);
    const main = evaluate({ switch: { model: 'qm9700', radix: 48, byTier: { spine: { model: 'q3400' } } } });
    if (!main.ok) assert.fail(main.error.message);
    assert.deepEqual(
      main.value.fabric.switches.byTier.map((t) => [t.model, t.radix]),
      [
        ['qm9700', 48],
        ['q3400', 288],
        ['qm9700', 48],
      ],
    );
  });
  test('a tier model that cannot be used names its field; per-tier switches on a direct network are refused', () => {
    const wrong = evaluate({ switch: { model: 'qm9700', byTier: { core: { model: 'th5-64x800g' } } } });
    assert.ok(!wrong.ok);
    assert.equal(wrong.error.path, 'switch.byTier.core.model');
    assert.equal(wrong.error.message, 'not part of the infiniband ecosystem (supports ethernet-roce, ultra-ethernet)');
    const df = evaluate({
      topology: { kind: 'dragonfly' },
      switch: { model: 'qm9700', byTier: { spine: { model: 'qm9700' } } },
    });
    assert.ok(!df.ok);
    assert.equal(df.error.path, 'switch.byTier.spine');
    assert.equal(
      df.error.message,
      'a dragonfly network has no spine tier of its own; per-tier switches apply to leaf-spine, fat-tree, ' +
        'rail-optimized and rail-only fabrics. Remove it or use switch.model',
    );
  });
});

describe('automatic switch: cheapest per port among the newest', () => {
  test('RoCE 400G in 2026: a TH6 price of 140,000 (547 per port) puts it before the G300 (156,000, 609 per port)', () => {
    const r = switchCandidates(ctx('ethernet-roce', 400, 2026, { 'th6-64x1600g': 140000 }), 'auto', undefined);
    assert.ok(r.ok);
    assert.deepEqual(
      r.value.slice(0, 2).map((s) => s.id),
      ['th6-64x1600g', 'g300-64x1600g'],
    );
  });
  test('a 32 x 800G project switch at 70,000 (1,094 per 400G port) ranks after the TH5 (130,000 / 128 = 1,016)', () => {
    const project = JSON.parse(
      readFileSync(new URL('../../../examples/ethernet-8k-switch-quote.json', import.meta.url), 'utf8'),
    ) as { components: { switches: Record<string, unknown>[] } };
    const quote = project.components.switches[0]!;
    Object.assign(quote, { cages: 32, firstVolumeYear: 2023 });
    (quote.priceUsd as Record<string, number>).low = 70000;
    (quote.priceUsd as Record<string, number>).typical = 70000;
    (quote.priceUsd as Record<string, number>).high = 70000;
    const parsed = parseProject(JSON.stringify(project));
    if (!parsed.ok) assert.fail(parsed.errors.map((e) => e.message).join('\n'));
    const merged = withProjectComponents(defaultCatalog, parsed.project.components);
    if (!merged.ok) assert.fail(merged.error.message);
    const r = switchCandidates({ ...ctx('ethernet-roce', 400, 2023), catalog: merged.value }, 'auto', undefined);
    assert.ok(r.ok);
    const ids = r.value.map((s) => s.id);
    assert.ok(ids.indexOf('th5-64x800g') < ids.indexOf('quote-th5-whitebox'), ids.join(', '));
  });
});

describe('pricing layers', () => {
  const fig = sw('qm9700').priceUsd;
  test('scenario overrides win over project overrides, which win over the catalog; overrides carry their provenance', () => {
    const project = { priceUsd: { qm9700: 40000, 'cx7-400g': 1500 }, powerW: { qm9700: 650 } };
    const scenario = { priceUsd: { qm9700: 38000 }, powerW: {} };
    const p = makePricing(project, scenario);
    assert.equal(p.price('qm9700', fig), 38000);
    assert.equal(p.price('cx7-400g', fig), 1500);
    assert.equal(p.price('q3400', fig), fig.typical);
    assert.equal(p.power('qm9700', sw('qm9700').powerW), 650);
    assert.equal(p.power('q3400', sw('q3400').powerW), sw('q3400').powerW.typical);
    assert.deepEqual(p.priceProvenance('qm9700', fig), { source: 'user-override', quality: 'override' });
    assert.deepEqual(p.powerProvenance('qm9700', sw('qm9700').powerW), {
      source: 'user-override',
      quality: 'override',
    });
    assert.deepEqual(p.priceProvenance('q3400', sw('q3400').priceUsd), {
      source: sw('q3400').priceUsd.source,
      quality: sw('q3400').priceUsd.quality,
    });
    assert.deepEqual(p.powerProvenance('q3400', sw('q3400').powerW), {
      source: sw('q3400').powerW.source,
      quality: sw('q3400').powerW.quality,
    });
    // An override of 0 is a figure, not a missing one.
    assert.equal(makePricing({ priceUsd: { qm9700: 0 }, powerW: { qm9700: 0 } }).price('qm9700', fig), 0);
    // The key tells override sets apart (selection memos depend on it).
    assert.notEqual(makePricing(project).key, makePricing(scenario).key);
    assert.equal(makePricing(none).key, makePricing({ priceUsd: {}, powerW: {} }).key);
    // An inherited name is not an override.
    assert.equal(makePricing(none).price('toString', fig), fig.typical);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  catalogSchema,
  MEDIUM_KINDS,
  QUALITY_TAGS,
  type Catalog,
  type Figure,
} from '../../../shared/catalog/catalog-schema.ts';
import {
  assembleDefaultCatalog,
  checkCatalog,
  defaultCatalog,
  findEcosystem,
  findMedium,
  findNic,
  findScaleUpFabric,
  findSource,
  findSwitch,
  findVendor,
  listFigures,
  validateCatalog,
} from '../../../shared/catalog/default-catalog.ts';

/** A mutable deep copy of the (frozen) default catalog, to break on purpose. */
function copy(): Catalog {
  return structuredClone(defaultCatalog) as Catalog;
}

function must<T>(value: T | undefined, what: string): T {
  assert.ok(value !== undefined, `${what} is missing`);
  return value;
}

function assertFigure(f: Figure, expected: Partial<Figure>) {
  for (const [k, v] of Object.entries(expected)) assert.equal(f[k as keyof Figure], v, `${k} of ${JSON.stringify(f)}`);
}

function assertProblem(c: Catalog, pattern: RegExp) {
  const problems = checkCatalog(c);
  assert.ok(
    problems.some((p) => pattern.test(p)),
    `expected a problem matching ${pattern}, got:\n${problems.join('\n') || '(none)'}`,
  );
}

// ---------------------------------------------------------------- validity

test('the assembled JSON data satisfies the catalog schema', () => {
  const parsed = catalogSchema.safeParse(assembleDefaultCatalog());
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2));
  assert.ok(catalogSchema.safeParse(defaultCatalog).success);
  assert.equal(defaultCatalog.version, '2026.11-1');
});

test('checkCatalog finds no problem in the default catalog', () => {
  assert.deepEqual(checkCatalog(defaultCatalog), []);
  const v = validateCatalog(assembleDefaultCatalog());
  assert.ok(v.ok, v.ok ? '' : v.problems.join('\n'));
});

test('every figure cites an existing source and carries one of the four quality tags', () => {
  const figures = listFigures(defaultCatalog);
  assert.ok(figures.length > 150, `only ${figures.length} figures`);
  for (const { path, figure } of figures) {
    const source = findSource(defaultCatalog, figure.source);
    assert.ok(source, `${path}: unknown source ${figure.source}`);
    assert.ok((QUALITY_TAGS as readonly string[]).includes(figure.quality), `${path}: quality ${figure.quality}`);
    // Convention of this catalog: a figure's tag is its source cell's tag.
    assert.equal(figure.quality, source.quality, `${path}: quality differs from source ${source.id}`);
    assert.ok(
      (figure.low ?? figure.typical) <= figure.typical && figure.typical <= (figure.high ?? figure.typical),
      path,
    );
  }
});

test('figures estimated for this catalog explain their derivation in a note', () => {
  for (const { path, figure } of listFigures(defaultCatalog)) {
    if (figure.source === 'fabricost-estimate' || figure.source === 'catalog-estimate') {
      assert.ok(figure.note && figure.note.length >= 10, `${path}: estimate without a derivation note`);
    }
  }
});

test('sources are well formed, all used, and URLs are https links', () => {
  const used = new Set<string>(listFigures(defaultCatalog).map((f) => f.figure.source));
  for (const v of defaultCatalog.vendors) used.add(v.source);
  for (const e of defaultCatalog.ecosystems) used.add(e.source);
  for (const q of defaultCatalog.mediaQualifications ?? []) used.add(q.source);
  for (const w of defaultCatalog.switches) if (w.inNetworkReduction) used.add(w.inNetworkReduction.source);
  for (const r of defaultCatalog.referenceServers ?? []) used.add(r.source);
  for (const v of defaultCatalog.vendors) if (v.listing) used.add(v.listing.source);
  for (const sp of defaultCatalog.valueChain?.splits ?? []) {
    for (const id of sp.sources) used.add(id);
    for (const l of sp.layers) if ('source' in l.suppliers) used.add(l.suppliers.source);
  }
  for (const s of defaultCatalog.sources) {
    assert.ok(used.has(s.id), `source ${s.id} is never cited`);
    assert.ok(s.citation.length > 20, `source ${s.id}: citation too short`);
    if (s.url !== undefined) assert.match(s.url, /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//, s.id);
  }
  for (const id of ['fabricost-estimate', 'catalog-estimate']) {
    assert.equal(must(findSource(defaultCatalog, id), id).quality, 'estimate');
  }
});

test('the default catalog is deeply frozen', () => {
  assert.ok(Object.isFrozen(defaultCatalog));
  assert.ok(Object.isFrozen(defaultCatalog.media));
  const dr8 = must(findMedium(defaultCatalog, 'dsp-dr-800g'), 'dsp-dr-800g');
  assert.ok(Object.isFrozen(dr8.priceUsd));
  assert.ok(Object.isFrozen(dr8.vendors[0]));
  assert.throws(() => {
    (dr8.priceUsd as { typical: number }).typical = 1;
  }, TypeError);
  // copies for editing are independent and mutable
  const c = copy();
  must(findMedium(c, 'dsp-dr-800g'), 'copy').priceUsd.typical = 1;
  assert.equal(dr8.priceUsd.typical, 1250);
});

// ---------------------------------------------------------------- checkCatalog can fail

test('checkCatalog detects an unknown source id on a figure, a vendor and an ecosystem', () => {
  const c = copy();
  must(findMedium(c, 'dac-800g'), 'dac-800g').priceUsd.source = 'no-such-source';
  must(findVendor(c, 'innolight'), 'innolight').source = 'also-missing';
  must(findEcosystem(c, 'infiniband'), 'infiniband').source = 'missing-too';
  assertProblem(c, /media\[dac-800g\]\.priceUsd: unknown source "no-such-source"/);
  assertProblem(c, /vendors\[innolight\]: unknown source "also-missing"/);
  assertProblem(c, /ecosystems\[infiniband\]: unknown source "missing-too"/);
});

test('checkCatalog detects a figure claiming a stronger quality than its source', () => {
  const c = copy();
  must(findMedium(c, 'lpo-800g'), 'lpo-800g').priceUsd.quality = 'primary';
  assertProblem(c, /media\[lpo-800g\]\.priceUsd: quality "primary" is stronger than its source/);
});

test('checkCatalog detects unknown vendor ids', () => {
  const c = copy();
  must(findSwitch(c, 'th5-64x800g'), 'th5').vendors[0]!.vendor = 'acme';
  must(findSwitch(c, 'qm9700'), 'qm9700').siliconVendor = 'acme-silicon';
  must(findEcosystem(c, 'ethernet-roce'), 'ethernet-roce').siliconSuppliers.push('ghost');
  c.fiber.vendors[0]!.vendor = 'nobody';
  assertProblem(c, /switches\[th5-64x800g\]\.vendors: unknown vendor "acme"/);
  assertProblem(c, /switches\[qm9700\]\.siliconVendor: unknown vendor "acme-silicon"/);
  assertProblem(c, /ecosystems\[ethernet-roce\]\.siliconSuppliers: unknown vendor "ghost"/);
  assertProblem(c, /fiber\[fiber-patch\]\.vendors: unknown vendor "nobody"/);
});

test('checkCatalog detects duplicate ids', () => {
  const c = copy();
  c.sources.push({ ...c.sources[0]! });
  c.vendors.push({ ...c.vendors[0]! });
  c.ecosystems.push({ ...c.ecosystems[0]! });
  c.media.push({ ...c.media[0]! });
  must(findNic(c, 'cx7-400g'), 'cx7').id = 'qm9700'; // same id as a switch
  assertProblem(c, new RegExp(`sources: duplicate id "${c.sources[0]!.id}"`));
  assertProblem(c, new RegExp(`vendors: duplicate id "${c.vendors[0]!.id}"`));
  assertProblem(c, new RegExp(`ecosystems: duplicate id "${c.ecosystems[0]!.id}"`));
  assertProblem(c, new RegExp(`components: duplicate id "${c.media[0]!.id}"`));
  assertProblem(c, /components: duplicate id "qm9700" \(in switches, nics\)/);
});

test('checkCatalog detects component ids unusable in scenario overrides', () => {
  const c = copy();
  must(findMedium(c, 'aoc-400g'), 'aoc-400g').id = 'AOC_400G';
  assertProblem(c, /media\[AOC_400G\]: id is not a valid component id/);
});

test('checkCatalog detects vendor shares that do not sum to 1, repeated vendors and empty lists', () => {
  const c = copy();
  must(findMedium(c, 'dsp-dr-800g'), 'dr8').vendors = [
    { vendor: 'innolight', share: 0.5 },
    { vendor: 'coherent', share: 0.4 },
  ];
  must(findNic(c, 'cx7-400g'), 'cx7').vendors = [
    { vendor: 'nvidia', share: 0.5 },
    { vendor: 'nvidia', share: 0.5 },
  ];
  must(findScaleUpFabric(c, 'nvlink5'), 'nvlink5').vendors = [];
  assertProblem(c, /media\[dsp-dr-800g\]\.vendors: shares sum to 0\.9/);
  assertProblem(c, /nics\[cx7-400g\]\.vendors: vendor "nvidia" listed twice/);
  assertProblem(c, /scaleUpFabrics\[nvlink5\]\.vendors: no vendor listed/);
  // the schema refuses the empty list too, except for `none`
  assert.equal(validateCatalog(c).ok, false);
});

test('vendor shares within floating-point tolerance of 1 pass', () => {
  const c = copy();
  must(findMedium(c, 'dsp-dr-800g'), 'dr8').vendors = [
    { vendor: 'innolight', share: 0.1 },
    { vendor: 'eoptolink', share: 0.2 },
    { vendor: 'coherent', share: 0.7 },
  ]; // 0.1 + 0.2 + 0.7 = 0.9999999999999999
  assert.deepEqual(checkCatalog(c), []);
  must(findMedium(c, 'dsp-dr-800g'), 'dr8').vendors[2]!.share = 0.7 + 2e-9;
  assertProblem(c, /media\[dsp-dr-800g\]\.vendors: shares sum to/);
});

test('checkCatalog detects ecosystems referenced by switches or NICs without an entry', () => {
  const c = copy();
  c.ecosystems = c.ecosystems.filter((e) => e.id !== 'spectrum-x');
  assertProblem(c, /switches\[sn5600\]\.ecosystems: no ecosystem entry for "spectrum-x"/);
  assertProblem(c, /nics\[bf3-supernic-400g\]\.ecosystems: no ecosystem entry for "spectrum-x"/);
});

test('checkCatalog detects a switch whose silicon vendor is not a supplier of its ecosystem', () => {
  const c = copy();
  must(findSwitch(c, 'th5-64x800g'), 'th5').ecosystems.push('infiniband');
  assertProblem(
    c,
    /switches\[th5-64x800g\]: silicon vendor "broadcom" is not a silicon supplier of ecosystem "infiniband"/,
  );
});

test('validateCatalog reports schema errors with their path', () => {
  const c = copy();
  const dr8 = must(findMedium(c, 'dsp-dr-800g'), 'dr8');
  dr8.priceUsd.low = 5000; // low > typical
  const v = validateCatalog(c);
  assert.equal(v.ok, false);
  assert.ok(!v.ok && v.problems.some((p) => p.startsWith('media.') && p.includes('low <= typical')), JSON.stringify(v));
});

// ---------------------------------------------------------------- coverage and consistency

test('every medium kind exists, with the right form, and ids are kind-rate', () => {
  for (const kind of MEDIUM_KINDS) {
    assert.ok(
      defaultCatalog.media.some((m) => m.kind === kind),
      `no ${kind}`,
    );
  }
  for (const m of defaultCatalog.media) {
    const form = ['dac', 'acc', 'aec', 'aoc'].includes(m.kind) ? 'cable' : m.kind === 'cpo' ? 'cpo' : 'transceiver';
    assert.equal(m.form, form, m.id);
    assert.equal(m.id, `${m.kind}-${m.rateGbps}g`);
  }
  for (const id of [
    'dac-400g',
    'dac-800g',
    'dsp-dr-400g',
    'dsp-dr-800g',
    'dsp-dr-1600g',
    'dsp-dr-3200g',
    'lpo-800g',
    'lpo-1600g',
    'cpo-800g',
    'cpo-1600g',
  ]) {
    assert.ok(findMedium(defaultCatalog, id), id);
  }
});

test('every switch and NIC cage rate has media, and every ecosystem has switches and NICs', () => {
  const rates = new Set(defaultCatalog.media.map((m) => m.rateGbps));
  for (const s of defaultCatalog.switches) {
    assert.ok(rates.has(s.cageRateGbps), `${s.id}: no medium at ${s.cageRateGbps}G`);
    if (s.cpo) assert.ok(findMedium(defaultCatalog, `cpo-${s.cageRateGbps}g`), `${s.id}: no CPO medium`);
    for (const r of s.portRatesGbps)
      assert.ok(r <= s.cageRateGbps && s.cageRateGbps % r === 0, `${s.id}: breakout ${r}`);
  }
  for (const n of defaultCatalog.nics) {
    assert.ok(rates.has(n.cageRateGbps), `${n.id}: no medium at ${n.cageRateGbps}G`);
    // A cage carries whole ports (400G in a 400G cage, 2 x 400G in 800G): serverCages relies on it
    // for a generic server, which takes the NIC's own cage unchecked.
    assert.ok(n.cageRateGbps % n.portRateGbps === 0, `${n.id}: ${n.portRateGbps}G ports in ${n.cageRateGbps}G cages`);
  }
  for (const e of defaultCatalog.ecosystems) {
    assert.ok(
      defaultCatalog.switches.some((s) => s.ecosystems.includes(e.id)),
      `${e.id}: no switch`,
    );
    assert.ok(
      defaultCatalog.nics.some((n) => n.ecosystems.includes(e.id)),
      `${e.id}: no NIC`,
    );
  }
});

test('generations arrive in order: 400G, 800G, 1.6T, 3.2T DR optics; CPO 800G before 1.6T', () => {
  const year = (id: string) => must(findMedium(defaultCatalog, id), id).firstVolumeYear;
  assert.ok(year('dsp-dr-400g') < year('dsp-dr-800g'));
  assert.ok(year('dsp-dr-800g') < year('dsp-dr-1600g'));
  assert.ok(year('dsp-dr-1600g') < year('dsp-dr-3200g'));
  assert.equal(year('dsp-dr-800g'), 2023);
  assert.equal(year('dsp-dr-1600g'), 2026);
  assert.equal(year('dsp-dr-3200g'), 2029);
  assert.equal(year('cpo-800g'), 2026);
  assert.ok(year('cpo-1600g') >= 2026 && year('cpo-1600g') <= 2027);
  assert.ok(year('lpo-800g') >= 2024 && year('lpo-800g') <= 2025);
});

// ---------------------------------------------------------------- spot checks of sourced figures

test('spot checks: media figures', () => {
  const m = (id: string) => must(findMedium(defaultCatalog, id), id);
  assertFigure(m('dsp-dr-800g').powerWPerEnd, { typical: 17, quality: 'primary', source: 'nvidia-mms4x00-ns' });
  assertFigure(m('dsp-dr-800g').priceUsd, { low: 1100, typical: 1250, high: 1400, quality: 'weak' });
  assertFigure(m('lpo-800g').priceUsd, {
    low: 700,
    typical: 800,
    high: 900,
    quality: 'weak',
    source: 'luxoptx-800g-cost',
  });
  assertFigure(m('lpo-800g').powerWPerEnd, { low: 8, typical: 8.5, high: 10, quality: 'weak' });
  assertFigure(m('dsp-sr-800g').powerWPerEnd, { typical: 15, quality: 'primary' });
  assertFigure(m('dsp-sr-400g').powerWPerEnd, { typical: 8, high: 9, quality: 'primary' });
  assertFigure(m('dsp-dr-400g').powerWPerEnd, { typical: 9, quality: 'primary' });
  assertFigure(m('dsp-fr-800g').priceUsd, { low: 1500, typical: 1700, high: 1900, quality: 'weak' });
  assertFigure(m('dsp-fr-800g').reachM, { typical: 2000 });
  assertFigure(m('dsp-dr-1600g').powerWPerEnd, { low: 25, typical: 28, high: 30, quality: 'secondary' });
  assertFigure(m('dac-800g').reachM, { typical: 2, high: 3, quality: 'primary' });
  assertFigure(m('dac-800g').powerWPerEnd, { typical: 0.1 });
  assertFigure(m('dac-800g').priceUsd, { low: 150, typical: 250, high: 400, quality: 'estimate' });
  assertFigure(m('dac-400g').reachM, { typical: 3 });
  assertFigure(m('dac-400g').priceUsd, { low: 60, typical: 100, high: 200, quality: 'estimate' });
  assertFigure(m('aec-800g').priceUsd, { low: 450, typical: 500, high: 600, quality: 'weak' });
  assertFigure(m('aec-800g').powerWPerEnd, { low: 6, typical: 9, high: 12, quality: 'estimate' });
  assertFigure(m('aoc-800g').reachM, { typical: 30, high: 100 });
  assertFigure(m('lro-800g').powerWPerEnd, { low: 10, typical: 11, high: 13, quality: 'estimate' });
  assertFigure(m('cpo-800g').powerWPerEnd, { typical: 5.5, quality: 'primary', source: 'broadcom-bailly-lfw' });
  assertFigure(m('cpo-1600g').powerWPerEnd, { typical: 9, quality: 'secondary' });
  assertFigure(m('lpo-800g').reachM, { typical: 500, quality: 'primary' });
  assertFigure(m('dsp-sr-800g').reachM, { typical: 50 });
  assert.equal(m('cpo-800g').priceUsd.quality, 'estimate');
});

test('spot checks: failure rates', () => {
  const m = (id: string) => must(findMedium(defaultCatalog, id), id);
  assertFigure(m('dsp-dr-800g').afrPercentPerYear, { low: 0.9, typical: 1.5, high: 1.75, quality: 'weak' });
  assertFigure(m('cpo-800g').afrPercentPerYear, { typical: 0.34, quality: 'weak' });
  assertFigure(m('aec-800g').afrPercentPerYear, { typical: 0.009, quality: 'weak' });
  assertFigure(m('dac-800g').afrPercentPerYear, { typical: 0.018, quality: 'weak' });
  assertFigure(m('lpo-800g').afrPercentPerYear, { typical: 1.5, quality: 'estimate' });
  assert.match(m('lpo-800g').afrPercentPerYear.note ?? '', /no published field/i);
});

test('spot checks: switches', () => {
  const s = (id: string) => must(findSwitch(defaultCatalog, id), id);
  const qm = s('qm9700');
  // 32 twin-port cages = 64 x 400G NDR = 25.6 Tb/s per direction (NVIDIA's 51.2 Tb/s counts both)
  assert.equal(qm.cages, 32);
  assert.equal((qm.cages * qm.cageRateGbps) / 400, 64);
  assert.deepEqual(qm.portRatesGbps, [400, 200]);
  assert.deepEqual(qm.ecosystems, ['infiniband']);
  assertFigure(qm.priceUsd, { low: 36000, typical: 43000, high: 50000, quality: 'weak' });
  assert.ok(qm.powerW.typical < 1000 && /excl/i.test(qm.powerW.note ?? ''), 'QM9700 power must exclude optics');

  const th5 = s('th5-64x800g');
  assert.equal(th5.cages * th5.cageRateGbps, 51200);
  assert.equal((th5.cages * th5.cageRateGbps) / 400, 128); // 128 x 400G
  assert.ok(th5.portRatesGbps.includes(400));
  assert.equal(th5.siliconVendor, 'broadcom');
  assertFigure(th5.priceUsd, { low: 80000, typical: 130000, high: 250000, quality: 'estimate' });
  // Per Tb/s (one direction): QM9700 43,000 / 25.6 = 1,680 USD; 51.2T Ethernet 130,000 / 51.2 = 2,539 USD,
  // 1.51x (was 200,000 / 51.2 = 3,906 USD, 2.33x, on one retailer blog); the range spans 0.93x-2.9x.
  const perTb = (sw: typeof qm, f: number) => f / ((sw.cages * sw.cageRateGbps) / 1000);
  assert.equal(perTb(qm, qm.priceUsd.typical), 1679.6875);
  assert.equal(perTb(th5, th5.priceUsd.typical), 2539.0625);
  assert.ok(Math.abs(perTb(th5, th5.priceUsd.typical) / perTb(qm, qm.priceUsd.typical) - 1.5116) < 1e-4);
  assert.ok(perTb(th5, th5.priceUsd.low!) < perTb(qm, qm.priceUsd.typical), 'white-box low end below InfiniBand');
  for (const id of ['sn5600', 'g200-64x800g', 'teralynx10-64x800g']) assert.deepEqual(s(id).priceUsd, th5.priceUsd);
  assertFigure(th5.powerW, { low: 1000, typical: 1500, high: 2200, quality: 'estimate' });

  const th6 = s('th6-64x1600g');
  assert.equal(th6.cages * th6.cageRateGbps, 102400);
  assert.equal(th6.firstVolumeYear, 2026);

  const q3400 = s('q3400');
  assert.equal(q3400.cages, 72);
  assert.equal(q3400.cageRateGbps, 1600);
  assert.equal(s('q3450').cages * s('q3450').cageRateGbps, 144 * 800);
  assert.equal(s('sn5600').cages * s('sn5600').cageRateGbps, 64 * 800);
  assert.equal(s('sn6810').cages * s('sn6810').cageRateGbps, 102400);
  assert.equal(s('g300-64x1600g').cages * s('g300-64x1600g').cageRateGbps, 102400);

  for (const sw of defaultCatalog.switches) {
    const cpoMedium = findMedium(defaultCatalog, `cpo-${sw.cageRateGbps}g`);
    if (sw.cpo && cpoMedium) {
      // CPO switches include their optical engines: at least ports x typical CPO port power above zero
      assert.ok(sw.powerW.typical > sw.cages * cpoMedium.powerWPerEnd.typical, sw.id);
    }
  }
  assert.deepEqual(
    defaultCatalog.switches.filter((x) => x.cpo).map((x) => x.id),
    ['q3450', 'sn6810', 'th6-cpo-64x1600g'],
  );
});

test('spot checks: NICs', () => {
  const n = (id: string) => must(findNic(defaultCatalog, id), id);
  assertFigure(n('cx7-400g').powerW, { low: 15, typical: 20, high: 25, quality: 'estimate' });
  assertFigure(n('cx7-400g').priceUsd, { low: 1200, typical: 1800, high: 2500, quality: 'estimate' });
  assert.equal(n('cx8-800g-ib').ports * n('cx8-800g-ib').portRateGbps, 800);
  assert.equal(n('cx8-2x400-eth').ports, 2);
  assert.equal(n('cx8-2x400-eth').portRateGbps, 400);
  assertFigure(n('bf3-supernic-400g').powerW, { low: 125, typical: 140, high: 150, quality: 'weak' });
  assertFigure(n('thor-ultra-800g').powerW, { typical: 50, quality: 'weak' });
  assert.ok(n('pollara-400g').ecosystems.includes('ultra-ethernet'));
  assert.equal(n('vulcano-800g').firstVolumeYear, 2026);
});

test('spot checks: scale-up fabrics, ecosystems, fibre and vendors', () => {
  const none = must(findScaleUpFabric(defaultCatalog, 'none'), 'none');
  for (const f of [
    none.bandwidthGBpsPerAccelerator,
    none.priceUsdPerAccelerator,
    none.powerWPerAccelerator,
    none.afrPercentPerYear,
  ]) {
    assertFigure(f, { typical: 0, source: 'fabricost-estimate', quality: 'estimate', note: 'no scale-up fabric' });
  }
  const nv4 = must(findScaleUpFabric(defaultCatalog, 'nvlink4'), 'nvlink4');
  assert.equal(nv4.bandwidthGBpsPerAccelerator.typical, 900);
  assert.equal(nv4.maxDomainSize, 256);
  const nv5 = must(findScaleUpFabric(defaultCatalog, 'nvlink5'), 'nvlink5');
  assert.equal(nv5.bandwidthGBpsPerAccelerator.typical, 1800);
  assert.equal(nv5.maxDomainSize, 576);
  const ifab = must(findScaleUpFabric(defaultCatalog, 'infinity-fabric'), 'infinity-fabric');
  assert.equal(ifab.bandwidthGBpsPerAccelerator.typical, 896);
  assert.equal(ifab.maxDomainSize, 8);
  assert.equal(ifab.priceUsdPerAccelerator.typical, 0);
  assert.equal(must(findScaleUpFabric(defaultCatalog, 'ualink'), 'ualink').maxDomainSize, 1024);
  assert.equal(defaultCatalog.scaleUpFabrics.length, 7);
  // A100 generation (compatibility reference §4): NVLink 3, 600 GB/s per GPU, 8-GPU NVSwitch gen-2 domain.
  const nv3 = must(findScaleUpFabric(defaultCatalog, 'nvlink3'), 'nvlink3');
  assert.equal(nv3.bandwidthGBpsPerAccelerator.typical, 600);
  assert.equal(nv3.bandwidthGBpsPerAccelerator.quality, 'primary');
  assert.equal(nv3.maxDomainSize, 8);

  assert.deepEqual(must(findEcosystem(defaultCatalog, 'infiniband'), 'ib').siliconSuppliers, ['nvidia']);
  assert.deepEqual(must(findEcosystem(defaultCatalog, 'spectrum-x'), 'sx').siliconSuppliers, ['nvidia']);
  assert.equal(must(findEcosystem(defaultCatalog, 'ethernet-roce'), 'roce').siliconSuppliers.length, 4);

  assertFigure(defaultCatalog.fiber.priceUsdPerLink, { low: 60, typical: 150, high: 300, quality: 'estimate' });

  const country = (id: string) => must(findVendor(defaultCatalog, id), id).country;
  assert.equal(country('innolight'), 'China');
  assert.equal(country('eoptolink'), 'China');
  assert.equal(country('coherent'), 'United States');
  // Redomiciled from Switzerland to Ireland in September 2024 (8-K12B, source vc-listings-filings).
  assert.equal(country('te-connectivity'), 'Ireland');
  assert.equal(country('celestica'), 'Canada');
  assert.equal(country('accton'), 'Taiwan');
  assert.equal(country('huawei'), 'China');
  const dr8 = must(findMedium(defaultCatalog, 'dsp-dr-800g'), 'dr8');
  const chinese = dr8.vendors.filter((v) => country(v.vendor) === 'China').reduce((a, v) => a + v.share, 0);
  assert.ok(Math.abs(chinese - 0.6) < 1e-9, 'Innolight + Eoptolink ~60% of 800G');
});

test('lookups return undefined for unknown ids', () => {
  assert.equal(findMedium(defaultCatalog, 'nope'), undefined);
  assert.equal(findSwitch(defaultCatalog, 'nope'), undefined);
  assert.equal(findNic(defaultCatalog, 'nope'), undefined);
  assert.equal(findVendor(defaultCatalog, 'nope'), undefined);
  assert.equal(findSource(defaultCatalog, 'nope'), undefined);
});

test('A100 generation and in-network reduction: HDR QM8700 + ConnectX-6, SHARP on InfiniBand switch families only', () => {
  const qm8700 = must(
    defaultCatalog.switches.find((s) => s.id === 'qm8700'),
    'qm8700',
  );
  assert.equal(qm8700.cages * qm8700.cageRateGbps, 8000, '40 x 200G');
  assert.deepEqual([qm8700.inNetworkReduction?.name, qm8700.inNetworkReduction?.firstYear], ['SHARP v2', 2020]);
  const cx6 = must(
    defaultCatalog.nics.find((n) => n.id === 'cx6-200g'),
    'cx6-200g',
  );
  assert.equal(cx6.portRateGbps, 200);
  for (const s of defaultCatalog.switches) {
    if (s.inNetworkReduction) assert.ok(s.ecosystems.includes('infiniband'), `${s.id}: in-network reduction`);
  }
  assert.equal(defaultCatalog.switches.find((s) => s.id === 'qm9700')?.inNetworkReduction?.name, 'SHARP v3');
  const a100 = must(
    defaultCatalog.accelerators?.find((a) => a.id === 'a100-sxm4-80gb'),
    'a100',
  );
  assert.deepEqual(
    [a100.peakTflopsBf16.typical, a100.memoryGB.typical, a100.memoryBandwidthGBps.typical],
    [312, 80, 2039],
  );
});

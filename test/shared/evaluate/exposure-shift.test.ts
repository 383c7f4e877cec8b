/** Winners and losers between the sample's DSP and LPO Ethernet scenarios, through the user path. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateProject } from '../../../shared/evaluate/evaluate-project.ts';
import { exposureShift, memoLine, UNNAMED_SUPPLIERS } from '../../../shared/evaluate/exposure-shift.ts';

const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'examples', 'sample-project.json'), 'utf8');
const ev = evaluateProject(text);
if (!ev.ok) assert.fail(ev.message);
const [, dsp, lpo] = ev.results;
assert.ok(dsp && lpo);

test('DSP to LPO: Marvell loses the whole DSP layer share and its driver/TIA share; LPO driver makers win', () => {
  const s = exposureShift(dsp, lpo);
  const marvell = s.byCompany.at(-1);
  assert.equal(marvell?.key, 'marvell');
  // DSP layer: 15% of the DSP modules' spend, 80% Marvell; driver/TIA: 8%, 50% Marvell
  const modules = dsp.bom.filter((l) => l.componentId.startsWith('dsp-')).reduce((a, l) => a + l.extendedPriceUsd, 0);
  assert.ok(Math.abs(-(marvell?.deltaUsd ?? 0) - modules * (0.15 * 0.8 + 0.08 * 0.5)) < 1e-3);
  assert.ok(Math.abs((marvell?.deltaUsdPerAccelerator ?? 0) - (marvell?.deltaUsd ?? 0) / 32_768) < 1e-9);
  assert.equal(s.byCompany[0]?.key, 'maxlinear');
  const dspLayer = s.byLayer.find((l) => l.key === 'dsp');
  assert.ok(Math.abs((dspLayer?.deltaUsd ?? 0) + modules * 0.15) < 1e-3);
  // winners minus losers is the change in network capex
  const net = s.byCompany.reduce((a, x) => a + x.deltaUsd, 0);
  assert.ok(Math.abs(net - (lpo.capex.totalUsd - dsp.capex.totalUsd)) < 1e-3);
  const m = memoLine(s, 32_768);
  assert.match(
    m.text,
    /^Moving 32,768 accelerators from Ethernet 32k fat-tree, DSP to Ethernet 32k fat-tree, LPO takes \$/,
  );
  assert.equal(m.losers[0]?.name, 'Marvell');
  // The unnamed suppliers' pool loses 181 USD per accelerator (the "other module parts" layer, all
  // of it unnamed) but is named apart, never counted or listed as a company.
  const pool = s.byCompany.find((x) => x.key === UNNAMED_SUPPLIERS);
  assert.ok(pool);
  assert.ok(Math.abs(pool.deltaUsdPerAccelerator + 181) < 1e-9);
  assert.equal(m.unnamedUsd, pool.deltaUsd);
  assert.ok(!m.losers.some((l) => l.name === pool.name));
  assert.equal(m.nLosers, s.byCompany.filter((x) => x.deltaUsd < 0).length - 1);
  assert.equal(m.nLosers, 8);
  assert.match(
    m.text,
    / takes \$31\.9M from 8 companies, most from Marvell \(-\$13\.1M\), .*, and unnamed component suppliers \(-\$5\.9M\) and gives /,
  );
  assert.equal(m.losingLayer, 'dsp');
  const layer = s.byLayer.find((x) => x.key === 'other-bom');
  assert.ok(layer && Math.abs(layer.deltaUsd - pool.deltaUsd) < 1e-6);
  assert.ok(Math.abs(m.gainedUsd - m.movedUsd - net) < 1e-3);
});

test('clusters of different sizes: the memo line is per accelerator, so a 2k to 32k move is not "no one loses"', () => {
  const [ib] = ev.results;
  assert.ok(ib);
  const s = exposureShift(ib, lpo);
  // In totals every large supplier gains (the cluster is 16 times larger) ...
  assert.ok(s.byCompany.find((x) => x.key === 'nvidia')!.deltaUsd > 0);
  const m = memoLine(s, ib.accelerators);
  assert.equal(m.perAccelerator, true);
  assert.equal(m.otherAccelerators, 32_768);
  // ... per accelerator NVIDIA (InfiniBand switches and NICs) loses most.
  const nvidia = s.byCompany.find((x) => x.key === 'nvidia')!;
  assert.deepEqual(m.losers[0], { name: nvidia.name, deltaUsd: nvidia.deltaUsdPerAccelerator });
  assert.ok(nvidia.deltaUsdPerAccelerator < -2_000);
  // Gains less losses per accelerator = the change in network capex per accelerator.
  const perAcc = lpo.capex.totalUsd / 32_768 - ib.capex.totalUsd / 2_048;
  assert.ok(Math.abs(m.gainedUsd - m.movedUsd - perAcc) < 1e-6);
  assert.match(
    m.text,
    /^Per accelerator, going from InfiniBand 2k, rail-optimized \(2,048 accelerators\) to Ethernet 32k fat-tree, LPO \(32,768\) takes \$[\d,]+ from NVIDIA \(-\$2,755\), /,
  );
  assert.match(m.text, /network spend per accelerator rises by \$2,520;/);
  // Same-size clusters keep totals.
  assert.equal(memoLine(exposureShift(dsp, lpo), 32_768).perAccelerator, false);
});

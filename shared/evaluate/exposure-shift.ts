/**
 * Winners and losers between two scenarios: how the network spend each company and each
 * value-chain layer earns moves from a baseline scenario to another, in USD and in USD per
 * accelerator, with the memo line an investor would write about it.
 */
import { layerName } from '../exposure/layer-names.ts';
import type { ScenarioResult } from './scenario-result.ts';

/**
 * Vendor id of the catalog's pool of unnamed component suppliers (vendors.json): it earns real
 * spend but is not a company, so memo lines name it apart and never count it as one.
 */
export const UNNAMED_SUPPLIERS = 'other-suppliers';

export interface SpendShift {
  /** Vendor id or layer id. */
  key: string;
  /** Display name (vendor name; the layer id for layers). */
  name: string;
  baselineUsd: number;
  otherUsd: number;
  /** otherUsd - baselineUsd: positive = winner. */
  deltaUsd: number;
  /**
   * otherUsd / other accelerators - baselineUsd / baseline accelerators, USD per accelerator
   * (the fair comparison when the two clusters differ in size).
   */
  deltaUsdPerAccelerator: number;
}

export interface ExposureShift {
  baseline: string;
  other: string;
  /** Companies, largest gain first, largest loss last; unchanged ones (|delta| < 0.5 USD) left out. */
  byCompany: SpendShift[];
  byLayer: SpendShift[];
  /** Sum of the losses, i.e. the spend that moves away from the losers, USD (>= 0). */
  movedUsd: number;
  /** Accelerators of the two clusters (per-accelerator deltas are the fair view when they differ). */
  baselineAccelerators: number;
  otherAccelerators: number;
}

function shifts(
  base: ReadonlyMap<string, { name: string; usd: number }>,
  other: ReadonlyMap<string, { name: string; usd: number }>,
  nBase: number,
  nOther: number,
): SpendShift[] {
  const keys = new Set([...base.keys(), ...other.keys()]);
  const out: SpendShift[] = [];
  for (const key of keys) {
    const b = base.get(key)?.usd ?? 0;
    const o = other.get(key)?.usd ?? 0;
    if (Math.abs(o - b) < 0.5) continue;
    out.push({
      key,
      name: other.get(key)?.name ?? base.get(key)?.name ?? key,
      baselineUsd: b,
      otherUsd: o,
      deltaUsd: o - b,
      deltaUsdPerAccelerator: (nOther > 0 ? o / nOther : 0) - (nBase > 0 ? b / nBase : 0),
    });
  }
  return out.sort((x, y) => y.deltaUsd - x.deltaUsd || (x.key < y.key ? -1 : 1));
}

/**
 * Spend shift from `baseline` to `other`. Example: the sample's "Ethernet 32k fat-tree, DSP" to
 * "… LPO" moves the whole DSP layer (12.3 M USD) away, so Marvell is the largest loser.
 */
export function exposureShift(baseline: ScenarioResult, other: ScenarioResult): ExposureShift {
  const companies = (r: ScenarioResult) =>
    new Map(r.exposure.byCompany.map((c) => [c.vendor, { name: c.name, usd: c.spendUsd }]));
  const layers = (r: ScenarioResult) =>
    new Map(r.exposure.byLayer.map((l) => [l.layer, { name: l.layer, usd: l.spendUsd }]));
  const byCompany = shifts(companies(baseline), companies(other), baseline.accelerators, other.accelerators);
  const byLayer = shifts(layers(baseline), layers(other), baseline.accelerators, other.accelerators);
  const movedUsd = byCompany.reduce((a, s) => a + Math.max(0, -s.deltaUsd), 0);
  return {
    baseline: baseline.name,
    other: other.name,
    byCompany,
    byLayer,
    movedUsd,
    baselineAccelerators: baseline.accelerators,
    otherAccelerators: other.accelerators,
  };
}

/** The parts of a memo line, for a host to word in its own language. */
export interface MemoLine {
  accelerators: number;
  /** The other cluster's accelerators (differs from `accelerators` when the sizes differ). */
  otherAccelerators: number;
  /**
   * True when the clusters differ in size: every amount below is then USD per accelerator
   * (a 2k to 32k move raises every company's total, which says nothing about the design).
   */
  perAccelerator: boolean;
  baseline: string;
  other: string;
  /** Spend the losers give up, USD (per accelerator when `perAccelerator`; so are all amounts below). */
  movedUsd: number;
  /** Spend the winners gain, USD; gainedUsd - movedUsd is the change in network capex. */
  gainedUsd: number;
  /** Up to three largest named losers and winners with their deltas (USD; losers negative). */
  losers: { name: string; deltaUsd: number }[];
  winners: { name: string; deltaUsd: number }[];
  /** How many named companies lose and gain (the unnamed pool not counted). */
  nLosers: number;
  nWinners: number;
  /** Change of the unnamed suppliers' pool, USD (0 when it does not move). */
  unnamedUsd: number;
  /** The layer losing most, and the one gaining most (undefined when none). */
  losingLayer: string | undefined;
  gainingLayer: string | undefined;
  /** Their deltas, USD (losing negative); 0 when there is no such layer. */
  losingLayerUsd: number;
  gainingLayerUsd: number;
  /** The line in English. */
  text: string;
}

const musd = (x: number) => `$${(Math.abs(x) / 1e6).toFixed(1)}M`;
/** USD per accelerator: whole dollars from 100 up, cents below. */
const usdEach = (x: number) =>
  `$${Math.abs(x).toLocaleString('en-US', Math.abs(x) >= 100 ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * Memo line for a shift. Example: "Moving 32,768 accelerators from Ethernet 32k fat-tree, DSP
 * to Ethernet 32k fat-tree, LPO takes $31.9M from 8 companies, most from Marvell (-$13.1M), ...,
 * and unnamed component suppliers (-$5.9M) and gives $2.4M to MaxLinear (+$1.3M), ...; network
 * spend falls by $29.5M; the DSP
 * (retimer/gearbox) layer loses most ($12.3M)."
 */
export function memoLine(shift: ExposureShift, accelerators: number): MemoLine {
  const perAccelerator = shift.baselineAccelerators !== shift.otherAccelerators;
  const d = (s: SpendShift) => (perAccelerator ? s.deltaUsdPerAccelerator : s.deltaUsd);
  const money = perAccelerator ? usdEach : musd;
  const named = shift.byCompany.filter((s) => s.key !== UNNAMED_SUPPLIERS);
  const pool = shift.byCompany.find((s) => s.key === UNNAMED_SUPPLIERS);
  const unnamedUsd = pool ? d(pool) : 0;
  const losers = named
    .filter((s) => d(s) < 0)
    .sort((a, b) => d(a) - d(b))
    .slice(0, 3)
    .map((s) => ({ name: s.name, deltaUsd: d(s) }));
  const winners = named
    .filter((s) => d(s) > 0)
    .sort((a, b) => d(b) - d(a))
    .slice(0, 3)
    .map((s) => ({ name: s.name, deltaUsd: d(s) }));
  const lost = shift.byLayer.filter((s) => d(s) < 0).sort((a, b) => d(a) - d(b))[0];
  const gained = shift.byLayer.filter((s) => d(s) > 0).sort((a, b) => d(b) - d(a))[0];
  const list = (xs: { name: string; deltaUsd: number }[], sign: string) =>
    xs.map((x) => `${x.name} (${sign}${money(x.deltaUsd)})`).join(', ');
  const movedUsd = shift.byCompany.reduce((a, x) => a + Math.max(0, -d(x)), 0);
  const gainedUsd = shift.byCompany.reduce((a, x) => a + Math.max(0, d(x)), 0);
  const net = gainedUsd - movedUsd;
  const nLosers = named.filter((s) => d(s) < 0).length;
  const nWinners = named.filter((s) => d(s) > 0).length;
  // The total is over every loser (winner); when the list leaves some out, say how many there are.
  // The unnamed pool is part of the total but named apart, since it is not a company.
  const side = (n: number, xs: { name: string; deltaUsd: number }[], sign: string, word: string, withPool: boolean) => {
    const companies = n === 0 ? '' : n <= xs.length ? list(xs, sign) : `${n} companies, most ${word} ${list(xs, sign)}`;
    const unnamed = withPool ? `unnamed component suppliers (${sign}${money(unnamedUsd)})` : '';
    return companies && unnamed ? `${companies}, and ${unnamed}` : companies || unnamed || 'no one';
  };
  const n = (x: number) => x.toLocaleString('en-US');
  let text = perAccelerator
    ? `Per accelerator, going from ${shift.baseline} (${n(accelerators)} accelerators) to ${shift.other} ` +
      `(${n(shift.otherAccelerators)}) takes ${money(movedUsd)} from ${side(nLosers, losers, '-', 'from', unnamedUsd < 0)}`
    : `Moving ${n(accelerators)} accelerators from ${shift.baseline} to ${shift.other} ` +
      `takes ${money(movedUsd)} from ${side(nLosers, losers, '-', 'from', unnamedUsd < 0)}`;
  text += ` and gives ${money(gainedUsd)} to ${side(nWinners, winners, '+', 'to', unnamedUsd > 0)}`;
  text += `; network spend${perAccelerator ? ' per accelerator' : ''} ${net < 0 ? 'falls' : 'rises'} by ${money(net)}`;
  if (lost) text += `; the ${layerName(lost.key)} layer loses most (${money(d(lost))})`;
  if (gained) text += `, the ${layerName(gained.key)} layer gains most (${money(d(gained))})`;
  text += '.';
  return {
    accelerators,
    otherAccelerators: shift.otherAccelerators,
    perAccelerator,
    baseline: shift.baseline,
    other: shift.other,
    movedUsd,
    gainedUsd,
    losers,
    winners,
    nLosers,
    nWinners,
    unnamedUsd,
    losingLayer: lost?.key,
    gainingLayer: gained?.key,
    losingLayerUsd: lost ? d(lost) : 0,
    gainingLayerUsd: gained ? d(gained) : 0,
    text,
  };
}

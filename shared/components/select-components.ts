/**
 * Picks the NIC and the switch model a scenario uses: the one named, checked against the
 * ecosystem, port rate and year, or (auto) the newest eligible one, cheapest per port on ties.
 */
import type { Catalog, EcosystemId, Nic, SwitchModel } from '../catalog/catalog-schema.ts';
import { fail, ok, type Result } from '../model-error.ts';
import type { Pricing } from './pricing.ts';

export interface SelectionContext {
  catalog: Catalog;
  pricing: Pricing;
  ecosystem: EcosystemId;
  /** NIC port rate in Gb/s. */
  rateGbps: number;
  year: number;
}

/**
 * Effective switch radix at `rateGbps`: cages x cage rate / rate, when the rate is one the
 * cages break out to; 0 otherwise. Example: QM9700 (32 x 800G) at 400G → 64.
 */
export function effectiveRadix(sw: SwitchModel, rateGbps: number): number {
  if (!sw.portRatesGbps.includes(rateGbps)) return 0;
  return Math.floor((sw.cages * sw.cageRateGbps) / rateGbps);
}

function listIds(items: { id: string }[]): string {
  return items.length ? items.map((i) => i.id).join(', ') : 'none';
}

/** Memo of selections per catalog: sweeps ask the same question thousands of times. */
const memo = new WeakMap<Catalog, Map<string, unknown>>();

function memoized<T>(ctx: SelectionContext, key: string, compute: () => T): T {
  let m = memo.get(ctx.catalog);
  if (!m) memo.set(ctx.catalog, (m = new Map()));
  const full = `${key}|${ctx.ecosystem}|${ctx.rateGbps}|${ctx.year}|${ctx.pricing.key}`;
  if (m.has(full)) return m.get(full) as T;
  const v = compute();
  if (m.size > 4096) m.clear();
  m.set(full, v);
  return v;
}

export function selectNic(ctx: SelectionContext, wanted: string): Result<Nic> {
  return memoized(ctx, `nic|${wanted}`, () => computeNic(ctx, wanted));
}

function computeNic(ctx: SelectionContext, wanted: string): Result<Nic> {
  const { catalog, ecosystem, rateGbps, year } = ctx;
  if (wanted !== 'auto') {
    const nic = catalog.nics.find((n) => n.id === wanted);
    if (!nic) return fail('scaleOut.nic', wanted, `unknown NIC; catalog NICs: ${listIds(catalog.nics)}`);
    if (!nic.ecosystems.includes(ecosystem)) {
      return fail(
        'scaleOut.nic',
        wanted,
        `not part of the ${ecosystem} ecosystem (supports ${nic.ecosystems.join(', ')})`,
      );
    }
    if (nic.portRateGbps !== rateGbps) {
      return fail(
        'scaleOut.nic',
        wanted,
        `ports run at ${nic.portRateGbps} Gb/s, but scaleOut.nicPortRateGbps is ${rateGbps}`,
      );
    }
    if (nic.firstVolumeYear > year) {
      return fail('scaleOut.nic', wanted, `first volume in ${nic.firstVolumeYear}, after the scenario year ${year}`);
    }
    return ok(nic);
  }
  const eligible = catalog.nics.filter(
    (n) => n.ecosystems.includes(ecosystem) && n.portRateGbps === rateGbps && n.firstVolumeYear <= year,
  );
  if (eligible.length === 0) {
    const rates = [
      ...new Set(
        catalog.nics
          .filter((n) => n.ecosystems.includes(ecosystem) && n.firstVolumeYear <= year)
          .map((n) => n.portRateGbps),
      ),
    ];
    return fail(
      'scaleOut.nicPortRateGbps',
      rateGbps,
      `no ${ecosystem} NIC with ${rateGbps} Gb/s ports is available by ${year}; available rates: ${rates.sort((a, b) => a - b).join(', ') || 'none'} Gb/s`,
    );
  }
  const perPort = (n: Nic) => ctx.pricing.price(n.id, n.priceUsd) / n.ports;
  eligible.sort((a, b) => b.firstVolumeYear - a.firstVolumeYear || perPort(a) - perPort(b) || a.id.localeCompare(b.id));
  return ok(eligible[0]!);
}

/**
 * The named switch, or every eligible one in order of preference (newest, then cheapest per
 * port). The evaluator takes the first one whose links can all be built. `needCpo` is true
 * when a media policy forces co-packaged optics, false when it forces a pluggable or copper
 * medium, undefined when every policy is auto (then CPO models are picked only when named).
 */
export function switchCandidates(
  ctx: SelectionContext,
  wanted: string,
  needCpo: boolean | undefined,
): Result<SwitchModel[]> {
  return memoized(ctx, `switch|${wanted}|${needCpo}`, () => computeSwitchCandidates(ctx, wanted, needCpo));
}

function computeSwitchCandidates(
  ctx: SelectionContext,
  wanted: string,
  needCpo: boolean | undefined,
): Result<SwitchModel[]> {
  const { catalog, ecosystem, rateGbps, year } = ctx;
  if (wanted !== 'auto') {
    const sw = catalog.switches.find((s) => s.id === wanted);
    if (!sw) return fail('switch.model', wanted, `unknown switch; catalog switches: ${listIds(catalog.switches)}`);
    if (!sw.ecosystems.includes(ecosystem)) {
      return fail(
        'switch.model',
        wanted,
        `not part of the ${ecosystem} ecosystem (supports ${sw.ecosystems.join(', ')})`,
      );
    }
    if (!sw.portRatesGbps.includes(rateGbps)) {
      return fail(
        'switch.model',
        wanted,
        `ports run at ${sw.portRatesGbps.join(', ')} Gb/s, not the NIC rate ${rateGbps} Gb/s`,
      );
    }
    if (sw.firstVolumeYear > year) {
      return fail('switch.model', wanted, `first volume in ${sw.firstVolumeYear}, after the scenario year ${year}`);
    }
    return ok([sw]);
  }
  const eligible = catalog.switches.filter(
    (s) =>
      s.ecosystems.includes(ecosystem) &&
      s.portRatesGbps.includes(rateGbps) &&
      s.firstVolumeYear <= year &&
      (needCpo === undefined ? !s.cpo : s.cpo === needCpo),
  );
  if (eligible.length === 0) {
    const kind = needCpo ? 'co-packaged-optics ' : '';
    return fail(
      'switch.model',
      wanted,
      `no ${kind}${ecosystem} switch with ${rateGbps} Gb/s ports is available by ${year}; name one or change the year, rate or media`,
    );
  }
  const perPort = (s: SwitchModel) => ctx.pricing.price(s.id, s.priceUsd) / effectiveRadix(s, rateGbps);
  eligible.sort((a, b) => b.firstVolumeYear - a.firstVolumeYear || perPort(a) - perPort(b) || a.id.localeCompare(b.id));
  return ok(eligible);
}

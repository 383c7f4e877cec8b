/**
 * Supply-chain exposure of the network spend: shares by vendor and by headquarters country,
 * the Herfindahl-Hirschman index, the top vendor, single-source BOM items and the number of
 * independent switch-silicon suppliers in the ecosystem.
 */
import type { Vendor } from '../catalog/catalog-schema.ts';
import type { BomLine } from '../bom/bom-line.ts';

export interface VendorSpend {
  vendor: string;
  name: string;
  country: string;
  spendUsd: number;
  /** 0..1 of network capex. */
  share: number;
}

export interface CountrySpend {
  country: string;
  spendUsd: number;
  share: number;
}

export interface Exposure {
  byVendor: VendorSpend[];
  byCountry: CountrySpend[];
  /** Sum of squared percentage shares by vendor, 0..10,000. */
  hhi: number;
  /** Same index over countries. */
  countryHhi: number;
  topVendor: { vendor: string; share: number } | undefined;
  /** Components in the BOM that only one vendor supplies. */
  singleSourceItems: { componentId: string; component: string; vendor: string; spendUsd: number }[];
  /** Independent switch-silicon suppliers of the ecosystem. */
  siliconSuppliers: number;
}

/**
 * HHI of shares given in 0..1: sum of (100 x share)^2. Example: hhi([0.5, 0.5]) = 5,000;
 * a monopoly gives 10,000.
 */
export function hhi(shares: readonly number[]): number {
  return shares.reduce((s, x) => s + (100 * x) ** 2, 0);
}

interface VendorIndex {
  byId: Map<string, number>;
  list: Vendor[];
}
const vendorIndex = new WeakMap<readonly Vendor[], VendorIndex>();

/** Dense index of the catalog's vendors, built once per vendor list (sums go into an array). */
function indexOf(vendors: readonly Vendor[]): VendorIndex {
  let idx = vendorIndex.get(vendors);
  if (!idx) {
    idx = { byId: new Map(vendors.map((v, i) => [v.id, i])), list: [...vendors] };
    vendorIndex.set(vendors, idx);
  }
  return idx;
}

/**
 * Splits each line's extended price over its vendors by supply share and sums.
 * Example: a 1,000 USD line of a module 60% Innolight, 40% Coherent → 600 and 400 USD.
 */
export function vendorExposure(
  lines: readonly BomLine[],
  vendors: readonly Vendor[],
  siliconSuppliers: number,
): Exposure {
  const idx = indexOf(vendors);
  const spend = new Float64Array(idx.list.length);
  // Vendors missing from the catalog (user data) are summed apart and reported as "Unknown" country.
  let unknown: Map<string, number> | undefined;
  let total = 0;
  const single: Exposure['singleSourceItems'] = [];
  for (const l of lines) {
    const usd = l.extendedPriceUsd;
    total += usd;
    for (const vs of l.vendors) {
      const i = idx.byId.get(vs.vendor);
      if (i !== undefined) spend[i]! += usd * vs.share;
      else (unknown ??= new Map()).set(vs.vendor, (unknown.get(vs.vendor) ?? 0) + usd * vs.share);
    }
    if (l.vendors.length === 1 && usd > 0) {
      single.push({ componentId: l.componentId, component: l.component, vendor: l.vendors[0]!.vendor, spendUsd: usd });
    }
  }
  const byVendor: VendorSpend[] = [];
  const share = (x: number) => (total > 0 ? x / total : 0);
  for (let i = 0; i < spend.length; i++) {
    const spendUsd = spend[i]!;
    if (spendUsd === 0) continue;
    const v = idx.list[i]!;
    byVendor.push({ vendor: v.id, name: v.name, country: v.country, spendUsd, share: share(spendUsd) });
  }
  for (const [vendor, spendUsd] of unknown ?? []) {
    byVendor.push({ vendor, name: vendor, country: 'Unknown', spendUsd, share: share(spendUsd) });
  }
  byVendor.sort((a, b) => b.spendUsd - a.spendUsd || (a.vendor < b.vendor ? -1 : 1));
  const countries = new Map<string, number>();
  for (const v of byVendor) countries.set(v.country, (countries.get(v.country) ?? 0) + v.spendUsd);
  const byCountry = [...countries]
    .map(([country, spendUsd]) => ({ country, spendUsd, share: total > 0 ? spendUsd / total : 0 }))
    .sort((a, b) => b.spendUsd - a.spendUsd || (a.country < b.country ? -1 : 1));
  const merged = new Map<string, Exposure['singleSourceItems'][number]>();
  for (const s of single) {
    const prev = merged.get(s.componentId);
    if (prev) prev.spendUsd += s.spendUsd;
    else merged.set(s.componentId, { ...s });
  }
  return {
    byVendor,
    byCountry,
    hhi: hhi(byVendor.map((v) => v.share)),
    countryHhi: hhi(byCountry.map((c) => c.share)),
    topVendor: byVendor[0] ? { vendor: byVendor[0].vendor, share: byVendor[0].share } : undefined,
    singleSourceItems: [...merged.values()],
    siliconSuppliers,
  };
}

/**
 * Who earns the network spend through the value chain: each BOM line's extended price is split
 * over the catalog's value-chain layers (DSP, lasers, module maker, switch silicon, OEM, ...)
 * and, within each layer, over that layer's suppliers. Spend per company is
 *   sum over lines and line sellers of extendedPriceUsd x seller share x layer share x supplier share,
 * so the companies' spend sums to network capex (every line counts; a line no split covers is
 * kept whole as layer "unsplit" with its sellers).
 *
 * Example: 1,000 USD of 800G DSP modules sold 40% by Innolight gives the DSP layer
 * 1,000 x 0.15 = 150 USD, of which Marvell 80% = 120 USD, and Innolight earns
 * 1,000 x 0.4 x (0.07 yield loss + 0.32 module maker) = 156 USD.
 */
import type {
  Catalog,
  ComponentCategory,
  ValueChainLayer,
  ValueChainSplit,
  Vendor,
  VendorShare,
} from '../catalog/catalog-schema.ts';
import type { BomLine } from '../bom/bom-line.ts';

/** A value-chain layer, or "unsplit" for spend of a component no split covers. */
export type ExposureLayer = ValueChainLayer | 'unsplit';

export interface CompanyLayerSpend {
  layer: ExposureLayer;
  spendUsd: number;
}

export interface CompanySpend {
  /** Catalog vendor id, e.g. "marvell". */
  vendor: string;
  name: string;
  /** Headquarters country; "Unknown" for a vendor missing from the catalog. */
  country: string;
  /** Tickers as "SYMBOL:EXCHANGE" joined by ", ", or "private", or "" when the catalog has no listing. */
  listing: string;
  parent: string | undefined;
  spendUsd: number;
  /** 0..1 of network capex. */
  share: number;
  /** This company's spend by layer, largest first. */
  byLayer: CompanyLayerSpend[];
}

export interface LayerSpend {
  layer: ExposureLayer;
  spendUsd: number;
  share: number;
  /** Companies earning this layer, largest first. */
  companies: { vendor: string; spendUsd: number }[];
}

export interface ValueChainExposure {
  /** Companies by spend earned, largest first. */
  byCompany: CompanySpend[];
  /** Layers by spend, largest first. */
  byLayer: LayerSpend[];
  /** Spend by the headquarters country of the companies earning it (not of the sellers). */
  byCompanyCountry: { country: string; spendUsd: number; share: number }[];
}

interface ComponentInfo {
  category: ComponentCategory;
  kind: string | undefined;
  silicon: string | undefined;
}

const infoCache = new WeakMap<Catalog, Map<string, ComponentInfo>>();

function componentInfo(catalog: Catalog): Map<string, ComponentInfo> {
  let m = infoCache.get(catalog);
  if (!m) {
    m = new Map();
    for (const x of catalog.media) m.set(x.id, { category: 'media', kind: x.kind, silicon: undefined });
    for (const x of catalog.switches) m.set(x.id, { category: 'switches', kind: undefined, silicon: x.siliconVendor });
    for (const x of catalog.nics) m.set(x.id, { category: 'nics', kind: undefined, silicon: undefined });
    for (const x of catalog.scaleUpFabrics)
      m.set(x.id, { category: 'scaleUpFabrics', kind: undefined, silicon: undefined });
    m.set(catalog.fiber.id, { category: 'fiber', kind: undefined, silicon: undefined });
    infoCache.set(catalog, m);
  }
  return m;
}

/**
 * The split that applies to a component sold by `seller`: the first whose match covers the
 * component and whose sellers (if any) include the seller. Undefined when none does.
 * Example: a TH5 switch sold by Celestica gets "switch-white-box", by Arista "switch-branded".
 */
export function splitFor(catalog: Catalog, componentId: string, seller: string): ValueChainSplit | undefined {
  let m = splitCache.get(catalog);
  if (!m) splitCache.set(catalog, (m = new Map()));
  const key = `${componentId}\u0000${seller}`;
  // null marks "no split" so a miss is cached too.
  let sp = m.get(key);
  if (sp === undefined) m.set(key, (sp = findSplit(catalog, componentId, seller) ?? null));
  return sp ?? undefined;
}

/** Per catalog: split by component id and seller (an evaluation asks for the same pairs again and again). */
const splitCache = new WeakMap<Catalog, Map<string, ValueChainSplit | null>>();

function findSplit(catalog: Catalog, componentId: string, seller: string): ValueChainSplit | undefined {
  const info = componentInfo(catalog).get(componentId);
  if (!info) return undefined;
  return catalog.valueChain?.splits.find(
    (sp) =>
      (!sp.sellers || sp.sellers.includes(seller)) &&
      sp.match.some(
        (m) =>
          m.category === info.category &&
          (!m.ids || m.ids.includes(componentId)) &&
          (!m.kinds || (info.kind !== undefined && (m.kinds as readonly string[]).includes(info.kind))),
      ),
  );
}

/** Per catalog: vendor by id. */
const vendorCache = new WeakMap<Catalog, Map<string, Vendor>>();

function vendorOf(catalog: Catalog, id: string): Vendor | undefined {
  let m = vendorCache.get(catalog);
  if (!m) vendorCache.set(catalog, (m = new Map(catalog.vendors.map((v) => [v.id, v]))));
  return m.get(id);
}

function listingLabel(v: Vendor | undefined): { listing: string; parent: string | undefined } {
  const l = v?.listing;
  const listing = !l
    ? ''
    : l.status === 'private'
      ? 'private'
      : l.tickers.map((t) => `${t.symbol}:${t.exchange}`).join(', ');
  return { listing, parent: v?.parent };
}

/** A split's layer shares in layer order and their sum. */
function sharesOf(
  sp: ValueChainSplit,
  layerShare: (split: ValueChainSplit, layer: ValueChainLayer) => number,
): { shares: number[]; sum: number } {
  const shares = sp.layers.map((l) => layerShare(sp, l.layer));
  return { shares, sum: shares.reduce((a, b) => a + b, 0) };
}

const typicalCache = new WeakMap<ValueChainSplit, { shares: number[]; sum: number }>();

/** The default: each layer's typical share (the first entry for a layer), computed once per split. */
function typicalShares(sp: ValueChainSplit): { shares: number[]; sum: number } {
  let t = typicalCache.get(sp);
  if (!t) {
    t = sharesOf(sp, (s, layer) => s.layers.find((l) => l.layer === layer)?.share.typical ?? 0);
    typicalCache.set(sp, t);
  }
  return t;
}

/**
 * Splits every BOM line over value-chain layers and suppliers (see the module comment).
 * `layerShare` may replace a layer's typical share (e.g. a low/high case); the shares of a split
 * are then renormalised so each line still sums to its price. Pure.
 */
export function valueChainExposure(
  lines: readonly BomLine[],
  catalog: Catalog,
  layerShare?: (split: ValueChainSplit, layer: ValueChainLayer) => number,
): ValueChainExposure {
  // spend[vendor][layer]
  const spend = new Map<string, Map<ExposureLayer, number>>();
  const add = (vendor: string, layer: ExposureLayer, usd: number) => {
    if (usd === 0) return;
    let m = spend.get(vendor);
    if (!m) spend.set(vendor, (m = new Map()));
    m.set(layer, (m.get(layer) ?? 0) + usd);
  };
  let total = 0;
  for (const line of lines) {
    const usd = line.extendedPriceUsd;
    total += usd;
    const silicon = componentInfo(catalog).get(line.componentId)?.silicon;
    for (const seller of line.vendors) {
      const sellerUsd = usd * seller.share;
      const sp = splitFor(catalog, line.componentId, seller.vendor);
      if (!sp) {
        add(seller.vendor, 'unsplit', sellerUsd);
        continue;
      }
      const { shares, sum } = layerShare ? sharesOf(sp, layerShare) : typicalShares(sp);
      sp.layers.forEach((l, i) => {
        const layerUsd = sum > 0 ? (sellerUsd * shares[i]!) / sum : 0;
        const who: readonly VendorShare[] =
          'vendors' in l.suppliers
            ? l.suppliers.vendors
            : [{ vendor: l.suppliers.from === 'silicon' && silicon ? silicon : seller.vendor, share: 1 }];
        for (const w of who) add(w.vendor, l.layer, layerUsd * w.share);
      });
    }
  }
  const share = (x: number) => (total > 0 ? x / total : 0);
  const byCompany: CompanySpend[] = [];
  const layers = new Map<ExposureLayer, { spendUsd: number; companies: { vendor: string; spendUsd: number }[] }>();
  const countries = new Map<string, number>();
  for (const [vendor, m] of spend) {
    const v = vendorOf(catalog, vendor);
    const byLayer = [...m].map(([layer, spendUsd]) => ({ layer, spendUsd })).sort((a, b) => b.spendUsd - a.spendUsd);
    const spendUsd = byLayer.reduce((a, l) => a + l.spendUsd, 0);
    const country = v?.country ?? 'Unknown';
    byCompany.push({
      vendor,
      name: v?.name ?? vendor,
      country,
      ...listingLabel(v),
      spendUsd,
      share: share(spendUsd),
      byLayer,
    });
    countries.set(country, (countries.get(country) ?? 0) + spendUsd);
    for (const l of byLayer) {
      let e = layers.get(l.layer);
      if (!e) layers.set(l.layer, (e = { spendUsd: 0, companies: [] }));
      e.spendUsd += l.spendUsd;
      e.companies.push({ vendor, spendUsd: l.spendUsd });
    }
  }
  const bySpend =
    <T extends { spendUsd: number }>(key: (x: T) => string) =>
    (a: T, b: T) =>
      b.spendUsd - a.spendUsd || (key(a) < key(b) ? -1 : 1);
  byCompany.sort(bySpend((x) => x.vendor));
  const byLayer: LayerSpend[] = [...layers]
    .map(([layer, e]) => ({
      layer,
      spendUsd: e.spendUsd,
      share: share(e.spendUsd),
      companies: e.companies.sort(bySpend((x) => x.vendor)),
    }))
    .sort(bySpend((x) => x.layer));
  const byCompanyCountry = [...countries]
    .map(([country, spendUsd]) => ({ country, spendUsd, share: share(spendUsd) }))
    .sort(bySpend((x) => x.country));
  return { byCompany, byLayer, byCompanyCountry };
}

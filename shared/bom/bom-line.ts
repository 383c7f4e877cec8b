/**
 * A bill-of-materials line: one component in one role, with quantity, unit price, unit
 * power and provenance. Extended figures are quantity x unit; the workbook rebuilds them as
 * formulas from exactly these fields.
 */
import type { VendorShare } from '../catalog/catalog-schema.ts';
import type { Provenance } from '../components/pricing.ts';
import type { LinkClass } from '../scenario/scenario-schema.ts';

export const BOM_CATEGORIES = ['switches', 'nics', 'transceivers', 'cables', 'scaleUp'] as const;
export type BomCategory = (typeof BOM_CATEGORIES)[number];

export interface BomLine {
  category: BomCategory;
  /** Catalog id of the component, e.g. "qm9700". */
  componentId: string;
  /** Display name, e.g. "NVIDIA Quantum-2 QM9700". */
  component: string;
  /** What the line is for, e.g. "spine switches" or "NIC end of accelerator-leaf links". */
  role: string;
  linkClass?: LinkClass;
  /** Vendors with their share of this component's supply (sum 1). */
  vendors: VendorShare[];
  quantity: number;
  unitPriceUsd: number;
  /** W per unit (per module, per cable end pair, per switch, per accelerator for scale-up). */
  unitPowerW: number;
  extendedPriceUsd: number;
  extendedPowerW: number;
  priceSource: Provenance;
  powerSource: Provenance;
}

/** Builds a line and its extended figures. Example: 10 x 1,250 USD x 17 W → 12,500 USD, 170 W. */
export function bomLine(l: Omit<BomLine, 'extendedPriceUsd' | 'extendedPowerW'>): BomLine {
  return { ...l, extendedPriceUsd: l.quantity * l.unitPriceUsd, extendedPowerW: l.quantity * l.unitPowerW };
}

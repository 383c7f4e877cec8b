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

export const BOM_ROLES = ['switches', 'nics', 'cables', 'transceivers', 'cpoPorts', 'fibre', 'scaleUp'] as const;
export type BomRole = (typeof BOM_ROLES)[number];

export interface BomLine {
  category: BomCategory;
  /** Catalog id of the component, e.g. "qm9700". */
  componentId: string;
  /** Display name, e.g. "NVIDIA Quantum-2 QM9700". */
  component: string;
  /** What the line is for, in English, e.g. "spine switches" or "leaf-spine transceivers". */
  role: string;
  /** The role as a key for translated labels; `tier` and `linkClass` fill it in. */
  roleKey: BomRole;
  /** Switch tier of a switches line, e.g. "spine". */
  tier?: string;
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

/**
 * Turns a fabric plan, the chosen NIC and switch, the media per link class and the scale-up
 * fabric into bill-of-materials lines. Counts come from the plan and the media choices;
 * prices and powers from the pricing context (catalog or overrides).
 */
import type { Fiber, Nic, ScaleUpFabric, SwitchModel } from '../catalog/catalog-schema.ts';
import type { Pricing } from '../components/pricing.ts';
import type { MediaChoice } from '../media/select-media.ts';
import type { FabricPlan } from '../topology/fabric-plan.ts';
import { bomLine, type BomLine } from './bom-line.ts';

/** Fibre is passive: it draws no power. */
const PASSIVE = { source: 'passive-component', quality: 'primary' } as const;

export interface BomInput {
  plan: FabricPlan;
  switchModel: SwitchModel;
  /** Switch model per tier name where tiers mix models; tiers not listed use switchModel. */
  tierModels?: ReadonlyMap<string, SwitchModel>;
  nic: Nic;
  nicCount: number;
  media: MediaChoice[];
  scaleUp: ScaleUpFabric;
  fiber: Fiber;
  /** Accelerators whose scale-up domain spans more than one server (0 when it does not). */
  scaleUpAccelerators: number;
  pricing: Pricing;
}

/**
 * Example: a 2-tier plan with 32 leaves and 16 spines gives two switch lines (32 and 16
 * units), one NIC line, and one or more media lines per link class.
 */
export function buildBom(b: BomInput): BomLine[] {
  const { pricing: pr } = b;
  const lines: BomLine[] = [];
  const sw = b.switchModel;
  for (const t of b.plan.switchTiers) {
    if (t.count === 0) continue;
    const sw = b.tierModels?.get(t.tier) ?? b.switchModel;
    lines.push(
      bomLine({
        category: 'switches',
        componentId: sw.id,
        component: sw.name,
        role: `${t.tier} switches`,
        roleKey: 'switches',
        tier: t.tier,
        vendors: sw.vendors,
        quantity: t.count,
        unitPriceUsd: pr.price(sw.id, sw.priceUsd),
        unitPowerW: pr.power(sw.id, sw.powerW),
        priceSource: pr.priceProvenance(sw.id, sw.priceUsd),
        powerSource: pr.powerProvenance(sw.id, sw.powerW),
      }),
    );
  }
  const nic = b.nic;
  lines.push(
    bomLine({
      category: 'nics',
      componentId: nic.id,
      component: nic.name,
      role: 'scale-out NICs',
      roleKey: 'nics',
      vendors: nic.vendors,
      quantity: b.nicCount,
      unitPriceUsd: pr.price(nic.id, nic.priceUsd),
      unitPowerW: pr.power(nic.id, nic.powerW),
      priceSource: pr.priceProvenance(nic.id, nic.priceUsd),
      powerSource: pr.powerProvenance(nic.id, nic.powerW),
    }),
  );
  for (const m of b.media) {
    if (m.cables) {
      const c = m.cables.medium;
      lines.push(
        bomLine({
          category: 'cables',
          componentId: c.id,
          component: c.name,
          role: `${m.class} cables`,
          roleKey: 'cables',
          linkClass: m.class,
          vendors: c.vendors,
          quantity: m.cables.count,
          unitPriceUsd: pr.price(c.id, c.priceUsd),
          // Two powered ends per assembly.
          unitPowerW: 2 * pr.power(c.id, c.powerWPerEnd),
          priceSource: pr.priceProvenance(c.id, c.priceUsd),
          powerSource: pr.powerProvenance(c.id, c.powerWPerEnd),
        }),
      );
    }
    for (const mod of m.modules) {
      const x = mod.medium;
      lines.push(
        bomLine({
          category: 'transceivers',
          componentId: x.id,
          component: x.name,
          role: `${m.class} transceivers`,
          roleKey: 'transceivers',
          linkClass: m.class,
          vendors: x.vendors,
          quantity: mod.count,
          unitPriceUsd: pr.price(x.id, x.priceUsd),
          unitPowerW: pr.power(x.id, x.powerWPerEnd),
          priceSource: pr.priceProvenance(x.id, x.priceUsd),
          powerSource: pr.powerProvenance(x.id, x.powerWPerEnd),
        }),
      );
    }
    if (m.cpoPorts) {
      const x = m.cpoPorts.medium;
      lines.push(
        bomLine({
          category: 'transceivers',
          componentId: x.id,
          component: x.name,
          role: `${m.class} co-packaged optical ports`,
          roleKey: 'cpoPorts',
          linkClass: m.class,
          vendors: x.vendors,
          quantity: m.cpoPorts.count,
          unitPriceUsd: pr.price(x.id, x.priceUsd),
          // The optical engines' power is part of the CPO switch's system power.
          unitPowerW: 0,
          priceSource: pr.priceProvenance(x.id, x.priceUsd),
          powerSource: pr.powerProvenance(sw.id, sw.powerW),
        }),
      );
    }
    if (m.fibers > 0) {
      const f = b.fiber;
      lines.push(
        bomLine({
          category: 'cables',
          componentId: f.id,
          component: f.name,
          role: `${m.class} fibre`,
          roleKey: 'fibre',
          linkClass: m.class,
          vendors: f.vendors,
          quantity: m.fibers,
          unitPriceUsd: pr.price(f.id, f.priceUsdPerLink),
          unitPowerW: 0,
          priceSource: pr.priceProvenance(f.id, f.priceUsdPerLink),
          powerSource: PASSIVE,
        }),
      );
    }
  }
  if (b.scaleUpAccelerators > 0) {
    const s = b.scaleUp;
    lines.push(
      bomLine({
        category: 'scaleUp',
        componentId: s.id,
        component: s.name,
        role: 'scale-up switching per accelerator',
        roleKey: 'scaleUp',
        vendors: s.vendors,
        quantity: b.scaleUpAccelerators,
        unitPriceUsd: pr.price(s.id, s.priceUsdPerAccelerator),
        unitPowerW: pr.power(s.id, s.powerWPerAccelerator),
        priceSource: pr.priceProvenance(s.id, s.priceUsdPerAccelerator),
        powerSource: pr.powerProvenance(s.id, s.powerWPerAccelerator),
      }),
    );
  }
  return lines;
}

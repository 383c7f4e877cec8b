/**
 * Switch model and effective radix per folded-Clos tier (mixed models per tier, e.g. XDR
 * spines over NDR leaves, or 64-port leaves under 128-port spines). Tiers the scenario does
 * not name use the scenario's switch model and radix.
 */
import type { SwitchModel } from '../catalog/catalog-schema.ts';
import { fail, ok, type Result } from '../model-error.ts';
import type { Scenario, TopologyKind } from '../scenario/scenario-schema.ts';
import { effectiveRadix, switchCandidates, type SelectionContext } from './select-components.ts';

/** Scenario key of the per-tier switch input for tier level 1 to 5 (both super-core levels share one). */
export const TIER_SWITCH_KEY_BY_LEVEL = ['leaf', 'spine', 'core', 'superCore', 'superCore'] as const;
export type TierSwitchKey = (typeof TIER_SWITCH_KEY_BY_LEVEL)[number];

/** Topologies built as folded Clos, where tiers can take different switches. */
const CLOS_KINDS: ReadonlySet<TopologyKind> = new Set(['leaf-spine', 'fat-tree', 'rail-optimized', 'rail-only']);

export interface TierSwitches {
  /** Switch model per tier level, index 0 = leaf, five entries. */
  models: SwitchModel[];
  /** Effective radix per tier level at the NIC port rate, five entries. */
  radixByTier: number[];
  /** True when any tier names its own model or radix. */
  mixed: boolean;
}

/**
 * Resolves the switch of every tier. `main` and `mainRadix` are the scenario's switch and
 * its radix (after the switch.radix override). Example: main QM9700 at 400G (radix 64) with
 * `byTier.spine.model = "q3400"` → models [qm9700, q3400, qm9700, ...], radix [64, 288, 64, ...].
 */
export function resolveTierSwitches(
  s: Scenario,
  ctx: SelectionContext,
  main: SwitchModel,
  mainRadix: number,
): Result<TierSwitches> {
  const models: SwitchModel[] = [];
  const radixByTier: number[] = [];
  let mixed = false;
  for (const key of TIER_SWITCH_KEY_BY_LEVEL) {
    const cfg = s.switch.byTier[key];
    const named = cfg.model !== 'auto' || cfg.radix !== undefined;
    if (named && !CLOS_KINDS.has(s.topology.kind)) {
      return fail(
        `switch.byTier.${key}`,
        cfg.model,
        `a ${s.topology.kind} network has no ${key} tier of its own; per-tier switches apply to leaf-spine, ` +
          'fat-tree, rail-optimized and rail-only fabrics. Remove it or use switch.model',
      );
    }
    let model = main;
    if (cfg.model !== 'auto') {
      const found = switchCandidates(ctx, cfg.model, undefined);
      if (!found.ok) return fail(`switch.byTier.${key}.model`, cfg.model, found.error.message);
      model = found.value[0]!;
    }
    const physical = effectiveRadix(model, ctx.rateGbps);
    const radix = cfg.radix ?? (model === main ? mainRadix : physical);
    if (radix > physical) {
      return fail(
        `switch.byTier.${key}.radix`,
        radix,
        `must be at most ${physical}, the ${model.name} radix at ${ctx.rateGbps} Gb/s`,
      );
    }
    mixed ||= named;
    models.push(model);
    radixByTier.push(radix);
  }
  return ok({ models, radixByTier, mixed });
}

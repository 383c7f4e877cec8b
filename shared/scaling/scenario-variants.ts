/**
 * Variants of a scenario for side-by-side sweeps and projections: a name and a patch (a deep
 * partial scenario) applied to the scenario and validated by the scenario schema. The variant
 * slots stored with a scenario (`analysis.variants.a|b|c`) turn into patches here; callers of
 * the API (the app) may pass any patch.
 *
 * Example: `applyPatch(s, { topology: { kind: 'rail-only' } }, 'variant')` gives the scenario
 * with a rail-only topology, or an error such as `variant.topology.kind: must be one of ...`.
 */
import type { MediumKind } from '../catalog/catalog-schema.ts';
import { fail, ok, type Result } from '../model-error.ts';
import { VARIANT_SLOTS, type VariantSlot, type VariantSlotId } from '../scenario/analysis-schema.ts';
import { scenarioSchema, type Scenario } from '../scenario/scenario-schema.ts';
import { isForbiddenKey } from '../text/forbidden-keys.ts';

/** A deep partial of a scenario; lists are replaced, not merged. */
export type ScenarioPatch = { [key: string]: unknown };

export interface ScenarioVariant {
  /** Name in charts and tables; unique within a comparison. */
  name: string;
  patch: ScenarioPatch;
  /** The stored slot it came from, if any. */
  slot?: VariantSlotId;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function merge(base: unknown, patch: unknown): unknown {
  if (!isObject(base) || !isObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (isForbiddenKey(k)) continue;
    out[k] = merge(base[k], v);
  }
  return out;
}

/**
 * The scenario with `patch` merged in and checked by the scenario schema. Errors carry the
 * field path under `pathPrefix`. Example: `applyPatch(s, { scaleOut: { planes: 4 } }, 'analysis.variants.a')`.
 */
export function applyPatch(s: Scenario, patch: ScenarioPatch, pathPrefix: string): Result<Scenario> {
  const parsed = scenarioSchema.safeParse(merge(s, patch));
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0]!;
  const path = [pathPrefix, ...issue.path.map(String)].filter(Boolean).join('.');
  let value: unknown = merge(s, patch);
  for (const k of issue.path) value = isObject(value) || Array.isArray(value) ? (value as never)[k] : undefined;
  return fail(path, value, issue.message);
}

const SWITCH_LINK_KEYS = ['leafSpine', 'spineCore', 'coreSuper', 'local', 'global'] as const;

/** True when the slot changes nothing (every field at its default). */
export function isEmptySlot(v: VariantSlot): boolean {
  return (
    v.topology === 'same' &&
    v.ecosystem === 'same' &&
    v.acceleratorLeafMedium === 'same' &&
    v.switchLinkMedium === 'same' &&
    v.planes === 0
  );
}

/**
 * The patch a stored slot stands for. An ecosystem change also lets the switch and NIC be
 * chosen automatically (a named model belongs to one ecosystem); a cpo switch-link medium lets
 * the switch be chosen automatically too (it must be a co-packaged-optics model).
 * Example: `{ topology: 'rail-only', ... }` → `{ topology: { kind: 'rail-only' } }`.
 */
export function slotPatch(v: VariantSlot): ScenarioPatch {
  const patch: Record<string, Record<string, unknown>> = {};
  const put = (section: string, key: string, value: unknown) => {
    (patch[section] ??= {})[key] = value;
  };
  if (v.topology !== 'same') put('topology', 'kind', v.topology);
  if (v.ecosystem !== 'same') {
    put('scaleOut', 'ecosystem', v.ecosystem);
    put('scaleOut', 'nic', 'auto');
    put('switch', 'model', 'auto');
  }
  if (v.acceleratorLeafMedium !== 'same') put('media', 'acceleratorLeaf', v.acceleratorLeafMedium);
  if (v.switchLinkMedium !== 'same') {
    for (const k of SWITCH_LINK_KEYS) put('media', k, v.switchLinkMedium);
    if (v.switchLinkMedium === 'cpo') put('switch', 'model', 'auto');
  }
  if (v.planes > 0) put('scaleOut', 'planes', v.planes);
  return patch;
}

const mediumWord = (m: 'auto' | MediumKind) => (m === 'auto' ? 'auto media' : m);

/** Label of a slot: its own, or one built from its changes, e.g. "rail-only, lpo switch links". */
export function slotLabel(v: VariantSlot): string {
  if (v.label.trim()) return v.label.trim();
  const parts: string[] = [];
  if (v.topology !== 'same') parts.push(v.topology);
  if (v.ecosystem !== 'same') parts.push(v.ecosystem);
  if (v.acceleratorLeafMedium !== 'same') parts.push(`${mediumWord(v.acceleratorLeafMedium)} NIC links`);
  if (v.switchLinkMedium !== 'same') parts.push(`${mediumWord(v.switchLinkMedium)} switch links`);
  if (v.planes > 0) parts.push(`${v.planes} plane${v.planes === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/**
 * The variants stored with scenario `s`, in slot order, skipping unused slots. Names are made
 * unique against the scenario's name and each other by appending the slot letter.
 */
export function storedVariants(s: Scenario): ScenarioVariant[] {
  const used = new Set<string>([s.name]);
  const out: ScenarioVariant[] = [];
  for (const slot of VARIANT_SLOTS) {
    const v = s.analysis.variants[slot];
    if (isEmptySlot(v)) continue;
    let name = slotLabel(v);
    if (used.has(name)) name = `${name} (${slot})`;
    used.add(name);
    out.push({ name, patch: slotPatch(v), slot });
  }
  return out;
}

/** The scenario of each variant (the base first, named after the scenario), or the first error. */
export function variantScenarios(
  s: Scenario,
  variants: readonly ScenarioVariant[],
): Result<{ name: string; scenario: Scenario; slot?: VariantSlotId }[]> {
  const out: { name: string; scenario: Scenario; slot?: VariantSlotId }[] = [{ name: s.name, scenario: s }];
  const names = new Set([s.name]);
  for (const [i, v] of variants.entries()) {
    const prefix = v.slot ? `analysis.variants.${v.slot}` : `variants[${i}]`;
    if (names.has(v.name))
      return fail(`${prefix}.label`, v.name, 'variant names must differ from each other and from the scenario');
    names.add(v.name);
    const applied = applyPatch(s, v.patch, prefix);
    if (!applied.ok) return applied;
    out.push({ name: v.name, scenario: applied.value, ...(v.slot ? { slot: v.slot } : {}) });
  }
  return ok(out);
}

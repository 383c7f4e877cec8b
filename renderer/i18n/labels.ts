/**
 * Labels for schema fields and options through vue-i18n, falling back to the schema's own
 * English description when a translation is missing (a test keeps both locales complete).
 */
import type { InputField } from '../../shared/scenario/input-fields.ts';

import { UNNAMED_SUPPLIERS } from '../../shared/evaluate/exposure-shift.ts';

type T = (key: string, ...args: unknown[]) => string;

const key = (path: string) => path.replace(/\./g, '_');

export function fieldLabel(t: T, field: InputField): string {
  const k = `fields.${key(field.path)}.label`;
  const v = t(k);
  return v === k ? field.path : v;
}

export function fieldDescription(t: T, field: InputField): string {
  const k = `fields.${key(field.path)}.description`;
  const v = t(k);
  return v === k ? field.description : v;
}

export function optionLabel(t: T, path: string, option: string): string {
  const k = `options.${option}`;
  const v = t(k);
  return v === k ? option : v;
}

/** A headquarters country of the catalog ("United States") in the user's language. */
export function countryLabel(t: T, country: string): string {
  const k = `countries.${country}`;
  const v = t(k);
  return v === k ? country : v;
}

export function groupLabel(t: T, group: string): string {
  const k = `groups.${group}`;
  const v = t(k);
  return v === k ? group : v;
}

export function i18nFieldKey(path: string): string {
  return key(path);
}

/** Message key of a schema unit: `%/yr` → `pct_yr`, `Gb/s` → `Gb_s`, `billion parameters` → `billion_parameters`. */
export function unitKey(unit: string): string {
  return unit
    .replace(/%/g, 'pct')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export function unitLabel(t: T, unit: string): string {
  if (!unit) return '';
  const k = `units.${unitKey(unit)}`;
  const v = t(k);
  return v === k ? unit : v;
}

/** A value-chain layer id ("dsp", "switch-silicon", "unsplit") in the user's language. */
export function layerLabel(t: T, layer: string): string {
  const k = `layers.${layer}`;
  const v = t(k);
  return v === k ? layer : v;
}

/**
 * A company as the spend views name it: the catalog's name, except the pool of unnamed
 * component suppliers, which is not a company and is worded in the user's language.
 */
export function companyLabel(t: T, vendor: string, name: string): string {
  return vendor === UNNAMED_SUPPLIERS ? t('companies.unnamed') : name;
}

/**
 * Labels for schema fields and options through vue-i18n, falling back to the schema's own
 * English description when a translation is missing (a test keeps both locales complete).
 */
import type { InputField } from '../../shared/scenario/input-fields.ts';

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

export function groupLabel(t: T, group: string): string {
  const k = `groups.${group}`;
  const v = t(k);
  return v === k ? group : v;
}

export function i18nFieldKey(path: string): string {
  return key(path);
}

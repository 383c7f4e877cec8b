/**
 * Picker options for the scenario inputs that name a catalog component: switch models, the
 * NIC and the medium kind of each link class. The choices and their figures come from
 * shared/components/component-choices.ts; this only words and formats them in the user's language.
 */
import type { Catalog, EcosystemId } from '../../shared/catalog/catalog-schema.ts';
import {
  mediumKindChoices,
  nicChoices,
  switchChoices,
  type ChoiceContext,
  type ChoiceVendor,
  type ComponentChoice,
} from '../../shared/components/component-choices.ts';
import { formatNumber } from '../i18n/format.ts';
import { optionLabel } from '../i18n/labels.ts';

export interface PickerOption {
  value: string;
  label: string;
  /** Second line: rate and vendors. */
  detail: string;
  /** More words the search matches (component names of a medium kind, ids). */
  keywords?: string;
  /** Shown dimmed after the detail, e.g. a component of another ecosystem. */
  note?: string;
  /** Short tag, e.g. "project". */
  tag?: string;
}

type T = (key: string, ...args: unknown[]) => string;

/** Which picker a scenario input gets, by its path. */
export type PickerKind = 'switch' | 'nic' | 'medium';

export function pickerKind(path: string): PickerKind | undefined {
  if (path === 'scaleOut.nic') return 'nic';
  if (path === 'switch.model' || /^switch\.byTier\.[A-Za-z]+\.model$/.test(path)) return 'switch';
  if (path.startsWith('media.')) return 'medium';
  return undefined;
}

/** "800 Gb/s", "1.600 Gb/s" (pt-BR). */
export function formatRate(locale: string, gbps: number): string {
  return `${formatNumber(locale, gbps)} Gb/s`;
}

/** Up to three vendor names, then "+N". */
export function vendorList(vendors: readonly ChoiceVendor[], shown = 3): string {
  const names = vendors.slice(0, shown).map((v) => v.name);
  return vendors.length > shown ? `${names.join(', ')} +${vendors.length - shown}` : names.join(', ');
}

/** Why a component does not fit the scenario, in words. */
function misfitNote(t: T, locale: string, c: ComponentChoice, ctx: ChoiceContext, ecosystemName: string): string {
  if (c.misfit === 'ecosystem') return t('picker.notEcosystem', { ecosystem: ecosystemName });
  if (c.misfit === 'rate') return t('picker.notRate', { rate: formatRate(locale, ctx.rateGbps) });
  return t('picker.notYet', { first: c.firstVolumeYear, year: ctx.year });
}

function componentOption(
  t: T,
  locale: string,
  c: ComponentChoice,
  ctx: ChoiceContext,
  ecosystemName: string,
): PickerOption {
  return {
    value: c.id,
    label: c.name,
    detail: `${formatNumber(locale, c.count)} × ${formatRate(locale, c.rateGbps)} · ${vendorList(c.vendors)}`,
    keywords: c.vendors.map((v) => v.name).join(' '),
    ...(c.misfit ? { note: misfitNote(t, locale, c, ctx, ecosystemName) } : {}),
    ...(c.project ? { tag: t('picker.project') } : {}),
  };
}

/** The options of one picker, "auto" first when the input accepts it. */
export function pickerOptions(
  kind: PickerKind,
  catalog: Catalog,
  ctx: ChoiceContext,
  t: T,
  locale: string,
  path: string,
): PickerOption[] {
  const ecosystemName = optionLabel(t, path, ctx.ecosystem as EcosystemId);
  const auto: PickerOption = {
    value: 'auto',
    label: t('picker.auto'),
    detail: t(`picker.autoDetail.${kind}`),
  };
  if (kind === 'switch')
    return [auto, ...switchChoices(catalog, ctx).map((c) => componentOption(t, locale, c, ctx, ecosystemName))];
  if (kind === 'nic')
    return [auto, ...nicChoices(catalog, ctx).map((c) => componentOption(t, locale, c, ctx, ecosystemName))];
  return [
    auto,
    ...mediumKindChoices(catalog, ctx).map((k) => {
      const fits = k.media.some((m) => m.fits);
      const atRate = k.media.some((m) => m.misfit !== 'rate');
      const rates = k.ratesGbps.map((r) => formatNumber(locale, r)).join(', ');
      return {
        value: k.kind,
        label: optionLabel(t, path, k.kind),
        detail: k.media.length ? `${rates} Gb/s · ${vendorList(k.vendors)}` : t('picker.noneInCatalog'),
        keywords: k.media.map((m) => `${m.name} ${m.id}`).join(' ') + ' ' + k.vendors.map((v) => v.name).join(' '),
        ...(fits || !k.media.length
          ? {}
          : {
              note: atRate
                ? t('picker.noneByYear', { year: ctx.year })
                : t('picker.noneAtRate', { rate: formatRate(locale, ctx.rateGbps) }),
            }),
        ...(k.media.some((m) => m.project) ? { tag: t('picker.project') } : {}),
      };
    }),
  ];
}

/** vue-i18n set-up: English and Brazilian Portuguese, numbers and dates formatted by locale. */
import { createI18n } from 'vue-i18n';
import en from './en.ts';
import ptBR from './pt-BR.ts';

export const LOCALES = ['en', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

const long = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' } as const;

/**
 * Message keys asked for but missing, as `locale:key`. The end-to-end tests read it (as
 * `window.__fabricostMissingKeys`) to fail on any untranslated text that reaches the screen.
 */
export const missingMessageKeys: string[] = [];
(globalThis as { __fabricostMissingKeys?: string[] }).__fabricostMissingKeys = missingMessageKeys;

export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en, 'pt-BR': ptBR },
  datetimeFormats: { en: { long }, 'pt-BR': { long } },
  missingWarn: false,
  fallbackWarn: false,
  missing: (locale, key) => {
    missingMessageKeys.push(`${locale}:${key}`);
  },
});

/** Translate outside components (stores). */
export function tr(key: string, values: Record<string, unknown> = {}): string {
  return i18n.global.t(key, values);
}

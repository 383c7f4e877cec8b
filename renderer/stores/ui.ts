/** View, theme, language and compare selection: state of the window, not of the document. */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';

export type View = 'model' | 'compare' | 'scaling' | 'market' | 'search' | 'catalog';
export type Theme = 'light' | 'dark';

const PREFS_KEY = 'fabricost.prefs';

function loadPrefs(): { theme?: Theme; locale?: string } {
  try {
    return JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as { theme?: Theme; locale?: string };
  } catch {
    return {};
  }
}

export const useUiStore = defineStore('ui', () => {
  const prefs = loadPrefs();
  const view = ref<View>('model');
  const theme = ref<Theme>(prefs.theme ?? (matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  const locale = ref<string>(prefs.locale ?? (navigator.language.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en'));
  /** Scenario indices in the compare view (2 to 4) and which of them is the baseline. */
  const compareSelection = ref<number[]>([0, 1]);
  const compareBaseline = ref(0);
  /** A transient message for the status bar. */
  const notice = ref<{ kind: 'info' | 'error'; text: string } | null>(null);
  /** A problem the user must read and dismiss (a file that cannot be opened, saved or exported). */
  const problem = ref<{ title: string; message: string; details: string[] } | null>(null);

  watch([theme, locale], () => {
    try {
      localStorage.setItem(PREFS_KEY, JSON.stringify({ theme: theme.value, locale: locale.value }));
    } catch {
      // Preferences are a convenience; a browser without storage still works.
    }
  });

  function notify(kind: 'info' | 'error', text: string): void {
    notice.value = { kind, text };
  }

  /** Shows a problem in the dialog and, shorter, in the status bar. */
  function showProblem(title: string, message: string, details: string[] = []): void {
    notice.value = { kind: 'error', text: message };
    problem.value = { title, message, details };
  }

  return { view, theme, locale, compareSelection, compareBaseline, notice, problem, notify, showProblem };
});

import { defineStore } from 'pinia';
import { ref } from 'vue';

/** Application-level state. Placeholder until the model UI lands. */
export const useAppStore = defineStore('app', () => {
  /** Version reported by the desktop shell, or null in a plain browser / before it loads. */
  const appVersion = ref<string | null>(null);

  async function loadAppVersion(): Promise<void> {
    const bridge = window.fabricost;
    if (!bridge) return;
    try {
      appVersion.value = await bridge.appVersion();
    } catch {
      appVersion.value = null;
    }
  }

  return { appVersion, loadAppVersion };
});

import './zod-csp.ts';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n/index.ts';
import './styles/theme.css';

const app = createApp(App).use(createPinia()).use(i18n);
app.mount('#app');
// Marks the moment the first render is done; the UI timing script reads it.
performance.mark('fabricost:interactive');

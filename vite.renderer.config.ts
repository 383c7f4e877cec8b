import vue from '@vitejs/plugin-vue';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Renderer bundle. The Forge Vite plugin sets root to the repository root (so /index.html loads
// /renderer/main.ts), base './' and outDir .vite/renderer/main_window.
export default defineConfig({
  plugins: [vue()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    // Keep every asset a file so the CSP needs no data: scripts or styles.
    assetsInlineLimit: 0,
  },
});

import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Renderer bundle. The Forge Vite plugin sets root to the repository root (so /index.html loads
// /renderer/main.ts), base './' and outDir .vite/renderer/main_window.
export default defineConfig({
  plugins: [vue()],
  build: {
    // Keep every asset a file so the CSP needs no data: scripts or styles.
    assetsInlineLimit: 0,
  },
});

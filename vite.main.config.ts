import { defineConfig } from 'vite';

// Main process bundle. The Forge Vite plugin supplies entry (main/main.ts), CommonJS output
// (.vite/build/main.cjs), Node/Electron externals and the MAIN_WINDOW_VITE_* defines.
export default defineConfig({});

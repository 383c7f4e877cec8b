import { defineConfig } from 'vite';

// Preload bundle. The Forge Vite plugin supplies the single-file CommonJS output
// (.vite/build/preload.cjs) that a sandboxed preload requires.
export default defineConfig({});

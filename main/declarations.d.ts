// Globals injected by the Electron Forge Vite plugin at build time:
// MAIN_WINDOW_VITE_DEV_SERVER_URL (dev server URL under `electron-forge start`, undefined when
// packaged) and MAIN_WINDOW_VITE_NAME (the renderer name, "main_window").
/// <reference types="@electron-forge/plugin-vite/forge-vite-env" />

/// <reference types="vite/client" />
import type { FabricostBridge } from '../shared/bridge/fabricost-bridge.ts';

declare global {
  /** Version from package.json, injected by Vite. */
  const __APP_VERSION__: string;

  interface Window {
    /** Present under Electron (set by the preload); absent when the renderer runs in a plain browser. */
    readonly fabricost?: FabricostBridge;
  }
}

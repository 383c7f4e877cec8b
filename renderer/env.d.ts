/// <reference types="vite/client" />
import type { FabricostBridge } from '../main/bridge-contract.ts';

declare global {
  interface Window {
    /** Present under Electron (set by the preload); absent when the renderer runs in a plain browser. */
    readonly fabricost?: FabricostBridge;
  }
}

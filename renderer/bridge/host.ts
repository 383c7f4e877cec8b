/**
 * The bridge the renderer talks to: the preload's `window.fabricost` under Electron, or the
 * browser implementation for `npm run web`. Both implement the same FabricostBridge.
 */
import type { FabricostBridge } from '../../shared/bridge/fabricost-bridge.ts';
import { createBrowserBridge } from './browser-bridge.ts';

let bridge: FabricostBridge | undefined;

export function host(): FabricostBridge {
  bridge ??= window.fabricost ?? createBrowserBridge();
  return bridge;
}

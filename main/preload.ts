/**
 * Preload (sandboxed, bundled to CommonJS by Forge): exposes exactly one typed object,
 * `window.fabricost`, implementing {@link FabricostBridge} (shared/bridge/fabricost-bridge.ts).
 * One method per capability; `ipcRenderer` itself and any generic channel-taking `send`/`invoke`
 * are never exposed. The logic lives in preload-bridge.ts, which is tested in Node.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, type FabricostBridge } from '../shared/bridge/fabricost-bridge.ts';
import { createDesktopBridge } from './preload-bridge.ts';

const bridge: FabricostBridge = createDesktopBridge(ipcRenderer);

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);

/**
 * Preload (sandboxed, bundled to CommonJS by Forge): exposes exactly one typed object,
 * `window.fabricost`, implementing {@link FabricostBridge}. One method per capability; never
 * expose `ipcRenderer` itself or a generic channel-taking `send`/`invoke`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, IPC_CHANNELS, type FabricostBridge } from './bridge-contract.ts';

const bridge: FabricostBridge = {
  appVersion: () => ipcRenderer.invoke(IPC_CHANNELS.appVersion) as Promise<string>,
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);

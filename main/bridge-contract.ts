/**
 * The one typed contract between the renderer and the Electron main process.
 *
 * The preload script implements {@link FabricostBridge} on `window.fabricost`; a browser build
 * will later provide the same interface without Electron. Keep this file free of runtime imports
 * (no Electron, Node or DOM): it is read by the main process, the preload and the renderer.
 *
 * Every capability is one named method. Never expose a generic `send`/`invoke(channel, ...)`.
 */

/** What the renderer may call. Grows with the desktop-app issue. */
export interface FabricostBridge {
  /** Version of the running application, e.g. `"0.1.0"`. */
  appVersion(): Promise<string>;
}

/** IPC channel names, one per bridge method. Main and preload use only these. */
export const IPC_CHANNELS = {
  appVersion: 'fabricost:app-version',
} as const satisfies Record<keyof FabricostBridge, string>;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Name of the global the preload exposes: `window.fabricost`. */
export const BRIDGE_KEY = 'fabricost';

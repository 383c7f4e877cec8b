/**
 * Registers one `ipcMain.handle` per entry of IPC_CHANNELS, each behind the guard (sender frame
 * and payload checks). Electron-free: `ipcMain` is passed in, so tests can drive it with a fake.
 * The handler map's type requires exactly one handler per bridge method, so a channel added to the
 * contract fails the type check here until it is handled.
 */
import type { BridgeMethod } from '../../shared/bridge/bridge-payloads.ts';
import { IPC_CHANNELS } from '../../shared/bridge/fabricost-bridge.ts';
import { guardHandler, type BridgeHandler, type GuardOptions, type IpcEventLike } from './ipc-guard.ts';

/** The part of Electron's `ipcMain` used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export type BridgeHandlers = { [K in BridgeMethod]: BridgeHandler<K> };

/** Registers every channel and returns a function that removes them again. */
export function registerIpc(ipcMain: IpcMainLike, handlers: BridgeHandlers, options: GuardOptions = {}): () => void {
  const methods = Object.keys(IPC_CHANNELS) as BridgeMethod[];
  for (const method of methods) {
    register(ipcMain, method, handlers, options);
  }
  return () => {
    for (const method of methods) ipcMain.removeHandler(IPC_CHANNELS[method]);
  };
}

function register<K extends BridgeMethod>(
  ipcMain: IpcMainLike,
  method: K,
  handlers: BridgeHandlers,
  options: GuardOptions,
): void {
  const handler = handlers[method] as BridgeHandler<K> | undefined;
  if (typeof handler !== 'function') throw new Error(`no IPC handler for ${method}`);
  ipcMain.handle(IPC_CHANNELS[method], guardHandler(method, handler, options));
}

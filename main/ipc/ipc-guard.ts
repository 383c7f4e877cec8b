/**
 * The gate every IPC call passes before main acts on it (Electron security checklist item 17).
 * Electron-free: it sees the invoke event through {@link IpcEventLike}.
 *
 * 1. The sender frame must be our renderer: the top frame of a page from `app://fabricost`, or in
 *    development from the Vite dev server's origin. A missing frame (navigated away or destroyed)
 *    is refused too.
 * 2. The arguments must match the channel's schema in `shared/bridge/bridge-payloads.ts`.
 * 3. The handler runs; an exception it throws is caught.
 * A refusal or failure is logged and returned to the renderer as a rejected invoke with a short
 * message (never the payload, never a stack trace); main never crashes on a bad message.
 */
import { isTrustedRendererUrl } from '../app-protocol.ts';
import {
  checkBridgeArgs,
  type BridgeArgs,
  type BridgeMethod,
  type BridgeReturn,
} from '../../shared/bridge/bridge-payloads.ts';
import { IPC_CHANNELS } from '../../shared/bridge/fabricost-bridge.ts';

/** The part of Electron's `WebFrameMain` checked here. */
export interface SenderFrameLike {
  readonly url: string;
  /** Null for a top-level frame. */
  readonly parent?: unknown;
}

/** The part of Electron's `IpcMainInvokeEvent` used here. */
export interface IpcEventLike {
  readonly senderFrame: SenderFrameLike | null | undefined;
  readonly sender?: unknown;
}

export interface GuardOptions {
  /** The Vite dev server URL under `electron-forge start`; undefined in a packaged build. */
  devServerUrl?: string;
  /** Where refusals and failures are reported; console.warn by default. */
  log?: (message: string) => void;
}

/** What the handler of one method receives besides the validated arguments. */
export interface IpcContext {
  /** The sending WebContents (Electron's `event.sender`), for dialogs and per-window state. */
  readonly sender: unknown;
}

export type BridgeHandler<K extends BridgeMethod> = (
  context: IpcContext,
  ...args: BridgeArgs<K>
) => BridgeReturn<K> | Promise<BridgeReturn<K>>;

/** The error a refused or failed call rejects with in the renderer. */
export class IpcRefusedError extends Error {
  override readonly name = 'IpcRefusedError';
}

/** Sender check on its own: the top frame of our own renderer. */
export function isTrustedSender(event: IpcEventLike | null | undefined, devServerUrl?: string): boolean {
  const frame = event?.senderFrame;
  if (!frame) return false;
  if (frame.parent !== undefined && frame.parent !== null) return false;
  return isTrustedRendererUrl(frame.url, devServerUrl);
}

function senderOrigin(event: IpcEventLike | null | undefined): string {
  try {
    const url = event?.senderFrame?.url;
    if (!url) return 'no frame';
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an unparsable URL';
  }
}

/**
 * Wraps the handler of one bridge method in the sender check, the payload check and error
 * containment. The result is what `ipcMain.handle(IPC_CHANNELS[method], …)` takes.
 */
export function guardHandler<K extends BridgeMethod>(
  method: K,
  handler: BridgeHandler<K>,
  options: GuardOptions = {},
): (event: IpcEventLike, ...args: unknown[]) => Promise<BridgeReturn<K>> {
  const channel = IPC_CHANNELS[method];
  const log = options.log ?? ((message: string) => console.warn(message));
  return async (event, ...args) => {
    if (!isTrustedSender(event, options.devServerUrl)) {
      log(`IPC ${channel} refused: untrusted sender (${senderOrigin(event)})`);
      throw new IpcRefusedError(`${channel} refused: untrusted sender`);
    }
    const checked = checkBridgeArgs(method, args);
    if (!checked.ok) {
      log(`IPC ${channel} refused: invalid arguments: ${checked.message}`);
      throw new IpcRefusedError(`${channel} refused: invalid arguments: ${checked.message}`);
    }
    try {
      return (await handler({ sender: event.sender }, ...checked.args)) as BridgeReturn<K>;
    } catch (e) {
      log(`IPC ${channel} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      throw new IpcRefusedError(`${channel} failed: ${e instanceof Error ? e.message : 'internal error'}`);
    }
  };
}

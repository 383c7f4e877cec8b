/**
 * The security settings of the one Fabricost window, in one place, so that `main.ts` uses them
 * and `test/main/security-contract.test.ts` checks the very same values.
 *
 * Electron-free at run time (type imports only): the helpers take small interfaces that Electron's
 * objects satisfy, and are tested in plain Node. See the Electron security checklist
 * (electron/electron docs/tutorial/security.md) items 2-6, 13-14 and 17-18.
 */
import type { CustomScheme, WebPreferences } from 'electron';

/**
 * webPreferences of every Fabricost window. `preload` is added at run time by
 * {@link secureWebPreferences}. Never weaken these: the contract test fails if any changes.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const satisfies WebPreferences);

/** The webPreferences for a window whose bundled preload script is at `preloadPath`. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, preload: preloadPath };
}

/**
 * Content-Security-Policy sent with every `app://` response. Only the app's own origin, no eval,
 * no inline scripts, no plugins, no framing, no form posts. Stricter than the `<meta>` in
 * index.html (no inline styles: the production build extracts all CSS to files; the meta tag
 * allows them only because the Vite dev server injects `<style>` tags). When both apply, the
 * browser enforces both, so the header wins in production.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Privileges of the `app:` scheme (registered before `ready`). `standard` gives real origins and
 * relative URLs, `secure` a secure context. `corsEnabled` and `bypassCSP` are deliberately NOT
 * set: the first would let other origins read app:// content, the second would switch off the CSP.
 */
export const APP_SCHEME_PRIVILEGES = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const satisfies NonNullable<CustomScheme['privileges']>);

/** The part of Electron's event object the handlers below use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of `WebContents` that {@link hardenWebContents} touches. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: PreventableEvent) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * No navigation away from the app (including a file dropped onto the window, which Chromium would
 * otherwise open), no redirects, no `<webview>` and no new windows. Links to sources are opened
 * only through the validated `openExternal` bridge method, never from here.
 */
export function hardenWebContents(contents: HardenableContents): void {
  const block = (event: PreventableEvent): void => event.preventDefault();
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', block);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The part of `Session` that {@link denyAllPermissions} touches. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: ((contents: unknown, permission: unknown, callback: (granted: boolean) => void) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: (() => boolean) | null): void;
}

/** The app needs no permissions (camera, notifications, clipboard read, ...): deny all. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Electron main process: one hardened window. Kept thin on purpose; the desktop-app issue will add
 * file services and more bridge methods. Every number still comes from shared/.
 */
import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, type WebContents } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler, isTrustedRendererUrl } from './app-protocol.ts';
import { IPC_CHANNELS } from './bridge-contract.ts';

// Set by the Forge Vite plugin: a URL under `electron-forge start`, undefined in a packaged build.
const devServerUrl: string | undefined = MAIN_WINDOW_VITE_DEV_SERVER_URL || undefined;

// Must happen before `ready`. `standard` gives real origins and relative URLs, `secure` a secure
// context. `corsEnabled` is deliberately NOT set: it would let other origins read app:// content.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

function hardenWebContents(contents: WebContents): void {
  // No navigation away from the app and no new windows; nothing is fetched at run time.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    title: 'Fabricost',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();

  // The app needs no permissions (camera, notifications, clipboard read, ...): deny all.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  // Built renderer: <app>/.vite/renderer/main_window, next to this bundle's .vite/build/.
  const rendererDir = path.join(__dirname, '..', 'renderer', MAIN_WINDOW_VITE_NAME);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  ipcMain.handle(IPC_CHANNELS.appVersion, (event) => {
    if (!isTrustedRendererUrl(event.senderFrame?.url, devServerUrl)) throw new Error('Untrusted IPC sender');
    return app.getVersion();
  });

  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

start().catch((error: unknown) => {
  console.error('Fabricost failed to start:', error);
  app.quit();
});

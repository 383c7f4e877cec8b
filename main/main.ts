/**
 * Electron main process: one hardened window, the app:// protocol, the native menu, and the IPC
 * handlers of the bridge. Glue only: security settings live in window-security.ts, IPC checks in
 * ipc/, files, recovery, recent list, export and the close prompt in services/ — all tested in
 * Node. Every number still comes from shared/.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { isExternalWebUrl } from '../shared/bridge/bridge-payloads.ts';
import { HOST_EVENTS, type HostCommand, type OpenResult } from '../shared/bridge/fabricost-bridge.ts';
import { closePromptMessage, hostLanguageOf, hostText, type HostLanguage } from '../shared/bridge/host-text.ts';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './app-protocol.ts';
import { registerIpc } from './ipc/register-ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import {
  CloseGuard,
  DocumentService,
  filesFromArgv,
  PROJECT_EXTENSION,
  toOpenResult,
  windowTitle,
  type ClosePromptChoice,
  type DocumentState,
} from './services/document-service.ts';
import { ExportService, WORKBOOK_EXTENSION } from './services/export-service.ts';
import { buildWorkbookInWorker } from './services/export-worker.ts';
import { RecentFiles } from './services/recent-files.ts';
import { RecoveryStore } from './services/recovery-store.ts';
import {
  APP_SCHEME_PRIVILEGES,
  denyAllPermissions,
  hardenWebContents,
  secureWebPreferences,
} from './window-security.ts';

// Set by the Forge Vite plugin: a URL under `electron-forge start`, undefined in a packaged build.
const devServerUrl: string | undefined = MAIN_WINDOW_VITE_DEV_SERVER_URL || undefined;
const log = (message: string): void => console.warn(`[fabricost] ${message}`);

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

let mainWindow: BrowserWindow | null = null;
let rendererLoaded: Promise<void> = Promise.resolve();
let closeGuard: CloseGuard | null = null;
let documentState: DocumentState = { name: 'Untitled', dirty: false };
let quitting = false;
/** The app's language for main's own words; the renderer sends its choice once loaded. */
let language: HostLanguage = 'en';
let lastRecentFiles: readonly string[] = [];
/** Files asked for (command line, open-file) before the app was ready. */
const pendingOpenPaths: string[] = [];
let ready = false;

let recent: RecentFiles;
let recovery: RecoveryStore;
let documents: DocumentService;
let exporter: ExportService;

const projectFilters = () => [
  { name: hostText(language).fileTypes.project, extensions: [PROJECT_EXTENSION] },
  { name: hostText(language).fileTypes.all, extensions: ['*'] },
];

async function showOpen(options: OpenDialogOptions): Promise<string | null> {
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function showSave(options: SaveDialogOptions): Promise<string | null> {
  const defaultPath = options.defaultPath ?? '';
  const withFolder = path.isAbsolute(defaultPath) ? defaultPath : path.join(app.getPath('documents'), defaultPath);
  const full: SaveDialogOptions = { ...options, defaultPath: withFolder };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, full) : await dialog.showSaveDialog(full);
  return result.canceled || !result.filePath ? null : result.filePath;
}

function rebuildMenu(recentFiles: readonly string[]): void {
  lastRecentFiles = recentFiles;
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.getName(),
    text: hostText(language).menu,
    recentFiles,
    isDevelopment: devServerUrl !== undefined,
    sendCommand: (command) => void sendCommand(command),
    openRecent: (filePath) => void openAndSend(() => documents.openRecent(filePath)),
    clearRecent: () => void recent.clear(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function applyDocumentState(): void {
  if (!mainWindow) return;
  mainWindow.setTitle(windowTitle(documentState));
  if (process.platform === 'darwin') mainWindow.setDocumentEdited(documentState.dirty);
}

/** The window, created if needed (macOS keeps the app alive without one), once its page has loaded. */
async function loadedWindow(): Promise<BrowserWindow> {
  const window = mainWindow ?? createMainWindow();
  await rendererLoaded;
  return window;
}

async function sendCommand(command: HostCommand): Promise<void> {
  const window = await loadedWindow();
  if (!window.isDestroyed()) window.webContents.send(HOST_EVENTS.command, command);
}

async function openAndSend(open: () => Promise<Parameters<typeof toOpenResult>[0]>): Promise<void> {
  try {
    const result = await open();
    if (result.status === 'opened' && result.upgradeLog.length > 0) {
      log(`${result.file.name} was upgraded: ${result.upgradeLog.map((e) => e.detail).join('; ')}`);
    }
    const window = await loadedWindow();
    const message: OpenResult = toOpenResult(result);
    if (!window.isDestroyed()) window.webContents.send(HOST_EVENTS.openFile, message);
    if (window.isMinimized()) window.restore();
    window.focus();
  } catch (e) {
    log(`open failed: ${(e as Error).stack ?? String(e)}`);
  }
}

function openPaths(paths: readonly string[]): void {
  const [first, ...rest] = paths;
  if (rest.length > 0) log(`one document per window: opening ${first}, ignoring ${rest.length} more`);
  if (first !== undefined) void openAndSend(() => documents.openPath(first));
}

async function askToSave(window: BrowserWindow): Promise<ClosePromptChoice> {
  const words = hostText(language).closePrompt;
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    buttons: [words.save, words.discard, words.cancel],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: closePromptMessage(language, documentState.name),
    detail: words.detail,
  });
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

/** Settles when the page has loaded (or failed to), so messages are not sent before the preload runs. */
function pageLoaded(window: BrowserWindow): Promise<void> {
  return new Promise((resolve) => {
    window.webContents.once('did-finish-load', () => resolve());
    window.webContents.once('did-fail-load', () => resolve());
  });
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    title: windowTitle(documentState),
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  mainWindow = window;
  const guard = new CloseGuard({
    isDirty: () => documentState.dirty,
    ask: () => askToSave(window),
    requestSave: () => window.webContents.send(HOST_EVENTS.command, 'save-then-close' satisfies HostCommand),
    beforeClose: () => recovery.clearSession(),
    close: () => (quitting ? app.quit() : window.close()),
    canceled: () => {
      quitting = false;
    },
    log,
  });
  closeGuard = guard;

  window.on('close', (event) => {
    if (!guard.onCloseRequested()) event.preventDefault();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    if (closeGuard === guard) closeGuard = null;
    documentState = { name: 'Untitled', dirty: false };
  });
  // The title is ours (file name and unsaved marker), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());

  rendererLoaded = pageLoaded(window);
  window.webContents.on('render-process-gone', (_event, details) => {
    log(`renderer gone: ${details.reason}`);
    if (details.reason === 'clean-exit') return;
    // Its autosaves become recoverable for the reloaded page.
    recovery.forgetSession();
    documentState = { name: 'Untitled', dirty: false };
    const words = hostText(language).crashPrompt;
    void dialog
      .showMessageBox(window, {
        type: 'error',
        buttons: [words.reload, words.quit],
        defaultId: 0,
        cancelId: 1,
        message: words.message,
        detail: words.detail,
      })
      .then(({ response }) => {
        if (window.isDestroyed()) return;
        if (response === 0) {
          rendererLoaded = pageLoaded(window);
          window.webContents.reload();
        } else {
          app.quit();
        }
      });
  });

  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  applyDocumentState();
  return window;
}

function isMainWindowSender(sender: unknown): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && sender === mainWindow.webContents;
}

function registerHandlers(): void {
  registerIpc(
    ipcMain,
    {
      appVersion: () => app.getVersion(),
      openDialog: async () => toOpenResult(await documents.openDialog()),
      openRecent: async (_context, filePath) => toOpenResult(await documents.openRecent(filePath)),
      recentFiles: () => recent.list(),
      save: async (_context, request) => {
        const result = await documents.save(request);
        closeGuard?.onSaveResult(result);
        return result;
      },
      exportWorkbook: (_context, request) => exporter.exportWorkbook(request),
      cancelExport: () => exporter.cancel(),
      writeRecovery: async (_context, entry) => {
        const result = await recovery.write(entry);
        if (!result.ok) throw new Error(result.message);
      },
      clearRecovery: async (_context, id) => {
        const result = await recovery.clear(id);
        if (!result.ok) throw new Error(result.message);
      },
      listRecovery: () => recovery.list(),
      setDocumentState: (context, state) => {
        if (!isMainWindowSender(context.sender)) throw new Error('not the document window');
        documentState = { name: state.name, dirty: state.dirty };
        applyDocumentState();
      },
      setLanguage: (context, next) => {
        if (!isMainWindowSender(context.sender)) throw new Error('not the document window');
        if (next === language) return;
        language = next;
        rebuildMenu(lastRecentFiles);
      },
      openExternal: async (_context, url) => {
        // Validated as http(s) by the guard already; checked again right before use.
        if (!isExternalWebUrl(url)) throw new Error('only http and https links are opened');
        await shell.openExternal(url);
      },
    },
    { devServerUrl, log },
  );
}

async function start(): Promise<void> {
  await app.whenReady();
  // Until the page says otherwise, the language the page will pick by default: the system's.
  language = hostLanguageOf(app.getLocale());

  denyAllPermissions(session.defaultSession);
  session.defaultSession.on('will-download', (event) => event.preventDefault());

  // Built renderer: <app>/.vite/renderer/main_window, next to this bundle's .vite/build/.
  const rendererDir = path.join(__dirname, '..', 'renderer', MAIN_WINDOW_VITE_NAME);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  const userData = app.getPath('userData');
  recent = new RecentFiles({ file: path.join(userData, 'recent-files.json'), onChange: rebuildMenu, log });
  recovery = new RecoveryStore({ dir: path.join(userData, 'recovery'), log });
  documents = new DocumentService({
    dialogs: {
      chooseOpenPath: () => showOpen({ properties: ['openFile'], filters: projectFilters() }),
      chooseSavePath: (defaultPath) =>
        showSave({
          defaultPath,
          filters: projectFilters(),
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        }),
    },
    recent,
    log,
    onDocumentPath: (filePath) => app.addRecentDocument(filePath),
  });
  exporter = new ExportService({
    chooseSavePath: (defaultName) =>
      showSave({
        defaultPath: defaultName,
        filters: [{ name: hostText(language).fileTypes.workbook, extensions: [WORKBOOK_EXTENSION] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
    appVersion: app.getVersion(),
    log,
    // Sweeps, projections and the workbook's zip run in a worker thread: the main process
    // keeps serving menus, dialogs and IPC throughout.
    build: (request, exportedAt, { signal, onProgress }) =>
      buildWorkbookInWorker(
        { request, appVersion: app.getVersion(), exportedAtIso: exportedAt.toISOString() },
        { workerPath: path.join(__dirname, 'export-worker.cjs'), signal, onProgress },
      ),
    onProgress: (progress) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(HOST_EVENTS.exportProgress, progress);
    },
  });

  registerHandlers();
  rebuildMenu(await recent.list());
  createMainWindow();
  ready = true;
  openPaths([...filesFromArgv(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd() }), ...pendingOpenPaths]);
  pendingOpenPaths.length = 0;

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Fabricost is running: it receives our command line through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = filesFromArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory });
    if (!ready) pendingOpenPaths.push(...files);
    else if (files.length > 0) openPaths(files);
    else void loadedWindow().then((window) => window.focus());
  });
  // macOS: a file dropped on the Dock icon or opened from Finder (may come before `ready`).
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (ready) openPaths([filePath]);
    else pendingOpenPaths.push(filePath);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('Fabricost failed to start:', error);
    app.quit();
  });
}

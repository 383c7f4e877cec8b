/**
 * A test double of the `electron` module for booting the built main bundle in plain Node.js
 * (`node --import ./electron-double.ts .vite/build/main.cjs FILE`). It records what the main
 * process asks of Electron — the privileged scheme, the app:// handler, every IPC channel, the
 * window and its webPreferences, the menu, the messages sent to the page — plays the parts of
 * Electron the boot needs (ready, page loaded). Once the window has been sent the file given on
 * the command line, it plays the page too: switches the app to pt-BR (setLanguage), marks the
 * document dirty and closes the window, recording the rebuilt menu and the close prompt; then
 * it writes the record as JSON to FABRICOST_BOOT_REPORT.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';

const REPORT = process.env.FABRICOST_BOOT_REPORT ?? '';
const USER_DATA = process.env.FABRICOST_BOOT_USER_DATA ?? '';
mkdirSync(USER_DATA, { recursive: true });

export interface BootReport {
  ready: boolean;
  sandboxEnabled: boolean;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolHandlers: string[];
  /** What the app:// handler served for the entry page: status, content type and CSP. */
  entryPage?: { status: number; contentType: string | null; csp: string | null; hasAppRoot: boolean };
  ipcChannels: string[];
  windows: { options: { webPreferences?: Record<string, unknown>; show?: boolean }; url?: string }[];
  windowOpenHandlerSet: number;
  navigationGuards: string[];
  permissionHandlers: string[];
  menus: string[][];
  /** Every label of the last menu built, depth first. */
  menuLabels: string[];
  /** Message boxes shown: buttons, message and detail. */
  messageBoxes: { buttons: string[]; message: string; detail?: string }[];
  sent: { channel: string; payload: unknown }[];
  quit: boolean;
}

const report: BootReport = {
  ready: false,
  sandboxEnabled: false,
  privilegedSchemes: [],
  protocolHandlers: [],
  ipcChannels: [],
  windows: [],
  windowOpenHandlerSet: 0,
  navigationGuards: [],
  permissionHandlers: [],
  menus: [],
  menuLabels: [],
  messageBoxes: [],
  sent: [],
  quit: false,
};
const protocolFns = new Map<string, (request: Request) => Promise<Response> | Response>();
type IpcListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const ipcHandlers = new Map<string, IpcListener>();
let messageBoxShown: () => void = () => {};

/** What the page does after the file arrives: pt-BR, an edit, then the window's close button. */
async function playThePage(window: BrowserWindow): Promise<void> {
  const event = { senderFrame: { url: 'app://fabricost/index.html', parent: null }, sender: window.webContents };
  await ipcHandlers.get('fabricost:set-language')?.(event, 'pt-BR');
  await ipcHandlers.get('fabricost:set-document-state')?.(event, { name: 'plan.json', dirty: true });
  const shown = new Promise<void>((resolve) => {
    messageBoxShown = resolve;
    setTimeout(resolve, 2000);
  });
  window.emit('close', { preventDefault() {} });
  await shown;
  await finish();
}
let finished = false;

async function finish(): Promise<void> {
  if (finished) return;
  finished = true;
  const handler = protocolFns.get('app');
  if (handler) {
    const response = await handler(new Request('app://fabricost/index.html'));
    const body = await response.text();
    report.entryPage = {
      status: response.status,
      contentType: response.headers.get('content-type'),
      csp: response.headers.get('content-security-policy'),
      hasAppRoot: body.includes('id="app"'),
    };
  }
  writeFileSync(REPORT, JSON.stringify(report, null, 2));
  process.exit(0);
}

// Whatever happens, the record is written: a boot that never sends the file still reports.
process.on('exit', () => {
  if (!finished) writeFileSync(REPORT, JSON.stringify(report, null, 2));
});

class WebContents extends EventEmitter {
  window: BrowserWindow | undefined;
  send(channel: string, payload: unknown): void {
    report.sent.push({ channel, payload });
    if (channel === 'fabricost:open-file' && this.window) void playThePage(this.window);
  }
  setWindowOpenHandler(): void {
    report.windowOpenHandlerSet++;
  }
  override on(event: string | symbol, listener: (...args: unknown[]) => void): this {
    if (event === 'will-navigate' || event === 'will-redirect' || event === 'will-attach-webview')
      report.navigationGuards.push(event);
    return super.on(event, listener);
  }
  reload(): void {}
  isDestroyed(): boolean {
    return false;
  }
}

const windows: BrowserWindow[] = [];
class BrowserWindow extends EventEmitter {
  readonly webContents = new WebContents();
  private readonly record: BootReport['windows'][number];
  constructor(options: BootReport['windows'][number]['options']) {
    super();
    this.record = { options };
    this.webContents.window = this;
    report.windows.push(this.record);
    windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows(): BrowserWindow[] {
    return windows;
  }
  loadURL(url: string): Promise<void> {
    this.record.url = url;
    setImmediate(() => {
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
    });
    return Promise.resolve();
  }
  setTitle(): void {}
  setDocumentEdited(): void {}
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  show(): void {}
  close(): void {}
}

const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  whenReady(): Promise<void> {
    report.ready = true;
    return Promise.resolve();
  },
  enableSandbox(): void {
    report.sandboxEnabled = true;
  },
  getPath(name: string): string {
    return join(USER_DATA, name);
  },
  getName: () => 'Fabricost',
  getLocale: () => 'en-US',
  getVersion: () => '0.0.0-boot-test',
  requestSingleInstanceLock: () => true,
  addRecentDocument(): void {},
  quit(): void {
    report.quit = true;
  },
});

type MenuItem = { label?: string; role?: string; submenu?: MenuItem[] };
const labels = (items: MenuItem[]): string[] =>
  items.flatMap((i) => [...(i.label ? [i.label] : []), ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]);
const electron = {
  app,
  BrowserWindow,
  protocol: {
    registerSchemesAsPrivileged(list: BootReport['privilegedSchemes']): void {
      report.privilegedSchemes.push(...list);
    },
    handle(scheme: string, fn: (request: Request) => Promise<Response> | Response): void {
      report.protocolHandlers.push(scheme);
      protocolFns.set(scheme, fn);
    },
  },
  ipcMain: {
    handle(channel: string, listener: IpcListener): void {
      report.ipcChannels.push(channel);
      ipcHandlers.set(channel, listener);
    },
    removeHandler(): void {},
    on(): void {},
  },
  Menu: {
    buildFromTemplate: (template: MenuItem[]) => ({ template }),
    setApplicationMenu(menu: { template: MenuItem[] } | null): void {
      report.menus.push((menu?.template ?? []).map((m) => m.label ?? m.role ?? '?'));
      report.menuLabels = labels(menu?.template ?? []);
    },
  },
  session: {
    defaultSession: Object.assign(new EventEmitter(), {
      setPermissionRequestHandler(): void {
        report.permissionHandlers.push('request');
      },
      setPermissionCheckHandler(): void {
        report.permissionHandlers.push('check');
      },
    }),
  },
  dialog: {
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showMessageBox: (_window: unknown, options: { buttons: string[]; message: string; detail?: string }) => {
      report.messageBoxes.push({ buttons: options.buttons, message: options.message, detail: options.detail });
      messageBoxShown();
      return Promise.resolve({ response: 2 });
    },
  },
  shell: { openExternal: () => Promise.resolve() },
};

// The main bundle is CommonJS and requires 'electron' (an external of the build): answer with the double.
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const internal = Module as unknown as { _load: Loader };
const load = internal._load;
internal._load = function (request: string, parent: unknown, isMain: boolean) {
  if (request === 'electron' || request === 'electron/main') return electron;
  return load.call(this, request, parent, isMain);
};

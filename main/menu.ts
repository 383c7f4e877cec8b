/**
 * The native application menu as a pure function of its inputs, so the template (labels,
 * accelerators, which command each item sends) is testable without Electron. `main.ts` turns it
 * into a menu with `Menu.buildFromTemplate` and rebuilds it when the recent list changes.
 *
 * Document items do not act in main: they send a {@link HostCommand} to the renderer (channel
 * HOST_EVENTS.command), which owns the document. Open Recent items open the file in main and send
 * the result on HOST_EVENTS.openFile.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../shared/bridge/fabricost-bridge.ts';
import type { HostText } from '../shared/bridge/host-text.ts';

export interface MenuOptions {
  /** `process.platform`; macOS gets the application menu and the Window menu. */
  platform: NodeJS.Platform;
  appName: string;
  /** Labels in the app's language (shared/bridge/host-text.ts); role items get them too. */
  text: HostText['menu'];
  /** Newest first. */
  recentFiles: readonly string[];
  /** Development build: adds the developer tools toggle. */
  isDevelopment: boolean;
  sendCommand(command: HostCommand): void;
  openRecent(filePath: string): void;
  clearRecent(): void;
}

/** Accelerators of the document commands (Electron accelerator syntax). */
export const COMMAND_ACCELERATORS: Readonly<Partial<Record<HostCommand, string>>> = Object.freeze({
  new: 'CmdOrCtrl+N',
  open: 'CmdOrCtrl+O',
  save: 'CmdOrCtrl+S',
  'save-as': 'CmdOrCtrl+Shift+S',
  'export-workbook': 'CmdOrCtrl+E',
  close: 'CmdOrCtrl+W',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
});

/** Label of an Open Recent item: the file name, then its folder; `&` escaped (it marks mnemonics). */
export function recentItemLabel(filePath: string): string {
  const label = `${path.basename(filePath)} — ${path.dirname(filePath)}`;
  return label.replaceAll('&', '&&');
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const m = options.text;
  const command = (label: string, id: HostCommand): MenuItemConstructorOptions => {
    const item: MenuItemConstructorOptions = { id: `command:${id}`, label, click: () => options.sendCommand(id) };
    const accelerator = COMMAND_ACCELERATORS[id];
    if (accelerator) item.accelerator = accelerator;
    return item;
  };

  const recentItems: MenuItemConstructorOptions[] =
    options.recentFiles.length === 0
      ? [{ id: 'recent:none', label: m.noRecent, enabled: false }]
      : options.recentFiles.map((filePath, i) => ({
          id: `recent:${i}`,
          label: recentItemLabel(filePath),
          click: () => options.openRecent(filePath),
        }));

  const fileMenu: MenuItemConstructorOptions = {
    label: m.file,
    submenu: [
      command(m.new, 'new'),
      command(m.open, 'open'),
      {
        id: 'open-recent',
        label: m.openRecent,
        submenu: [
          ...recentItems,
          { type: 'separator' },
          {
            id: 'recent:clear',
            label: m.clearRecent,
            enabled: options.recentFiles.length > 0,
            click: () => options.clearRecent(),
          },
        ],
      },
      { type: 'separator' },
      command(m.save, 'save'),
      command(m.saveAs, 'save-as'),
      command(m.revert, 'revert'),
      { type: 'separator' },
      command(m.exportWorkbook, 'export-workbook'),
      { type: 'separator' },
      command(m.close, 'close'),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: m.quit } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: m.edit,
    submenu: [
      command(m.undo, 'undo'),
      command(m.redo, 'redo'),
      { type: 'separator' },
      { role: 'cut', label: m.cut },
      { role: 'copy', label: m.copy },
      { role: 'paste', label: m.paste },
      { role: 'selectAll', label: m.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: m.view,
    submenu: [
      ...(options.isDevelopment
        ? [{ role: 'toggleDevTools', label: m.toggleDevTools } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom', label: m.resetZoom },
      { role: 'zoomIn', label: m.zoomIn },
      { role: 'zoomOut', label: m.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: m.fullScreen },
    ],
  };

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(fileMenu, editMenu, viewMenu);
  if (mac) template.push({ role: 'windowMenu' });
  return template;
}

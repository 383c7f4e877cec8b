import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../../shared/bridge/fabricost-bridge.ts';
import { buildMenuTemplate, recentItemLabel, type MenuOptions } from '../../main/menu.ts';
import { closePromptMessage, HOST_LANGUAGES, hostLanguageOf, hostText } from '../../shared/bridge/host-text.ts';

function options(overrides: Partial<MenuOptions> = {}) {
  const sent: HostCommand[] = [];
  const opened: string[] = [];
  let cleared = 0;
  const opts: MenuOptions = {
    platform: 'linux',
    appName: 'Fabricost',
    text: hostText('en').menu,
    recentFiles: [],
    isDevelopment: false,
    sendCommand: (c) => sent.push(c),
    openRecent: (p) => opened.push(p),
    clearRecent: () => cleared++,
    ...overrides,
  };
  return { opts, sent, opened, cleared: () => cleared };
}

/** Every item of the template, depth first. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  assert.ok(item?.click, `${item?.label} is clickable`);
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has the document commands with standard accelerators, each sending its HostCommand', () => {
    const { opts, sent } = options();
    const items = flatten(buildMenuTemplate(opts));
    const expected: [string, HostCommand, string | undefined][] = [
      ['New', 'new', 'CmdOrCtrl+N'],
      ['Open…', 'open', 'CmdOrCtrl+O'],
      ['Save', 'save', 'CmdOrCtrl+S'],
      ['Save As…', 'save-as', 'CmdOrCtrl+Shift+S'],
      ['Revert', 'revert', undefined],
      ['Export to Excel…', 'export-workbook', 'CmdOrCtrl+E'],
      ['Close', 'close', 'CmdOrCtrl+W'],
      ['Undo', 'undo', 'CmdOrCtrl+Z'],
      ['Redo', 'redo', 'CmdOrCtrl+Shift+Z'],
    ];
    for (const [label, command, accelerator] of expected) {
      const item = items.find((i) => i.label === label);
      assert.ok(item, label);
      assert.equal(item.accelerator, accelerator, label);
      click(item);
      assert.equal(sent.at(-1), command, label);
    }
    const accelerators = items.map((i) => i.accelerator).filter(Boolean);
    assert.equal(new Set(accelerators).size, accelerators.length, 'no accelerator used twice');
  });

  it('Open Recent lists the files, opens them in main, and can be cleared', () => {
    const files = [path.resolve('/p/a & b.json'), path.resolve('/q/c.json')];
    const { opts, opened, cleared } = options({ recentFiles: files });
    const items = flatten(buildMenuTemplate(opts));
    const recent = items.find((i) => i.label === 'Open Recent');
    const sub = recent?.submenu as MenuItemConstructorOptions[];
    assert.equal(sub[0]?.label, recentItemLabel(files[0] ?? ''));
    assert.match(sub[0]?.label ?? '', /^a && b\.json — /);
    click(sub[1]);
    assert.deepEqual(opened, [files[1]]);
    const clear = sub.find((i) => i.label === 'Clear Menu');
    assert.equal(clear?.enabled, true);
    click(clear);
    assert.equal(cleared(), 1);
  });

  it('an empty recent list shows a disabled placeholder', () => {
    const { opts } = options();
    const recent = flatten(buildMenuTemplate(opts)).find((i) => i.label === 'Open Recent');
    const sub = recent?.submenu as MenuItemConstructorOptions[];
    assert.equal(sub[0]?.label, 'No Recent Files');
    assert.equal(sub[0]?.enabled, false);
    assert.equal(sub.find((i) => i.label === 'Clear Menu')?.enabled, false);
  });

  it('macOS gets the application and Window menus; others get Quit in File', () => {
    const mac = buildMenuTemplate(options({ platform: 'darwin' }).opts);
    assert.equal(mac[0]?.label, 'Fabricost');
    assert.ok(flatten(mac).some((i) => i.role === 'windowMenu'));
    const linux = buildMenuTemplate(options().opts);
    assert.equal(linux[0]?.label, '&File');
    assert.ok((linux[0]?.submenu as MenuItemConstructorOptions[]).some((i) => i.role === 'quit'));
  });

  it('in pt-BR every item has a Portuguese label, role items included, with the same commands', () => {
    const { opts, sent } = options({ text: hostText('pt-BR').menu, isDevelopment: true });
    const top = buildMenuTemplate(opts);
    assert.deepEqual(
      top.map((i) => i.label),
      ['&Arquivo', '&Editar', '&Exibir'],
    );
    const items = flatten(top);
    // Every item a person sees has a label (roles too: Electron would otherwise use the OS language).
    for (const i of items) if (i.type !== 'separator') assert.ok(i.label, `unlabelled ${i.role ?? i.id}`);
    const byLabel = (l: string) => items.find((i) => i.label === l);
    click(byLabel('Salvar como…'));
    click(byLabel('Exportar para o Excel…'));
    click(byLabel('Desfazer'));
    assert.deepEqual(sent, ['save-as', 'export-workbook', 'undo']);
    assert.equal(byLabel('Recortar')?.role, 'cut');
    assert.equal(byLabel('Sair')?.role, 'quit');
    assert.equal(byLabel('Nenhum arquivo recente')?.enabled, false);
    // No English label is left: each pt-BR label differs from its English one, but for
    // words both languages share.
    const en = flatten(buildMenuTemplate(options({ isDevelopment: true }).opts)).map((i) => i.label);
    const shared = new Set(items.map((i) => i.label).filter((l) => l !== undefined && en.includes(l)));
    assert.deepEqual([...shared], []);
  });

  it('the host catalogue: same keys in every language, none empty; the close prompt names the document', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object).map((x) => `${k}.${x}`) : [k]));
    const values = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v as object) : [String(v)]));
    for (const l of HOST_LANGUAGES) {
      assert.deepEqual(keys(hostText(l)), keys(hostText('en')), l);
      for (const v of values(hostText(l))) assert.ok(v.trim().length > 0, l);
    }
    assert.equal(closePromptMessage('pt-BR', 'a.json'), 'Deseja salvar as alterações feitas em "a.json"?');
    assert.equal(closePromptMessage('en', 'a.json'), 'Do you want to save the changes you made to "a.json"?');
    assert.equal(hostText('pt-BR').closePrompt.discard, 'Não salvar');
    assert.equal(hostLanguageOf('pt-PT'), 'pt-BR');
    assert.equal(hostLanguageOf('en-GB'), 'en');
    assert.equal(hostLanguageOf('de'), 'en');
  });

  it('developer tools only in development; never a reload item (it would drop unsaved edits)', () => {
    const roles = (dev: boolean) => flatten(buildMenuTemplate(options({ isDevelopment: dev }).opts)).map((i) => i.role);
    assert.ok(roles(true).includes('toggleDevTools'));
    assert.ok(!roles(false).includes('toggleDevTools'));
    assert.ok(!roles(false).includes('reload') && !roles(false).includes('forceReload'));
  });
});

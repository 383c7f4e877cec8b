/**
 * The desktop host's own words (native menu, close prompt, crash prompt, file-type names) in the
 * app's languages. main/ cannot import the renderer's vue-i18n catalogues, so the renderer tells
 * main its language through the bridge (`setLanguage`) and main reads this small catalogue.
 * Data only, no runtime dependencies. Example: `hostText('pt-BR').closePrompt.save` is "Salvar".
 */

/** The app's languages, as the renderer's locale codes. */
export const HOST_LANGUAGES = ['en', 'pt-BR'] as const;
export type HostLanguage = (typeof HOST_LANGUAGES)[number];

/** The host language for a locale code: any Portuguese is pt-BR, anything else English. */
export function hostLanguageOf(locale: string): HostLanguage {
  return locale.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}

export interface HostText {
  menu: {
    file: string;
    edit: string;
    view: string;
    new: string;
    open: string;
    openRecent: string;
    noRecent: string;
    clearRecent: string;
    save: string;
    saveAs: string;
    revert: string;
    exportWorkbook: string;
    close: string;
    quit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    selectAll: string;
    toggleDevTools: string;
    resetZoom: string;
    zoomIn: string;
    zoomOut: string;
    fullScreen: string;
  };
  /** The prompt when a window with unsaved changes closes; `{name}` is the document's name. */
  closePrompt: { save: string; discard: string; cancel: string; message: string; detail: string };
  /** The prompt when the page's process dies. */
  crashPrompt: { reload: string; quit: string; message: string; detail: string };
  /** File-type names of the open and save dialogs. */
  fileTypes: { project: string; all: string; workbook: string };
}

const en: HostText = {
  menu: {
    file: '&File',
    edit: '&Edit',
    view: '&View',
    new: 'New',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No Recent Files',
    clearRecent: 'Clear Menu',
    save: 'Save',
    saveAs: 'Save As…',
    revert: 'Revert',
    exportWorkbook: 'Export to Excel…',
    close: 'Close',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
  },
  closePrompt: {
    save: 'Save',
    discard: "Don't Save",
    cancel: 'Cancel',
    message: 'Do you want to save the changes you made to "{name}"?',
    detail: "Your changes will be lost if you don't save them.",
  },
  crashPrompt: {
    reload: 'Reload',
    quit: 'Quit',
    message: 'The Fabricost window stopped unexpectedly.',
    detail: 'Reload it to recover unsaved changes from the last autosave.',
  },
  fileTypes: { project: 'Fabricost project', all: 'All files', workbook: 'Excel workbook' },
};

const ptBR: HostText = {
  menu: {
    file: '&Arquivo',
    edit: '&Editar',
    view: '&Exibir',
    new: 'Novo',
    open: 'Abrir…',
    openRecent: 'Abrir recente',
    noRecent: 'Nenhum arquivo recente',
    clearRecent: 'Limpar menu',
    save: 'Salvar',
    saveAs: 'Salvar como…',
    revert: 'Reverter',
    exportWorkbook: 'Exportar para o Excel…',
    close: 'Fechar',
    quit: 'Sair',
    undo: 'Desfazer',
    redo: 'Refazer',
    cut: 'Recortar',
    copy: 'Copiar',
    paste: 'Colar',
    selectAll: 'Selecionar tudo',
    toggleDevTools: 'Ferramentas do desenvolvedor',
    resetZoom: 'Tamanho real',
    zoomIn: 'Aumentar zoom',
    zoomOut: 'Diminuir zoom',
    fullScreen: 'Tela cheia',
  },
  closePrompt: {
    save: 'Salvar',
    discard: 'Não salvar',
    cancel: 'Cancelar',
    message: 'Deseja salvar as alterações feitas em "{name}"?',
    detail: 'Suas alterações serão perdidas se você não salvá-las.',
  },
  crashPrompt: {
    reload: 'Recarregar',
    quit: 'Sair',
    message: 'A janela do Fabricost parou inesperadamente.',
    detail: 'Recarregue-a para recuperar as alterações não salvas do último salvamento automático.',
  },
  fileTypes: { project: 'Projeto Fabricost', all: 'Todos os arquivos', workbook: 'Pasta de trabalho do Excel' },
};

const TEXT: Readonly<Record<HostLanguage, HostText>> = { en, 'pt-BR': ptBR };

export function hostText(language: HostLanguage): HostText {
  return TEXT[language];
}

/** The close prompt's question for a document, e.g. 'Do you want to save the changes you made to "a.json"?'. */
export function closePromptMessage(language: HostLanguage, name: string): string {
  return TEXT[language].closePrompt.message.replace('{name}', name);
}

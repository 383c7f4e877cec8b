/**
 * File operations on the project document through the host bridge: new, open, save,
 * save as, revert, export to Excel, autosave to the recovery area and crash recovery.
 */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type {
  CheckedProject,
  ExportProgress,
  HostCommand,
  OpenResult,
  RecoveryEntry,
} from '../../shared/bridge/fabricost-bridge.ts';
import type { FieldError } from '../../shared/scenario/parse-project.ts';
import type { SearchSettings } from '../../shared/search/search-settings.ts';
import { host } from '../bridge/host.ts';
import { i18n, tr } from '../i18n/index.ts';
import { translateModelMessage } from '../i18n/model-messages.ts';
import { readOpenedDocument } from './open-document.ts';
import { useProjectStore } from './project.ts';
import { useSearchStore } from './search.ts';
import { useUiStore } from './ui.ts';

/** Seconds between autosaves of a dirty document. */
export const AUTOSAVE_SECONDS = 5;

/** File name of a project made with New (saving asks where; the sample keeps its own name). */
export const NEW_PROJECT_NAME = 'untitled.json';

export const useDocumentStore = defineStore('document', () => {
  const project = useProjectStore();
  const ui = useUiStore();
  const recoveryOffer = ref<RecoveryEntry[]>([]);
  const busy = ref(false);
  /** The export under way: null when none; `progress` null until the host's first report. */
  const exporting = ref<{ progress: ExportProgress | null } | null>(null);
  let closeAfterSave = false;

  /** A message of the host (open, save, export) in the user's language. */
  function hostMessage(message: string): string {
    const t = (key: string, values?: Record<string, unknown>) => tr(key, values);
    return translateModelMessage(t, String(i18n.global.locale.value), message);
  }

  /** The parser's problems, one line each, in the user's language. */
  function describeErrors(errors: readonly FieldError[]): string[] {
    const locale = String(i18n.global.locale.value);
    const t = (key: string, values?: Record<string, unknown>) => tr(key, values);
    const lines = errors.map(
      (e) => `${e.path}: ${translateModelMessage(t, locale, e.message)} (${tr('editor.got')} ${e.value})`,
    );
    return lines.length > 12 ? [...lines.slice(0, 12), '…'] : lines;
  }

  function cannotOpen(name: string, errors: readonly FieldError[]): void {
    const details = describeErrors(errors);
    // One problem is said in the message itself; more are listed under it.
    const reason = details[0] ?? '';
    ui.showProblem(
      tr('problemDialog.open'),
      tr('notices.cannotOpen', { name, reason }),
      details.length > 1 ? details : [],
    );
  }

  function confirmDiscard(): boolean {
    return !project.dirty || window.confirm(tr('confirm.discard'));
  }

  /**
   * Loads a file's text; `unsaved` keeps it marked as changed (a restored recovery copy). A file
   * the desktop host has `checked` is not parsed again; others are parsed once here.
   */
  function openText(
    file: { path: string | null; name: string; text: string },
    unsaved = false,
    checked?: CheckedProject,
  ): boolean {
    const opened = readOpenedDocument(file.text, checked);
    if (opened.kind === 'refused') {
      cannotOpen(file.name, opened.errors);
      return false;
    }
    if (opened.kind === 'with-problems') {
      project.load(opened.raw, file, [], !unsaved);
      ui.showProblem(
        tr('problemDialog.openedWithProblems'),
        tr('notices.openedWithProblems', { name: file.name, n: opened.errors.length }),
        describeErrors(opened.errors),
      );
      return true;
    }
    // A migrated file is shown as changed: saving writes the upgraded version.
    project.load(opened.raw, file, opened.upgradeLog, !opened.migrated && !unsaved);
    ui.notify(
      'info',
      opened.migrated ? tr('notices.upgraded', { name: file.name }) : tr('notices.opened', { name: file.name }),
    );
    return true;
  }

  function handleOpenResult(r: OpenResult): void {
    if (r.status === 'opened') openText(r.file, false, r.checked);
    else if (r.status === 'error') ui.showProblem(tr('problemDialog.open'), hostMessage(r.message));
  }

  async function open(): Promise<void> {
    if (!confirmDiscard()) return;
    handleOpenResult(await host().openDialog());
  }

  async function openRecent(path: string): Promise<void> {
    if (!confirmDiscard()) return;
    handleOpenResult(await host().openRecent(path));
  }

  function newProject(): void {
    if (!confirmDiscard()) return;
    void host().clearRecovery(project.sessionId);
    project.loadSample(NEW_PROJECT_NAME);
    ui.notify('info', tr('notices.newFromSample'));
  }

  async function save(asNew = false): Promise<boolean> {
    busy.value = true;
    try {
      const r = await host().save({
        path: asNew ? null : project.filePath,
        suggestedName: project.fileName,
        text: project.text,
      });
      if (r.status === 'saved') {
        project.markSaved({ path: r.path, name: r.name });
        await host().clearRecovery(project.sessionId);
        ui.notify('info', tr('notices.saved', { name: r.name }));
        if (closeAfterSave) window.close();
        return true;
      }
      if (r.status === 'error') ui.showProblem(tr('problemDialog.save'), hostMessage(r.message));
      return false;
    } finally {
      busy.value = false;
      closeAfterSave = false;
    }
  }

  async function revert(): Promise<void> {
    if (!project.filePath) {
      ui.notify('error', tr('notices.nothingToRevert'));
      return;
    }
    if (!confirmDiscard()) return;
    handleOpenResult(await host().openRecent(project.filePath));
  }

  /** `{ search }` with the Search tab's last search, when there is one. */
  function searchSettings(): { search?: SearchSettings } {
    const s = useSearchStore().lastSettings();
    return s ? { search: s } : {};
  }

  async function exportWorkbook(): Promise<void> {
    // One export at a time; its progress line is on screen. (A save under way does not block it.)
    if (exporting.value) return;
    busy.value = true;
    exporting.value = { progress: null };
    try {
      const base = project.fileName.replace(/\.json$/i, '');
      const r = await host().exportWorkbook({
        suggestedName: `${base}.xlsx`,
        projectText: project.text,
        sourceName: project.fileName,
        // The Search tab's last search (if any) becomes the workbook's Search sheet.
        ...searchSettings(),
      });
      if (r.status === 'exported') ui.notify('info', tr('notices.exported', { name: r.name }));
      else if (r.status === 'error') ui.showProblem(tr('problemDialog.export'), hostMessage(r.message));
      else ui.notify('info', tr('notices.exportCanceled'));
    } finally {
      busy.value = false;
      exporting.value = null;
    }
  }

  /** Stops the export under way; it then ends as canceled and nothing is written. */
  function cancelExport(): void {
    if (exporting.value) void host().cancelExport();
  }

  async function checkRecovery(): Promise<void> {
    recoveryOffer.value = (await host().listRecovery()).filter((e) => e.id !== project.sessionId);
  }

  function restore(entry: RecoveryEntry): void {
    // The restored copy is unsaved work: it stays marked as changed until the user saves.
    if (openText({ path: entry.path, name: entry.name, text: entry.text }, true)) void host().clearRecovery(entry.id);
    recoveryOffer.value = recoveryOffer.value.filter((e) => e.id !== entry.id);
  }

  function discardRecovery(entry: RecoveryEntry): void {
    void host().clearRecovery(entry.id);
    recoveryOffer.value = recoveryOffer.value.filter((e) => e.id !== entry.id);
  }

  function runCommand(command: HostCommand): void {
    switch (command) {
      case 'new':
        return newProject();
      case 'open':
        return void open();
      case 'save':
        return void save();
      case 'save-as':
        return void save(true);
      case 'revert':
        return void revert();
      case 'export-workbook':
        return void exportWorkbook();
      case 'undo':
        return project.undo();
      case 'redo':
        return project.redo();
      case 'save-then-close':
        closeAfterSave = true;
        return void save();
      case 'close':
        // On the desktop the main process asks about unsaved changes when the window closes.
        if (host().host === 'desktop' || confirmDiscard()) window.close();
        return;
    }
  }

  /** Wires host commands, title updates and autosave; call once at start-up. */
  function start(): void {
    host().onCommand(runCommand);
    host().onOpenFile(handleOpenResult);
    host().onExportProgress((progress) => {
      if (exporting.value) exporting.value = { progress };
    });
    watch(
      () => [project.fileName, project.dirty] as const,
      ([name, dirty]) => host().setDocumentState({ name, dirty }),
      { immediate: true },
    );
    // A failed recovery copy is said once (and again after one has worked), never silently lost.
    let recoveryWarned = false;
    setInterval(() => {
      if (!project.dirty) return;
      host()
        .writeRecovery({
          id: project.sessionId,
          name: project.fileName,
          path: project.filePath,
          savedAt: new Date().toISOString(),
          text: project.text,
        })
        .then(
          () => (recoveryWarned = false),
          (e: unknown) => {
            if (recoveryWarned) return;
            recoveryWarned = true;
            ui.notify('error', tr('notices.recoveryOff', { reason: (e as Error | null)?.message ?? String(e) }));
          },
        );
    }, AUTOSAVE_SECONDS * 1000);
    void checkRecovery();
  }

  return {
    busy,
    exporting,
    recoveryOffer,
    open,
    openRecent,
    openText,
    newProject,
    save,
    revert,
    exportWorkbook,
    cancelExport,
    restore,
    discardRecovery,
    runCommand,
    start,
  };
});

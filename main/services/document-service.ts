/**
 * Scenario documents on disk, and the per-window document state (title, unsaved changes, the
 * close prompt). Electron-free: dialogs and the recent list are injected.
 *
 * Opening reads at most 20 MB of UTF-8 and runs `parseProject` on it, read-only: a file from a
 * newer schema version, or one that is not a project at all (shared/scenario/open-check.ts), is
 * refused with parseProject's message and left exactly as it is; one with field errors opens with
 * them listed (the editor saves values as typed, so what it saved must open again); an older one is accepted and its upgrade log returned (the file is
 * upgraded only when the user saves). The text is returned as read, with what the parse found
 * (upgrade log, upgraded project), so the renderer does not parse the file a second time.
 *
 * Saving is atomic and keeps the replaced version as `<name>.bak` beside the file (atomic-file.ts).
 *
 * Paths: main writes only where the user has pointed. A save to a path main has not seen in this
 * session (opened, saved, chosen in a dialog, or on the recent list) asks for the location with a
 * save dialog preset to that path, instead of writing silently; `openRecent` opens only listed or
 * already-seen paths.
 */
import path from 'node:path';
import type { DocumentFile, OpenResult, SaveRequest, SaveResult } from '../../shared/bridge/fabricost-bridge.ts';
import { MAX_TEXT_BYTES } from '../../shared/bridge/bridge-payloads.ts';
import { utf8ByteLength } from '../../shared/text/utf8-byte-length.ts';
import {
  FILE_PATH,
  MAX_PROJECT_BYTES,
  parseProject,
  type FieldError,
  type ParseResult,
  type UpgradeLogEntry,
} from '../../shared/scenario/parse-project.ts';
import { checkOpen } from '../../shared/scenario/open-check.ts';
import type { Project } from '../../shared/scenario/scenario-schema.ts';
import { nodeFs, readTextFileLimited, writeFileAtomic, type AtomicFs } from './atomic-file.ts';
import type { RecentFiles } from './recent-files.ts';

/** Extension of project files; the dialogs filter on it. */
export const PROJECT_EXTENSION = 'json';
/** How many field errors an "it cannot be opened" message lists. */
const MAX_ERRORS_SHOWN = 8;

export type OpenDocumentResult =
  | {
      status: 'opened';
      file: DocumentFile;
      upgradeLog: UpgradeLogEntry[];
      warnings: string[];
      /** The parsed project (upgraded when `upgradeLog` is not empty); absent with `problems`. */
      project?: Project;
      /** Field errors of a file that opens so they can be fixed (a saved work in progress). */
      problems?: FieldError[];
    }
  | { status: 'error'; message: string; path?: string };

export interface ReadProjectOptions {
  fs?: AtomicFs;
  /** The project parser; parseProject unless a test injects another (e.g. with migrations). */
  parse?: (text: string) => ParseResult;
}

/** Errors about the file as a whole read best without a path or the offending value. */
function describeError(e: FieldError): string {
  if (e.path === FILE_PATH || e.path === 'schemaVersion') return e.message;
  return `${e.path}: ${e.message}${e.value ? ` (got ${e.value})` : ''}`;
}

function describeErrors(name: string, errors: readonly FieldError[]): string {
  const [only] = errors;
  if (errors.length === 1 && only) return `Could not open "${name}": ${describeError(only)}`;
  const shown = errors.slice(0, MAX_ERRORS_SHOWN).map(describeError);
  const more = errors.length - shown.length;
  return [
    `Could not open "${name}", it is not a valid Fabricost project:`,
    ...shown,
    ...(more > 0 ? [`… and ${more} more problems`] : []),
  ].join('\n');
}

/**
 * Reads and checks a project file without ever writing to it. Never throws. Example: a file with
 * `"schemaVersion": 99` gives `{ status: 'error', message: 'Could not open "x.json": this file was
 * written by a newer Fabricost (schema version 99); this version reads up to 1. It was not changed.' }`.
 */
export async function readProjectFile(filePath: string, options: ReadProjectOptions = {}): Promise<OpenDocumentResult> {
  const read = await readTextFileLimited(filePath, {
    maxBytes: MAX_PROJECT_BYTES,
    limitText: '20 MB, the limit for project files',
    fs: options.fs ?? nodeFs,
  });
  if (!read.ok) return { status: 'error', message: read.message, path: filePath };
  const name = path.basename(filePath);
  let parsed: ParseResult;
  try {
    parsed = (options.parse ?? parseProject)(read.value);
  } catch (e) {
    parsed = { ok: false, errors: [{ path: FILE_PATH, value: '', message: String(e) }] };
  }
  const file = { path: filePath, name, text: read.value };
  if (!parsed.ok) {
    // Field errors open (the editor saves values as typed, so a saved document must open again).
    if (checkOpen(read.value, parsed).kind === 'with-problems') {
      return { status: 'opened', file, upgradeLog: [], warnings: [], problems: parsed.errors };
    }
    return { status: 'error', message: describeErrors(name, parsed.errors), path: filePath };
  }
  return {
    status: 'opened',
    file,
    upgradeLog: parsed.upgradeLog,
    warnings: parsed.warnings,
    project: parsed.project,
  };
}

/** Writes a project file atomically, keeping the previous version as `<name>.bak`. Never throws. */
export async function writeProjectFile(filePath: string, text: string, fs: AtomicFs = nodeFs): Promise<SaveResult> {
  if (typeof text !== 'string' || utf8ByteLength(text, MAX_TEXT_BYTES) > MAX_TEXT_BYTES) {
    return {
      status: 'error',
      message: 'Could not save: the project is larger than 20 MB, the limit for project files.',
    };
  }
  const written = await writeFileAtomic(filePath, text, { backup: true, fs });
  if (!written.ok) return { status: 'error', message: written.message };
  const result: SaveResult = { status: 'saved', path: filePath, name: path.basename(filePath) };
  if (written.value.backupPath) result.backupPath = written.value.backupPath;
  return result;
}

/** Native file dialogs, injected (Electron's `dialog` in main.ts, fakes in tests). Null: canceled. */
export interface DocumentDialogs {
  chooseOpenPath(): Promise<string | null>;
  /** `defaultPath` is a full path or just a file name. */
  chooseSavePath(defaultPath: string): Promise<string | null>;
}

export interface DocumentServiceOptions {
  dialogs: DocumentDialogs;
  recent: RecentFiles;
  fs?: AtomicFs;
  parse?: (text: string) => ParseResult;
  log?: (message: string) => void;
  /** Called after a document is opened or saved at a path (e.g. `app.addRecentDocument`). */
  onDocumentPath?: (filePath: string) => void;
}

function withExtension(name: string): string {
  return name.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`) ? name : `${name}.${PROJECT_EXTENSION}`;
}

/** Open, open-recent and save, with dialogs, the recent list and the set of approved paths. */
export class DocumentService {
  private readonly options: DocumentServiceOptions;
  /** Paths the user has pointed at in this session; main writes without asking only to these. */
  private readonly approved = new Set<string>();

  constructor(options: DocumentServiceOptions) {
    this.options = options;
  }

  /** True when main may save to `filePath` without asking. */
  isApproved(filePath: string): boolean {
    return this.approved.has(filePath);
  }

  /** Opens a path the user chose outside the renderer: dialog, command line, file association. */
  async openPath(filePath: string): Promise<OpenDocumentResult> {
    const result = await readProjectFile(filePath, { fs: this.options.fs, parse: this.options.parse });
    if (result.status === 'opened') await this.remember(filePath);
    else this.options.log?.(`open ${filePath}: ${result.message}`);
    return result;
  }

  async openDialog(): Promise<OpenDocumentResult | { status: 'canceled' }> {
    const chosen = await this.options.dialogs.chooseOpenPath();
    if (chosen === null) return { status: 'canceled' };
    return this.openPath(chosen);
  }

  /** Opens an entry of the recent list (or a path already opened or saved in this session). */
  async openRecent(filePath: string): Promise<OpenDocumentResult> {
    if (!this.approved.has(filePath) && !(await this.options.recent.has(filePath))) {
      return { status: 'error', message: 'That file is not on the recent files list.', path: filePath };
    }
    const result = await this.openPath(filePath);
    if (result.status === 'error' && !(await fileExists(filePath, this.options.fs ?? nodeFs))) {
      await this.options.recent.remove(filePath);
    }
    return result;
  }

  /**
   * Saves. With a path approved in this session, writes there; with no path, or one main has not
   * seen, asks for the location first (preset to the suggested name or the given path).
   */
  async save(request: SaveRequest): Promise<SaveResult> {
    let target = request.path;
    if (target === null || !this.approved.has(target)) {
      const chosen = await this.options.dialogs.chooseSavePath(target ?? withExtension(request.suggestedName));
      if (chosen === null) return { status: 'canceled' };
      target = chosen;
    }
    const result = await writeProjectFile(target, request.text, this.options.fs ?? nodeFs);
    if (result.status === 'saved') await this.remember(target);
    else if (result.status === 'error') this.options.log?.(`save ${target}: ${result.message}`);
    return result;
  }

  private async remember(filePath: string): Promise<void> {
    this.approved.add(filePath);
    await this.options.recent.add(filePath);
    try {
      this.options.onDocumentPath?.(filePath);
    } catch {
      // cosmetic (OS recent-documents list)
    }
  }
}

async function fileExists(filePath: string, fs: AtomicFs): Promise<boolean> {
  try {
    await fs.stat(filePath);
    return true;
  } catch {
    return false;
  }
}

/**
 * The bridge's form of an open: the file and what main's parse found (`checked`), so the renderer
 * does not parse it again. The upgraded project travels only when an upgrade happened (otherwise
 * the renderer keeps the file's own JSON, as typed); warnings stay in main's log.
 */
export function toOpenResult(result: OpenDocumentResult | { status: 'canceled' }): OpenResult {
  if (result.status !== 'opened') return result;
  if (result.problems)
    return { status: 'opened', file: result.file, checked: { upgradeLog: [], problems: result.problems } };
  const migrated = result.upgradeLog.length > 0;
  return {
    status: 'opened',
    file: result.file,
    checked: migrated ? { upgradeLog: result.upgradeLog, upgraded: result.project } : { upgradeLog: [] },
  };
}

/* ----------------------------------------------------------------------------------------
 * Command line
 * -------------------------------------------------------------------------------------- */

/**
 * Files named on a command line: everything after the executable (and, when not packaged, after
 * the app path) that is not a switch, resolved against `cwd`. A `--` ends the switches.
 * Example: `filesFromArgv(['/opt/Fabricost/fabricost', '--no-sandbox', 'a.json'], { isPackaged: true,
 * cwd: '/home/u' })` → `['/home/u/a.json']`.
 */
export function filesFromArgv(argv: readonly string[], options: { isPackaged: boolean; cwd: string }): string[] {
  const files: string[] = [];
  let switches = true;
  for (const arg of argv.slice(options.isPackaged ? 1 : 2)) {
    if (typeof arg !== 'string' || arg === '' || arg.includes('\0')) continue;
    if (switches && arg === '--') {
      switches = false;
      continue;
    }
    if (switches && arg.startsWith('-')) continue; // Electron/Chromium switches, macOS -psn_…
    files.push(path.resolve(options.cwd, arg));
  }
  return files;
}

/* ----------------------------------------------------------------------------------------
 * Window document state and the close prompt
 * -------------------------------------------------------------------------------------- */

export interface DocumentState {
  name: string;
  dirty: boolean;
}

export const APP_TITLE = 'Fabricost';
/** Shown before the file name while there are unsaved changes. */
export const UNSAVED_MARKER = '●';

/** `cluster.json — Fabricost`, or `● cluster.json — Fabricost` with unsaved changes. */
export function windowTitle(state: DocumentState): string {
  return `${state.dirty ? `${UNSAVED_MARKER} ` : ''}${state.name} — ${APP_TITLE}`;
}

export type ClosePromptChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  isDirty(): boolean;
  /** Asks Save / Don't Save / Cancel. */
  ask(): Promise<ClosePromptChoice>;
  /** Asks the renderer to save (HostCommand 'save-then-close'). */
  requestSave(): void;
  /** Runs before the window really closes (e.g. removing this session's recovery copies). */
  beforeClose(): Promise<void>;
  /** Closes the window (or continues quitting); the guard then lets the 'close' event through. */
  close(): void;
  /** The close was called off (Cancel, or the save failed or was canceled). */
  canceled(): void;
  log?: (message: string) => void;
}

/**
 * The close prompt as a small state machine, so it is testable without a window:
 * - the window's `close` event calls {@link onCloseRequested}; when it returns false the caller
 *   prevents the event and the guard decides asynchronously;
 * - clean document: close at once (after `beforeClose`);
 * - dirty: ask; Don't Save closes, Cancel calls the close off, Save sends 'save-then-close' and
 *   waits for the renderer's next save ({@link onSaveResult}): saved closes, canceled or failed
 *   calls the close off. Asking to close again while waiting for the save asks again; asking
 *   again once the close is decided (e.g. the renderer's own `window.close()` after its save)
 *   changes nothing.
 */
export class CloseGuard {
  private readonly deps: CloseGuardDeps;
  private approved = false;
  /** Decided to close; waiting for `beforeClose`. Close requests meanwhile are absorbed. */
  private closing = false;
  private asking = false;
  private awaitingSave = false;

  constructor(deps: CloseGuardDeps) {
    this.deps = deps;
  }

  /** True when the close may go ahead now; false: prevent it, the guard will decide. */
  onCloseRequested(): boolean {
    if (this.approved) return true;
    if (!this.asking && !this.closing) void this.decide();
    return false;
  }

  /** Report every save result here; only one that follows a 'save-then-close' request counts. */
  onSaveResult(result: SaveResult): void {
    if (!this.awaitingSave) return;
    this.awaitingSave = false;
    if (result.status === 'saved') void this.finish();
    else this.deps.canceled();
  }

  get waitingForSave(): boolean {
    return this.awaitingSave;
  }

  private async decide(): Promise<void> {
    this.asking = true;
    this.awaitingSave = false;
    try {
      if (this.deps.isDirty()) {
        let choice: ClosePromptChoice;
        try {
          choice = await this.deps.ask();
        } catch (e) {
          this.deps.log?.(`close prompt failed: ${(e as Error).message}`);
          choice = 'cancel';
        }
        if (choice === 'cancel') {
          this.deps.canceled();
          return;
        }
        if (choice === 'save') {
          this.awaitingSave = true;
          this.deps.requestSave();
          return;
        }
      }
      await this.finish();
    } finally {
      this.asking = false;
    }
  }

  private async finish(): Promise<void> {
    this.closing = true;
    try {
      await this.deps.beforeClose();
    } catch (e) {
      this.deps.log?.(`before close: ${(e as Error).message}`);
    }
    this.approved = true;
    this.deps.close();
  }
}

/**
 * The one typed contract between the renderer and its host: the Electron main process
 * (through the preload) or the browser implementation used by `npm run web`.
 *
 * Types and channel names only, no runtime dependencies: main, preload and renderer all
 * import this file. Every capability is one named method; there is no generic
 * `send(channel, ...)`. Main validates every payload against `bridge-payloads.ts`.
 */
import type { UpgradeLogEntry } from '../scenario/migrations.ts';
import type { FieldError } from '../scenario/parse-project.ts';
import type { SearchSettings } from '../search/search-settings.ts';
import type { HostLanguage } from './host-text.ts';

/** A project document as text, with where it lives. */
export interface DocumentFile {
  /** Absolute path on the desktop; null for an unsaved document or in the browser. */
  path: string | null;
  /** File name shown in the title, e.g. "cluster.fabricost.json". */
  name: string;
  /** The file's text (JSON). */
  text: string;
}

/**
 * What the desktop host found when it checked an opened file with `parseProject`, so the renderer
 * does not parse it again: a valid project, or one with field errors (`problems`) that opens so
 * they can be fixed; anything else is refused before it gets here. The browser host reads files
 * without checking them and sends no `checked`; the renderer then parses once itself.
 */
export interface CheckedProject {
  /** The upgrade steps applied in memory; empty for a file of the current schema version. */
  upgradeLog: UpgradeLogEntry[];
  /** The upgraded project as plain JSON, present exactly when `upgradeLog` is not empty. */
  upgraded?: unknown;
  /** The file's field errors, when it opens with problems to fix. */
  problems?: FieldError[];
}

export type OpenResult =
  | { status: 'opened'; file: DocumentFile; checked?: CheckedProject }
  | { status: 'canceled' }
  | { status: 'error'; message: string; path?: string };

export interface SaveRequest {
  /** Where to save; null asks for a location (Save As). */
  path: string | null;
  /** Suggested file name for the dialog or the download. */
  suggestedName: string;
  text: string;
}

export type SaveResult =
  | { status: 'saved'; path: string | null; name: string; backupPath?: string }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

export interface ExportRequest {
  suggestedName: string;
  /** The project as it is in the editor (possibly unsaved); the scenario file is never touched. */
  projectText: string;
  /** File name of the project, for the workbook's document properties. */
  sourceName: string;
  /** The Search tab's last search, run again for the workbook's Search sheet. */
  search?: SearchSettings;
}

/**
 * How far an export has got, sent by the host while it builds the workbook. Stages in order:
 * `evaluating` (scenarios, done 0 of `total` until all are evaluated), `analyses` (each
 * scenario's sweep and projection: `done` of `total` scenarios, the long part), `writing` (laying
 * out and zipping the workbook, then saving it). Example: `{ stage: 'analyses', done: 3, total: 64 }`.
 */
export interface ExportProgress {
  stage: 'evaluating' | 'analyses' | 'writing';
  done: number;
  total: number;
}

export type ExportResult =
  | { status: 'exported'; path: string | null; name: string }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

/** An autosaved copy of a dirty document. */
export interface RecoveryEntry {
  /** Stable id of the document session that wrote it. */
  id: string;
  name: string;
  /** Original path of the document, if it had one. */
  path: string | null;
  /** ISO 8601 time of the autosave. */
  savedAt: string;
  text: string;
}

/** Commands the host sends the renderer (menu items, accelerators, file association). */
export type HostCommand =
  'new' | 'open' | 'save' | 'save-as' | 'revert' | 'export-workbook' | 'close' | 'undo' | 'redo' | 'save-then-close';

export interface FabricostBridge {
  /** 'desktop' under Electron, 'browser' for `npm run web`. */
  readonly host: 'desktop' | 'browser';
  /** Application version, e.g. "0.1.0". */
  appVersion(): Promise<string>;
  /** Shows an open dialog (or file picker) and reads the chosen file. */
  openDialog(): Promise<OpenResult>;
  /** Opens a file from the recent list. */
  openRecent(path: string): Promise<OpenResult>;
  /** Recently opened files, newest first. */
  recentFiles(): Promise<string[]>;
  /** Saves atomically, keeping the previous version as a backup; asks for a location when path is null. */
  save(request: SaveRequest): Promise<SaveResult>;
  /** Writes the workbook for the given project text (save dialog on desktop, download in the browser). */
  exportWorkbook(request: ExportRequest): Promise<ExportResult>;
  /** Stops the export under way, if any: its `exportWorkbook` resolves `canceled`, nothing is written. */
  cancelExport(): Promise<void>;
  /** Subscribes to the progress of exports; returns an unsubscribe function. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
  /** Autosaves a dirty document to the recovery area. */
  writeRecovery(entry: RecoveryEntry): Promise<void>;
  /** Removes a document's recovery copy once it is saved or discarded. */
  clearRecovery(id: string): Promise<void>;
  /** Recovery copies left by a previous session that did not close cleanly. */
  listRecovery(): Promise<RecoveryEntry[]>;
  /** Tells the host the document title and whether it has unsaved changes (title bar, close prompt). */
  setDocumentState(state: { name: string; dirty: boolean }): void;
  /** Tells the host the app's language, for its own words (native menu, close prompt). */
  setLanguage(language: HostLanguage): void;
  /** Opens an http(s) source citation in the system browser after the user clicks it. */
  openExternal(url: string): Promise<void>;
  /** Subscribes to host commands; returns an unsubscribe function. */
  onCommand(listener: (command: HostCommand) => void): () => void;
  /** Subscribes to files the host opens on its own (file association, command line, drag onto the icon). */
  onOpenFile(listener: (result: OpenResult) => void): () => void;
}

/** IPC channel names, one per invoked bridge method. */
export const IPC_CHANNELS = {
  appVersion: 'fabricost:app-version',
  openDialog: 'fabricost:open-dialog',
  openRecent: 'fabricost:open-recent',
  recentFiles: 'fabricost:recent-files',
  save: 'fabricost:save',
  exportWorkbook: 'fabricost:export-workbook',
  cancelExport: 'fabricost:cancel-export',
  writeRecovery: 'fabricost:write-recovery',
  clearRecovery: 'fabricost:clear-recovery',
  listRecovery: 'fabricost:list-recovery',
  setDocumentState: 'fabricost:set-document-state',
  setLanguage: 'fabricost:set-language',
  openExternal: 'fabricost:open-external',
} as const satisfies Record<
  Exclude<keyof FabricostBridge, 'host' | 'onCommand' | 'onOpenFile' | 'onExportProgress'>,
  string
>;

/** Channels main sends to the renderer. */
export const HOST_EVENTS = {
  command: 'fabricost:command',
  openFile: 'fabricost:open-file',
  exportProgress: 'fabricost:export-progress',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Name of the global the preload exposes: `window.fabricost`. */
export const BRIDGE_KEY = 'fabricost';

/**
 * Autosaved copies of dirty documents, for recovery after a crash. Electron-free.
 *
 * One file per document session in the recovery folder (`<userData>/recovery/<id>.json`),
 * written atomically, holding `{ "format": "fabricost-recovery", "version": 1, "entry": {...} }`
 * where `entry` is a {@link RecoveryEntry}. The id is checked against the bridge's id pattern, so
 * it is always a plain file name inside the folder.
 *
 * {@link RecoveryStore.list} returns only copies left by an earlier session (one that crashed or
 * was killed): entries written by the running renderer are its own live autosaves and are not
 * offered back to it. When the renderer itself crashes, main calls
 * {@link RecoveryStore.forgetSession} so the reloaded window is offered its predecessor's copies.
 * Damaged, foreign or oversized files in the folder are skipped (and logged), never fatal.
 */
import path from 'node:path';
import type { RecoveryEntry } from '../../shared/bridge/fabricost-bridge.ts';
import { ID_PATTERN, MAX_TEXT_BYTES, recoveryEntrySchema } from '../../shared/bridge/bridge-payloads.ts';
import {
  describeFsError,
  errorCode,
  nodeFs,
  readTextFileLimited,
  removeStaleTemporaries,
  writeFileAtomic,
  type AtomicFs,
  type FileResult,
} from './atomic-file.ts';

export const RECOVERY_FORMAT = 'fabricost-recovery';
export const RECOVERY_VERSION = 1;
/** At most this many copies are offered (the newest). */
export const MAX_LISTED_RECOVERY_ENTRIES = 20;
/** JSON escaping can at worst grow text six-fold (`\u0001`). */
const MAX_RECOVERY_FILE_BYTES = 6 * MAX_TEXT_BYTES + 64 * 1024;
const FILE_SUFFIX = '.json';

export interface RecoveryStoreOptions {
  /** Absolute path of the recovery folder, e.g. `<userData>/recovery`. Created when first needed. */
  dir: string;
  fs?: AtomicFs;
  log?: (message: string) => void;
}

export class RecoveryStore {
  private readonly dir: string;
  private readonly fs: AtomicFs;
  private readonly log: (message: string) => void;
  /** Ids written by the running renderer. */
  private readonly session = new Set<string>();
  /** Per-id queue: writes and clears of one document happen in the order they were asked for. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(options: RecoveryStoreOptions) {
    this.dir = options.dir;
    this.fs = options.fs ?? nodeFs;
    this.log = options.log ?? (() => {});
  }

  /** The file of an id, or null for an id that is not a safe name. */
  fileFor(id: string): string | null {
    return typeof id === 'string' && ID_PATTERN.test(id) ? path.join(this.dir, id + FILE_SUFFIX) : null;
  }

  /** Writes (replaces) the autosaved copy of one document. Never throws. */
  write(entry: RecoveryEntry): Promise<FileResult<string>> {
    const checked = recoveryEntrySchema.safeParse(entry);
    if (!checked.success) {
      return Promise.resolve({ ok: false, code: 'EINVAL', message: 'Not a valid recovery entry.' });
    }
    const file = this.fileFor(checked.data.id) as string;
    this.session.add(checked.data.id);
    return this.enqueue(checked.data.id, async (): Promise<FileResult<string>> => {
      try {
        await this.fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
      } catch (e) {
        return {
          ok: false,
          code: errorCode(e),
          message: `Could not create the recovery folder: ${describeFsError(e)}.`,
        };
      }
      const body = JSON.stringify({ format: RECOVERY_FORMAT, version: RECOVERY_VERSION, entry: checked.data });
      const written = await writeFileAtomic(file, body, { fs: this.fs, mode: 0o600 });
      if (!written.ok) this.log(`recovery: ${written.message}`);
      return written.ok ? { ok: true, value: file } : written;
    });
  }

  /** Removes one document's copy (saved or discarded). Missing copies are fine. Never throws. */
  clear(id: string): Promise<FileResult<true>> {
    const file = this.fileFor(id);
    if (file === null) return Promise.resolve({ ok: false, code: 'EINVAL', message: 'Not a valid recovery id.' });
    this.session.delete(id);
    return this.enqueue(id, async (): Promise<FileResult<true>> => {
      try {
        await this.fs.unlink(file);
      } catch (e) {
        if (errorCode(e) !== 'ENOENT') {
          this.log(`recovery: could not remove ${file}: ${describeFsError(e)}`);
          return {
            ok: false,
            code: errorCode(e),
            message: `Could not remove the recovery copy: ${describeFsError(e)}.`,
          };
        }
      }
      return { ok: true, value: true };
    });
  }

  /** Removes the copies the running renderer wrote (a clean close). */
  async clearSession(): Promise<void> {
    await Promise.all([...this.session].map((id) => this.clear(id)));
  }

  /** The running renderer is gone (it crashed): its copies become recoverable. */
  forgetSession(): void {
    this.session.clear();
  }

  /** Copies left by earlier sessions, newest first, at most {@link MAX_LISTED_RECOVERY_ENTRIES}. Never throws. */
  async list(): Promise<RecoveryEntry[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch (e) {
      if (errorCode(e) !== 'ENOENT') this.log(`recovery: cannot read ${this.dir}: ${describeFsError(e)}`);
      return [];
    }
    await Promise.all([...this.queues.values()].map((q) => q.catch(() => {})));
    const removed = await removeStaleTemporaries(this.fs, this.dir);
    if (removed > 0) this.log(`recovery: removed ${removed} temporary files of interrupted writes`);
    const candidates: { id: string; file: string; mtimeMs: number }[] = [];
    for (const name of names) {
      if (!name.endsWith(FILE_SUFFIX)) continue; // temporary files of interrupted writes, strangers
      const id = name.slice(0, -FILE_SUFFIX.length);
      const file = this.fileFor(id);
      if (file === null || this.session.has(id)) continue;
      try {
        const stat = await this.fs.stat(file);
        if (stat.isFile()) candidates.push({ id, file, mtimeMs: stat.mtimeMs });
      } catch {
        // vanished meanwhile
      }
    }
    candidates.sort((a, b) => b.mtimeMs - a.mtimeMs);
    const entries: RecoveryEntry[] = [];
    for (const { id, file } of candidates) {
      if (entries.length >= MAX_LISTED_RECOVERY_ENTRIES) break;
      const entry = await this.readEntry(id, file);
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  }

  private async readEntry(id: string, file: string): Promise<RecoveryEntry | null> {
    const text = await readTextFileLimited(file, { maxBytes: MAX_RECOVERY_FILE_BYTES, fs: this.fs });
    if (!text.ok) {
      this.log(`recovery: skipped ${file}: ${text.message}`);
      return null;
    }
    try {
      const data = JSON.parse(text.value) as { format?: unknown; version?: unknown; entry?: unknown } | null;
      if (data?.format !== RECOVERY_FORMAT || data.version !== RECOVERY_VERSION) throw new Error('not a recovery file');
      const checked = recoveryEntrySchema.safeParse(data.entry);
      if (!checked.success) throw new Error('the entry is not valid');
      if (checked.data.id !== id) throw new Error('the entry id does not match the file name');
      return checked.data;
    } catch (e) {
      this.log(`recovery: skipped damaged ${file}: ${(e as Error).message}`);
      return null;
    }
  }

  private enqueue<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const result = previous.then(task, task);
    const settled = result.catch(() => {});
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return result;
  }
}

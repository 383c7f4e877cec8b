/**
 * The "Open Recent" list: at most {@link MAX_RECENT_FILES} absolute paths, newest first, kept as
 * JSON in the user-data folder (`recent-files.json`, `{ "version": 1, "files": [...] }`) and
 * rewritten atomically on every change. A missing or damaged list reads as empty and is replaced
 * on the next change; entries that are not absolute paths are dropped. Electron-free.
 */
import path from 'node:path';
import { absolutePathSchema } from '../../shared/bridge/bridge-payloads.ts';
import { nodeFs, readTextFileLimited, writeFileAtomic, type AtomicFs, type FileResult } from './atomic-file.ts';

export const MAX_RECENT_FILES = 10;
/** The list file is tiny; anything larger is not ours. */
const MAX_LIST_FILE_BYTES = 1024 * 1024;

export interface RecentFilesOptions {
  /** Absolute path of the JSON file, e.g. `<userData>/recent-files.json`. */
  file: string;
  max?: number;
  fs?: AtomicFs;
  /** Called after every change with the new list (e.g. to rebuild the menu). */
  onChange?: (files: readonly string[]) => void;
  log?: (message: string) => void;
}

export class RecentFiles {
  private readonly file: string;
  private readonly max: number;
  private readonly fs: AtomicFs;
  private readonly onChange: ((files: readonly string[]) => void) | undefined;
  private readonly log: (message: string) => void;
  private files: string[] | null = null;
  /** Changes run one after another, so the file always ends with the last one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: RecentFilesOptions) {
    this.file = options.file;
    this.max = options.max ?? MAX_RECENT_FILES;
    this.fs = options.fs ?? nodeFs;
    this.onChange = options.onChange;
    this.log = options.log ?? (() => {});
  }

  /** The list, newest first. Never throws. */
  async list(): Promise<string[]> {
    return [...(await this.load())];
  }

  async has(filePath: string): Promise<boolean> {
    return (await this.load()).includes(filePath);
  }

  /** Puts `filePath` first (moving it if already listed) and drops the oldest beyond the maximum. */
  add(filePath: string): Promise<FileResult<string[]>> {
    return this.change((files) => {
      if (!absolutePathSchema.safeParse(filePath).success) return null;
      const normalized = path.normalize(filePath);
      return [normalized, ...files.filter((f) => f !== normalized)].slice(0, this.max);
    });
  }

  remove(filePath: string): Promise<FileResult<string[]>> {
    return this.change((files) => (files.includes(filePath) ? files.filter((f) => f !== filePath) : null));
  }

  clear(): Promise<FileResult<string[]>> {
    return this.change((files) => (files.length > 0 ? [] : null));
  }

  private async load(): Promise<string[]> {
    await this.queue;
    if (this.files === null) this.files = await this.read();
    return this.files;
  }

  private async read(): Promise<string[]> {
    const text = await readTextFileLimited(this.file, { maxBytes: MAX_LIST_FILE_BYTES, fs: this.fs });
    if (!text.ok) {
      if (text.code !== 'ENOENT') this.log(`recent files: ${text.message}; starting with an empty list`);
      return [];
    }
    try {
      const data = JSON.parse(text.value) as unknown;
      const list = (data as { files?: unknown } | null)?.files;
      if (!Array.isArray(list)) throw new Error('no "files" list');
      const files = list.filter((f): f is string => absolutePathSchema.safeParse(f).success);
      return [...new Set(files)].slice(0, this.max);
    } catch (e) {
      this.log(`recent files: ${this.file} is damaged (${(e as Error).message}); starting with an empty list`);
      return [];
    }
  }

  /** Applies `update` (null: nothing to change) and persists the result. */
  private change(update: (files: readonly string[]) => string[] | null): Promise<FileResult<string[]>> {
    const run = async (): Promise<FileResult<string[]>> => {
      if (this.files === null) this.files = await this.read();
      const next = update(this.files);
      if (next === null) return { ok: true, value: [...this.files] };
      this.files = next;
      const written = await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, files: next }, null, 2)}\n`, {
        fs: this.fs,
      });
      try {
        this.onChange?.([...next]);
      } catch (e) {
        this.log(`recent files: change listener failed: ${(e as Error).message}`);
      }
      if (!written.ok) {
        this.log(`recent files: ${written.message}`);
        return written;
      }
      return { ok: true, value: [...next] };
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }
}

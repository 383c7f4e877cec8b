/**
 * Crash-safe file writing and size-limited reading. Electron-free; every file-system call goes
 * through an injectable {@link AtomicFs} layer (Node's `fs/promises` by default) so tests can
 * simulate failures at any step.
 *
 * An atomic write never leaves a partial file at the target path:
 * 1. write the new bytes to a hidden temporary file in the same folder
 *    (`.<name>.<random>.tmp`, created exclusively), flush it to disk (fsync) and close it;
 * 2. if asked, keep the version about to be replaced as `<name>.bak` beside the file (copied
 *    to its own temporary file, flushed, then renamed over the previous `.bak`, so the backup is
 *    itself written atomically and the original stays in place the whole time);
 * 3. rename the temporary file over the target (atomic on one file system: a reader sees the
 *    old or the new version, never a mix);
 * 4. flush the folder so the rename itself survives a power cut (skipped where the platform
 *    cannot open folders, e.g. Windows).
 * If anything fails before step 3, the target is untouched and the temporary file is removed
 * (best effort; a crash can leave a hidden `.tmp` file, never a damaged target).
 *
 * A symbolic link at the target is followed: the file it points to is replaced, the link kept.
 * A backup that cannot be copied is hard-linked instead; one that cannot be made at all refuses
 * the save (the previous version stays in place) rather than lose it silently.
 *
 * Errors are values ({@link FileResult}), never exceptions, with messages for people.
 */
import { randomBytes } from 'node:crypto';
import * as fsSync from 'node:fs';
import { constants as fsConstants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

/** The part of Node's `FileHandle` used here. */
export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>;
  read(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  stat(): Promise<{ size: number; isFile(): boolean }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface StatLike {
  mode: number;
  size: number;
  mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

/** The file-system calls the services make; Node's `fs/promises` satisfies it. */
export interface AtomicFs {
  open(filePath: string, flags: string | number, mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  stat(filePath: string): Promise<StatLike>;
  realpath(filePath: string): Promise<string>;
  mkdir(dirPath: string, options: { recursive: true; mode?: number }): Promise<unknown>;
  readdir(dirPath: string): Promise<string[]>;
}

export const nodeFs: AtomicFs = {
  open: (p, flags, mode) => fsp.open(p, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (p) => fsp.unlink(p),
  copyFile: (from, to) => fsp.copyFile(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  stat: (p) => fsp.stat(p),
  realpath: (p) => fsp.realpath(p),
  mkdir: (p, options) => fsp.mkdir(p, options),
  readdir: (p) => fsp.readdir(p),
};

export type FileResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<name>.bak` beside the file. Default false. */
  backup?: boolean;
  /** File mode for a new file (before the umask). An existing file keeps its mode. Default 0o666. */
  mode?: number;
  fs?: AtomicFs;
}

export interface AtomicWriteOutcome {
  /** The path written (as given, even when it is a symbolic link). */
  path: string;
  /** Where the previous version was kept, when a backup was asked for and the file existed. */
  backupPath?: string;
  /** A note on how the backup was kept when it could not be copied (it was linked). */
  backupWarning?: string;
}

/** Suffix of the backup kept beside a saved file. */
export const BACKUP_SUFFIX = '.bak';

/** The backup path of a file: `/a/b/x.json` → `/a/b/x.json.bak`. */
export function backupPathFor(filePath: string): string {
  return filePath + BACKUP_SUFFIX;
}

/** Node error code of an exception, or 'EUNKNOWN'. */
export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

/** A short human reason for a file-system error code. */
export function describeFsError(e: unknown): string {
  const code = errorCode(e);
  const reasons: Record<string, string> = {
    ENOENT: 'it does not exist',
    EACCES: 'permission was denied',
    EPERM: 'the operation is not permitted',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exceeded',
    EROFS: 'the disk is read-only',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    EBUSY: 'the file is in use',
    ETXTBSY: 'the file is in use',
    EEXIST: 'a file with that name already exists',
    ENAMETOOLONG: 'the path is too long',
    EMFILE: 'too many files are open',
    EIO: 'the disk reported an input/output error',
    EXDEV: 'the temporary file landed on another disk',
    ELOOP: 'the path has a loop of symbolic links',
  };
  const reason = reasons[code];
  if (reason) return `${reason} (${code})`;
  const message = e instanceof Error ? e.message : String(e);
  return code === 'EUNKNOWN' ? message : `${message} (${code})`;
}

function fail<T>(code: string, message: string): FileResult<T> {
  return { ok: false, code, message };
}

async function quietly(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch {
    // best effort
  }
}

function tempPathFor(dir: string, base: string, tag: string): string {
  // Keep the temporary name within 255 characters whatever the file's name.
  return path.join(dir, `.${base.slice(0, 120)}.${tag}${randomBytes(6).toString('hex')}.tmp`);
}

/** A temporary file left by an interrupted save is stale after this long (no save takes it). */
export const STALE_TEMPORARY_MS = 10 * 60 * 1000;

const OWN_TEMPORARY = /^\..+\.(?:bak\.)?[0-9a-f]{12}\.tmp$/;
const OWN_TEMPORARY_TAIL = /^(?:bak\.)?[0-9a-f]{12}\.tmp$/;

/**
 * Removes temporary files of our own naming ({@link tempPathFor}) in `dir` older than
 * `olderThanMs`: for one file's `base` name, or for any name when `base` is omitted. An
 * interrupted save (a crash, a kill) leaves one behind; nothing else would ever remove it.
 * Best effort, never throws; returns how many were removed.
 */
export async function removeStaleTemporaries(
  fs: AtomicFs,
  dir: string,
  options: { base?: string; olderThanMs?: number; nowMs?: number } = {},
): Promise<number> {
  const olderThan = options.olderThanMs ?? STALE_TEMPORARY_MS;
  const now = options.nowMs ?? Date.now();
  let removed = 0;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (options.base === undefined) {
      if (!OWN_TEMPORARY.test(name)) continue;
    } else {
      const prefix = `.${options.base.slice(0, 120)}.`;
      if (!name.startsWith(prefix) || !OWN_TEMPORARY_TAIL.test(name.slice(prefix.length))) continue;
    }
    const file = path.join(dir, name);
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile() || now - stat.mtimeMs < olderThan) continue;
      await fs.unlink(file);
      removed++;
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

/** Writes `data` to a new temporary file and flushes it; removes it again on failure. */
async function writeFlushed(fs: AtomicFs, filePath: string, data: string | Uint8Array, mode: number): Promise<void> {
  const handle = await fs.open(filePath, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function flushDirectory(fs: AtomicFs, dir: string): Promise<void> {
  // Not possible everywhere (Windows cannot open folders); the rename is done either way.
  await quietly(async () => {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/**
 * Keeps `real` as `backupPath`: a flushed copy, else a hard link. Ok with an optional note when
 * the link was used (the .bak then shares the old file, which the save no longer touches).
 */
async function keepPrevious(
  fs: AtomicFs,
  real: string,
  backupPath: string,
  backupTemp: string,
): Promise<FileResult<string | undefined>> {
  try {
    await fs.copyFile(real, backupTemp);
    const handle = await fs.open(backupTemp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(backupTemp, backupPath);
    return { ok: true, value: undefined };
  } catch (copyError) {
    await quietly(() => fs.unlink(backupTemp));
    try {
      await fs.link(real, backupTemp);
      await fs.rename(backupTemp, backupPath);
      return { ok: true, value: `the backup was linked, not copied (${describeFsError(copyError)})` };
    } catch {
      await quietly(() => fs.unlink(backupTemp));
      return fail(errorCode(copyError), describeFsError(copyError));
    }
  }
}

/**
 * Replaces `target` with `data` atomically (see the module comment). Never throws. Example:
 * `await writeFileAtomic('/home/a/x.json', text, { backup: true })` →
 * `{ ok: true, value: { path: '/home/a/x.json', backupPath: '/home/a/x.json.bak' } }`.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<FileResult<AtomicWriteOutcome>> {
  const fs = options.fs ?? nodeFs;
  const shown = typeof target === 'string' ? path.basename(target) : String(target);
  const cannot = (reason: string) => `Could not save "${shown}": ${reason}.`;
  try {
    if (typeof target !== 'string' || !path.isAbsolute(target) || target.includes('\0')) {
      return fail('EINVAL', cannot('the path is not an absolute file path'));
    }

    // Follow a symbolic link so the link stays a link; a new file has no real path yet.
    let real = target;
    let existing: StatLike | null = null;
    try {
      real = await fs.realpath(target);
      existing = await fs.stat(real);
    } catch (e) {
      if (errorCode(e) !== 'ENOENT') return fail(errorCode(e), cannot(describeFsError(e)));
    }
    if (existing && !existing.isFile()) return fail('EISDIR', cannot('that path is a folder, not a file'));

    const dir = path.dirname(real);
    const base = path.basename(real);
    if (!existing) {
      try {
        if (!(await fs.stat(dir)).isDirectory()) return fail('ENOTDIR', cannot(`"${dir}" is not a folder`));
      } catch (e) {
        return fail(errorCode(e), cannot(`the folder "${dir}" cannot be used: ${describeFsError(e)}`));
      }
    }

    // Leftovers of this file's interrupted saves would otherwise stay forever.
    await removeStaleTemporaries(fs, dir, { base });

    // 1. The new version, complete and flushed, under a temporary name.
    const temp = tempPathFor(dir, base, '');
    try {
      await writeFlushed(fs, temp, data, existing ? existing.mode & 0o777 : (options.mode ?? 0o666));
    } catch (e) {
      await quietly(() => fs.unlink(temp));
      return fail(errorCode(e), `${cannot(describeFsError(e))} The file on disk was not changed.`);
    }

    // 2. The version about to be replaced, kept as <name>.bak: a flushed copy, or else a hard
    // link (no space needed: the old bytes stay on disk under the .bak name). If neither can be
    // made the save is refused, so the previous version is never lost without the user knowing.
    const outcome: AtomicWriteOutcome = { path: target };
    if (options.backup && existing) {
      const backupPath = backupPathFor(real);
      const kept = await keepPrevious(fs, real, backupPath, tempPathFor(dir, base, 'bak.'));
      if (kept.ok) {
        outcome.backupPath = backupPath;
        if (kept.value) outcome.backupWarning = kept.value;
      } else {
        await quietly(() => fs.unlink(temp));
        return fail(
          kept.code,
          `${cannot(`the previous version could not be kept as "${path.basename(backupPath)}": ${kept.message}`)} ` +
            'The file on disk was not changed; save under another name or free some space.',
        );
      }
    }

    // 3. Swap in the new version.
    try {
      await fs.rename(temp, real);
    } catch (e) {
      await quietly(() => fs.unlink(temp));
      return fail(errorCode(e), `${cannot(describeFsError(e))} The file on disk was not changed.`);
    }

    // 4. Make the rename durable.
    await flushDirectory(fs, dir);
    return { ok: true, value: outcome };
  } catch (e) {
    return fail(errorCode(e), cannot(describeFsError(e)));
  }
}

export interface ReadLimitedOptions {
  /** Largest accepted size in bytes. */
  maxBytes: number;
  /** Wording of the limit in messages, e.g. "20 MB, the limit for project files". */
  limitText?: string;
  /** Give up after this long (a file on a stalled network share); default 10 s. */
  timeoutMs?: number;
  fs?: AtomicFs;
}

/** How long a read may take before it is abandoned. */
export const READ_TIMEOUT_MS = 10_000;

/**
 * Opening for reading must never wait for a writer (a FIFO) or a device: non-blocking where the
 * platform has the flag. The type is checked before opening and again on the open handle.
 */
const READ_FLAGS: number | string =
  typeof fsConstants.O_NONBLOCK === 'number' ? fsConstants.O_RDONLY | fsConstants.O_NONBLOCK : 'r';

/** The rules every read of a user's file follows, in the app and on the command line alike. */
interface ReadRules {
  cannot(reason: string): string;
  tooLarge(): FileResult<string>;
  /** Undefined when a file of this kind and size may be read. */
  refuse(stat: { size: number; isFile(): boolean }): FileResult<string> | undefined;
  decode(bytes: Uint8Array): FileResult<string>;
}

function readRules(filePath: unknown, options: ReadLimitedOptions): ReadRules {
  const shown = typeof filePath === 'string' ? path.basename(filePath) : String(filePath);
  const cannot = (reason: string) => `Could not open "${shown}": ${reason}.`;
  const limitText = options.limitText ?? `${options.maxBytes} bytes`;
  const tooLarge = () => fail<string>('EFBIG', cannot(`it is larger than ${limitText}; it was not read`));
  return {
    cannot,
    tooLarge,
    refuse: (stat) => {
      if (!stat.isFile()) return fail('EISDIR', cannot('it is not a regular file (a folder, device or pipe)'));
      if (stat.size > options.maxBytes) return tooLarge();
      return undefined;
    },
    decode: (bytes) => {
      try {
        return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        return fail('EILSEQ', cannot('it is not UTF-8 text'));
      }
    },
  };
}

function badPath(filePath: unknown): boolean {
  return typeof filePath !== 'string' || !path.isAbsolute(filePath) || filePath.includes('\0');
}

/** One file-system step of a read, answered by a driver (see {@link readSteps}). */
type ReadStep =
  | { op: 'stat' }
  | { op: 'open' }
  | { op: 'fstat' }
  | { op: 'read'; buffer: Uint8Array; offset: number; length: number };
type SizeAndKind = { size: number; isFile(): boolean };
/** What a driver answers: a stat for `stat` and `fstat`, the bytes read for `read`, nothing for `open`. */
type StepAnswer = SizeAndKind | number | undefined;

/**
 * The one read of a user's file, as steps a driver performs (asynchronously in the app,
 * synchronously on the command line), so both follow the same rules in the same order: stat the
 * path and refuse what is not a regular file or is over the limit, before opening it; open; stat
 * the open file again (the path may have been swapped since the first look); read into a growing
 * buffer at most `maxBytes + 1` bytes whatever stat said (the file may grow meanwhile); decode as
 * strict UTF-8. A driver maps any exception to a message and closes what it opened.
 */
function* readSteps(rules: ReadRules, maxBytes: number): Generator<ReadStep, FileResult<string>, StepAnswer> {
  const atPath = rules.refuse((yield { op: 'stat' }) as SizeAndKind);
  if (atPath) return atPath;
  yield { op: 'open' };
  const stat = (yield { op: 'fstat' }) as SizeAndKind;
  const opened = rules.refuse(stat);
  if (opened) return opened;
  let buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const bigger = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
      bigger.set(buffer);
      buffer = bigger;
    }
    const bytesRead = (yield { op: 'read', buffer, offset: length, length: buffer.length - length }) as number;
    if (bytesRead === 0) break;
    length += bytesRead;
    if (length > maxBytes) return rules.tooLarge();
  }
  return rules.decode(buffer.subarray(0, length));
}

/**
 * Reads a regular file as UTF-8 text. Refuses, before opening it, anything that is not a regular
 * file (a FIFO would block forever, `/dev/zero` never ends) and files over `maxBytes`; refuses
 * files that grow past the limit while read, that are not valid UTF-8, or that take longer than
 * `timeoutMs`. Never throws, never writes. Example: `await readTextFileLimited('/p/x.json',
 * { maxBytes: 20e6 })` → `{ ok: true, value: '{"schemaVersion":1,…}' }`.
 */
export async function readTextFileLimited(filePath: string, options: ReadLimitedOptions): Promise<FileResult<string>> {
  const rules = readRules(filePath, options);
  if (badPath(filePath)) return fail('EINVAL', rules.cannot('the path is not an absolute file path'));
  const timeoutMs = options.timeoutMs ?? READ_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let opened: FileHandleLike | undefined;
  const timedOut = new Promise<FileResult<string>>((resolve) => {
    timer = setTimeout(() => {
      if (opened) void quietly(() => (opened as FileHandleLike).close());
      resolve(fail('ETIMEDOUT', rules.cannot(`reading took longer than ${timeoutMs / 1000} s; it was abandoned`)));
    }, timeoutMs);
  });
  try {
    return await Promise.race([readChecked(filePath, options, rules, (h) => (opened = h)), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Performs {@link readSteps} with the injectable asynchronous file system. */
async function readChecked(
  filePath: string,
  options: ReadLimitedOptions,
  rules: ReadRules,
  onOpen: (handle: FileHandleLike) => void,
): Promise<FileResult<string>> {
  const fs = options.fs ?? nodeFs;
  const steps = readSteps(rules, options.maxBytes);
  let handle: FileHandleLike | undefined;
  try {
    let answer: StepAnswer;
    for (;;) {
      const next = steps.next(answer);
      if (next.done) return next.value;
      const step = next.value;
      if (step.op === 'stat') answer = await fs.stat(filePath);
      else if (step.op === 'open') {
        handle = await fs.open(filePath, READ_FLAGS);
        onOpen(handle);
        answer = undefined;
      } else if (step.op === 'fstat') answer = await (handle as FileHandleLike).stat();
      else answer = (await (handle as FileHandleLike).read(step.buffer, step.offset, step.length, null)).bytesRead;
    }
  } catch (e) {
    return fail(errorCode(e), rules.cannot(describeFsError(e)));
  } finally {
    if (handle) await quietly(() => (handle as FileHandleLike).close());
  }
}

/**
 * The same read as {@link readTextFileLimited}, synchronously, for the command line: one set of
 * rules for a user's file wherever it is opened.
 */
export function readTextFileLimitedSync(filePath: string, options: Omit<ReadLimitedOptions, 'fs'>): FileResult<string> {
  const rules = readRules(filePath, options);
  if (badPath(filePath)) return fail('EINVAL', rules.cannot('the path is not an absolute file path'));
  const steps = readSteps(rules, options.maxBytes);
  let fd: number | undefined;
  try {
    let answer: StepAnswer;
    for (;;) {
      const next = steps.next(answer);
      if (next.done) return next.value;
      const step = next.value;
      if (step.op === 'stat') answer = fsSync.statSync(filePath);
      else if (step.op === 'open') {
        fd = fsSync.openSync(filePath, READ_FLAGS);
        answer = undefined;
      } else if (step.op === 'fstat') answer = fsSync.fstatSync(fd as number);
      else answer = fsSync.readSync(fd as number, step.buffer, step.offset, step.length, null);
    }
  } catch (e) {
    return fail(errorCode(e), rules.cannot(describeFsError(e)));
  } finally {
    if (fd !== undefined) {
      try {
        fsSync.closeSync(fd);
      } catch {
        // already closed
      }
    }
  }
}

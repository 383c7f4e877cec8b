/**
 * The command line's file access, through the same services the app uses: one reader (regular
 * files only, size limit before reading, strict UTF-8) and one atomic writer.
 *
 * Example: `readProjectText('examples/sample-project.json')` → the file's text, or
 * `{ error: 'Could not open "zero": it is not a regular file (a folder, device or pipe).' }`.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { MAX_PROJECT_BYTES } from '../../shared/scenario/parse-project.ts';
import { readTextFileLimitedSync, writeFileAtomic } from '../services/atomic-file.ts';

/** Reads a project file given on the command line (relative to the working folder). */
export function readProjectText(file: string): string | { error: string } {
  const read = readTextFileLimitedSync(path.resolve(file), {
    maxBytes: MAX_PROJECT_BYTES,
    limitText: '20 MB, the limit for project files',
  });
  return read.ok ? read.value : { error: read.message };
}

/**
 * True when two paths name the same file on disk (same device and inode), whatever the aliases:
 * symbolic links, hard links, `/proc/self/cwd/...`. False when either does not exist.
 */
export function isSameFile(a: string, b: string): boolean {
  const sa = statSync(a, { throwIfNoEntry: false });
  const sb = statSync(b, { throwIfNoEntry: false });
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Writes an output file atomically; throws an error with the service's message and code. */
export async function writeOutputFile(target: string, bytes: Uint8Array): Promise<void> {
  const written = await writeFileAtomic(path.resolve(target), bytes);
  if (!written.ok) throw Object.assign(new Error(written.message), { code: written.code });
}

/**
 * Atomic file write for the command line's outputs: the bytes go to a hidden temporary file
 * in the target's folder (created exclusively, flushed), which is then renamed over the
 * target, so a reader sees the old file or the new one, never a partial one. On failure the
 * temporary file is removed and the target is untouched.
 *
 * Example: `await writeFileAtomic('memo.xlsx', bytes)`.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const resolved = path.resolve(target);
  const existing = await stat(resolved).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
  }
  const tmp = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(tmp, 'wx', 0o666);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, resolved);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

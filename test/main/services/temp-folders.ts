/**
 * A temporary root folder for a test file, removed after it, with a fresh sub-folder per
 * test case. Registers node:test before/after hooks where it is called.
 */
import { after, before } from 'node:test';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export function tempFolders(prefix: string): () => Promise<string> {
  let root = '';
  let counter = 0;
  before(async () => {
    root = await fsp.mkdtemp(path.join(os.tmpdir(), `fabricost-${prefix}-`));
  });
  after(async () => {
    await fsp.rm(root, { recursive: true, force: true });
  });
  return async () => {
    const dir = path.join(root, `case-${++counter}`);
    await fsp.mkdir(dir);
    return dir;
  };
}

/**
 * Recovery copies in browser mode, kept in IndexedDB: localStorage holds about 5 MB of UTF-16
 * text per site, so a project of 2.85 MB or more could not be kept there and recovery failed
 * without a word. IndexedDB's quota is a share of the disk. Copies left in localStorage by
 * earlier versions are still offered and removed once handled.
 *
 * Every failure rejects with a message: the document store tells the user that recovery is off
 * for this document instead of pretending it is on.
 */
import type { RecoveryEntry } from '../../shared/bridge/fabricost-bridge.ts';

const DB_NAME = 'fabricost';
const STORE = 'recovery';
const LEGACY_PREFIX = 'fabricost.recovery.';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('the browser storage refused the request'));
  });
}

let opened: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('this browser offers no IndexedDB storage'));
      return;
    }
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('the browser storage could not be opened'));
    open.onblocked = () => reject(new Error('the browser storage is in use by another tab'));
  }).catch((e: unknown) => {
    opened = undefined; // try again next time
    throw e;
  });
  return opened;
}

async function inStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  const tx = db.transaction(STORE, mode);
  const result = request(work(tx.objectStore(STORE)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the browser storage aborted the write'));
    tx.onerror = () => reject(tx.error ?? new Error('the browser storage refused the write'));
  });
  return result;
}

function legacyStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function isEntry(e: unknown): e is RecoveryEntry {
  const x = e as Partial<RecoveryEntry> | null;
  return typeof x?.id === 'string' && typeof x.text === 'string' && typeof x.savedAt === 'string';
}

/** Keeps a copy; rejects with a readable reason (e.g. the quota is exhausted). */
export async function writeBrowserRecovery(entry: RecoveryEntry): Promise<void> {
  try {
    await inStore('readwrite', (s) => s.put(entry));
  } catch (e) {
    const name = (e as DOMException | null)?.name;
    throw new Error(
      name === 'QuotaExceededError'
        ? 'the browser has no more storage for this site'
        : ((e as Error | null)?.message ?? 'the browser storage failed'),
      { cause: e },
    );
  }
}

export async function clearBrowserRecovery(id: string): Promise<void> {
  legacyStorage()?.removeItem(LEGACY_PREFIX + id);
  await inStore('readwrite', (s) => s.delete(id));
}

/** Copies left by earlier sessions, newest first (IndexedDB and legacy localStorage). */
export async function listBrowserRecovery(): Promise<RecoveryEntry[]> {
  const out: RecoveryEntry[] = [];
  try {
    for (const e of await inStore('readonly', (s) => s.getAll() as IDBRequest<unknown[]>)) if (isEntry(e)) out.push(e);
  } catch {
    // No IndexedDB: only legacy copies can be offered.
  }
  const legacy = legacyStorage();
  for (let i = 0; legacy && i < legacy.length; i++) {
    const key = legacy.key(i);
    if (!key?.startsWith(LEGACY_PREFIX)) continue;
    try {
      const e: unknown = JSON.parse(legacy.getItem(key) ?? '');
      if (isEntry(e) && !out.some((x) => x.id === e.id)) out.push(e);
    } catch {
      // A damaged entry is skipped, not fatal.
    }
  }
  return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/**
 * Runtime schemas for every IPC payload of the bridge contract (`fabricost-bridge.ts`).
 *
 * The main process validates the arguments of every invoked channel against
 * {@link IPC_ARGUMENT_SCHEMAS} before it acts on them (see `main/ipc/ipc-guard.ts`); the renderer
 * and a browser host may use the same schemas to check data before sending it. Pure: zod and
 * web globals (`URL`) only, no Node, Electron or DOM imports.
 *
 * Limits, chosen to fit real documents with a wide margin and to bound what one message may
 * make main read, hold or write:
 * - project text: at most {@link MAX_TEXT_BYTES} bytes of UTF-8 (the limit `parseProject` applies);
 * - paths: absolute, no NUL, at most {@link MAX_PATH_CHARS} characters;
 * - URLs: `http:` or `https:` only, no user name or password, at most {@link MAX_URL_CHARS};
 * - ids (recovery entries): {@link ID_PATTERN}, so an id is always a safe file name.
 *
 * Every object schema is strict: unknown fields are refused, not dropped.
 */
import { z } from 'zod';
import { MAX_PROJECT_BYTES } from '../scenario/parse-project.ts';
import type {
  ExportRequest,
  FabricostBridge,
  HostCommand,
  IPC_CHANNELS,
  RecoveryEntry,
  SaveRequest,
} from './fabricost-bridge.ts';
import { utf8ByteLength } from '../text/utf8-byte-length.ts';
import { searchSettingsSchema } from '../search/search-settings.ts';
import { HOST_LANGUAGES } from './host-text.ts';

/** Largest document text accepted over IPC, in bytes of UTF-8 (20 MiB, as parseProject). */
export const MAX_TEXT_BYTES = MAX_PROJECT_BYTES;
/** Longest accepted path (Windows long paths reach 32,767 UTF-16 units). */
export const MAX_PATH_CHARS = 32_767;
/** Longest accepted file or document name (most file systems allow 255). */
export const MAX_NAME_CHARS = 255;
/** Longest accepted URL. */
export const MAX_URL_CHARS = 2048;
/** Ids of document sessions: letters, digits, `-` and `_`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/**
 * True for an absolute path: POSIX (`/home/a/x.json`), a Windows drive path (`C:\a\x.json`,
 * `C:/a/x.json`) or a UNC share (`\\server\share\x.json`). Windows device namespaces
 * (`\\?\`, `\\.\`) are refused.
 */
export function isAbsolutePath(value: string): boolean {
  if (value.startsWith('/')) return true;
  if (/^[A-Za-z]:[\\/]/.test(value)) return true;
  return /^\\\\[^\\/?.][^\\/]*[\\/][^\\/]+/.test(value);
}

/** True for an `http:` or `https:` URL with a host and no credentials. */
export function isExternalWebUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}

export const absolutePathSchema = z
  .string({ error: 'must be a path (text)' })
  .min(1, { error: 'must not be empty' })
  .max(MAX_PATH_CHARS, { error: `must be at most ${MAX_PATH_CHARS} characters` })
  .refine((p) => !p.includes('\0'), { error: 'must not contain NUL characters' })
  .refine(isAbsolutePath, { error: 'must be an absolute path' });

/** A document or file name shown to the user or suggested to a dialog: no path separators. */
export const fileNameSchema = z
  .string({ error: 'must be a file name (text)' })
  .min(1, { error: 'must not be empty' })
  .max(MAX_NAME_CHARS, { error: `must be at most ${MAX_NAME_CHARS} characters` })
  .refine((n) => !CONTROL_CHARS.test(n), { error: 'must not contain control characters' })
  .refine((n) => !/[\\/]/.test(n), { error: 'must be a name, not a path (no / or \\)' })
  .refine((n) => n !== '.' && n !== '..', { error: 'must be a file name' });

export const documentTextSchema = z
  .string({ error: 'must be the document text' })
  .max(MAX_TEXT_BYTES, { error: `must be at most ${MAX_TEXT_BYTES} bytes` })
  .refine((t) => t.length * 3 <= MAX_TEXT_BYTES || utf8ByteLength(t, MAX_TEXT_BYTES) <= MAX_TEXT_BYTES, {
    error: `must be at most ${MAX_TEXT_BYTES} bytes of UTF-8`,
  });

export const idSchema = z
  .string({ error: 'must be an id (text)' })
  .regex(ID_PATTERN, { error: 'must be 1 to 128 letters, digits, "-" or "_", starting with a letter or digit' });

export const externalUrlSchema = z
  .string({ error: 'must be a URL (text)' })
  .max(MAX_URL_CHARS, { error: `must be at most ${MAX_URL_CHARS} characters` })
  .refine(isExternalWebUrl, { error: 'must be an http or https URL without user name or password' });

export const isoTimeSchema = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date and time' });

export const saveRequestSchema = z.strictObject({
  path: absolutePathSchema.nullable(),
  suggestedName: fileNameSchema,
  text: documentTextSchema,
}) satisfies z.ZodType<SaveRequest>;

export const exportRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  projectText: documentTextSchema,
  sourceName: fileNameSchema,
  search: searchSettingsSchema.optional(),
}) satisfies z.ZodType<ExportRequest>;

export const recoveryEntrySchema = z.strictObject({
  id: idSchema,
  name: fileNameSchema,
  path: absolutePathSchema.nullable(),
  savedAt: isoTimeSchema,
  text: documentTextSchema,
}) satisfies z.ZodType<RecoveryEntry>;

export const documentStateSchema = z.strictObject({
  name: fileNameSchema,
  dirty: z.boolean(),
});

export const HOST_COMMANDS = [
  'new',
  'open',
  'save',
  'save-as',
  'revert',
  'export-workbook',
  'close',
  'undo',
  'redo',
  'save-then-close',
] as const satisfies readonly HostCommand[];

export const hostCommandSchema = z.enum(HOST_COMMANDS) satisfies z.ZodType<HostCommand>;

/** The invoked bridge methods, i.e. the keys of IPC_CHANNELS. */
export type BridgeMethod = keyof typeof IPC_CHANNELS;
/** Arguments of a bridge method as sent over IPC. */
export type BridgeArgs<K extends BridgeMethod> = Parameters<FabricostBridge[K]>;
/** What a bridge method resolves to. */
export type BridgeReturn<K extends BridgeMethod> = Awaited<ReturnType<FabricostBridge[K]>>;

/**
 * One schema per invoked channel, validating the whole argument list as a tuple, so that extra
 * or missing arguments are refused too.
 */
export const IPC_ARGUMENT_SCHEMAS = {
  appVersion: z.tuple([]),
  openDialog: z.tuple([]),
  openRecent: z.tuple([absolutePathSchema]),
  recentFiles: z.tuple([]),
  save: z.tuple([saveRequestSchema]),
  exportWorkbook: z.tuple([exportRequestSchema]),
  cancelExport: z.tuple([]),
  writeRecovery: z.tuple([recoveryEntrySchema]),
  clearRecovery: z.tuple([idSchema]),
  listRecovery: z.tuple([]),
  setDocumentState: z.tuple([documentStateSchema]),
  setLanguage: z.tuple([z.enum(HOST_LANGUAGES)]),
  openExternal: z.tuple([externalUrlSchema]),
} as const satisfies { [K in BridgeMethod]: z.ZodType<BridgeArgs<K>> };

export type ArgumentCheck<K extends BridgeMethod> = { ok: true; args: BridgeArgs<K> } | { ok: false; message: string };

/**
 * Checks the argument list of one channel. Never throws. The message names the argument path and
 * the rule, e.g. `argument 1.text: must be at most 20971520 bytes`; values are never
 * echoed, so a message never carries a document's content.
 */
export function checkBridgeArgs<K extends BridgeMethod>(method: K, args: unknown): ArgumentCheck<K> {
  try {
    const schema = IPC_ARGUMENT_SCHEMAS[method] as unknown as z.ZodType<BridgeArgs<K>> | undefined;
    if (!schema) return { ok: false, message: `unknown bridge method ${String(method)}` };
    if (!Array.isArray(args)) return { ok: false, message: 'arguments must be a list' };
    const result = schema.safeParse(args);
    if (result.success) return { ok: true, args: result.data };
    const lines = result.error.issues.slice(0, 5).map((issue) => {
      const [first, ...rest] = issue.path;
      const where =
        first === undefined
          ? 'arguments'
          : `argument ${Number(first) + 1}${rest.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('')}`;
      const message =
        first !== undefined
          ? issue.message
          : issue.code === 'too_big'
            ? 'too many arguments'
            : issue.code === 'too_small'
              ? 'missing arguments'
              : issue.message;
      return `${where}: ${message}`;
    });
    return { ok: false, message: lines.join('; ') };
  } catch {
    return { ok: false, message: 'arguments could not be checked' };
  }
}

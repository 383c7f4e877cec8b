/**
 * The `app://` protocol that serves the built renderer in production (instead of `file://`).
 *
 * Electron-free on purpose: the handler takes a web `Request` and returns a web `Response`, so it
 * runs and is tested in plain Node. `main.ts` only wires it to `protocol.handle`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './window-security.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'fabricost';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The CSP lives in window-security.ts with the other security settings; re-exported for callers here. */
export { CONTENT_SECURITY_POLICY };

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://fabricost/...` URL to a file inside `rootDir`, or returns null when the URL is
 * foreign (other scheme or host) or would escape `rootDir` (`..`, encoded `%2e%2e`, `%2f`,
 * backslashes, NUL bytes, absolute or drive-letter paths). `/` maps to `index.html`.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';

  const segments = pathname.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || /^[a-zA-Z]:/.test(segment))) return null;

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

export type ReadFileFn = (filePath: string) => Promise<Uint8Array>;

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Builds the `protocol.handle('app', ...)` handler serving files below `rootDir`. */
export function createAppProtocolHandler(
  rootDir: string,
  read: ReadFileFn = (filePath) => readFile(filePath),
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return textResponse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await read(filePath);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': mimeTypeFor(filePath),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Referrer-Policy': 'no-referrer',
      },
    });
  };
}

/**
 * True when `url` belongs to our own renderer: the `app://fabricost` origin, or in development the
 * Vite dev-server origin. Used to validate IPC senders. (Node's `URL#origin` is `"null"` for
 * non-special schemes such as `app:`, so scheme and host are compared instead.)
 */
export function isTrustedRendererUrl(url: string | undefined | null, devServerUrl?: string): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    if (devServerUrl) {
      const dev = new URL(devServerUrl);
      return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev.origin;
    }
    return false;
  } catch {
    return false;
  }
}

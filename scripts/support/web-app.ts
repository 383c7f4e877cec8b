/**
 * The browser-mode renderer for end-to-end tests and the UI scripts: builds dist-web/ when it
 * is older than its sources, serves it with the strict CSP and opens pages that record every
 * console error, page error and CSP violation.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_WEB = join(ROOT, 'dist-web');

/** What the web build reads: if any is newer than dist-web/index.html, the build is stale. */
const BUILD_INPUTS = [
  'renderer',
  'shared',
  'examples',
  'index.html',
  'vite.web.config.ts',
  'package.json',
  'tsconfig.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const e of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, e)));
  return newest;
}

export function webBuildIsStale(): boolean {
  const index = join(DIST_WEB, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return BUILD_INPUTS.some((p) => newestMtime(join(ROOT, p)) > built);
}

/** Sleeps the thread (the build step is synchronous). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * One build at a time across processes (test files may run in parallel): a lock directory,
 * taken over when older than five minutes (a crashed build).
 */
function withBuildLock<T>(fn: () => T): T {
  const lock = join(
    tmpdir(),
    `fabricost-web-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`,
  );
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      else sleepSync(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Runs `vite build --config vite.web.config.ts` unless dist-web/ is current (or
 * FABRICOST_SKIP_WEB_BUILD=1). The build goes to a fresh directory that then replaces
 * dist-web/ in one rename, so a server already serving dist-web/ never sees it half written;
 * index.html gets the build's start time, so a source saved during the build counts as newer.
 * Returns the seconds spent building (0 when skipped).
 */
export function ensureWebBuild(log: (s: string) => void = () => {}): number {
  if (process.env.FABRICOST_SKIP_WEB_BUILD === '1' && existsSync(join(DIST_WEB, 'index.html'))) return 0;
  if (!webBuildIsStale()) return 0;
  return withBuildLock(() => {
    if (!webBuildIsStale()) return 0; // another process built it while this one waited
    log('dist-web/ is older than its sources: building the browser-mode renderer');
    const started = Date.now();
    // Under .vite/ (ignored by git, ESLint and Prettier) and on the same file system as dist-web/.
    const out = join(ROOT, '.vite', `dist-web-build-${process.pid}`);
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const args = [
      vite,
      'build',
      '--config',
      'vite.web.config.ts',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ];
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) {
      rmSync(out, { recursive: true, force: true });
      throw new Error(`web build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    const old = join(ROOT, '.vite', `dist-web-old-${process.pid}`);
    if (existsSync(DIST_WEB)) renameSync(DIST_WEB, old);
    renameSync(out, DIST_WEB);
    rmSync(old, { recursive: true, force: true });
    const startedAt = new Date(started);
    utimesSync(join(DIST_WEB, 'index.html'), startedAt, startedAt);
    return (Date.now() - started) / 1000;
  });
}

export interface WebApp {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Builds if needed, serves dist-web/ and launches Chromium. */
export async function startWebApp(log?: (s: string) => void): Promise<WebApp> {
  ensureWebBuild(log);
  const server = await serveStatic(DIST_WEB);
  const browser = await launchChromium();
  return {
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught page errors and CSP violations seen so far. */
  problems: string[];
}

export interface PageOptions {
  locale?: string;
  theme?: 'light' | 'dark';
  /** Preferences stored before the app starts (theme, language). */
  prefs?: { theme?: 'light' | 'dark'; locale?: string };
  width?: number;
  height?: number;
  /** Wait for the dashboard's headline figures (default true). */
  waitForDashboard?: boolean;
}

/**
 * A fresh browser context (empty storage) on the app, English and light theme unless asked.
 * Every console error, page error and `securitypolicyviolation` event lands in `problems`.
 */
export async function openApp(app: WebApp, options: PageOptions = {}): Promise<AppPage> {
  const context = await app.browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.theme ?? 'light',
    acceptDownloads: true,
  });
  const problems: string[] = [];
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.exposeFunction('__fabricostCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript((prefs) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __fabricostCspViolation(s: string): void }).__fabricostCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
    if (prefs && !localStorage.getItem('fabricost.prefs'))
      localStorage.setItem('fabricost.prefs', JSON.stringify(prefs));
  }, options.prefs ?? null);
  await page.goto(app.url);
  if (options.waitForDashboard ?? true) await page.getByTestId('headline-networkCapex').waitFor();
  return { context, page, problems };
}

/** The editor's input for a scenario field path, e.g. `cluster.acceleratorCount`. */
export function inputFor(page: Page, path: string) {
  return page.locator(`#in-${path.replace(/\./g, '-')}`);
}

/** The editor's input for a path, with its group unfolded first (as a person would click it open). */
export async function revealInput(page: Page, path: string) {
  const input = inputFor(page, path);
  const group = page.locator('details', { has: input });
  if (!(await group.evaluate((d: HTMLDetailsElement) => d.open))) await group.locator('summary').click();
  return input;
}

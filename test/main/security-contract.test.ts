/**
 * Security contract: fails if the window's security settings, the content security policy, the
 * app:// scheme privileges, the IPC wiring or the Electron fuses are weakened. It reads the real
 * values (window-security.ts, forge.config.ts) and, where the value only exists as code, the
 * source of main.ts, preload.ts and index.html.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FuseV1Options } from '@electron/fuses';
import forgeConfig from '../../forge.config.ts';
import { createAppProtocolHandler } from '../../main/app-protocol.ts';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  SECURE_WEB_PREFERENCES,
  denyAllPermissions,
  hardenWebContents,
  secureWebPreferences,
  type PreventableEvent,
} from '../../main/window-security.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const source = (file: string) => readFileSync(path.join(repo, file), 'utf8');

/** `"default-src 'self'; img-src 'self' data:"` → Map { 'default-src' => ["'self'"], … }. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    assert.ok(!directives.has(name.toLowerCase()), `directive ${name} given twice`);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources that never reach beyond the app: its own origin, nothing, inline data and blobs. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", 'data:', 'blob:']);

function assertNoRemoteOrigins(policy: string, allowInlineStyles: boolean): void {
  const csp = parseCsp(policy);
  for (const [directive, sources] of csp) {
    for (const src of sources) {
      const lower = src.toLowerCase();
      assert.notEqual(lower, "'unsafe-eval'", `${directive} allows eval`);
      assert.notEqual(lower, "'wasm-unsafe-eval'", `${directive} allows wasm eval`);
      assert.ok(!lower.includes('*'), `${directive} has a wildcard: ${src}`);
      if (lower === "'unsafe-inline'" && allowInlineStyles && directive === 'style-src') continue;
      assert.ok(LOCAL_SOURCES.has(lower), `${directive} allows a source beyond the app: ${src}`);
    }
    if (directive === 'img-src' || directive === 'media-src') continue;
    assert.ok(!sources.includes('data:') && !sources.includes('blob:'), `${directive} allows data:/blob:`);
  }
  assert.deepEqual(csp.get('default-src'), ["'self'"]);
  assert.deepEqual(csp.get('script-src'), ["'self'"]);
  assert.deepEqual(csp.get('object-src'), ["'none'"]);
  assert.deepEqual(csp.get('base-uri'), ["'none'"]);
  assert.deepEqual(csp.get('form-action'), ["'none'"]);
}

describe('window security settings', () => {
  it('keeps context isolation, the sandbox, web security on and Node integration off', () => {
    assert.deepEqual(
      { ...SECURE_WEB_PREFERENCES },
      {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: false,
      },
    );
    assert.ok(Object.isFrozen(SECURE_WEB_PREFERENCES));
    const prefs = secureWebPreferences('/app/.vite/build/preload.cjs');
    assert.equal(prefs.preload, '/app/.vite/build/preload.cjs');
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal('enableBlinkFeatures' in prefs, false);
  });

  it('main.ts builds its window from these settings and does not override them', () => {
    const main = source('main/main.ts');
    assert.match(main, /webPreferences:\s*secureWebPreferences\(/);
    assert.equal((main.match(/webPreferences\s*:/g) ?? []).length, 1, 'one window definition only');
    assert.match(main, /app\.enableSandbox\(\)/);
    assert.match(main, /hardenWebContents\(contents\)/);
    assert.match(main, /denyAllPermissions\(session\.defaultSession\)/);
    assert.match(main, /registerIpc\(/);
    assert.match(main, /privileges:\s*\{\s*\.\.\.APP_SCHEME_PRIVILEGES\s*\}/);
    for (const weakening of [
      /contextIsolation\s*:\s*false/,
      /sandbox\s*:\s*false/,
      /nodeIntegration\w*\s*:\s*true/,
      /webSecurity\s*:\s*false/,
      /allowRunningInsecureContent\s*:\s*true/,
      /experimentalFeatures\s*:\s*true/,
      /enableBlinkFeatures/,
      /webviewTag\s*:\s*true/,
      /bypassCSP/,
      /corsEnabled/,
      /action:\s*'allow'/,
      /loadFile\(/,
      /file:\/\//,
      /ipcMain\.(handle|on)\(/, // only through registerIpc and its guard
    ]) {
      assert.doesNotMatch(main, weakening);
    }
  });

  it('the preload exposes exactly one object, the bridge, and never ipcRenderer', () => {
    const preload = source('main/preload.ts');
    const exposures = preload.match(/exposeInMainWorld\([^)]*\)/g) ?? [];
    assert.deepEqual(exposures, ['exposeInMainWorld(BRIDGE_KEY, bridge)']);
    assert.doesNotMatch(preload, /exposeInMainWorld\([^)]*ipcRenderer/);
    const bridgeSource = source('main/preload-bridge.ts');
    assert.doesNotMatch(bridgeSource, /\b(send|sendSync|invoke)\s*:/, 'no generic send/invoke on the bridge');
  });

  it('blocks navigation, redirects, webviews and new windows', () => {
    const listeners = new Map<string, (event: PreventableEvent) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    hardenWebContents({
      on: (event, listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler) => {
        openHandler = handler;
      },
    });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => (prevented = true) });
      assert.equal(prevented, true, `${event} is prevented`);
    }
    assert.ok(openHandler);
    for (const url of ['https://example.com/', 'app://fabricost/index.html', 'file:///etc/passwd']) {
      assert.deepEqual((openHandler as (d: { url: string }) => unknown)({ url }), { action: 'deny' });
    }
  });

  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: unknown, cb: (granted: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => {
        requestHandler = h;
      },
      setPermissionCheckHandler: (h) => {
        checkHandler = h;
      },
    });
    for (const permission of ['media', 'notifications', 'clipboard-read', 'openExternal', 'geolocation']) {
      let granted: boolean | null = null;
      (requestHandler as unknown as (c: unknown, p: unknown, cb: (g: boolean) => void) => void)({}, permission, (g) => {
        granted = g;
      });
      assert.equal(granted, false, permission);
    }
    assert.equal((checkHandler as unknown as () => boolean)(), false);
  });

  it('gives the app: scheme no privileges beyond standard, secure and fetch', () => {
    assert.deepEqual({ ...APP_SCHEME_PRIVILEGES }, { standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('content security policy', () => {
  it('the app:// header allows no remote origins, no eval, no inline code, no wildcard', () => {
    assertNoRemoteOrigins(CONTENT_SECURITY_POLICY, false);
    const csp = parseCsp(CONTENT_SECURITY_POLICY);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(csp.get('style-src'), ["'self'"]);
    assert.deepEqual(csp.get('connect-src'), ["'self'"]);
  });

  it('is the header the app:// handler actually sends', async () => {
    const handler = createAppProtocolHandler('/nowhere', async () => new TextEncoder().encode('<p>x</p>'));
    const response = await handler(new Request('app://fabricost/index.html'));
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    const missing = await handler(new Request('app://fabricost/../../etc/passwd'));
    assert.equal(missing.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  });

  it('the meta tag in index.html is as strict (inline styles only, for the dev server)', () => {
    const html = source('index.html');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
    assert.equal(metas.length, 1, 'exactly one CSP meta tag');
    assertNoRemoteOrigins(metas[0]?.[1] ?? '', true);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline scripts');
    assert.doesNotMatch(html, /https?:\/\//i, 'no remote resources');
  });

  it('the checker itself catches weakened policies', () => {
    const strict = CONTENT_SECURITY_POLICY;
    for (const weakened of [
      strict.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
      strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      strict.replace("connect-src 'self'", 'connect-src https://api.example.com'),
      strict.replace("img-src 'self' data: blob:", 'img-src *'),
      strict.replace("default-src 'self'", "default-src 'self' https:"),
      strict.replace("object-src 'none'", "object-src 'self'"),
    ]) {
      assert.notEqual(weakened, strict);
      assert.throws(() => assertNoRemoteOrigins(weakened, false), weakened);
    }
  });
});

describe('Electron fuses (forge.config.ts)', () => {
  const fuses = forgeConfig.plugins?.find(
    (plugin): plugin is typeof plugin & { fusesConfig: Record<number | string, unknown> } =>
      typeof plugin === 'object' && plugin !== null && 'fusesConfig' in plugin,
  )?.fusesConfig;

  it('has a FusesPlugin', () => {
    assert.ok(fuses, 'FusesPlugin missing from forge.config.ts');
  });

  const expected: [string, FuseV1Options, boolean][] = [
    ['RunAsNode', FuseV1Options.RunAsNode, false],
    ['EnableNodeOptionsEnvironmentVariable', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    ['EnableNodeCliInspectArguments', FuseV1Options.EnableNodeCliInspectArguments, false],
    ['OnlyLoadAppFromAsar', FuseV1Options.OnlyLoadAppFromAsar, true],
    ['EnableEmbeddedAsarIntegrityValidation', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    ['GrantFileProtocolExtraPrivileges', FuseV1Options.GrantFileProtocolExtraPrivileges, false],
    ['EnableCookieEncryption', FuseV1Options.EnableCookieEncryption, true],
  ];
  for (const [name, fuse, value] of expected) {
    it(`${name} is ${value ? 'on' : 'off'}`, () => {
      assert.equal(fuses?.[fuse], value);
    });
  }

  it('packages the app as an asar archive', () => {
    assert.ok(forgeConfig.packagerConfig?.asar, 'asar must be on for OnlyLoadAppFromAsar and integrity validation');
  });
});

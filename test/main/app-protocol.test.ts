import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  isTrustedRendererUrl,
  mimeTypeFor,
  resolveAppPath,
} from '../../main/app-protocol.ts';

const root = path.resolve('/srv/fabricost/renderer');

describe('resolveAppPath', () => {
  it('maps app://fabricost URLs to files under the root', () => {
    assert.equal(resolveAppPath(root, 'app://fabricost/index.html'), path.join(root, 'index.html'));
    assert.equal(resolveAppPath(root, 'app://fabricost/'), path.join(root, 'index.html'));
    assert.equal(resolveAppPath(root, 'app://fabricost'), path.join(root, 'index.html'));
    assert.equal(
      resolveAppPath(root, 'app://fabricost/assets/index-1.js?v=2#x'),
      path.join(root, 'assets', 'index-1.js'),
    );
    assert.equal(resolveAppPath(root, 'app://fabricost/assets/a%20b.png'), path.join(root, 'assets', 'a b.png'));
  });

  it('rejects other schemes and hosts', () => {
    assert.equal(resolveAppPath(root, 'file:///etc/passwd'), null);
    assert.equal(resolveAppPath(root, 'https://fabricost/index.html'), null);
    assert.equal(resolveAppPath(root, 'app://evil/index.html'), null);
    assert.equal(resolveAppPath(root, 'not a url'), null);
  });

  it('never escapes the root', () => {
    const attacks = [
      'app://fabricost/../../etc/passwd',
      'app://fabricost/%2e%2e/%2e%2e/etc/passwd',
      'app://fabricost/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://fabricost/..%5c..%5cwindows%5cwin.ini',
      'app://fabricost/%2fetc%2fpasswd',
      'app://fabricost/C:%5cWindows%5cwin.ini',
      'app://fabricost/C:/Windows/win.ini',
      'app://fabricost/index.html%00.png',
      'app://fabricost/%E0%A4%A',
      'app://fabricost/assets/..',
    ];
    for (const url of attacks) {
      const resolved = resolveAppPath(root, url);
      assert.ok(
        resolved === null || resolved.startsWith(root + path.sep),
        `${url} resolved outside the root: ${String(resolved)}`,
      );
    }
    assert.equal(resolveAppPath(root, 'app://fabricost/assets/..%2f..%2fsecret'), null);
    assert.equal(resolveAppPath(root, 'app://fabricost/a%5cb'), null);
    assert.equal(resolveAppPath(root, 'app://fabricost/index.html%00.png'), null);
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map([[path.join(root, 'index.html'), new TextEncoder().encode('<p>hi</p>')]]);
  const read = async (filePath: string): Promise<Uint8Array> => {
    const body = files.get(filePath);
    if (!body) throw new Error('ENOENT');
    return body;
  };
  const handler = createAppProtocolHandler(root, read);

  it('serves a file with its MIME type and the CSP header', async () => {
    const response = await handler(new Request('app://fabricost/index.html'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(await response.text(), '<p>hi</p>');
  });

  it('answers 404 for missing files and traversal attempts, 405 for writes', async () => {
    assert.equal((await handler(new Request('app://fabricost/missing.js'))).status, 404);
    assert.equal((await handler(new Request('app://fabricost/..%2f..%2fetc%2fpasswd'))).status, 404);
    const post = await handler(new Request('app://fabricost/index.html', { method: 'POST', body: 'x' }));
    assert.equal(post.status, 405);
    assert.ok(post.headers.get('content-security-policy'));
  });

  it('the CSP forbids inline scripts, plugins, framing and base/form hijacks', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      assert.ok(CONTENT_SECURITY_POLICY.includes(directive), directive);
    }
    assert.ok(!CONTENT_SECURITY_POLICY.includes('unsafe-eval'));
    assert.ok(!/script-src[^;]*unsafe-inline/.test(CONTENT_SECURITY_POLICY));
  });
});

describe('mimeTypeFor', () => {
  it('knows module scripts and falls back to octet-stream', () => {
    assert.equal(mimeTypeFor('a/b/index-x.JS'), 'text/javascript; charset=utf-8');
    assert.equal(mimeTypeFor('a/b/c.unknown'), 'application/octet-stream');
  });
});

describe('isTrustedRendererUrl', () => {
  it('trusts only app://fabricost and, in development, the dev server origin', () => {
    assert.equal(isTrustedRendererUrl('app://fabricost/index.html'), true);
    assert.equal(isTrustedRendererUrl('app://other/index.html'), false);
    assert.equal(isTrustedRendererUrl('http://localhost:5173/'), false);
    assert.equal(isTrustedRendererUrl('http://localhost:5173/x', 'http://localhost:5173'), true);
    assert.equal(isTrustedRendererUrl('http://localhost:5174/x', 'http://localhost:5173'), false);
    assert.equal(isTrustedRendererUrl('file:///index.html', 'http://localhost:5173'), false);
    assert.equal(isTrustedRendererUrl(undefined), false);
    assert.equal(isTrustedRendererUrl(''), false);
  });
});

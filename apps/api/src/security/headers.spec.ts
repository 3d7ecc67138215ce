import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { PERMISSIONS_POLICY } from '../common/security-headers.js';

/** The CSP as a map: directive → sources. */
function csp(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('security headers', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    // A built web client as Vite makes it: module script and stylesheet from /assets, nothing inline.
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
    fs.mkdirSync(path.join(webDist, 'assets'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>');
    fs.writeFileSync(path.join(webDist, 'assets', 'app.js'), 'export {};');
    t = await startTestApp({ WEB_DIST_DIR: webDist });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it('sends a strict CSP without inline script, frame-ancestors none, and the other headers, on pages and api answers alike', async () => {
    for (const url of ['/', '/cops/123', '/assets/app.js', '/api/auth/status', '/health/live', '/api/does-not-exist']) {
      const response = await t.client().get(url);
      const policy = csp(response.headers.get('content-security-policy'));
      expect(policy['default-src'], url).toEqual(["'self'"]);
      expect(policy['script-src'], url).toEqual(["'self'"]);
      expect(policy['style-src'], url).toEqual(["'self'"]);
      expect(policy['script-src-attr'], url).toEqual(["'none'"]);
      expect(policy['object-src'], url).toEqual(["'none'"]);
      expect(policy['frame-ancestors'], url).toEqual(["'none'"]);
      expect(policy['connect-src'], url).toEqual(["'self'"]);
      expect(policy['upgrade-insecure-requests'], url).toBeUndefined();
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('permissions-policy')).toBe(PERMISSIONS_POLICY);
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('strict-transport-security'), 'no HSTS over plain http').toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('also on answers refused before routing (malformed JSON)', async () => {
    const response = await t.client().request('POST', '/api/auth/login', '{"email": ', { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(csp(response.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'none'"]);
  });

  it('lets the api docs (Swagger UI) use inline styles, still no inline script', async () => {
    const response = await t.client().get('/api/docs');
    expect(response.status).toBe(200);
    const policy = csp(response.headers.get('content-security-policy'));
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    // The page loads its scripts from files (swagger-ui-init.js), none inline.
    expect(String(response.body)).not.toMatch(/<script>(?!\s*<\/script>)/);
  });

  it('sends HSTS and upgrade-insecure-requests when served over https', async () => {
    const secure = await startTestApp({ PUBLIC_URL: 'https://intervisie.example.org' });
    try {
      const response = await secure.client().get('/health/live');
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(csp(response.headers.get('content-security-policy'))['upgrade-insecure-requests']).toEqual([]);
    } finally {
      await secure.close();
    }
  });
});

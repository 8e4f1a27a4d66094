/** The security headers middleware on a small app: set on answers, thrown errors and unknown paths. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { DENIED_FEATURES, securityHeaders } from './security-headers.js';

function smallApp(): Hono {
  const app = new Hono();
  app.use(securityHeaders);
  app.get('/ok', (c) => c.text('ok'));
  app.get('/boom', () => {
    throw new Error('boom');
  });
  app.get('/own', (c) => c.text('own', 200, { 'x-frame-options': 'SAMEORIGIN', 'x-powered-by': 'x' }));
  app.onError((_error, c) => c.text('failed', 500));
  app.notFound((c) => c.text('missing', 404));
  return app;
}

describe('securityHeaders', () => {
  it('gives a strict policy: nothing from other sites, no inline code, no framing, no base', async () => {
    const csp = (await smallApp().request('/ok')).headers.get('content-security-policy');
    expect(csp).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    expect(csp).not.toMatch(/unsafe|\*|https?:/);
  });

  it('sets the headers on answers, on thrown errors and on unknown paths', async () => {
    for (const [path, status] of [
      ['/ok', 200],
      ['/boom', 500],
      ['/nowhere', 404],
    ] as const) {
      const response = await smallApp().request(path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it('overrides a weaker header a handler set, and drops X-Powered-By', async () => {
    const response = await smallApp().request('/own');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.has('x-powered-by')).toBe(false);
  });

  it('denies every listed device feature to every origin, and sends no HSTS over plain HTTP', async () => {
    const response = await smallApp().request('/ok');
    const policy = response.headers.get('permissions-policy') ?? '';
    const entries = policy.split(', ');
    expect(entries).toHaveLength(DENIED_FEATURES.length);
    for (const entry of entries) expect(entry).toMatch(/^[a-z-]+=\(\)$/);
    expect(entries).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()']));
    expect(entries).toContain('display-capture=()');
    expect(response.headers.has('strict-transport-security')).toBe(false);
  });
});

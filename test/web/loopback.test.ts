/** A server bound to this machine refuses requests addressed to any other name (DNS rebinding). */
import { describe, expect, it } from 'vitest';
import { isLoopback, loopbackHostsOnly } from '../../src/web/http/loopback.js';

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['app.localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['example.org', false],
    ['localhost.example.org', false],
    ['', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });
});

describe('loopbackHostsOnly', () => {
  const fetch = loopbackHostsOnly(() => new Response('ok'));
  const request = (url: string, host: string) => new Request(url, { headers: { host } });

  it('passes requests addressed to this machine, with or without a port', async () => {
    for (const host of ['localhost:4747', '127.0.0.1:4747', '[::1]:4747', 'localhost']) {
      expect(await (await fetch(request('http://x/api/v1/kb', host))).text(), host).toBe('ok');
    }
  });

  it('refuses any other name: a JSON error for the API, a page otherwise', async () => {
    const api = await fetch(request('http://x/api/v1/profiles', 'evil.example:4747'));
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: { message: string } }).error.message).toContain('evil.example');
    const page = await fetch(request('http://x/', 'evil.example'));
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('sends the refusal with the same security headers as every other response', async () => {
    for (const path of ['/api/v1/kb', '/plan']) {
      const refused = await fetch(request(`http://x${path}`, 'evil.example'));
      expect(refused.status, path).toBe(400);
      expect(refused.headers.get('content-security-policy'), path).toContain("default-src 'none'");
      expect(refused.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(refused.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});

/** The API's guard against changes posted from other websites: browsers' marks decide, programs pass. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { LeverError } from '../../core/errors.js';
import { isCrossSite, refuseCrossSiteWrites } from './cross-site.js';

const URL_HERE = 'http://127.0.0.1:4747/api/v1/topics/x/claim';

describe('isCrossSite', () => {
  it.each([
    [{ site: 'same-origin' }, false],
    [{ site: 'none' }, false],
    [{ site: 'cross-site' }, true],
    [{ site: 'same-site' }, true],
    // Sec-Fetch-Site wins over Origin when both are there.
    [{ site: 'same-origin', origin: 'https://elsewhere.example' }, false],
    [{ origin: 'http://127.0.0.1:4747' }, false],
    [{ origin: 'https://elsewhere.example' }, true],
    [{ origin: 'null' }, true],
    [{}, false],
  ])('%o → %s', (headers, expected) => {
    expect(isCrossSite(headers, URL_HERE)).toBe(expected);
  });
});

describe('refuseCrossSiteWrites', () => {
  const app = new Hono();
  app.use(refuseCrossSiteWrites);
  app.all('*', (c) => c.text('reached'));
  app.onError((error, c) => c.text(error instanceof LeverError ? error.code : 'other', 400));

  it('refuses a change a browser marks as coming from another site, before any route runs', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await app.request(URL_HERE, { method, headers: { 'sec-fetch-site': 'cross-site' } });
      expect(await response.text(), method).toBe('invalid_input');
    }
  });

  it('lets reads through from anywhere, and changes from Lever and from programs', async () => {
    const cases: [string, Record<string, string>][] = [
      ['GET', { 'sec-fetch-site': 'cross-site' }],
      ['POST', { 'sec-fetch-site': 'same-origin' }],
      ['POST', {}],
    ];
    for (const [method, headers] of cases) {
      expect(await (await app.request(URL_HERE, { method, headers })).text(), method).toBe('reached');
    }
  });
});

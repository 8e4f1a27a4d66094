/** How the app fails: JSON errors under /api, plain HTML pages elsewhere, and never a stack trace. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorOf, useTestApp } from './harness.js';

describe('errors', () => {
  const current = useTestApp();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers an unknown API route with a JSON 404', async () => {
    for (const path of ['/api/v1/nothing', '/api/v2/kb', '/api', '/api/v1/profiles/a/b/c']) {
      const response = await current().app.request(path);
      expect(response.status, path).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
    }
  });

  it('answers an unknown page with an HTML 404', async () => {
    const response = await current().app.request('/no/such/page');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<h1>Page not found</h1>');
  });

  it('escapes the path in the HTML error page', async () => {
    const response = await current().app.request('/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    const page = await response.text();
    expect(page).not.toContain('<script>');
  });

  it('answers a wrong method on a page with an HTML 405 and the allowed methods', async () => {
    const response = await current().app.request('/', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('GET');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('turns an unexpected failure into a 500 without details, logged once to standard error', async () => {
    const t = current();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await t.store.close(); // every query now fails inside the database driver
    const response = await t.app.request('/api/v1/profiles');
    expect(response.status).toBe(500);
    const error = await errorOf(response);
    expect(error.code).toBe('internal');
    expect(error.message).not.toMatch(/ at |\.ts|\.js|sqlite/i);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain('GET /api/v1/profiles');
  });
});

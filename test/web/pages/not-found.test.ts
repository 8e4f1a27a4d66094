/**
 * An address with no page gets Lever's own layout (stylesheet, navigation, a way back), like the
 * other "not found" pages; the API keeps answering JSON, and both carry the security headers.
 */
import { describe, expect, it } from 'vitest';
import { hrefs, usePagesApp } from './harness.js';

const current = usePagesApp();

describe('an unknown page', () => {
  it('answers 404 in the layout, with the navigation and a way back', async () => {
    const { status, html, headers } = await current().get('/nope');
    expect(status).toBe(404);
    expect(headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/styles\.css(\?v=[^"]+)?"\/>/);
    expect(html).toContain('<nav class="site-nav" aria-label="Main">');
    expect(html).toContain('<title>Page not found · Lever</title>');
    expect(html).toContain('<h1>Page not found</h1>');
    expect(html).toContain('There is no page at /nope.');
    expect(hrefs(html)).toEqual(expect.arrayContaining(['/', '/start', '/library']));
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('shows what was asked for as text, never as markup', async () => {
    const { html } = await current().get('/%3Cimg%20src=x%20onerror=alert(1)%3E');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps a wrong method on a page in the layout too, naming the methods allowed', async () => {
    const { status, html, headers } = await current().post('/', {});
    expect(status).toBe(405);
    expect(headers.get('allow')).toContain('GET');
    expect(html).toContain('<nav class="site-nav" aria-label="Main">');
  });

  it('leaves the API’s 404 as JSON in its error shape', async () => {
    const response = await current().app.request('/api/v1/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

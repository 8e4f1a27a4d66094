/**
 * Static assets: served with the right type and caching, the print stylesheet present, pages free
 * of inline script and style (ready for a strict Content-Security-Policy), and each page's weight
 * within budget. Needs the build (`npm test` runs it first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtAssetsDir } from '../../../src/web/pages/assets.js';
import { encodeProfileParam } from '../../../src/web/pages/profile-param.js';
import { FULL_PROFILE, type PagesApp, usePagesApp } from './harness.js';
import { createAsk, logCheckIn, startTest, TOPIC_ID } from './journal-builders.js';

const current = usePagesApp();

/** The ?v= URL a page links to for an asset. */
async function versionedHref(name: string): Promise<string> {
  const { html } = await current().get('/start');
  const href = new RegExp(`/assets/${name.replace('.', '\\.')}\\?v=[\\w-]+`).exec(html)?.[0];
  if (!href) throw new Error(`the questionnaire does not link ${name}`);
  return href;
}

describe('GET /assets/*', () => {
  it('serves the stylesheet and islands with their content types, cached for good at their version', async () => {
    const app = current();
    for (const [name, type] of [
      ['styles.css', 'text/css; charset=utf-8'],
      ['questionnaire.js', 'text/javascript; charset=utf-8'],
    ] as const) {
      const response = await app.app.request(await versionedHref(name));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const unversioned = await app.app.request('/assets/styles.css');
    expect(unversioned.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('answers a matching ETag with 304 and compresses for browsers that accept gzip', async () => {
    const app = current();
    const first = await app.app.request('/assets/styles.css');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await app.app.request('/assets/styles.css', { headers: { 'if-none-match': etag } })).status).toBe(
      304,
    );
    const gzipped = await app.app.request('/assets/styles.css', {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('answers an unknown asset with 404', async () => {
    expect((await current().app.request('/assets/nope.js')).status).toBe(404);
  });
});

describe('the stylesheet', () => {
  const css = readFileSync(join(builtAssetsDir(), 'styles.css'), 'utf8');

  it('has a print stylesheet that prints the plan without navigation, buttons or forms', () => {
    const print = css.slice(css.indexOf('@media print'));
    expect(print.length).toBeGreaterThan(0);
    for (const selector of ['.site-header', '.site-footer', '.plan-toolbar', 'button', 'form']) {
      expect(print).toContain(selector);
    }
    expect(print).toMatch(/display:\s*none\s*!important/);
  });

  it('has a dark scheme and a visible focus style', () => {
    expect(css).toMatch(/@media ?\(prefers-color-scheme: ?dark\)/);
    expect(css).toMatch(/:focus-visible\{outline:3px solid/);
  });
});

describe('every page', () => {
  /** The main pages, with a journal holding one of everything so its pages have content. */
  async function allPages(app: PagesApp): Promise<string[]> {
    const experiment = await startTest(app);
    await logCheckIn(app, experiment.id, { note: 'a note' });
    const claimed = await app.deps.journal.claimTopic({ topicId: TOPIC_ID });
    const ask = await createAsk(app);
    return [
      '/',
      '/start',
      `/plan?p=${encodeProfileParam(FULL_PROFILE)}`,
      '/profiles',
      '/plan?p=broken*',
      '/experiments',
      `/experiments/${experiment.id}`,
      `/experiments/${experiment.id}/delete`,
      '/fit',
      `/expertise/${claimed.id}`,
      '/asks',
      '/asks/new',
      `/asks/${ask.id}`,
      `/library/${TOPIC_ID}`,
    ];
  }

  it('loads only external scripts and stylesheets, with no inline script or style attribute', async () => {
    for (const path of await allPages(current())) {
      const { html } = await current().get(path);
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).not.toMatch(/\sstyle=/);
      expect(html, path).not.toMatch(/<style[\s>]/);
      expect(html, path).not.toMatch(/\son[a-z]+=/);
    }
  });

  it('stays within the budget of 100 KB of JavaScript and CSS, gzipped', async () => {
    const app = current();
    for (const path of await allPages(app)) {
      const { html } = await app.get(path);
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"?]+\.(?:js|css))\?v=/g)].map(
        (m) => m[1] ?? '',
      );
      let total = 0;
      for (const asset of assets) {
        const body = Buffer.from(await (await app.app.request(asset)).arrayBuffer());
        total += gzipSync(body, { level: 9 }).byteLength;
      }
      expect(total, path).toBeLessThan(100_000);
    }
  });
});

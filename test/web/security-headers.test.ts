/**
 * Every response of the app carries the security headers: pages (including the journal pages when
 * they exist), the API, assets (200 and 304), downloads, refusals (403, 405, 413, 415), 404s and
 * unexpected failures. The real app in process over an in-memory store; needs the build for assets.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { testEnvironment } from '../../src/store/store-test-kit.js';
import type { LeverStore } from '../../src/store/types.js';
import { createApp } from '../../src/web/app.js';
import { loadAppDeps } from '../../src/web/server.js';
import { FULL_PROFILE, planPath } from './pages/harness.js';

/** The headers and their exact values, as a browser receives them. */
const EXPECTED: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function expectSecured(response: Response, what: string): void {
  for (const [name, value] of Object.entries(EXPECTED)) {
    expect(response.headers.get(name), `${name} on ${what} (${response.status})`).toBe(value);
  }
  const permissions = response.headers.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation']) {
    expect(permissions, `permissions-policy on ${what}`).toContain(`${feature}=()`);
  }
}

const JSON_HEADERS = { 'content-type': 'application/json' };

let store: LeverStore;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  store = await openSqliteStore({ file: ':memory:', env: testEnvironment() });
  app = createApp(loadAppDeps(store));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
});

async function expectStatus(path: string, status: number, init: RequestInit = {}): Promise<void> {
  const response = await app.request(path, init);
  expect(response.status, `${init.method ?? 'GET'} ${path}`).toBe(status);
  expectSecured(response, `${init.method ?? 'GET'} ${path}`);
}

describe('security headers on every response', () => {
  it('on the main pages and a share link', async () => {
    for (const path of ['/', '/start', planPath(FULL_PROFILE), '/profiles', '/library', '/map']) {
      await expectStatus(path, 200);
    }
    await expectStatus('/library/mechanistic-interpretability', 200);
  });

  it('on the journal pages, whatever they answer while they are being built', async () => {
    for (const path of ['/experiments', '/fit', '/asks']) {
      const response = await app.request(path);
      expectSecured(response, path);
    }
  });

  it('on the API: reads, plans, writes and its description', async () => {
    await expectStatus('/api/v1/kb', 200);
    await expectStatus('/api/v1/search?q=interpretability', 200);
    await expectStatus('/api/v1/openapi.json', 200);
    await expectStatus('/api/v1/advice', 200, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(FULL_PROFILE),
    });
    await expectStatus('/api/v1/profiles', 201, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ name: 'me', profile: FULL_PROFILE }),
    });
  });

  it('on assets, fresh and not modified', async () => {
    const first = await app.request('/assets/styles.css');
    expect(first.status).toBe(200);
    expectSecured(first, 'the stylesheet');
    const etag = first.headers.get('etag') ?? '';
    await expectStatus('/assets/styles.css', 304, { headers: { 'if-none-match': etag } });
    await expectStatus('/assets/nothing.js', 404);
  });

  it('on 404s, 405s and refused requests', async () => {
    await expectStatus('/no/such/page', 404);
    await expectStatus('/api/v1/nothing', 404);
    await expectStatus('/', 405, { method: 'POST' });
    await expectStatus('/api/v1/kb', 405, { method: 'DELETE' });
    await expectStatus('/api/v1/profiles', 400, { method: 'POST', headers: JSON_HEADERS, body: '{' });
    await expectStatus('/api/v1/profiles', 415, { method: 'POST', body: 'name=me' });
    await expectStatus('/api/v1/profiles', 413, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'content-length': String(10 * 1024 * 1024) },
      body: 'x',
    });
    // A form posted from another website.
    await expectStatus('/profiles', 403, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elsewhere.example' },
      body: 'name=x',
    });
  });

  it('on unexpected failures, of pages and of the API', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await store.close(); // every query now fails inside the database driver
    await expectStatus('/api/v1/profiles', 500);
    await expectStatus('/profiles', 500);
  });
});

describe('changes posted from another website', () => {
  it('are refused by the API, even with an empty body a plain form could send', async () => {
    const response = await app.request('/api/v1/topics/gpu-tamper-evident-logging/claim', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://elsewhere.example',
        'sec-fetch-site': 'cross-site',
      },
      body: '',
    });
    expect(response.status).toBe(400);
    expectSecured(response, 'a cross-site claim');
    expect(await store.listExperiments()).toEqual([]);
    // The same request from a program on this machine (no browser marks) is accepted.
    const local = await app.request('/api/v1/topics/gpu-tamper-evident-logging/claim', { method: 'POST' });
    expect(local.status).toBe(201);
  });
});

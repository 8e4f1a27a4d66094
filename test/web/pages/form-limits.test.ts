/**
 * Every page form is read with a size limit while it arrives: the largest legitimate form (a full
 * ask in a non-Latin script) fits; a body over the limit, declared or counted, is a 413 that says
 * the limit; a body that is not a form is a 415; a malformed multipart body or a URL-encoded one
 * that is not UTF-8 is a 400. Nothing is
 * written in any of these cases, and forms sent as multipart still work.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ASK_STEPS, NOTE_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../../src/core/journal/schema.js';
import { FORM_MAX_BYTES } from '../../../src/web/pages/form-data.js';
import { encodeProfileParam } from '../../../src/web/pages/profile-param.js';
import { startServer } from '../../../src/web/server.js';
import { FULL_PROFILE, ORIGIN, type PagesApp, usePagesApp } from './harness.js';
import { startTest } from './journal-builders.js';

const current = usePagesApp();

/** Text of `length` characters that take 3 bytes each in UTF-8 (9 once URL-encoded). */
const wide = (length: number) => '界'.repeat(length);

/** The biggest ask the schema allows, every character as wide as URL encoding makes it. */
function largestAsk(): Record<string, string> {
  return {
    title: wide(TITLE_MAX_LENGTH),
    lab: wide(TITLE_MAX_LENGTH),
    ask: wide(NOTE_MAX_LENGTH),
    steps: Array.from({ length: MAX_ASK_STEPS }, () => wide(1000)).join('\r\n'),
    owner: wide(TITLE_MAX_LENGTH),
    cost: wide(NOTE_MAX_LENGTH),
  };
}

async function send(app: PagesApp, path: string, init: RequestInit) {
  const response = await app.app.request(path, init);
  return { status: response.status, html: await response.text() };
}

/** A URL-encoded body of exactly `bytes` bytes. */
function bodyOf(bytes: number): string {
  const prefix = 'name=';
  return prefix + 'a'.repeat(bytes - prefix.length);
}

describe('the size limit of page forms', () => {
  it('lets the largest legitimate form through: a full ask in a non-Latin script', async () => {
    const app = current();
    const body = new URLSearchParams(largestAsk()).toString();
    expect(body.length).toBeGreaterThan(256 * 1024);
    expect(body.length).toBeLessThan(FORM_MAX_BYTES);
    const page = await send(app, '/asks', {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(page.status).toBe(303);
    const [ask] = await app.deps.journal.asks();
    expect(ask?.steps).toHaveLength(MAX_ASK_STEPS);
    expect(ask?.cost).toBe(wide(NOTE_MAX_LENGTH));
  });

  it('refuses a body over the limit, counted as it arrives, on every kind of form (413)', async () => {
    const app = current();
    const experiment = await startTest(app);
    const saved = await app.store.createProfile({ name: 'Kept', profile: FULL_PROFILE });
    const paths = [
      '/asks',
      '/experiments',
      `/experiments/${experiment.id}/check-ins`,
      '/profiles',
      `/profiles/${saved.id}/rename`,
      '/expertise',
    ];
    for (const path of paths) {
      const page = await send(app, path, {
        method: 'POST',
        headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
        body: bodyOf(FORM_MAX_BYTES + 1),
      });
      expect(page.status, path).toBe(413);
      expect(page.html).toContain('more than 512 KB');
      expect(page.html).toContain('nothing was saved');
    }
    expect(await app.deps.journal.asks()).toEqual([]);
    expect((await app.deps.journal.experiments()).map((e) => e.checkIns.length)).toEqual([0]);
    expect((await app.store.listProfiles()).map((p) => p.name)).toEqual(['Kept']);
  });

  it('accepts a body of exactly the limit', async () => {
    const app = current();
    const saved = await app.store.createProfile({ name: 'Kept', profile: FULL_PROFILE });
    const page = await send(app, `/profiles/${saved.id}/rename`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: bodyOf(FORM_MAX_BYTES),
    });
    // Read whole, then refused by the name's own rule: not by the size limit.
    expect(page.status).toBe(400);
    expect(page.html).toContain('at most 100 are allowed');
  });

  it('refuses a declared Content-Length over the limit before reading the body (413)', async () => {
    const app = current();
    const page = await send(app, '/asks', {
      method: 'POST',
      headers: {
        origin: ORIGIN,
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(FORM_MAX_BYTES + 1),
      },
      body: 'title=T&ask=A',
    });
    expect(page.status).toBe(413);
    expect(await app.deps.journal.asks()).toEqual([]);
  });

  it('stops reading a large chunked post to the real server and answers 413', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lever-form-limit-'));
    const server = await startServer({ host: '127.0.0.1', port: 0, dataDir });
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const url = new URL('/asks', server.url);
        const request = httpRequest(url, {
          method: 'POST',
          headers: { origin: url.origin, 'content-type': 'application/x-www-form-urlencoded' },
        });
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        // 20 MB in 64 KB chunks, sent without a declared length.
        const chunk = 'a'.repeat(64 * 1024);
        request.write('title=T&ask=');
        for (let i = 0; i < 320; i++) request.write(chunk);
        request.end();
      });
      expect(status).toBe(413);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('what a page form must be', () => {
  it('refuses a body that is not a form (415), saying what it must be', async () => {
    const app = current();
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/json' }, {}]) {
      const page = await send(app, '/asks', {
        method: 'POST',
        headers: { origin: ORIGIN, ...headers },
        body: JSON.stringify({ title: 'T', ask: 'A' }),
      });
      expect(page.status).toBe(415);
      expect(page.html).toContain('application/x-www-form-urlencoded');
    }
    const profile = await send(app, '/profiles', {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'text/plain' },
      body: `name=X&p=${encodeProfileParam(FULL_PROFILE)}`,
    });
    expect(profile.status).toBe(415);
    expect(await app.deps.journal.asks()).toEqual([]);
    expect(await app.store.listProfiles()).toEqual([]);
  });

  it('still reads forms sent as multipart', async () => {
    const app = current();
    const experiment = await startTest(app);
    const form = new FormData();
    for (const [name, value] of Object.entries({ progress: '3', enjoyment: '2', note: 'Multipart works' }))
      form.append(name, value);
    const page = await send(app, `/experiments/${experiment.id}/check-ins`, {
      method: 'POST',
      headers: { origin: ORIGIN },
      body: form,
    });
    expect(page.status).toBe(303);
    const [saved] = (await app.deps.journal.experiment(experiment.id)).checkIns;
    expect(saved?.note).toBe('Multipart works');
  });

  it('answers a malformed multipart body with 400', async () => {
    const app = current();
    const page = await send(app, '/asks', {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'multipart/form-data; boundary=abc' },
      body: 'this is not multipart',
    });
    expect(page.status).toBe(400);
    expect(page.html).toContain('malformed');
    expect(await app.deps.journal.asks()).toEqual([]);
  });

  it('refuses a URL-encoded form that is not UTF-8 (400), naming the field, instead of saving it altered', async () => {
    const app = current();
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    const cases: [string, string | Buffer, string][] = [
      // "café" escaped as Latin-1: %E9 alone is not UTF-8.
      ['escaped Latin-1', 'title=Caf%E9&ask=A', 'The field "title"'],
      ['an escaped lone surrogate', 'title=T&ask=%ED%A0%80', 'The field "ask"'],
      ['a truncated sequence', 'title=T&cost=%E7%95', 'The field "cost"'],
      ['raw Latin-1 bytes', latin1('title=Café&ask=A'), 'The form'],
    ];
    for (const [label, body, named] of cases) {
      const page = await send(app, '/asks', {
        method: 'POST',
        headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      expect(page.status, label).toBe(400);
      expect(page.html, label).toContain(named.replaceAll('"', '&quot;'));
      expect(page.html, label).toContain('UTF-8');
    }
    expect(await app.deps.journal.asks()).toEqual([]);
  });

  it('reads escaped UTF-8 and a literal percent sign as a browser means them', async () => {
    const app = current();
    const page = await send(app, '/asks', {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=Caf%C3%A9+%E7%95%8C&ask=100%+sure',
    });
    expect(page.status).toBe(303);
    const [ask] = await app.deps.journal.asks();
    expect(ask?.title).toBe('Café 界');
    expect(ask?.ask).toBe('100% sure');
  });
});

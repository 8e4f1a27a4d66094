/** startServer over real HTTP: a temporary data directory, an OS-chosen port, then a clean close. */

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LeverError } from '../../src/core/errors.js';
import { SQLITE_FILE_NAME } from '../../src/store/open-store.js';
import { encodeProfileParam } from '../../src/web/pages/profile-param.js';
import { startServer } from '../../src/web/server.js';

const dataDir = mkdtempSync(join(tmpdir(), 'lever-server-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('startServer', () => {
  it('serves the share link of a profile with the longest notes allowed, in non-ASCII text', async () => {
    const server = await startServer({ port: 0, dataDir });
    try {
      const p = encodeProfileParam({ stage: 'student', notes: '✨é'.repeat(2500) });
      const page = await fetch(new URL(`plan?p=${p}`, server.url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('✨é✨é');
    } finally {
      await server.close();
    }
  });

  it('serves pages and the API on a free port, keeps data in the data directory, and closes', async () => {
    const server = await startServer({ port: 0, dataDir });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
      expect(server.port).toBeGreaterThan(0);

      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);

      const item = await fetch(new URL('api/v1/kb/arena', server.url));
      expect(((await item.json()) as { kind: string }).kind).toBe('resource');

      const created = await fetch(new URL('api/v1/profiles', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'me', profile: { stage: 'student' } }),
      });
      expect(created.status).toBe(201);
      const location = created.headers.get('location') ?? '';
      expect((await fetch(new URL(location, server.url))).status).toBe(200);
      expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);
    } finally {
      await server.close();
    }
    await expect(fetch(server.url)).rejects.toThrow();
    await server.close(); // a second close is harmless
  });

  it('keeps what was saved across restarts', async () => {
    const server = await startServer({ port: 0, dataDir });
    try {
      const list = (await (await fetch(new URL('api/v1/profiles', server.url))).json()) as { name: string }[];
      expect(list.map((p) => p.name)).toContain('me');
    } finally {
      await server.close();
    }
  });

  it('refuses requests addressed to another host name, as a rebinding website would send', async () => {
    const server = await startServer({ port: 0, dataDir });
    try {
      const status = (host: string) =>
        new Promise<number | undefined>((resolve, reject) => {
          const req = request({
            host: '127.0.0.1',
            port: server.port,
            path: '/api/v1/profiles',
            headers: { host },
          });
          req.on('response', (res) => {
            res.resume();
            resolve(res.statusCode);
          });
          req.on('error', reject);
          req.end();
        });
      expect(await status('evil.example')).toBe(400);
      expect(await status(`localhost:${server.port}`)).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('says clearly when the port is taken', async () => {
    const first = await startServer({ port: 0, dataDir });
    try {
      const second = startServer({ port: first.port, dataDir });
      await expect(second).rejects.toBeInstanceOf(LeverError);
      await expect(second).rejects.toThrow(`port ${first.port} is already in use`);
    } finally {
      await first.close();
    }
  });
});

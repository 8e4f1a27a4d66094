/** POST /api/v1/advice answers a repeated body from the plan cache with exactly the bytes it computed. */
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { createApp } from '../../../src/web/app.js';
import { loadAppDeps } from '../../../src/web/server.js';
import { PERSONAS } from '../../personas/personas.js';
import { jsonInit } from './harness.js';

const ADVICE = '/api/v1/advice';

async function appWith(planCacheBytes?: number) {
  const store = await openSqliteStore({ file: ':memory:' });
  const deps = loadAppDeps(store, planCacheBytes);
  return { app: createApp(deps), deps, store };
}

async function post(app: Awaited<ReturnType<typeof appWith>>['app'], body: string) {
  const response = await app.request(ADVICE, jsonInit('POST', body));
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('the plan cache behind POST /api/v1/advice', () => {
  const bodies = PERSONAS.slice(0, 4).map((p) => JSON.stringify(p.profile));

  it('answers repeats with the same bytes as an app that computes every request', async () => {
    const cached = await appWith();
    const uncached = await appWith(0);
    expect(uncached.deps.planCache).toBeUndefined();
    for (const round of [1, 2]) {
      for (const body of bodies) {
        const [a, b] = [await post(cached.app, body), await post(uncached.app, body)];
        expect([a.status, b.status], `round ${round}`).toEqual([200, 200]);
        expect(a.bytes.equals(b.bytes)).toBe(true);
        expect(cached.deps.planCache?.get(body)).toBeDefined();
      }
    }
    await Promise.all([cached.store.close(), uncached.store.close()]);
  });

  it('never keeps a rejected body: it is refused again, with the same 400', async () => {
    const { app, deps, store } = await appWith();
    const body = JSON.stringify({ stage: 'astronaut' });
    for (const _ of [1, 2]) {
      const response = await post(app, body);
      expect(response.status).toBe(400);
      expect(response.bytes.toString('utf8')).toMatch(/stage/);
    }
    expect(deps.planCache?.get(body)).toBeUndefined();
    await store.close();
  });

  it('still checks the content type before looking a body up', async () => {
    const { app, store } = await appWith();
    const body = bodies[0] ?? '{}';
    expect((await post(app, body)).status).toBe(200);
    const response = await app.request(ADVICE, jsonInit('POST', body, 'text/plain'));
    expect(response.status).toBe(415);
    await store.close();
  });
});

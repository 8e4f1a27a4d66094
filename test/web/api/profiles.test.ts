/** /api/v1/profiles: saving, listing, reading, changing and deleting profiles, in the real SQLite store. */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { MAX_BODY_BYTES } from '../../../src/web/http/body.js';
import { buildProfile } from '../../advice/builders.js';
import { errorOf, jsonInit, type TestApp, useTestApp } from './harness.js';

interface Saved {
  id: string;
  name: string;
  profile: Profile;
  createdAt: string;
  updatedAt: string;
}

async function create(t: TestApp, name: string, profile: Profile = buildProfile()): Promise<Saved> {
  const response = await t.app.request('/api/v1/profiles', jsonInit('POST', { name, profile }));
  expect(response.status).toBe(201);
  return (await response.json()) as Saved;
}

async function read(t: TestApp, id: string): Promise<Response> {
  return t.app.request(`/api/v1/profiles/${encodeURIComponent(id)}`);
}

describe('POST and GET /api/v1/profiles', () => {
  const current = useTestApp();

  it('saves a profile: 201, a Location that answers, and the saved profile', async () => {
    const profile = buildProfile({ stage: 'senior' });
    const response = await current().app.request(
      '/api/v1/profiles',
      jsonInit('POST', { name: 'me now', profile }),
    );
    expect(response.status).toBe(201);
    const saved = (await response.json()) as Saved;
    expect(saved).toMatchObject({ name: 'me now', profile });
    expect(response.headers.get('location')).toBe(`/api/v1/profiles/${saved.id}`);

    const again = await current().app.request(response.headers.get('location') ?? '');
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(saved);
  });

  it('lists every saved profile, most recently updated first', async () => {
    const t = current();
    expect(await (await t.app.request('/api/v1/profiles')).json()).toEqual([]);
    const first = await create(t, 'first');
    t.env.tick();
    const second = await create(t, 'second');
    t.env.tick();
    await t.app.request(`/api/v1/profiles/${first.id}`, jsonInit('PUT', { name: 'first, renamed' }));
    const list = (await (await t.app.request('/api/v1/profiles')).json()) as Saved[];
    expect(list.map((p) => p.id)).toEqual([first.id, second.id]);
  });

  it("returns HTML in a name verbatim: escaping is the pages' job", async () => {
    const name = '<script>alert("hi")</script> & <b>me</b>';
    const saved = await create(current(), name);
    expect(saved.name).toBe(name);
    const text = await (await read(current(), saved.id)).text();
    expect(JSON.parse(text)).toMatchObject({ name });
    expect(text).toContain('<script>');
  });

  it.each([
    ['a missing name', { profile: {} }, 'name'],
    ['a blank name', { name: '   ', profile: {} }, 'name'],
    ['a name that is not text', { name: 42, profile: {} }, 'name'],
    ['a wrong type in the profile', { name: 'x', profile: { hasMentor: 'yes' } }, 'profile.hasMentor'],
    ['an unknown field in the profile', { name: 'x', profile: { mood: 'good' } }, 'profile'],
    ['an unknown field in the body', { name: 'x', profile: {}, owner: 'me' }, ''],
  ])('rejects %s with 400 and saves nothing', async (_, body, path) => {
    const t = current();
    const response = await t.app.request('/api/v1/profiles', jsonInit('POST', body));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
    expect(await t.store.listProfiles()).toEqual([]);
  });

  it('rejects malformed JSON with 400, text/plain with 415 and a huge body with 413', async () => {
    const t = current();
    expect((await t.app.request('/api/v1/profiles', jsonInit('POST', '{"name": '))).status).toBe(400);
    const plain = jsonInit('POST', { name: 'x', profile: {} }, 'text/plain');
    expect((await t.app.request('/api/v1/profiles', plain)).status).toBe(415);
    const huge = jsonInit('POST', { name: 'x', profile: { notes: 'x'.repeat(MAX_BODY_BYTES) } });
    expect((await t.app.request('/api/v1/profiles', huge)).status).toBe(413);
    expect(await t.store.listProfiles()).toEqual([]);
  });

  it('answers an unknown id with 404', async () => {
    const response = await read(current(), 'no-such-profile');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not_found');
  });

  it('rejects PATCH on a profile with 405 naming the allowed methods', async () => {
    const saved = await create(current(), 'me');
    const response = await current().app.request(`/api/v1/profiles/${saved.id}`, jsonInit('PATCH', {}));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, PUT, DELETE');
  });
});

describe('PUT /api/v1/profiles/{id}', () => {
  const current = useTestApp();

  it('renames, replaces the profile, or both', async () => {
    const t = current();
    const saved = await create(t, 'me');
    const put = async (body: unknown) =>
      (await (await t.app.request(`/api/v1/profiles/${saved.id}`, jsonInit('PUT', body))).json()) as Saved;
    expect(await put({ name: 'me, renamed' })).toMatchObject({ name: 'me, renamed', profile: saved.profile });
    const senior = buildProfile({ stage: 'senior' });
    expect(await put({ profile: senior })).toMatchObject({ name: 'me, renamed', profile: senior });
    expect(await put({ name: 'both', profile: {} })).toMatchObject({ name: 'both', profile: {} });
  });

  it.each([
    ['an invalid profile', jsonInit('PUT', { name: 'changed', profile: { skills: { coding: 9 } } }), 400],
    ['an unknown field', jsonInit('PUT', { name: 'changed', colour: 'red' }), 400],
    ['nothing to change', jsonInit('PUT', {}), 400],
    ['malformed JSON', jsonInit('PUT', '{"name": "changed"'), 400],
    ['text/plain', jsonInit('PUT', { name: 'changed' }, 'text/plain'), 415],
    [
      'a huge body',
      jsonInit('PUT', { name: 'changed', profile: { notes: 'x'.repeat(MAX_BODY_BYTES) } }),
      413,
    ],
  ])('rejects %s and leaves the saved profile unchanged', async (_, init, status) => {
    const t = current();
    const saved = await create(t, 'me', buildProfile({ stage: 'student' }));
    const response = await t.app.request(`/api/v1/profiles/${saved.id}`, init);
    expect(response.status).toBe(status);
    await errorOf(response);
    expect(await (await read(t, saved.id)).json()).toEqual(saved);
  });

  it('answers an unknown id with 404', async () => {
    const response = await current().app.request('/api/v1/profiles/nobody', jsonInit('PUT', { name: 'x' }));
    expect(response.status).toBe(404);
  });
});

describe('DELETE /api/v1/profiles/{id}', () => {
  const current = useTestApp();

  it('deletes with 204 and no body; the profile is gone after', async () => {
    const t = current();
    const saved = await create(t, 'me');
    const response = await t.app.request(`/api/v1/profiles/${saved.id}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await read(t, saved.id)).status).toBe(404);
    const again = await t.app.request(`/api/v1/profiles/${saved.id}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
  });
});

describe('GET /api/v1/profiles/{id}/plan', () => {
  const current = useTestApp();

  it('returns the same bytes as POST /api/v1/advice for the saved profile', async () => {
    const t = current();
    const profile = buildProfile({ leaning: 'policy' });
    const saved = await create(t, 'me');
    await t.app.request(`/api/v1/profiles/${saved.id}`, jsonInit('PUT', { profile }));
    const plan = await t.app.request(`/api/v1/profiles/${saved.id}/plan`);
    expect(plan.status).toBe(200);
    const advice = await t.app.request('/api/v1/advice', jsonInit('POST', profile));
    expect(await plan.text()).toBe(await advice.text());
  });

  it('answers an unknown id with 404', async () => {
    expect((await current().app.request('/api/v1/profiles/nobody/plan')).status).toBe(404);
  });
});

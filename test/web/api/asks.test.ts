/** /api/v1/asks: drafting, reading, replacing and deleting concrete asks, and each as Markdown. */
import { describe, expect, it } from 'vitest';
import type { Ask } from '../../../src/core/journal/schema.js';
import { MAX_BODY_BYTES } from '../../../src/web/http/body.js';
import { errorOf, jsonInit, type TestApp, useTestApp } from './harness.js';
import { API, askBody, createAsk, getJson } from './journal-requests.js';

const put = (t: TestApp, id: string, init: RequestInit) => t.app.request(`${API}/asks/${id}`, init);

describe('POST and GET /api/v1/asks', () => {
  const current = useTestApp();

  it('saves an ask: 201, a Location that answers, trimmed text and absent fields as null', async () => {
    const t = current();
    const response = await t.app.request(
      `${API}/asks`,
      jsonInit('POST', { title: '  Staged releases ', ask: 'Release new models to a small group first.' }),
    );
    expect(response.status).toBe(201);
    const saved = (await response.json()) as Ask;
    expect(saved).toMatchObject({ title: 'Staged releases', lab: null, steps: [], owner: null, cost: null });
    expect(response.headers.get('location')).toBe(`${API}/asks/${saved.id}`);
    expect(await getJson(t, `/asks/${saved.id}`)).toEqual(saved);
  });

  it('lists every ask, most recently updated first', async () => {
    const t = current();
    expect(await getJson(t, '/asks')).toEqual([]);
    const first = await createAsk(t, askBody({ title: 'first' }));
    t.env.tick();
    const second = await createAsk(t, askBody({ title: 'second' }));
    t.env.tick();
    await put(t, first.id, jsonInit('PUT', askBody({ title: 'first, again' })));
    expect((await getJson<Ask[]>(t, '/asks')).map((a) => a.id)).toEqual([first.id, second.id]);
  });

  it('returns HTML verbatim in JSON and keeps any Unicode exactly', async () => {
    const t = current();
    const html = '<img src=x onerror="alert(1)"> & <b>now</b>';
    const unicode = 'Étape 1 — 安全評価 👩🏽‍🔬';
    const saved = await createAsk(
      t,
      askBody({ ask: `Please do it: ${html} and more words here`, steps: [unicode, 'two'] }),
    );
    const text = await (await t.app.request(`${API}/asks/${saved.id}`)).text();
    expect(text).toContain('<img src=x onerror=\\"alert(1)\\">');
    expect(JSON.parse(text)).toMatchObject({
      ask: `Please do it: ${html} and more words here`,
      steps: [unicode, 'two'],
    });
  });

  it.each([
    ['a missing ask', { title: 'x' }, 'ask'],
    ['an ask of only spaces', { title: 'x', ask: '   ' }, 'ask'],
    ['steps that are not a list', askBody({ steps: 'do it' }), 'steps'],
    ['a blank step', askBody({ steps: ['one', ' '] }), 'steps[1]'],
    ['a title over the limit', askBody({ title: 'x'.repeat(201) }), 'title'],
    ['an unknown field', askBody({ deadline: 'soon' }), ''],
  ])('rejects %s with 400 naming the field, and saves nothing', async (_, body, path) => {
    const t = current();
    const response = await t.app.request(`${API}/asks`, jsonInit('POST', body));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).issues.map((issue) => issue.path)).toContain(path);
    expect(await t.store.listAsks()).toEqual([]);
  });

  it('rejects text/plain with 415 and a huge body with 413', async () => {
    const t = current();
    expect((await t.app.request(`${API}/asks`, jsonInit('POST', askBody(), 'text/plain'))).status).toBe(415);
    const huge = jsonInit('POST', askBody({ cost: 'x'.repeat(MAX_BODY_BYTES) }));
    expect((await t.app.request(`${API}/asks`, huge)).status).toBe(413);
    expect(await t.store.listAsks()).toEqual([]);
  });

  it('answers an unknown id with 404', async () => {
    const response = await current().app.request(`${API}/asks/no-such-ask`);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not_found');
  });
});

describe('PUT and DELETE /api/v1/asks/{id}', () => {
  const current = useTestApp();

  it('replaces the whole ask: fields left out become empty', async () => {
    const t = current();
    const saved = await createAsk(t);
    const response = await put(
      t,
      saved.id,
      jsonInit('PUT', { title: 'Shorter', ask: 'Publish the eval results.' }),
    );
    expect(response.status).toBe(200);
    const updated = (await response.json()) as Ask;
    expect(updated).toMatchObject({ id: saved.id, title: 'Shorter', lab: null, steps: [], owner: null });
    expect(await getJson(t, `/asks/${saved.id}`)).toEqual(updated);
  });

  it.each([
    ['an invalid body', jsonInit('PUT', { title: 'x' }), 400],
    ['malformed JSON', jsonInit('PUT', '{"title": '), 400],
    ['text/plain', jsonInit('PUT', askBody(), 'text/plain'), 415],
    ['a huge body', jsonInit('PUT', askBody({ ask: 'x'.repeat(MAX_BODY_BYTES) })), 413],
  ])('rejects %s and leaves the ask unchanged', async (_, init, status) => {
    const t = current();
    const saved = await createAsk(t);
    const response = await put(t, saved.id, init);
    expect(response.status).toBe(status);
    await errorOf(response);
    expect(await getJson(t, `/asks/${saved.id}`)).toEqual(saved);
  });

  it('answers an unknown id with 404 for PUT and DELETE', async () => {
    const t = current();
    expect((await put(t, 'nobody', jsonInit('PUT', askBody()))).status).toBe(404);
    expect((await t.app.request(`${API}/asks/nobody`, { method: 'DELETE' })).status).toBe(404);
  });

  it('deletes with 204 and no body; the ask is gone after', async () => {
    const t = current();
    const saved = await createAsk(t);
    const response = await t.app.request(`${API}/asks/${saved.id}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    await getJson(t, `/asks/${saved.id}`, 404);
  });
});

describe('GET /api/v1/asks/{id}/markdown', () => {
  const current = useTestApp();

  it('gives the ask as a Markdown document with the builder’s checks', async () => {
    const t = current();
    const saved = await createAsk(t);
    const response = await t.app.request(`${API}/asks/${saved.id}/markdown`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const markdown = await response.text();
    expect(markdown.startsWith('# Pre-release evaluations\n')).toBe(true);
    expect(markdown).toContain('1. Pick an evaluation suite');
    expect(markdown).toContain('The head of the safety team');
    expect(markdown).toContain('(`concrete-asks`)');
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(markdown));
  });

  it('escapes HTML and Markdown a person typed, and keeps Unicode', async () => {
    const t = current();
    const saved = await createAsk(
      t,
      askBody({ title: '<script>alert(1)</script> # 安全', owner: '*me* 👩🏽‍🔬' }),
    );
    const markdown = await (await t.app.request(`${API}/asks/${saved.id}/markdown`)).text();
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('# \\<script\\>alert(1)\\</script\\> \\# 安全');
    expect(markdown).toContain('\\*me\\* 👩🏽‍🔬');
  });

  it('answers an unknown id with 404 in the API’s error shape', async () => {
    const response = await current().app.request(`${API}/asks/nobody/markdown`);
    expect(response.status).toBe(404);
    await errorOf(response);
  });
});

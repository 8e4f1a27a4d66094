/** Saved profiles as pages: save → list → open → rename → delete, the errors, and comparing two plans. */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { encodeProfileParam } from '../../../src/web/pages/profile-param.js';
import { escaped, FULL_PROFILE, hrefs, type PagesApp, usePagesApp } from './harness.js';

const current = usePagesApp();

// In the contract's field order, so its link is the canonical one the pages write.
const POLICY: Profile = {
  stage: 'early-career',
  background: ['policy'],
  enjoys: ['policy'],
  leaning: 'policy',
};

/** Saves a profile through the plan page's form and returns its id. */
async function save(app: PagesApp, name: string, profile: Profile): Promise<string> {
  const response = await app.post('/profiles', { name, p: encodeProfileParam(profile) });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('/profiles');
  const saved = (await app.store.listProfiles()).find((s) => s.name === name.trim());
  if (!saved) throw new Error(`"${name}" was not saved`);
  return saved.id;
}

describe('saving and listing', () => {
  it('saves the plan’s profile under a name and lists it with its best path and actions', async () => {
    const app = current();
    const id = await save(app, '  me now  ', FULL_PROFILE);
    expect((await app.store.getProfile(id))?.profile).toEqual(FULL_PROFILE);
    const { status, html } = await app.get('/profiles');
    expect(status).toBe(200);
    expect(html).toContain('<table class="stack-table" aria-label="Saved profiles" id="profiles-table">');
    expect(html).toContain(`<a href="/profiles/${id}">me now</a>`);
    expect(html).toContain('Alignment research (');
    for (const href of [`/profiles/${id}/rename`, `/profiles/${id}/delete`])
      expect(hrefs(html)).toContain(href);
  });

  it('says how to save one when there are none, and offers comparing once there are two', async () => {
    const app = current();
    expect((await app.get('/profiles')).html).toContain('id="no-profiles"');
    await save(app, 'first', FULL_PROFILE);
    expect((await app.get('/profiles')).html).not.toContain('id="compare"');
    await save(app, 'second', POLICY);
    const { html } = await app.get('/profiles');
    expect(html).toContain('<form class="save-form" method="get" action="/compare"');
    expect(html).toContain('<select id="compare-a" name="a">');
  });

  it('refuses a name over 100 characters or a blank one, keeping what was typed on the plan page', async () => {
    const app = current();
    const long = 'x'.repeat(101);
    const tooLong = await app.post('/profiles', { name: long, p: encodeProfileParam(FULL_PROFILE) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.html).toContain('The name is 101 characters long; at most 100 are allowed.');
    expect(tooLong.html).toContain(`value="${long}"`);
    expect(tooLong.html).toContain('aria-invalid="true"');
    const blank = await app.post('/profiles', { name: '   ', p: encodeProfileParam(FULL_PROFILE) });
    expect(blank.status).toBe(400);
    expect(blank.html).toContain('Give the profile a name');
    expect(await app.store.listProfiles()).toEqual([]);
  });

  it('refuses to save a profile link that is not valid', async () => {
    const app = current();
    const { status, html } = await app.post('/profiles', { name: 'broken', p: '***' });
    expect(status).toBe(400);
    expect(html).toContain('<code>p</code>');
    expect(await app.store.listProfiles()).toEqual([]);
  });

  it('refuses form posts that do not come from Lever’s own pages', async () => {
    const app = current();
    const p = encodeProfileParam(FULL_PROFILE);
    for (const headers of [
      {},
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site', origin: 'http://localhost' },
    ]) {
      expect((await app.post('/profiles', { name: 'x', p }, headers)).status).toBe(403);
    }
    expect((await app.post('/profiles', { name: 'x', p }, { 'sec-fetch-site': 'same-origin' })).status).toBe(
      303,
    );
    expect((await app.store.listProfiles()).length).toBe(1);
  });
});

describe('opening, renaming and deleting', () => {
  it('opens a saved profile’s plan under its name, sharing the plain plan link', async () => {
    const app = current();
    const id = await save(app, 'me now', FULL_PROFILE);
    const { status, html } = await app.get(`/profiles/${id}`);
    expect(status).toBe(200);
    expect(html).toContain('<h1 id="plan-heading">me now</h1>');
    expect(html).toContain(`value="http://localhost/plan?p=${encodeProfileParam(FULL_PROFILE)}"`);
  });

  it('renames through a form, then lists the new name', async () => {
    const app = current();
    const id = await save(app, 'me now', FULL_PROFILE);
    const form = await app.get(`/profiles/${id}/rename`);
    expect(form.html).toContain(
      `<form class="measure" method="post" action="/profiles/${id}/rename" id="rename-form">`,
    );
    expect(form.html).toContain('value="me now"');
    const renamed = await app.post(`/profiles/${id}/rename`, { name: 'me in 2030' });
    expect(renamed.status).toBe(303);
    expect(renamed.headers.get('location')).toBe('/profiles');
    expect((await app.get('/profiles')).html).toContain(`<a href="/profiles/${id}">me in 2030</a>`);
  });

  it('keeps a rejected new name in the form with its error', async () => {
    const app = current();
    const id = await save(app, 'me now', FULL_PROFILE);
    const { status, html } = await app.post(`/profiles/${id}/rename`, { name: 'y'.repeat(120) });
    expect(status).toBe(400);
    expect(html).toContain('at most 100 are allowed');
    expect(html).toContain(`value="${'y'.repeat(120)}"`);
    expect((await app.store.getProfile(id))?.name).toBe('me now');
  });

  it('asks before deleting, on a page that works without JavaScript, then deletes', async () => {
    const app = current();
    const id = await save(app, 'me now', FULL_PROFILE);
    const confirm = await app.get(`/profiles/${id}/delete`);
    expect(confirm.status).toBe(200);
    expect(confirm.html).toContain('<h1>Delete “me now”?</h1>');
    expect(confirm.html).toContain(`<form method="post" action="/profiles/${id}/delete" id="delete-form">`);
    expect(await app.store.getProfile(id)).toBeDefined();
    const deleted = await app.post(`/profiles/${id}/delete`, {});
    expect(deleted.status).toBe(303);
    expect(await app.store.getProfile(id)).toBeUndefined();
    expect((await app.get('/profiles')).html).toContain('id="no-profiles"');
  });

  it('answers an unknown id with a 404 page on every route', async () => {
    const app = current();
    for (const path of ['/profiles/nope', '/profiles/nope/rename', '/profiles/nope/delete']) {
      const { status, html } = await app.get(path);
      expect(status).toBe(404);
      expect(html).toContain('No saved profile has the id “nope”.');
    }
    expect((await app.post('/profiles/nope/rename', { name: 'x' })).status).toBe(404);
    expect((await app.post('/profiles/nope/delete', {})).status).toBe(404);
  });
});

describe('comparing two plans', () => {
  it('shows two saved profiles side by side: what differs, every path’s fits, and the steps', async () => {
    const app = current();
    const a = await save(app, 'physics student', FULL_PROFILE);
    const b = await save(app, 'policy switcher', POLICY);
    const { status, html } = await app.get(`/compare?a=${a}&b=${b}`);
    expect(status).toBe(200);
    for (const id of ['differences', 'compare-paths', 'compare-steps'])
      expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain('<th scope="col">physics student</th><th scope="col">policy switcher</th>');
    expect(html).toContain('<th scope="row">Career stage</th><td class="notes-text">Student</td>');
    expect(html).toContain(
      'Best fit: Alignment research for physics student, Policy jobs for policy switcher.',
    );
    const rows = html.match(/<tr><th scope="row">[^<]+<\/th><td><div class="fit">/g) ?? [];
    expect(rows.length).toBe(8);
  });

  it('compares shared links (a=<p>) as well as saved ids', async () => {
    const app = current();
    const a = await save(app, 'saved one', FULL_PROFILE);
    const { status, html } = await app.get(`/compare?a=${a}&b=${encodeProfileParam(POLICY)}`);
    expect(status).toBe(200);
    expect(html).toContain('<th scope="col">Shared plan B</th>');
    expect(hrefs(html)).toContain(`/plan?p=${encodeProfileParam(POLICY)}`);
  });

  it('answers an unknown id with 404, an invalid profile with 400, and no choice at all with the list', async () => {
    const app = current();
    const a = await save(app, 'saved one', FULL_PROFILE);
    const missing = await app.get(`/compare?a=${a}&b=deleted-id`);
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('“deleted-id”');
    const invalid = await app.get(
      `/compare?a=${a}&b=${encodeProfileParam({ stage: 'astronaut' } as unknown as Profile)}`,
    );
    expect(invalid.status).toBe(400);
    expect(invalid.html).toContain('(<code>stage</code>)');
    expect(invalid.html).toContain('(in the second plan)');
    expect((await app.get(`/compare?a=${a}`)).status).toBe(400);
    const none = await app.app.request('/compare');
    expect(none.status).toBe(303);
    expect(none.headers.get('location')).toBe('/profiles#compare');
  });
});

describe('escaping user text', () => {
  const SCRIPT = '<script>alert("pwned")</script>';
  const hostile: Profile = { ...FULL_PROFILE, notes: `${SCRIPT} & <img src=x onerror=alert(1)>` };

  it('shows markup in names and notes as text on every page that shows them', async () => {
    const app = current();
    const id = await save(app, `me ${SCRIPT}`, hostile);
    const other = await save(app, 'other', POLICY);
    const pages = [
      '/profiles',
      `/profiles/${id}`,
      `/profiles/${id}/rename`,
      `/profiles/${id}/delete`,
      `/compare?a=${id}&b=${other}`,
      `/plan?p=${encodeProfileParam(hostile)}`,
      `/start?p=${encodeProfileParam(hostile)}`,
    ];
    for (const path of pages) {
      const { status, html } = await app.get(path);
      expect(status, path).toBe(200);
      expect(html, path).not.toContain('<script>alert');
      expect(html, path).not.toContain('<img src=x');
    }
    expect((await app.get('/profiles')).html).toContain(escaped(`me ${SCRIPT}`));
    expect((await app.get(`/profiles/${id}`)).html).toContain(escaped(`${SCRIPT} &`));
    const rejected = await app.post(`/profiles/${id}/rename`, { name: `${SCRIPT}${'z'.repeat(100)}` });
    expect(rejected.status).toBe(400);
    expect(rejected.html).not.toContain('<script>alert');
  });
});

/**
 * The concrete-ask builder as pages: write an ask, see the builder's checks with their principle,
 * change it, download it as Markdown, delete it; refusals keep every field as typed.
 */
import { describe, expect, it } from 'vitest';
import { escaped, hrefs, usePagesApp } from './harness.js';
import { CROSS_SITE_HEADERS, createAsk, redirectedId } from './journal-builders.js';

const current = usePagesApp();

const FIELDS = {
  title: 'Evals <before> deploy & "ship"',
  lab: 'Example Lab',
  ask: 'Run the agreed dangerous-capability evaluations on every model before any external deployment.',
  steps: 'Agree on the suite\r\n\r\n  Add it to the release checklist  \nReport results to the board',
  owner: '',
  cost: '',
};

describe('writing an ask', () => {
  it('lists none at first and offers a new one, a plain form with steps one per line', async () => {
    const app = current();
    const list = await app.get('/asks');
    expect(list.status).toBe(200);
    expect(list.html).toContain('id="no-asks"');
    expect(hrefs(list.html)).toContain('/asks/new');
    const form = await app.get('/asks/new');
    expect(form.status).toBe(200);
    expect(form.html).toContain('<form class="ask-form" method="post" action="/asks"');
    expect(form.html).toContain('One step per line');
  });

  it('saves it, then shows the builder’s checks, each with its principle', async () => {
    const app = current();
    const page = await app.post('/asks', FIELDS);
    const id = redirectedId(page, '/asks/');
    expect(page.headers.get('location')).toBe(`/asks/${id}?done=saved`);
    const saved = await app.deps.journal.ask(id);
    expect(saved).toMatchObject({
      title: FIELDS.title,
      steps: ['Agree on the suite', 'Add it to the release checklist', 'Report results to the board'],
      owner: null,
      cost: null,
    });
    const { html } = await app.get(`/asks/${id}?done=saved`);
    expect(html).toContain(`<h1>${escaped(FIELDS.title)}</h1>`);
    expect(html).toContain('Checks: 2 of 4 met');
    expect(html).toContain('<li class="check check-ok" id="check-concrete">');
    expect(html).toContain('<li class="check check-todo" id="check-owner">');
    expect(html).toContain('✓');
    expect(html).toContain('✗');
    expect(hrefs(html)).toContain('/library/concrete-asks');
    expect(html).toContain(
      '>Agree on the suite\nAdd it to the release checklist\nReport results to the board</textarea>',
    );
    const list = await app.get('/asks');
    expect(list.html).toContain(`<a href="/asks/${id}">${escaped(FIELDS.title)}</a>`);
    expect(list.html).toContain('2 of 4 met');
  });

  it('refuses an ask without a title or text, naming both and keeping the rest', async () => {
    const app = current();
    const { status, html } = await app.post('/asks', { ...FIELDS, title: '  ', ask: '' });
    expect(status).toBe(400);
    expect(html).toContain('<p class="field-error" id="ask-title-error">Give the ask a short title.</p>');
    expect(html).toContain(
      '<p class="field-error" id="ask-ask-error">Say what the lab should do, in a sentence or two.</p>',
    );
    expect(html).toContain('value="Example Lab"');
    expect(html).toContain('Add it to the release checklist');
    expect(await app.deps.journal.asks()).toEqual([]);
  });
});

describe('changing, downloading and deleting', () => {
  it('saves changes, and refuses a bad change keeping what was typed', async () => {
    const app = current();
    const ask = await createAsk(app);
    const saved = await app.post(`/asks/${ask.id}`, { ...FIELDS, owner: 'Dana, head of safety' });
    expect(saved.headers.get('location')).toBe(`/asks/${ask.id}?done=saved`);
    expect((await app.deps.journal.ask(ask.id)).owner).toBe('Dana, head of safety');
    const tooMany = Array.from({ length: 21 }, (_, i) => `step ${i + 1}`).join('\n');
    const refused = await app.post(`/asks/${ask.id}`, { ...FIELDS, steps: tooMany });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('id="ask-steps-error">Steps: at most 20 allowed; you gave 21.</p>');
    expect(refused.html).toContain('step 21</textarea>');
    expect((await app.deps.journal.ask(ask.id)).steps).toHaveLength(3);
    expect((await app.post('/asks/nope', FIELDS)).status).toBe(404);
  });

  it('downloads the ask as a Markdown attachment', async () => {
    const app = current();
    const ask = await createAsk(app, { title: 'Evals before deploy!' });
    const response = await app.app.request(`/asks/${ask.id}.md`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="lever-ask-evals-before-deploy.md"',
    );
    expect(await response.text()).toBe(await app.deps.journal.askDocument(ask.id));
    expect((await app.app.request('/asks/nope.md')).status).toBe(404);
  });

  it('asks before deleting, then deletes', async () => {
    const app = current();
    const ask = await createAsk(app);
    const confirm = await app.get(`/asks/${ask.id}/delete`);
    expect(confirm.html).toContain(`Delete “${escaped(ask.title)}”?`);
    const page = await app.post(`/asks/${ask.id}/delete`, {});
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/asks?done=deleted');
    expect(await app.deps.journal.asks()).toEqual([]);
    expect((await app.get(`/asks/${ask.id}`)).status).toBe(404);
    expect((await app.post(`/asks/${ask.id}/delete`, {})).status).toBe(404);
  });

  it('refuses form posts from other sites and changes nothing', async () => {
    const app = current();
    const ask = await createAsk(app);
    for (const headers of CROSS_SITE_HEADERS) {
      for (const [path, fields] of [
        ['/asks', FIELDS],
        [`/asks/${ask.id}`, FIELDS],
        [`/asks/${ask.id}/delete`, {}],
      ] as const) {
        expect((await app.post(path, fields, headers)).status, path).toBe(403);
      }
    }
    expect(await app.deps.journal.asks()).toEqual([ask]);
  });
});

/**
 * The experiments pages: the dashboard, starting a fit test (catalogue or own design), an
 * experiment's page, logging a check-in in two clicks, finishing and deleting; every refusal shown
 * next to its field with what was typed kept and nothing written; cross-site posts refused.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/journal/dates.js';
import { escaped, hrefs, usePagesApp } from './harness.js';
import {
  CROSS_SITE_HEADERS,
  logCheckIn,
  redirectedId,
  startOwn,
  startTest,
  TEST_ID,
} from './journal-builders.js';

const current = usePagesApp();
const MARKUP = '<script>alert("x")</script> & <b>bold</b>';

describe('the dashboard', () => {
  it('offers the catalogue grouped by path, an own design, and links to fit, asks and exports', async () => {
    const { status, html } = await current().get('/experiments');
    expect(status).toBe(200);
    expect(html).toContain('<a href="/experiments" aria-current="page">Experiments</a>');
    expect(html).toContain('id="no-active"');
    expect(html).toContain('<optgroup label="Alignment research">');
    expect(html).toContain(`<option value="${TEST_ID}">`);
    expect(html).toContain('<form class="own-form" method="post" action="/experiments"');
    for (const href of ['/fit', '/asks', '/journal.md', '/journal.ics']) expect(hrefs(html)).toContain(href);
    expect(html).not.toContain('id="finished"');
  });

  it('lists running experiments first with week, due date, check-ins and the latest ratings, finished ones after', async () => {
    const app = current();
    const running = await startOwn(app, {}, 8);
    await logCheckIn(app, running.id, { progress: 4, enjoyment: 1 });
    const done = await startTest(app);
    await app.deps.journal.finishExperiment(done.id, { reflection: 'Learned a lot.' });
    const { html } = await app.get('/experiments');
    const card = html.slice(html.indexOf(`id="experiment-${running.id}"`));
    expect(card).toContain('week 2 of 2');
    expect(card).toContain(`due <time datetime="${running.dueOn}">${running.dueOn}</time> (6 days left)`);
    expect(card).toContain('1 check-in');
    expect(card).toContain(
      `Latest check-in (${app.deps.journal.today()}): progress 4 (fast), enjoyment 1 (a little)`,
    );
    expect(html.indexOf('id="active-heading"')).toBeLessThan(html.indexOf('id="finished-heading"'));
    const finished = html.slice(html.indexOf('id="finished-heading"'));
    expect(finished).toContain(`id="experiment-${done.id}"`);
    expect(finished).toContain('Learned a lot.');
  });
});

describe('starting a fit test', () => {
  it('starts one from the catalogue and redirects to it, with its guidance', async () => {
    const app = current();
    const page = await app.post('/experiments', { testId: TEST_ID });
    const id = redirectedId(page, '/experiments/');
    expect(page.headers.get('location')).toBe(`/experiments/${id}?done=started`);
    const test = app.deps.advice.ikb.kb.fitTests.find((t) => t.id === TEST_ID);
    if (!test) throw new Error('missing catalogue test');
    const { status, html } = await app.get(`/experiments/${id}?done=started`);
    expect(status).toBe(200);
    expect(html).toContain(`<h1>${escaped(test.title)}</h1>`);
    expect(html).toContain('id="done-notice"');
    expect(html).toContain(escaped(test.deliverable));
    for (const sign of [...test.goingWell, ...test.log]) expect(html).toContain(`<li>${escaped(sign)}</li>`);
    expect(html).toContain('id="no-check-ins"');
    expect(html).toContain(`action="/experiments/${id}/check-ins"`);
    expect(html).toContain(`action="/experiments/${id}/finish"`);
  });

  it('starts one of the person’s own design', async () => {
    const app = current();
    const fields = {
      title: `Mine ${MARKUP}`,
      path: 'policy',
      weeks: '3',
      direction: '',
      deliverable: 'A memo',
    };
    const id = redirectedId(await app.post('/experiments', fields), '/experiments/');
    const saved = await app.deps.journal.experiment(id);
    expect(saved).toMatchObject({
      title: `Mine ${MARKUP}`,
      path: 'policy',
      weeks: 3,
      direction: null,
      testId: null,
    });
    const { html } = await app.get(`/experiments/${id}`);
    expect(html).toContain(`<h1>${escaped(`Mine ${MARKUP}`)}</h1>`);
    expect(html).not.toContain('<script>alert');
  });

  it('refuses an own design without title, path or valid weeks, naming each field and keeping the input', async () => {
    const app = current();
    const { status, html } = await app.post('/experiments', {
      title: ' ',
      path: '',
      weeks: '40',
      deliverable: 'kept text',
    });
    expect(status).toBe(400);
    expect(html).toContain('<p class="field-error" id="own-title-error">Give your experiment a title.</p>');
    expect(html).toContain('<p class="field-error" id="own-path-error">Choose the path it tests.</p>');
    expect(html).toContain('id="own-weeks-error">Weeks: at most 12 allowed; you gave 40.</p>');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="40"');
    expect(html).toContain('>kept text</textarea>');
    expect(html).toContain('<details class="own-design" open="">');
    expect(await app.deps.journal.experiments()).toEqual([]);
  });

  it('bounds the start date in the form, and refuses a start out of range next to the field', async () => {
    const app = current();
    const today = app.deps.journal.today();
    const latest = addDays(today, 366);
    const dashboard = await app.get('/experiments');
    expect(dashboard.html).toMatch(new RegExp(`name="startedOn" min="1970-01-01" max="${latest}"`));
    // 2226 typed for 2026.
    const slip = `22${today.slice(2)}`;
    const { status, html } = await app.post('/experiments', {
      title: 'Read one paper a day',
      path: 'alignment-research',
      weeks: '2',
      startedOn: slip,
    });
    expect(status).toBe(400);
    expect(html).toContain(
      `id="own-startedOn-error">Started on: &quot;${slip}&quot; is out of range; expected a date from 1970-01-01 to ${latest}`,
    );
    expect(html).toContain('value="Read one paper a day"');
    expect(await app.deps.journal.experiments()).toEqual([]);
  });

  it('starts a catalogue test on an earlier day, within the bounds the form states', async () => {
    const app = current();
    const today = app.deps.journal.today();
    const { html: dashboard } = await app.get('/experiments');
    const form = dashboard.slice(dashboard.indexOf('id="start-catalogue-form"'));
    expect(form.slice(0, form.indexOf('</form>'))).toContain(
      `<input type="date" id="start-test-started" name="startedOn" min="1970-01-01" max="${addDays(today, 366)}" value="${today}"/>`,
    );
    const startedOn = addDays(today, -10);
    const id = redirectedId(await app.post('/experiments', { testId: TEST_ID, startedOn }), '/experiments/');
    expect(await app.deps.journal.experiment(id)).toMatchObject({ testId: TEST_ID, startedOn });
    const { html } = await app.get(`/experiments/${id}`);
    // The count is part of the status, so it never wraps onto a line of its own.
    expect(html).toMatch(
      /<span>Running: week 2 of 3, due <time [^>]*>[^<]*<\/time> \(11 days left\) · 0 check-ins<\/span>/,
    );
  });

  it('refuses a catalogue start out of range next to its date, keeping the choice', async () => {
    const app = current();
    const { status, html } = await app.post('/experiments', { testId: TEST_ID, startedOn: '1900-01-01' });
    expect(status).toBe(400);
    expect(html).toContain(
      '<p class="field-error" id="start-test-started-error">Started on: &quot;1900-01-01&quot; is out of range;',
    );
    expect(html).toMatch(
      /id="start-test-started"[^>]*value="1900-01-01" aria-describedby="start-test-started-error" aria-invalid="true" autofocus=""/,
    );
    expect(html).toContain(`<option value="${TEST_ID}" selected="">`);
    expect(await app.deps.journal.experiments()).toEqual([]);
  });

  it('offers the start date on a fit test’s library page too', async () => {
    const app = current();
    const { html } = await app.get(`/library/${TEST_ID}`);
    const form = html.slice(html.indexOf('<form class="start-test"'));
    expect(form.slice(0, form.indexOf('</form>'))).toContain(
      `name="startedOn" min="1970-01-01" max="${addDays(app.deps.journal.today(), 366)}"`,
    );
  });

  it('refuses a fit test the catalogue does not have with 404, next to the field', async () => {
    const app = current();
    const { status, html } = await app.post('/experiments', { testId: 'no-such-test' });
    expect(status).toBe(404);
    expect(html).toContain('id="start-test-error">Unknown fit test &quot;no-such-test&quot;.</p>');
    const blank = await app.post('/experiments', { testId: '' });
    expect(blank.status).toBe(400);
    expect(blank.html).toContain('id="start-test-error">Choose a fit test from the list.</p>');
    expect(await app.deps.journal.experiments()).toEqual([]);
  });
});

describe('logging a check-in', () => {
  it('saves progress and enjoyment from the dashboard and goes back to it', async () => {
    const app = current();
    const { id } = await startTest(app);
    const dashboard = await app.get('/experiments');
    // Two clicks: a progress radio, then an enjoyment button that submits.
    expect(dashboard.html).toContain('<input type="radio" name="progress" value="3" required=""/>');
    expect(dashboard.html).toContain(
      '<button type="submit" class="rating-button" name="enjoyment" value="2">2 somewhat</button>',
    );
    expect(dashboard.html).toContain('<button type="submit" disabled="" hidden="">');
    const page = await app.post(`/experiments/${id}/check-ins`, {
      from: 'dashboard',
      progress: '3',
      enjoyment: '2',
      hours: '1.5',
      note: MARKUP,
    });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/experiments?done=logged#experiment-${id}`);
    const [checkIn] = (await app.deps.journal.experiment(id)).checkIns;
    expect(checkIn).toMatchObject({
      progress: 3,
      enjoyment: 2,
      hours: 1.5,
      note: MARKUP,
      date: app.deps.journal.today(),
    });
    const { html } = await app.get('/experiments?done=logged');
    expect(html).toContain('Check-in saved.');
    expect(html).toContain('1 check-in');
    const detail = await app.get(`/experiments/${id}`);
    expect(detail.html).toContain(`<td class="notes-text">${escaped(MARKUP)}</td>`);
    expect(detail.html).not.toContain('<script>alert');
  });

  it('goes back to the experiment page when posted from there', async () => {
    const app = current();
    const { id } = await startTest(app);
    const page = await app.post(`/experiments/${id}/check-ins`, {
      from: 'experiment',
      progress: '1',
      enjoyment: '4',
    });
    expect(page.headers.get('location')).toBe(`/experiments/${id}?done=logged`);
    const other = await app.post(`/experiments/${id}/check-ins`, {
      from: 'https://evil.example',
      progress: '1',
      enjoyment: '4',
    });
    expect(other.headers.get('location')).toBe(`/experiments/${id}?done=logged`);
  });

  it('refuses a check-in without progress, keeping the note and naming the field', async () => {
    const app = current();
    const { id } = await startTest(app);
    const { status, html } = await app.post(`/experiments/${id}/check-ins`, {
      from: 'dashboard',
      enjoyment: '3',
      note: 'kept <i>note</i>',
    });
    expect(status).toBe(400);
    expect(html).toContain(
      `<p class="field-error" id="check-in-${id}-progress-error">Choose how well it went, from 0 (stalled) to 4 (fast progress).</p>`,
    );
    expect(html).toContain(`>${escaped('kept <i>note</i>')}</textarea>`);
    expect(html).toContain('<details class="check-in-extras" open="">');
    expect(html).toContain('class="rating-button chosen" name="enjoyment" value="3"');
    expect((await app.deps.journal.experiment(id)).checkIns).toEqual([]);
  });

  it('refuses a date in the future on the experiment page, naming the date field', async () => {
    const app = current();
    const { id } = await startTest(app);
    const future = addDays(app.deps.journal.today(), 3);
    const { status, html } = await app.post(`/experiments/${id}/check-ins`, {
      from: 'experiment',
      progress: '2',
      enjoyment: '2',
      date: future,
    });
    expect(status).toBe(400);
    expect(html).toContain(`id="check-in-${id}-date-error">Date: &quot;${future}&quot; is in the future`);
    expect(html).toContain(`value="${future}"`);
    expect(html).toContain('<input type="radio" name="progress" value="2" required="" checked=""/>');
    expect((await app.deps.journal.experiment(id)).checkIns).toEqual([]);
  });

  it('answers a check-in to a finished experiment with 409 and a clear message', async () => {
    const app = current();
    const { id } = await startTest(app);
    await app.deps.journal.finishExperiment(id, {});
    for (const from of ['dashboard', 'experiment']) {
      const { status, html } = await app.post(`/experiments/${id}/check-ins`, {
        from,
        progress: '2',
        enjoyment: '2',
      });
      expect(status).toBe(409);
      expect(html).toContain('id="problem-notice"');
      expect(html).toContain('so it takes no more check-ins');
    }
    expect((await app.deps.journal.experiment(id)).checkIns).toEqual([]);
  });

  it('answers a check-in to an unknown experiment with 404', async () => {
    const { status, html } = await current().post('/experiments/nope/check-ins', {
      progress: '2',
      enjoyment: '2',
    });
    expect(status).toBe(404);
    expect(html).toContain('No experiment has the id “nope”');
  });
});

describe('finishing and deleting', () => {
  it('finishes with a reflection, shown escaped, and takes the forms away', async () => {
    const app = current();
    const { id } = await startTest(app);
    const page = await app.post(`/experiments/${id}/finish`, { reflection: MARKUP });
    expect(page.headers.get('location')).toBe(`/experiments/${id}?done=finished`);
    expect(page.status).toBe(303);
    const { html } = await app.get(`/experiments/${id}`);
    expect(html).toContain(`<p class="notes-text">${escaped(MARKUP)}</p>`);
    expect(html).not.toContain('id="finish-form"');
    expect(html).not.toContain(`action="/experiments/${id}/check-ins"`);
    const again = await app.post(`/experiments/${id}/finish`, { reflection: 'again' });
    expect(again.status).toBe(409);
    expect(again.html).toContain('cannot be finished again');
    expect((await app.deps.journal.experiment(id)).reflection).toBe(MARKUP);
  });

  it('refuses a finishing date in the future, keeping the reflection', async () => {
    const app = current();
    const { id } = await startTest(app);
    const future = addDays(app.deps.journal.today(), 1);
    const { status, html } = await app.post(`/experiments/${id}/finish`, {
      reflection: 'kept',
      finishedOn: future,
    });
    expect(status).toBe(400);
    expect(html).toContain(`id="finish-date-error">Finished on: &quot;${future}&quot; is in the future`);
    expect(html).toContain('>kept</textarea>');
    expect((await app.deps.journal.experiment(id)).status).toBe('active');
  });

  it('asks before deleting, then deletes and redirects to the dashboard', async () => {
    const app = current();
    const { id, title } = await startTest(app);
    const confirm = await app.get(`/experiments/${id}/delete`);
    expect(confirm.status).toBe(200);
    expect(confirm.html).toContain(`<h1>Delete “${escaped(title)}”?</h1>`);
    const page = await app.post(`/experiments/${id}/delete`, {});
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/experiments?done=deleted');
    expect(await app.deps.journal.experiments()).toEqual([]);
    expect((await app.post(`/experiments/${id}/delete`, {})).status).toBe(404);
    expect((await app.get(`/experiments/${id}`)).status).toBe(404);
    expect((await app.get(`/experiments/${id}/delete`)).status).toBe(404);
  });
});

describe('the same-origin rule', () => {
  it('refuses form posts from other sites on every experiment route and changes nothing', async () => {
    const app = current();
    const { id } = await startTest(app);
    const posts: [string, Record<string, string>][] = [
      ['/experiments', { testId: TEST_ID }],
      [`/experiments/${id}/check-ins`, { progress: '2', enjoyment: '2' }],
      [`/experiments/${id}/finish`, { reflection: 'x' }],
      [`/experiments/${id}/delete`, {}],
    ];
    for (const headers of CROSS_SITE_HEADERS) {
      for (const [path, fields] of posts) {
        const { status, html } = await app.post(path, fields, headers);
        expect(status, path).toBe(403);
        expect(html).toContain('This form was not sent from Lever');
      }
    }
    const [only] = await app.deps.journal.experiments();
    expect(only).toMatchObject({ id, status: 'active', checkIns: [] });
    expect(await app.deps.journal.experiments()).toHaveLength(1);
  });
});

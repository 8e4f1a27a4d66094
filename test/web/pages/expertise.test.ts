/**
 * Governance expertise plans as pages: the claim button on a topic's library page, the six-month
 * timeline with dated milestones, readings and checks, the weekly check-in, and the milestones
 * as an iCalendar download.
 */
import { describe, expect, it } from 'vitest';
import { addDays, addWeeks } from '../../../src/core/journal/dates.js';
import { escaped, hrefs, usePagesApp } from './harness.js';
import { CROSS_SITE_HEADERS, redirectedId, startTest, TOPIC_ID } from './journal-builders.js';

const current = usePagesApp();

describe('claiming a topic', () => {
  it('offers the claim on the topic’s page, starts the plan, then links the page to it', async () => {
    const app = current();
    const before = await app.get(`/library/${TOPIC_ID}`);
    expect(before.html).toContain(
      '<form class="claim-topic" id="claim-topic" method="post" action="/expertise">',
    );
    expect(before.html).toContain(`<input type="hidden" name="topicId" value="${TOPIC_ID}"/>`);
    const page = await app.post('/expertise', { topicId: TOPIC_ID });
    const id = redirectedId(page, '/expertise/');
    expect(page.headers.get('location')).toBe(`/expertise/${id}?done=claimed`);
    expect(await app.deps.journal.experiment(id)).toMatchObject({
      kind: 'expertise',
      topicId: TOPIC_ID,
      weeks: 26,
    });
    const after = await app.get(`/library/${TOPIC_ID}`);
    expect(after.html).not.toContain('action="/expertise"');
    expect(hrefs(after.html)).toContain(`/expertise/${id}`);
  });

  it('claims a topic from an earlier day, the milestones dated from then', async () => {
    const app = current();
    const today = app.deps.journal.today();
    const { html: page } = await app.get(`/library/${TOPIC_ID}`);
    const form = page.slice(page.indexOf('<form class="claim-topic"'));
    expect(form.slice(0, form.indexOf('</form>'))).toContain(
      `<input type="date" id="claim-started" name="startedOn" min="1970-01-01" max="${addDays(today, 366)}" value="${today}" aria-describedby="claim-hint"/>`,
    );
    const startedOn = addWeeks(today, -3);
    const id = redirectedId(await app.post('/expertise', { topicId: TOPIC_ID, startedOn }), '/expertise/');
    expect(await app.deps.journal.experiment(id)).toMatchObject({ topicId: TOPIC_ID, startedOn });
    expect((await app.get(`/expertise/${id}`)).html).toContain('3 of 26 weeks done');
  });

  it('refuses a claim dated out of range on the topic’s page, next to the date, claiming nothing', async () => {
    const app = current();
    const { status, html } = await app.post('/expertise', { topicId: TOPIC_ID, startedOn: '1900-01-01' });
    expect(status).toBe(400);
    expect(html).toContain('<form class="claim-topic" id="claim-topic" method="post" action="/expertise">');
    expect(html).toContain(
      '<p class="field-error" id="claim-started-error">Started on: &quot;1900-01-01&quot; is out of range;',
    );
    expect(html).toMatch(
      /id="claim-started"[^>]*value="1900-01-01" aria-describedby="claim-started-error claim-hint" aria-invalid="true" autofocus=""/,
    );
    expect(await app.deps.journal.experiments()).toEqual([]);
  });

  it('answers a second claim of the same topic with its page, which leads to the running plan', async () => {
    const app = current();
    const first = await app.deps.journal.claimTopic({ topicId: TOPIC_ID });
    const { status, html } = await app.post('/expertise', { topicId: TOPIC_ID });
    expect(status).toBe(409);
    expect(hrefs(html)).toContain(`/expertise/${first.id}`);
    expect(await app.deps.journal.experiments()).toHaveLength(1);
  });

  it('refuses a topic that does not exist (404) or none at all (400), claiming nothing', async () => {
    const app = current();
    expect((await app.post('/expertise', { topicId: 'no-such-topic' })).status).toBe(404);
    expect((await app.post('/expertise', {})).status).toBe(400);
    for (const headers of CROSS_SITE_HEADERS) {
      expect((await app.post('/expertise', { topicId: TOPIC_ID }, headers)).status).toBe(403);
    }
    expect(await app.deps.journal.experiments()).toEqual([]);
  });
});

describe('the timeline', () => {
  it('shows every milestone with its date and status, readings, checks, progress and the check-in form', async () => {
    const app = current();
    const claimed = await app.deps.journal.claimTopic({ topicId: TOPIC_ID });
    const { plan } = await app.deps.journal.expertise(claimed.id);
    const { status, html } = await app.get(`/expertise/${claimed.id}?done=claimed`);
    expect(status).toBe(200);
    expect(html).toContain(`<h1>${escaped(plan.topicTitle)}</h1>`);
    expect(html).toContain('Topic claimed.');
    for (const milestone of plan.milestones) {
      expect(html).toContain(`id="milestone-${milestone.id}"`);
      expect(html).toContain(`<time datetime="${milestone.date}">${milestone.date}</time>`);
      expect(html).toContain(`<h3>${escaped(milestone.title)}</h3>`);
      for (const resource of milestone.resources)
        if (resource.url) expect(hrefs(html)).toContain(resource.url);
    }
    // Started today: the first milestone is this week or ahead, none has gone by.
    expect(html).not.toContain('milestone milestone-past');
    expect(html).toContain('<progress id="plan-progress" class="plan-progress" max="26" value="0">');
    for (const check of plan.checks) expect(hrefs(html)).toContain(`/library/${check.principle}`);
    expect(html).toContain(`action="/experiments/${claimed.id}/check-ins"`);
    expect(html).toContain('<input type="hidden" name="from" value="expertise"/>');
    expect(hrefs(html)).toContain(`/expertise/${claimed.id}.ics`);
  });

  it('marks milestones whose date has gone by', async () => {
    const app = current();
    const startedOn = addWeeks(app.deps.journal.today(), -10);
    const claimed = await app.deps.journal.claimTopic({ topicId: TOPIC_ID, startedOn });
    const { html } = await app.get(`/expertise/${claimed.id}`);
    expect(html).toContain('milestone milestone-past');
    expect(html).toContain('10 of 26 weeks done');
  });

  it('logs a check-in from the timeline and comes back to it; a refused one shows its field there', async () => {
    const app = current();
    const { id } = await app.deps.journal.claimTopic({ topicId: TOPIC_ID });
    const saved = await app.post(`/experiments/${id}/check-ins`, {
      from: 'expertise',
      progress: '2',
      enjoyment: '3',
    });
    expect(saved.headers.get('location')).toBe(`/expertise/${id}?done=logged`);
    const refused = await app.post(`/experiments/${id}/check-ins`, {
      from: 'expertise',
      progress: '9',
      enjoyment: '3',
    });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain(
      `id="check-in-${id}-progress-error">Progress: at most 4 allowed; you gave 9.</p>`,
    );
    expect(refused.html).toContain('Six-month expertise plan');
    expect((await app.deps.journal.experiment(id)).checkIns).toHaveLength(1);
  });

  it('downloads the milestones as an iCalendar file', async () => {
    const app = current();
    const { id } = await app.deps.journal.claimTopic({ topicId: TOPIC_ID });
    const { plan } = await app.deps.journal.expertise(id);
    const response = await app.app.request(`/expertise/${id}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="lever-expertise-plan.ics"',
    );
    const text = await response.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    for (const milestone of plan.milestones) expect(text).toContain(`UID:${id}-${milestone.id}@lever`);
  });

  it('answers 404 for an id that is not a claimed topic', async () => {
    const app = current();
    const test = await startTest(app);
    for (const path of [`/expertise/${test.id}`, '/expertise/nope', '/expertise/nope.ics']) {
      expect((await app.get(path)).status, path).toBe(404);
    }
  });
});

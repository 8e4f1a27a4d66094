/**
 * POST /api/v1/topics/{id}/claim and GET /api/v1/experiments/{id}/expertise: claiming a governance
 * topic starts a six-month plan, and the plan's view shows where the person stands in it.
 */
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../src/core/journal/schema.js';
import type { ExpertiseView } from '../../../src/web/api/journal-schemas.js';
import { MAX_BODY_BYTES } from '../../../src/web/http/body.js';
import { errorOf, jsonInit, useTestApp } from './harness.js';
import { API, claimTopic, getJson, logCheckIn, startExperiment, TODAY } from './journal-requests.js';

const TOPIC = 'global-gpu-tracking';

describe('POST /api/v1/topics/{id}/claim', () => {
  const current = useTestApp({ today: TODAY });

  it('claims a topic with no body: 201, a Location that answers, a 26-week plan from today', async () => {
    const t = current();
    const response = await t.app.request(`${API}/topics/${TOPIC}/claim`, { method: 'POST' });
    expect(response.status).toBe(201);
    const claimed = (await response.json()) as Experiment;
    expect(claimed).toMatchObject({
      kind: 'expertise',
      testId: null,
      topicId: TOPIC,
      path: 'governance-research',
      weeks: 26,
      startedOn: TODAY,
      dueOn: '2030-07-16',
      status: 'active',
    });
    expect(response.headers.get('location')).toBe(`${API}/experiments/${claimed.id}`);
    expect(await getJson(t, `/experiments/${claimed.id}`)).toEqual(claimed);
  });

  it('starts on the day given', async () => {
    const claimed = await claimTopic(current(), TOPIC, { startedOn: '2030-01-01' });
    expect(claimed).toMatchObject({ startedOn: '2030-01-01', dueOn: '2030-07-02' });
  });

  it('answers an unknown topic with 404 and the closest ids, and claims nothing', async () => {
    const t = current();
    const response = await t.app.request(`${API}/topics/global-gpu-trackin/claim`, { method: 'POST' });
    expect(response.status).toBe(404);
    const error = await errorOf(response);
    expect(error.suggestions).toContain(TOPIC);
    expect(await t.store.listExperiments()).toEqual([]);
  });

  it.each([
    ['an impossible date', jsonInit('POST', { startedOn: '2026-13-40' }), 400, 'startedOn'],
    ['the topic in the body too', jsonInit('POST', { topicId: 'proof-of-learning' }), 400, ''],
    ['a body that is not an object', jsonInit('POST', '"soon"'), 400, ''],
    ['malformed JSON', jsonInit('POST', '{"startedOn"'), 400, undefined],
    ['text/plain', jsonInit('POST', { startedOn: '2030-01-01' }, 'text/plain'), 415, undefined],
    ['a huge body', jsonInit('POST', { startedOn: 'x'.repeat(MAX_BODY_BYTES) }), 413, undefined],
  ])('rejects %s and claims nothing', async (_, init, status, path) => {
    const t = current();
    const response = await t.app.request(`${API}/topics/${TOPIC}/claim`, init);
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    if (path !== undefined) expect(error.issues.map((issue) => issue.path)).toContain(path);
    expect(await t.store.listExperiments()).toEqual([]);
  });
});

describe('GET /api/v1/experiments/{id}/expertise', () => {
  const current = useTestApp({ today: TODAY });

  it('gives the experiment, its dated plan and the progress through it as of today', async () => {
    const t = current();
    const claimed = await claimTopic(t, TOPIC, { startedOn: '2030-01-01' });
    await logCheckIn(t, claimed.id, { date: '2030-01-08', hours: 5, progress: 2, enjoyment: 3 });
    const view = await getJson<ExpertiseView>(t, `/experiments/${claimed.id}/expertise`);
    expect(view.experiment.checkIns).toHaveLength(1);
    expect(view.plan).toMatchObject({ topicId: TOPIC, startedOn: '2030-01-01' });
    expect(view.plan.milestones[0]?.date).toBe('2030-01-01');
    expect(view.plan.milestones.every((m) => m.date >= '2030-01-01' && m.date <= view.plan.dueOn)).toBe(true);
    expect(view.progress).toMatchObject({
      asOf: TODAY,
      finished: false,
      weeksElapsed: 2,
      weeksTotal: 26,
      checkIns: 1,
      hoursLogged: 5,
      lastCheckIn: '2030-01-08',
    });
    expect(view.progress.next?.date && view.progress.next.date >= TODAY).toBe(true);
  });

  it('moves with the day', async () => {
    const t = current();
    const claimed = await claimTopic(t, TOPIC, { startedOn: '2030-01-01' });
    t.setToday('2030-03-01');
    const view = await getJson<ExpertiseView>(t, `/experiments/${claimed.id}/expertise`);
    expect(view.progress).toMatchObject({ asOf: '2030-03-01', weeksElapsed: 8 });
  });

  it('answers a fit test with 400: it has no expertise plan', async () => {
    const t = current();
    const started = await startExperiment(t);
    const response = await t.app.request(`${API}/experiments/${started.id}/expertise`);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('not a claimed governance topic');
  });

  it('answers an unknown experiment with 404', async () => {
    expect((await current().app.request(`${API}/experiments/nothing/expertise`)).status).toBe(404);
  });
});

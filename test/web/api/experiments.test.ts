/** /api/v1/experiments: starting, listing, reading and deleting fit experiments, in the real SQLite store. */
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../src/core/journal/schema.js';
import { MAX_BODY_BYTES } from '../../../src/web/http/body.js';
import { errorOf, jsonInit, useTestApp } from './harness.js';
import {
  API,
  CATALOGUE_TEST,
  getJson,
  logCheckIn,
  ownExperimentBody,
  startExperiment,
  TODAY,
} from './journal-requests.js';

describe('POST /api/v1/experiments', () => {
  const current = useTestApp({ today: TODAY });

  it('starts a catalogue test today: 201, a Location that answers, and the test resolved', async () => {
    const t = current();
    const response = await t.app.request(`${API}/experiments`, jsonInit('POST', { testId: CATALOGUE_TEST }));
    expect(response.status).toBe(201);
    const started = (await response.json()) as Experiment;
    expect(started).toMatchObject({
      kind: 'fit-test',
      testId: CATALOGUE_TEST,
      topicId: null,
      path: 'alignment-research',
      direction: 'mechanistic-interpretability',
      weeks: 3,
      startedOn: TODAY,
      dueOn: '2030-02-05',
      status: 'active',
      finishedOn: null,
      reflection: null,
      checkIns: [],
    });
    expect(response.headers.get('location')).toBe(`${API}/experiments/${started.id}`);
    expect(await getJson(t, `/experiments/${started.id}`)).toEqual(started);
  });

  it('starts an experiment of the person’s own design on the day given', async () => {
    const started = await startExperiment(current(), ownExperimentBody({ startedOn: '2030-01-10' }));
    expect(started).toMatchObject({
      testId: null,
      title: 'Write a policy memo on chip exports',
      path: 'policy',
      weeks: 2,
      startedOn: '2030-01-10',
      dueOn: '2030-01-24',
      deliverable: null,
    });
  });

  it('answers an unknown catalogue test with 404 and the closest ids, and starts nothing', async () => {
    const t = current();
    const response = await t.app.request(
      `${API}/experiments`,
      jsonInit('POST', { testId: 'replicate-interpretability-reslt' }),
    );
    expect(response.status).toBe(404);
    const error = await errorOf(response);
    expect(error.code).toBe('not_found');
    expect(error.suggestions).toContain(CATALOGUE_TEST);
    expect(await t.store.listExperiments()).toEqual([]);
  });

  it.each([
    ['an impossible date', { testId: CATALOGUE_TEST, startedOn: '2026-13-40' }, 'startedOn'],
    ['weeks as a string', ownExperimentBody({ weeks: 'two' }), 'weeks'],
    ['more weeks than a fit test may take', ownExperimentBody({ weeks: 13 }), 'weeks'],
    ['an unknown path', ownExperimentBody({ path: 'astrology' }), 'path'],
    ['a blank title', ownExperimentBody({ title: '   ' }), 'title'],
    ['an unknown field', { testId: CATALOGUE_TEST, colour: 'red' }, ''],
    ['a list instead of an object', [CATALOGUE_TEST], ''],
  ])('rejects %s with 400 naming the field, and starts nothing', async (_, body, path) => {
    const t = current();
    const response = await t.app.request(`${API}/experiments`, jsonInit('POST', body));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
    expect(await t.store.listExperiments()).toEqual([]);
  });

  it('rejects malformed JSON with 400, text/plain with 415 and a huge body with 413', async () => {
    const t = current();
    const post = (init: RequestInit) => t.app.request(`${API}/experiments`, init);
    expect((await post(jsonInit('POST', '{"testId": '))).status).toBe(400);
    expect((await post(jsonInit('POST', { testId: CATALOGUE_TEST }, 'text/plain'))).status).toBe(415);
    const huge = ownExperimentBody({ deliverable: 'x'.repeat(MAX_BODY_BYTES) });
    const tooLarge = await post(jsonInit('POST', huge));
    expect(tooLarge.status).toBe(413);
    expect((await errorOf(tooLarge)).code).toBe('payload_too_large');
    expect(await t.store.listExperiments()).toEqual([]);
  });
});

describe('GET and DELETE /api/v1/experiments/{id}', () => {
  const current = useTestApp({ today: TODAY });

  it('lists every experiment, most recently started first', async () => {
    const t = current();
    expect(await getJson(t, '/experiments')).toEqual([]);
    const older = await startExperiment(t, { testId: CATALOGUE_TEST, startedOn: '2030-01-02' });
    const newer = await startExperiment(t, ownExperimentBody());
    const list = await getJson<Experiment[]>(t, '/experiments');
    expect(list.map((e) => e.id)).toEqual([newer.id, older.id]);
  });

  it('answers an unknown id with 404', async () => {
    const response = await current().app.request(`${API}/experiments/no-such-experiment`);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).message).toContain('no-such-experiment');
  });

  it('deletes with 204 and no body, check-ins and all; deleting again is a 404', async () => {
    const t = current();
    const started = await startExperiment(t);
    await logCheckIn(t, started.id);
    const response = await t.app.request(`${API}/experiments/${started.id}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await t.store.listExperiments()).toEqual([]);
    await getJson(t, `/experiments/${started.id}`, 404);
    const again = await t.app.request(`${API}/experiments/${started.id}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
  });

  it('rejects PUT on an experiment with 405 naming the allowed methods', async () => {
    const started = await startExperiment(current());
    const response = await current().app.request(`${API}/experiments/${started.id}`, jsonInit('PUT', {}));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, DELETE');
  });
});

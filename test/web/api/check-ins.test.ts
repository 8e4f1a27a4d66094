/**
 * POST /api/v1/experiments/{id}/check-ins and /finish: logging and finishing, the date rules, and
 * the guarantee that a refused request (400, 404, 409, 413, 415) leaves the experiment as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../src/core/journal/schema.js';
import { MAX_BODY_BYTES } from '../../../src/web/http/body.js';
import { errorOf, jsonInit, type TestApp, useTestApp } from './harness.js';
import {
  API,
  checkInBody,
  finishExperiment,
  getJson,
  logCheckIn,
  startExperiment,
  TODAY,
} from './journal-requests.js';

/** Text a person might type: markup, an emoji with a joiner, other scripts, a combining accent. */
const HTML_NOTE = '<script>alert("hi")</script> & <b>bold</b> | # not a heading';
const UNICODE_NOTE = 'Fortschritt 👩🏽‍💻 — 進捗あり, تقدم, café (e\u0301) 𝔣𝔦𝔱';

/** Posts to an experiment's sub-route and returns the response, unread. */
async function post(
  t: TestApp,
  id: string,
  route: 'check-ins' | 'finish',
  init: RequestInit,
): Promise<Response> {
  return await t.app.request(`${API}/experiments/${id}/${route}`, init);
}

/** Runs `refused` against a fresh experiment with one check-in and checks nothing changed. */
async function expectUnchanged(t: TestApp, refused: (id: string) => Promise<Response>, status: number) {
  const started = await startExperiment(t, { testId: 'arena-first-part', startedOn: '2030-01-08' });
  const before = await logCheckIn(t, started.id, checkInBody({ date: '2030-01-10' }));
  const response = await refused(started.id);
  expect(response.status).toBe(status);
  const error = await errorOf(response);
  expect(await getJson(t, `/experiments/${started.id}`)).toEqual(before);
  return error;
}

describe('POST /api/v1/experiments/{id}/check-ins', () => {
  const current = useTestApp({ today: TODAY });

  it('logs a check-in dated today and answers with the updated experiment', async () => {
    const t = current();
    const started = await startExperiment(t);
    const updated = await logCheckIn(t, started.id);
    expect(updated.checkIns).toEqual([
      expect.objectContaining({
        date: TODAY,
        hours: 6,
        progress: 3,
        enjoyment: 2,
        note: 'got the first plots',
      }),
    ]);
    expect(updated.updatedAt >= started.updatedAt).toBe(true);
    expect(await getJson(t, `/experiments/${started.id}`)).toEqual(updated);
  });

  it('takes an earlier day and keeps check-ins oldest first; hours and note may be left out', async () => {
    const t = current();
    const started = await startExperiment(t, { testId: 'arena-first-part', startedOn: '2030-01-08' });
    await logCheckIn(t, started.id, checkInBody({ date: '2030-01-14' }));
    const updated = await logCheckIn(t, started.id, { date: '2030-01-08', progress: 0, enjoyment: 4 });
    expect(updated.checkIns.map((c) => [c.date, c.hours, c.note])).toEqual([
      ['2030-01-08', null, null],
      ['2030-01-14', 6, 'got the first plots'],
    ]);
  });

  it.each([
    ['progress 7', checkInBody({ progress: 7 }), 'progress'],
    ['a missing enjoyment', { progress: 2 }, 'enjoyment'],
    ['a rating that is not whole', checkInBody({ enjoyment: 2.5 }), 'enjoyment'],
    ['an impossible date', checkInBody({ date: '2026-13-40' }), 'date'],
    ['hours as a string', checkInBody({ hours: 'six' }), 'hours'],
    ['negative hours', checkInBody({ hours: -1 }), 'hours'],
    ['a note over the limit', checkInBody({ note: 'x'.repeat(5001) }), 'note'],
    ['an unknown field', checkInBody({ mood: 'good' }), ''],
    ['a day before the experiment started', checkInBody({ date: '2030-01-07' }), 'date'],
    ['a day in the future', checkInBody({ date: '2030-01-16' }), 'date'],
  ])('rejects %s with 400 naming the field, and logs nothing', async (_, body, path) => {
    const t = current();
    const error = await expectUnchanged(t, (id) => post(t, id, 'check-ins', jsonInit('POST', body)), 400);
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
  });

  it('says which days are allowed when the date is out of range', async () => {
    const t = current();
    const error = await expectUnchanged(
      t,
      (id) => post(t, id, 'check-ins', jsonInit('POST', checkInBody({ date: '2030-01-01' }))),
      400,
    );
    expect(error.issues).toEqual([
      { path: 'date', message: expect.stringContaining('from 2030-01-08 to 2030-01-15') },
    ]);
  });

  it('refuses text/plain with 415, a huge body with 413 and malformed JSON with 400, logging nothing', async () => {
    const t = current();
    const plain = jsonInit('POST', checkInBody(), 'text/plain');
    await expectUnchanged(t, (id) => post(t, id, 'check-ins', plain), 415);
    const huge = jsonInit('POST', checkInBody({ note: 'x'.repeat(MAX_BODY_BYTES) }));
    await expectUnchanged(t, (id) => post(t, id, 'check-ins', huge), 413);
    await expectUnchanged(t, (id) => post(t, id, 'check-ins', jsonInit('POST', '{"progress": 3')), 400);
    await expectUnchanged(t, (id) => post(t, id, 'check-ins', { method: 'POST' }), 415);
  });

  it('answers an unknown experiment with 404', async () => {
    const t = current();
    const response = await post(t, 'nothing-here', 'check-ins', jsonInit('POST', checkInBody()));
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not_found');
  });

  it('refuses to log to a finished experiment with 409, changing nothing', async () => {
    const t = current();
    const started = await startExperiment(t);
    const finished = await finishExperiment(t, started.id, { reflection: 'done' });
    const response = await post(t, started.id, 'check-ins', jsonInit('POST', checkInBody()));
    expect(response.status).toBe(409);
    const error = await errorOf(response);
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('finished');
    expect(await getJson(t, `/experiments/${started.id}`)).toEqual(finished);
  });

  it('returns HTML in a note verbatim (it is data) and keeps any Unicode exactly', async () => {
    const t = current();
    const started = await startExperiment(t);
    await logCheckIn(t, started.id, checkInBody({ note: HTML_NOTE }));
    const response = await t.app.request(`${API}/experiments/${started.id}`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('<script>alert(\\"hi\\")</script>');
    await logCheckIn(t, started.id, checkInBody({ note: UNICODE_NOTE }));
    const read = await getJson<Experiment>(t, `/experiments/${started.id}`);
    expect(read.checkIns.map((c) => c.note)).toEqual([HTML_NOTE, UNICODE_NOTE]);
  });
});

describe('POST /api/v1/experiments/{id}/finish', () => {
  const current = useTestApp({ today: TODAY });

  it('finishes today with a reflection, trimmed', async () => {
    const t = current();
    const started = await startExperiment(t);
    const finished = await finishExperiment(t, started.id, { reflection: '  liked the debugging  ' });
    expect(finished).toMatchObject({
      status: 'finished',
      finishedOn: TODAY,
      reflection: 'liked the debugging',
    });
    expect(await getJson(t, `/experiments/${started.id}`)).toEqual(finished);
  });

  it('needs no body at all, or an empty one', async () => {
    const t = current();
    const first = await startExperiment(t);
    const response = await post(t, first.id, 'finish', { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'finished', finishedOn: TODAY, reflection: null });
    const second = await startExperiment(t);
    const empty = await post(t, second.id, 'finish', jsonInit('POST', ''));
    expect(empty.status).toBe(200);
  });

  it('takes an earlier day', async () => {
    const t = current();
    const started = await startExperiment(t, { testId: 'arena-first-part', startedOn: '2030-01-01' });
    expect(await finishExperiment(t, started.id, { finishedOn: '2030-01-12' })).toMatchObject({
      finishedOn: '2030-01-12',
    });
  });

  it.each([
    ['a reflection that is not text', { reflection: 42 }, 'reflection'],
    ['an impossible date', { finishedOn: '2026-13-40' }, 'finishedOn'],
    ['a day before the start', { finishedOn: '2030-01-07' }, 'finishedOn'],
    ['a day in the future', { finishedOn: '2030-02-01' }, 'finishedOn'],
    ['an unknown field', { verdict: 'pivot' }, ''],
  ])('rejects %s with 400 naming the field, and finishes nothing', async (_, body, path) => {
    const t = current();
    const error = await expectUnchanged(t, (id) => post(t, id, 'finish', jsonInit('POST', body)), 400);
    expect(error.issues.map((issue) => issue.path)).toContain(path);
  });

  it('refuses a body sent as text/plain with 415 and a huge one with 413', async () => {
    const t = current();
    const plain = jsonInit('POST', { reflection: 'x' }, 'text/plain');
    await expectUnchanged(t, (id) => post(t, id, 'finish', plain), 415);
    const huge = jsonInit('POST', { reflection: 'x'.repeat(MAX_BODY_BYTES) });
    await expectUnchanged(t, (id) => post(t, id, 'finish', huge), 413);
  });

  it('refuses to finish a finished experiment again with 409, changing nothing', async () => {
    const t = current();
    const started = await startExperiment(t, { testId: 'arena-first-part', startedOn: '2030-01-01' });
    const finished = await finishExperiment(t, started.id, { finishedOn: '2030-01-10', reflection: 'first' });
    const response = await post(t, started.id, 'finish', jsonInit('POST', { reflection: 'second' }));
    expect(response.status).toBe(409);
    expect((await errorOf(response)).message).toContain('2030-01-10');
    expect(await getJson(t, `/experiments/${started.id}`)).toEqual(finished);
  });

  it('answers an unknown experiment with 404', async () => {
    const response = await post(current(), 'nothing-here', 'finish', { method: 'POST' });
    expect(response.status).toBe(404);
  });
});

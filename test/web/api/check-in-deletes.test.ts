/**
 * DELETE /api/v1/experiments/{id}/check-ins/{checkInId}: correcting a mis-logged check-in. The
 * answer is the experiment without it; an unknown experiment or check-in is a 404 naming which, a
 * finished experiment a 409, and a request from another website a 400; none of them changes anything.
 */
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../src/core/journal/schema.js';
import { errorOf, type TestApp, useTestApp } from './harness.js';
import {
  API,
  checkInBody,
  finishExperiment,
  getJson,
  logCheckIn,
  startExperiment,
  TODAY,
} from './journal-requests.js';

/** Sends the DELETE for one check-in of one experiment, with extra headers if given. */
function deleteCheckIn(
  t: TestApp,
  id: string,
  checkInId: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const path = `${API}/experiments/${encodeURIComponent(id)}/check-ins/${encodeURIComponent(checkInId)}`;
  return Promise.resolve(t.app.request(path, { method: 'DELETE', headers }));
}

/** An experiment started on 8 January with two check-ins: a right one, then a mis-logged one. */
async function withTwoCheckIns(
  t: TestApp,
): Promise<{ experiment: Experiment; right: string; wrong: string }> {
  const started = await startExperiment(t, { testId: 'arena-first-part', startedOn: '2030-01-08' });
  await logCheckIn(t, started.id, checkInBody({ date: '2030-01-10', note: 'right' }));
  const experiment = await logCheckIn(t, started.id, checkInBody({ progress: 0, note: 'mis-logged' }));
  const [right, wrong] = experiment.checkIns.map((c) => c.id);
  if (right === undefined || wrong === undefined) throw new Error('expected two check-ins');
  return { experiment, right, wrong };
}

describe('DELETE /api/v1/experiments/{id}/check-ins/{checkInId}', () => {
  const current = useTestApp({ today: TODAY });

  it('deletes only that check-in and answers 200 with the updated experiment', async () => {
    const t = current();
    const { experiment, wrong } = await withTwoCheckIns(t);
    const response = await deleteCheckIn(t, experiment.id, wrong);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const updated = (await response.json()) as Experiment;
    expect(updated.checkIns.map((c) => c.note)).toEqual(['right']);
    expect(updated.updatedAt >= experiment.updatedAt).toBe(true);
    expect(await getJson(t, `/experiments/${experiment.id}`)).toEqual(updated);
  });

  it('answers 404 naming the experiment or the check-in it does not have, deleting nothing', async () => {
    const t = current();
    const { experiment, right } = await withTwoCheckIns(t);
    const other = await logCheckIn(t, (await startExperiment(t)).id);
    const othersCheckIn = other.checkIns[0]?.id ?? '';

    const noExperiment = await deleteCheckIn(t, 'nothing-here', right);
    expect(noExperiment.status).toBe(404);
    expect(await errorOf(noExperiment)).toMatchObject({
      code: 'not_found',
      message: 'no experiment has the id "nothing-here"',
    });
    for (const checkInId of ['nothing-here', othersCheckIn]) {
      const noCheckIn = await deleteCheckIn(t, experiment.id, checkInId);
      expect(noCheckIn.status).toBe(404);
      const error = await errorOf(noCheckIn);
      expect(error.code).toBe('not_found');
      expect(error.message).toBe(
        `experiment "${experiment.id}" has no check-in with the id ${JSON.stringify(checkInId)}`,
      );
    }
    expect(await getJson(t, `/experiments/${experiment.id}`)).toEqual(experiment);
    expect(await getJson(t, `/experiments/${other.id}`)).toEqual(other);
  });

  it('answers 404 the second time the same check-in is deleted', async () => {
    const t = current();
    const { experiment, wrong } = await withTwoCheckIns(t);
    expect((await deleteCheckIn(t, experiment.id, wrong)).status).toBe(200);
    expect((await deleteCheckIn(t, experiment.id, wrong)).status).toBe(404);
  });

  it('refuses a check-in of a finished experiment with 409, changing nothing', async () => {
    const t = current();
    const { experiment, wrong } = await withTwoCheckIns(t);
    const finished = await finishExperiment(t, experiment.id, { reflection: 'done' });
    const response = await deleteCheckIn(t, experiment.id, wrong);
    expect(response.status).toBe(409);
    const error = await errorOf(response);
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('finished');
    expect(await getJson(t, `/experiments/${experiment.id}`)).toEqual(finished);
  });

  it('refuses a delete sent from a page of another website, changing nothing', async () => {
    const t = current();
    const { experiment, wrong } = await withTwoCheckIns(t);
    const response = await deleteCheckIn(t, experiment.id, wrong, {
      origin: 'https://elsewhere.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(response.status).toBe(400);
    expect(await getJson(t, `/experiments/${experiment.id}`)).toEqual(experiment);
  });

  it('answers other methods on a check-in with 405, allowing only DELETE', async () => {
    const t = current();
    const { experiment, wrong } = await withTwoCheckIns(t);
    const response = await t.app.request(`${API}/experiments/${experiment.id}/check-ins/${wrong}`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('DELETE');
  });
});

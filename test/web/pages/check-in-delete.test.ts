/**
 * Correcting a mis-logged check-in on the experiment's page: a Delete link per check-in while the
 * experiment runs, a page that asks first, then the deletion and a way back; refused for a finished
 * experiment (409), unknown ids (404) and posts from other sites, with nothing deleted.
 */
import { describe, expect, it } from 'vitest';
import { hrefs, usePagesApp } from './harness.js';
import { CROSS_SITE_HEADERS, logCheckIn, startTest } from './journal-builders.js';

const current = usePagesApp();

async function withTwoCheckIns() {
  const app = current();
  const { id } = await startTest(app);
  await logCheckIn(app, id, { enjoyment: 1 });
  const experiment = await logCheckIn(app, id, { enjoyment: 4, note: 'Mis-tapped' });
  const [kept, mistaken] = experiment.checkIns;
  if (!kept || !mistaken) throw new Error('expected two check-ins');
  const deleteUrl = `/experiments/${id}/check-ins/${mistaken.id}/delete`;
  return { app, id, kept, mistaken, deleteUrl };
}

describe('deleting a check-in from the experiment page', () => {
  it('links each check-in of a running experiment to deleting it', async () => {
    const { app, id, deleteUrl } = await withTwoCheckIns();
    const page = await app.get(`/experiments/${id}`);
    expect(hrefs(page.html)).toContain(deleteUrl);
    expect(page.html).toContain('the check-in of');
  });

  it('asks first, naming the check-in, then deletes it and goes back with a notice', async () => {
    const { app, id, kept, mistaken, deleteUrl } = await withTwoCheckIns();
    const ask = await app.get(deleteUrl);
    expect(ask.status).toBe(200);
    expect(ask.html).toContain(`Delete “the check-in of ${mistaken.date}”?`);
    expect(ask.html).toContain(`action="${deleteUrl}"`);
    expect(hrefs(ask.html)).toContain(`/experiments/${id}`);
    expect((await app.deps.journal.experiment(id)).checkIns).toHaveLength(2);

    const done = await app.post(deleteUrl, {});
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/experiments/${id}?done=unlogged`);
    expect((await app.deps.journal.experiment(id)).checkIns.map((c) => c.id)).toEqual([kept.id]);
    const back = await app.get(`/experiments/${id}?done=unlogged`);
    expect(back.html).toContain('Check-in deleted.');
  });

  it('offers no Delete link once the experiment is finished, and refuses the post with 409', async () => {
    const { app, id, deleteUrl } = await withTwoCheckIns();
    await app.deps.journal.finishExperiment(id, {});
    const page = await app.get(`/experiments/${id}`);
    expect(hrefs(page.html)).not.toContain(deleteUrl);
    const refused = await app.post(deleteUrl, {});
    expect(refused.status).toBe(409);
    expect(refused.html).toContain('Nothing was changed');
    expect((await app.deps.journal.experiment(id)).checkIns).toHaveLength(2);
  });

  it('answers unknown experiments and check-ins with 404, deleting nothing', async () => {
    const { app, id, mistaken } = await withTwoCheckIns();
    for (const url of [
      `/experiments/${id}/check-ins/nope/delete`,
      `/experiments/nope/check-ins/${mistaken.id}/delete`,
    ]) {
      expect((await app.get(url)).status, url).toBe(404);
      expect((await app.post(url, {})).status, url).toBe(404);
    }
    expect((await app.deps.journal.experiment(id)).checkIns).toHaveLength(2);
  });

  it('refuses posts from other sites', async () => {
    const { app, id, deleteUrl } = await withTwoCheckIns();
    for (const headers of CROSS_SITE_HEADERS) {
      const response = await app.app.request(deleteUrl, { method: 'POST', headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await app.deps.journal.experiment(id)).checkIns).toHaveLength(2);
  });
});

/**
 * GET /api/v1/fit and GET /api/v1/profiles/{id}/plan with a journal: which profile the estimates
 * start from, and how fit and plan move as check-ins are logged (while POST /advice stays stateless).
 */
import { describe, expect, it } from 'vitest';
import type { SavedProfile } from '../../../src/store/types.js';
import type { FitView } from '../../../src/web/api/journal-schemas.js';
import { buildProfile } from '../../advice/builders.js';
import { errorOf, jsonInit, type TestApp, useTestApp } from './harness.js';
import { API, checkInBody, getJson, logCheckIn, startExperiment, TODAY } from './journal-requests.js';

async function saveProfile(
  t: TestApp,
  name: string,
  leaning: 'alignment-research' | 'policy',
): Promise<SavedProfile> {
  const response = await t.app.request(
    `${API}/profiles`,
    jsonInit('POST', { name, profile: buildProfile({ leaning }) }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as SavedProfile;
}

/** Four weekly check-ins on a three-week alignment research test started on 2 January. */
async function logAlignmentWork(t: TestApp, ratings: { progress: number; enjoyment: number }) {
  const started = await startExperiment(t, {
    testId: 'replicate-interpretability-result',
    startedOn: '2030-01-01',
  });
  for (const date of ['2030-01-02', '2030-01-07', '2030-01-10', '2030-01-14']) {
    await logCheckIn(t, started.id, checkInBody({ date, hours: 8, ...ratings }));
  }
  return started;
}

const alignment = (view: FitView) => view.report.paths.find((p) => p.id === 'alignment-research');

describe('GET /api/v1/fit', () => {
  const current = useTestApp({ today: TODAY });

  it('starts neutral with no saved profile and nothing logged', async () => {
    const view = await getJson<FitView>(current(), '/fit');
    expect(view.profile).toBeNull();
    expect(view.report.paths).toHaveLength(8);
    expect(view.history).toMatchObject({ version: 1, points: [] });
    const none = { experiments: 0, checkIns: 0, hours: 0 };
    expect(alignment(view)?.evidence).toEqual({ ...none, related: none });
  });

  it('uses the most recently updated saved profile unless one is named', async () => {
    const t = current();
    const research = await saveProfile(t, 'researcher', 'alignment-research');
    t.env.tick();
    const policy = await saveProfile(t, 'policy person', 'policy');
    expect((await getJson<FitView>(t, '/fit')).profile).toEqual({ id: policy.id, name: 'policy person' });
    const named = await getJson<FitView>(t, `/fit?profile=${research.id}`);
    expect(named.profile).toEqual({ id: research.id, name: 'researcher' });
    expect(named.report).not.toEqual((await getJson<FitView>(t, '/fit')).report);
    t.env.tick();
    await t.app.request(`${API}/profiles/${research.id}`, jsonInit('PUT', { name: 'researcher, renamed' }));
    expect((await getJson<FitView>(t, '/fit')).profile?.id).toBe(research.id);
  });

  it('moves the estimates and their history as check-ins come in', async () => {
    const t = current();
    await saveProfile(t, 'me', 'alignment-research');
    const before = await getJson<FitView>(t, '/fit');
    await logAlignmentWork(t, { progress: 4, enjoyment: 4 });
    const after = await getJson<FitView>(t, '/fit');
    expect(alignment(after)?.evidence).toEqual({
      experiments: 1,
      checkIns: 4,
      hours: 32,
      related: { experiments: 0, checkIns: 0, hours: 0 },
    });
    expect(alignment(after)?.good.value).toBeGreaterThan(alignment(before)?.good.value ?? 1);
    expect(alignment(after)?.good.uncertainty).toBeLessThan(alignment(before)?.good.uncertainty ?? 0);
    expect(after.history.start).toEqual(before.history.start);
    expect(after.history.points.map((p) => p.date)).toEqual([
      '2030-01-02',
      '2030-01-07',
      '2030-01-10',
      '2030-01-14',
    ]);
  });

  it.each([
    ['an unknown profile with 404', '?profile=nobody', 404],
    ['an empty profile id with 400', '?profile=', 400],
    ['a repeated profile with 400', '?profile=a&profile=b', 400],
    ['an unknown parameter with 400', '?user=me', 400],
  ])('answers %s', async (_, query, status) => {
    const response = await current().app.request(`${API}/fit${query}`);
    expect(response.status).toBe(status);
    await errorOf(response);
  });
});

describe('GET /api/v1/profiles/{id}/plan with a journal', () => {
  const current = useTestApp({ today: TODAY });

  async function planAndAdvice(t: TestApp, saved: SavedProfile) {
    const plan = await (await t.app.request(`${API}/profiles/${saved.id}/plan`)).text();
    const advice = await (await t.app.request(`${API}/advice`, jsonInit('POST', saved.profile))).text();
    return { plan, advice };
  }

  it('is byte for byte POST /advice while the journal is empty', async () => {
    const t = current();
    const saved = await saveProfile(t, 'me', 'alignment-research');
    const { plan, advice } = await planAndAdvice(t, saved);
    expect(plan).toBe(advice);
  });

  it('changes as the person logs check-ins, while POST /advice stays the same', async () => {
    const t = current();
    const saved = await saveProfile(t, 'me', 'alignment-research');
    const empty = await planAndAdvice(t, saved);
    await logAlignmentWork(t, { progress: 4, enjoyment: 0 });
    const logged = await planAndAdvice(t, saved);
    expect(logged.advice).toBe(empty.advice);
    expect(logged.plan).not.toBe(empty.plan);
    const fitOf = (text: string) =>
      (JSON.parse(text) as { paths: { id: string; fit: number }[] }).paths.find(
        (p) => p.id === 'alignment-research',
      )?.fit;
    expect(fitOf(logged.plan)).toBeLessThan(fitOf(empty.plan) ?? 0);
  });
});

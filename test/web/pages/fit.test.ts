/**
 * The fit page: the current estimates (good at it, enjoy it, each with its uncertainty) and the
 * history always as tables, the chart island only when there is a history to draw, and each
 * signal with its principle; the profile estimates start from, chosen by ?profile=.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/journal/dates.js';
import { escaped, FULL_PROFILE, hrefs, usePagesApp } from './harness.js';
import { logCheckIn, startOwn } from './journal-builders.js';

const current = usePagesApp();

/** The JSON the chart island reads, from the page. */
function chartJson(html: string): { dates: string[]; series: { id: string; fit: number[] }[] } {
  const attribute = /data-chart="([^"]*)"/.exec(html)?.[1];
  if (attribute === undefined) throw new Error('no chart data on the page');
  return JSON.parse(
    attribute
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'"),
  );
}

describe('GET /fit', () => {
  it('without a journal shows where every estimate starts, as tables, and no chart', async () => {
    const { status, html } = await current().get('/fit');
    expect(status).toBe(200);
    expect(html).toContain('id="no-profile"');
    expect(html).toContain('id="no-history"');
    expect(html).not.toContain('fit-chart.js');
    expect(html).toContain('<table class="history-table" aria-label="Fit over time" id="fit-history-table">');
    expect(html.match(/<tr id="estimate-/g)).toHaveLength(8);
    expect(html).toContain('uncertainty');
    // No profile is saved, so nothing claims to come from one.
    expect(html).toContain('<th scope="row">From neutral answers: no saved profile yet</th>');
    expect(html).not.toContain('From your profile');
    expect(html).toContain('<td>neutral answers only</td>');
  });

  it('says apart what rests on the path’s own work and what on related work', async () => {
    const app = current();
    await app.store.createProfile({ name: 'me', profile: FULL_PROFILE });
    const own = await startOwn(app, { path: 'ml-engineering', title: 'Build an eval harness' }, 10);
    const today = app.deps.journal.today();
    for (const date of [addDays(today, -7), today])
      await logCheckIn(app, own.id, { date, progress: 3, enjoyment: 3, hours: 3 });
    const { html } = await app.get('/fit');
    const row = (id: string) =>
      html.slice(
        html.indexOf(`<tr id="estimate-${id}"`),
        html.indexOf('</tr>', html.indexOf(`<tr id="estimate-${id}"`)),
      );
    expect(row('ml-engineering')).toContain('<td>1 experiment, 2 check-ins, 6 hours</td>');
    // ML engineering says a little about alignment research: related work, not a test of it.
    expect(row('alignment-research')).toContain(
      '<td>1 experiment, 2 check-ins, 6 hours from related work</td>',
    );
    expect(row('policy')).toContain('<td>your profile only</td>');
    expect(html).toContain('id="related-work-hint"');
    expect(html).toContain('<th scope="row">From your profile</th>');
  });

  it('with check-ins draws the chart from the same numbers the tables show, and lists the signals', async () => {
    const app = current();
    const saved = await app.store.createProfile({ name: 'me <now>', profile: FULL_PROFILE });
    const experiment = await startOwn(app, { path: 'alignment-research' }, 10);
    const today = app.deps.journal.today();
    await logCheckIn(app, experiment.id, { date: addDays(today, -7), progress: 4, enjoyment: 4, hours: 6 });
    await logCheckIn(app, experiment.id, { date: today, progress: 3, enjoyment: 4 });
    const { html } = await app.get('/fit');
    expect(html).toContain('<script type="module" src="/assets/fit-chart.js?v=');
    expect(html).toContain('<link rel="stylesheet" href="/assets/fit.css?v=');
    expect(html).toContain(`<option value="${saved.id}" selected="">${escaped('me <now>')}</option>`);
    const chart = chartJson(html);
    expect(chart.dates).toEqual([experiment.startedOn, addDays(today, -7), today]);
    const { report, history } = await app.deps.journal.fit(FULL_PROFILE);
    const alignment = chart.series.find((s) => s.id === 'alignment-research');
    expect(alignment?.fit.at(-1)).toBeCloseTo(
      history.points.at(-1)?.paths.find((p) => p.id === 'alignment-research')?.fit ?? -1,
      3,
    );
    // The history table has the starting row and one per day with check-ins.
    const table = html.slice(
      html.indexOf('id="fit-history-table"'),
      html.indexOf('</table>', html.indexOf('id="fit-history-table"')),
    );
    expect(table.match(/<tr>/g)).toHaveLength(1 + 1 + 2);
    expect(table).toContain('From your profile');
    const signalled = report.paths.filter((p) => p.signal);
    expect(signalled.length).toBeGreaterThan(0);
    for (const path of signalled) {
      expect(html).toContain(`<div class="signal signal-${path.signal?.kind}" id="signal-${path.id}">`);
      expect(hrefs(html)).toContain(`/library/${path.signal?.principle}`);
    }
  });

  it('starts from the saved profile named by ?profile=, and says so when there is none by that id', async () => {
    const app = current();
    const first = await app.store.createProfile({ name: 'first', profile: FULL_PROFILE });
    await app.store.createProfile({ name: 'second', profile: {} });
    const { html } = await app.get(`/fit?profile=${first.id}`);
    expect(html).toContain(`<option value="${first.id}" selected="">first</option>`);
    const missing = await app.get('/fit?profile=nope');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('No saved profile has the id “nope”');
  });
});

/**
 * A saved profile shows the same numbers everywhere: the list's best fit and the comparison's fits
 * are those of its own plan, journal included; a shared link in a comparison is said to come from
 * its answers alone.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/core/advice/advise.js';
import { percent } from '../../../src/core/plan/labels.js';
import type { Plan } from '../../../src/core/plan/schema.js';
import { encodeProfileParam } from '../../../src/web/pages/profile-param.js';
import { FULL_PROFILE, type PagesApp, usePagesApp } from './harness.js';
import { logCheckIn, startOwn } from './journal-builders.js';

const current = usePagesApp();

/** Work on the best path of FULL_PROFILE that went badly: it moves that path's fit. */
async function logPoorWork(app: PagesApp): Promise<void> {
  const experiment = await startOwn(app, { path: 'alignment-research' }, 20);
  const today = app.deps.journal.today();
  for (const daysAgo of [14, 7, 0]) {
    const date = new Date(Date.parse(today) - daysAgo * 86_400_000).toISOString().slice(0, 10);
    await logCheckIn(app, experiment.id, { date, progress: 1, enjoyment: 1, hours: 8 });
  }
}

const best = (plan: Plan) => {
  const [path] = plan.paths;
  if (!path) throw new Error('a plan has paths');
  return path;
};

describe('a saved profile’s numbers with a journal', () => {
  it('are the same on the list, on its plan page and in a comparison', async () => {
    const app = current();
    const me = await app.store.createProfile({ name: 'me now', profile: FULL_PROFILE });
    const other = await app.store.createProfile({
      name: 'other',
      profile: { ...FULL_PROFILE, hasMentor: true },
    });
    await logPoorWork(app);
    const plan = await app.deps.journal.plan(FULL_PROFILE);
    const alone = advise(FULL_PROFILE, app.deps.advice);
    // The journal moves the best path's number, so a page that left it out would show another.
    expect(percent(best(plan).fit)).not.toBe(percent(best(alone).fit));

    const list = (await app.get('/profiles')).html;
    const row = list.slice(list.indexOf(`id="profile-${me.id}"`), list.indexOf('</tr>', list.indexOf(me.id)));
    expect(row).toContain(`<td>${best(plan).title} (${percent(best(plan).fit)})</td>`);

    const page = (await app.get(`/profiles/${me.id}`)).html;
    const firstCard = page.slice(page.indexOf('class="card path-card"'));
    expect(firstCard).toContain(`<span class="fit-number">${percent(best(plan).fit)}`);

    const compare = (await app.get(`/compare?a=${me.id}&b=${other.id}`)).html;
    const otherPlan = await app.deps.journal.plan({ ...FULL_PROFILE, hasMentor: true });
    for (const path of plan.paths) {
      const row = compare.slice(compare.indexOf(`<th scope="row">${path.title}</th><td><div class="fit">`));
      const fits = [...row.matchAll(/<span class="fit-number">(\d+%)/g)].slice(0, 2).map((m) => m[1]);
      const otherFit = otherPlan.paths.find((p) => p.id === path.id)?.fit ?? -1;
      expect(fits).toEqual([percent(path.fit), percent(otherFit)]);
    }
    expect(compare).not.toContain('id="compare-sources"');
  });

  it('says a shared link in a comparison comes from its answers alone', async () => {
    const app = current();
    const me = await app.store.createProfile({ name: 'me now', profile: FULL_PROFILE });
    await logPoorWork(app);
    const { html } = await app.get(`/compare?a=${me.id}&b=${encodeProfileParam(FULL_PROFILE)}`);
    expect(html).toContain('id="compare-sources"');
    // The same answers differ only by the journal, which the saved side includes.
    const fitOf = (plan: Plan) => percent(plan.paths.find((p) => p.id === 'alignment-research')?.fit ?? -1);
    const plan = await app.deps.journal.plan(FULL_PROFILE);
    const alone = advise(FULL_PROFILE, app.deps.advice);
    expect(html).toContain(`Alignment research: ${fitOf(plan)} → ${fitOf(alone)}`);
  });
});

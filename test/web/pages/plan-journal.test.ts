/**
 * The plan page and the journal: each fit test can be started from the plan (then it links to
 * the running experiment). A link's plan (?p=) is the plan from its answers alone, the same
 * wherever it is opened, and says when this Lever's journal is left out; a saved profile's plan
 * includes the journal, signals and the check-in step too, and so do its downloads.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/core/advice/advise.js';
import { renderPlanMarkdown } from '../../../src/core/plan/markdown.js';
import { encodeProfileParam } from '../../../src/web/pages/profile-param.js';
import { escaped, FULL_PROFILE, hrefs, type PagesApp, planPath, usePagesApp } from './harness.js';
import { logCheckIn, redirectedId, startOwn } from './journal-builders.js';

const current = usePagesApp();

/** Logs enough to change FULL_PROFILE's plan: a fit test with a glowing check-in, and one not yet logged. */
async function logJournal(app: PagesApp): Promise<void> {
  const [first] = advise(FULL_PROFILE, app.deps.advice).fitTests;
  if (!first) throw new Error('the example profile should get fit tests');
  const started = await app.deps.journal.startExperiment({ testId: first.id });
  await logCheckIn(app, started.id, { progress: 4, enjoyment: 4, hours: 10 });
  await startOwn(app, { title: 'Draft a threat model' });
}

/** The "All paths" list of a plan page: every path's fit, in order. */
function allPaths(html: string): string {
  const start = html.indexOf('<ol class="all-paths"');
  return html.slice(start, html.indexOf('</ol>', start));
}

async function text(app: PagesApp, path: string): Promise<string> {
  return (await app.app.request(path)).text();
}

async function saveAs(app: PagesApp, name: string): Promise<string> {
  await app.post('/profiles', { name, p: encodeProfileParam(FULL_PROFILE) });
  const saved = (await app.store.listProfiles()).find((s) => s.name === name);
  if (!saved) throw new Error(`"${name}" was not saved`);
  return saved.id;
}

describe('the plan page with the journal', () => {
  it('offers to start each of its fit tests, and starting one leads to the new experiment', async () => {
    const app = current();
    const plan = advise(FULL_PROFILE, app.deps.advice);
    const [first] = plan.fitTests;
    if (!first) throw new Error('the example profile should get fit tests');
    const { html } = await app.get(planPath(FULL_PROFILE));
    for (const test of plan.fitTests) {
      expect(html).toContain(`<input type="hidden" name="testId" value="${test.id}"/>`);
    }
    expect(html).toContain('<form class="start-test" method="post" action="/experiments">');
    const id = redirectedId(await app.post('/experiments', { testId: first.id }), '/experiments/');
    expect((await app.deps.journal.experiment(id)).testId).toBe(first.id);
    const after = await app.get(planPath(FULL_PROFILE));
    expect(hrefs(after.html)).toContain(`/experiments/${id}`);
    expect(after.html).not.toContain(`<input type="hidden" name="testId" value="${first.id}"/>`);
  });
});

describe('a plan from a link', () => {
  it('is the plan from the answers alone, whatever this Lever has logged', async () => {
    const app = current();
    const p = encodeProfileParam(FULL_PROFILE);
    const before = await app.get(planPath(FULL_PROFILE));
    await logJournal(app);
    // The journal does move this profile's own plan…
    const withJournal = await app.deps.journal.plan(FULL_PROFILE);
    expect(withJournal).not.toEqual(advise(FULL_PROFILE, app.deps.advice));
    expect(withJournal.paths.some((path) => path.signal?.kind === 'test-next')).toBe(true);
    // …but not the link's.
    const { html } = await app.get(planPath(FULL_PROFILE));
    expect(allPaths(html)).toBe(allPaths(before.html));
    expect(html).not.toContain('test next');
    expect(html).not.toContain(escaped('Log a check-in on your experiment'));
    const api = await app.app.request('/api/v1/advice', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(FULL_PROFILE),
    });
    expect(await text(app, `/plan.json?p=${p}`)).toBe(await api.text());
    expect(await text(app, `/plan.md?p=${p}`)).toBe(
      renderPlanMarkdown(advise(FULL_PROFILE, app.deps.advice)),
    );
  });

  it('says when the journal here is left out, and leads to the plan that includes it', async () => {
    const app = current();
    expect((await app.get(planPath(FULL_PROFILE))).html).not.toContain('id="journal-left-out"');
    await logJournal(app);
    const unsaved = await app.get(planPath(FULL_PROFILE));
    expect(unsaved.html).toContain('id="journal-left-out"');
    expect(unsaved.html).toContain('It leaves out the journal on this Lever (2 experiments, 1 check-in).');
    expect(unsaved.html).toContain('<a href="#keep">save them as a profile</a>');
    const id = await saveAs(app, 'me <now>');
    const saved = await app.get(planPath(FULL_PROFILE));
    expect(saved.html).toContain(`<a href="/profiles/${id}">${escaped('me <now>')}</a>`);
    // Other answers have no saved profile: the notice offers saving them.
    const other = await app.get(planPath({ ...FULL_PROFILE, hasMentor: true }));
    expect(other.html).toContain('<a href="#keep">save them as a profile</a>');
  });

  it('promises only what the link carries: the answers, not the journal', async () => {
    const { html } = await current().get(planPath(FULL_PROFILE));
    expect(html).toContain('The link carries these answers, not your journal, and nothing is stored.');
    expect(html).not.toContain('anyone you give it to sees this same plan');
  });
});

describe('a saved profile’s plan', () => {
  it('includes the journal, says so, and its downloads are the same plan', async () => {
    const app = current();
    const id = await saveAs(app, 'me now');
    expect((await app.get(`/profiles/${id}`)).html).not.toContain('id="journal-included"');
    await logJournal(app);
    const plan = await app.deps.journal.plan(FULL_PROFILE);
    const { html } = await app.get(`/profiles/${id}`);
    expect(html).toContain('<span class="badge">test next</span>');
    expect(html).toContain('<div class="signal signal-test-next">');
    expect(html).toContain(escaped('Log a check-in on your experiment “Draft a threat model”'));
    expect(html).toContain('This plan includes your journal on this Lever (2 experiments, 1 check-in).');
    expect(html).toContain('without the journal this page includes.');
    expect(html).not.toContain('id="journal-left-out"');
    expect(hrefs(html)).toContain(`/profiles/${id}/plan.md`);
    expect(hrefs(html)).toContain(`/profiles/${id}/plan.json`);
    const json = await app.app.request(`/profiles/${id}/plan.json`);
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="lever-plan.json"');
    expect(await json.text()).toBe(await text(app, `/api/v1/profiles/${id}/plan`));
    const markdown = await text(app, `/profiles/${id}/plan.md`);
    expect(markdown).toBe(renderPlanMarkdown(plan));
    expect(markdown).toContain('test next');
  });

  it('answers a download of an unknown profile with the 404 page', async () => {
    const app = current();
    for (const format of ['md', 'json']) {
      const { status, html } = await app.get(`/profiles/nope/plan.${format}`);
      expect(status).toBe(404);
      expect(html).toContain('No saved profile has the id “nope”.');
    }
  });
});

/**
 * The plan page and the journal: each fit test can be started from the plan (then it links to
 * the running experiment), and the plan shown is moved by what was logged, signals included.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/core/advice/advise.js';
import { FULL_PROFILE, hrefs, planPath, usePagesApp } from './harness.js';
import { logCheckIn, redirectedId } from './journal-builders.js';

const current = usePagesApp();

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

  it('shows the plan moved by the journal, with the test-next signal styled like the others', async () => {
    const app = current();
    const plan = advise(FULL_PROFILE, app.deps.advice);
    const before = await app.get(planPath(FULL_PROFILE));
    expect(before.html).not.toContain('test next');
    const started = await app.deps.journal.startExperiment({ testId: plan.fitTests[0]?.id ?? '' });
    await logCheckIn(app, started.id, { progress: 4, enjoyment: 4, hours: 10 });
    const moved = await app.deps.journal.plan(FULL_PROFILE);
    const { html } = await app.get(planPath(FULL_PROFILE));
    expect(moved.paths.map((p) => p.fit)).not.toEqual(plan.paths.map((p) => p.fit));
    const testNext = moved.paths.findIndex((p) => p.signal?.kind === 'test-next');
    expect(testNext).toBeGreaterThanOrEqual(0);
    expect(html).toContain('<span class="badge">test next</span>');
    // Among the three paths shown in full, so its signal box is on the page too.
    expect(testNext).toBeLessThan(3);
    expect(html).toContain('<div class="signal signal-test-next">');
    const markdown = await (
      await app.app.request(planPath(FULL_PROFILE).replace('/plan', '/plan.md'))
    ).text();
    expect(markdown).toContain('test next');
  });
});

/**
 * Governance work in a browser: claim a topic from its library page and read the six-month
 * timeline; write a concrete ask, see the builder's checks, fix what they ask for.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { useBrowserSession } from './support/session.js';
import { shownText } from './support/text.js';

const session = useBrowserSession();

describe('expertise plans and concrete asks', () => {
  it('claims a topic from the library and shows its dated timeline', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at('/library/global-gpu-tracking'));
    await page.getByRole('button', { name: 'Claim this topic' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/expertise/'));
    expect(await shownText(page.getByRole('status'))).toContain('Topic claimed.');
    const timeline = page.getByRole('list', { name: 'Timeline' });
    const milestones = timeline.locator(':scope > li');
    expect(await milestones.count()).toBeGreaterThan(3);
    expect(await milestones.first().locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByRole('link', { name: /Add the milestones to your calendar/ }).count()).toBe(1);
    await screenshot(page, 'expertise-timeline');

    // The topic's page now leads to the plan instead of claiming it again.
    await page.goto(session.server.at('/library/global-gpu-tracking'));
    expect(await page.getByRole('button', { name: 'Claim this topic' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Open your six-month plan' }).count()).toBe(1);
  });

  it('writes a concrete ask, shows the checks, and meets them after an edit', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at('/asks'));
    await page.getByRole('link', { name: 'Write a new ask' }).click();
    const form = page.getByRole('form', { name: 'Concrete ask' });
    await form.getByLabel('Title').fill('Evals <before> deploy');
    await form
      .getByLabel('The ask', { exact: true })
      .fill('Run the agreed dangerous-capability evaluations on every model before it is deployed.');
    await form.getByLabel('Steps').fill('Agree on the suite\nAdd it to the release checklist');
    await form.getByRole('button', { name: 'Save ask' }).click();
    await page.waitForURL((url) => /^\/asks\/[^/]+$/.test(url.pathname));
    expect(await shownText(page.getByRole('heading', { level: 1 }))).toBe('Evals <before> deploy');
    expect(await shownText(page.getByRole('heading', { name: /^Checks:/ }))).toBe('Checks: 2 of 4 met');
    await screenshot(page, 'ask-checks');

    const edit = page.getByRole('form', { name: 'Concrete ask' });
    await edit.getByLabel('Who has agreed to lead it').fill('Dana, head of safety');
    await edit.getByLabel('What the lab gives up').fill('About two days per release.');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'saved');
    expect(await shownText(page.getByRole('heading', { name: /^Checks:/ }))).toBe('Checks: 4 of 4 met');
  });
});

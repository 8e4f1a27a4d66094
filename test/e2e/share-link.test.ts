/**
 * A plan's share link carries the whole plan: opened elsewhere, with nothing stored, it shows the
 * same plan, and a journal on the Lever that opens it changes nothing but a notice saying so.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { logCheckIn, postForm } from './support/journal.js';
import { expectCompletePlan, readPlan } from './support/plan-page.js';
import { choose, nextStep, tick } from './support/questionnaire.js';
import { useBrowserSession } from './support/session.js';
import { shownText } from './support/text.js';

const session = useBrowserSession();

/** The experiment id in a location such as "/experiments/ID?done=started". */
const idIn = (location: string) => decodeURIComponent(location.split('/')[2]?.replace(/[?#].*$/, '') ?? '');

describe('the share link', () => {
  it('reproduces the plan in a new browser context', async () => {
    const context = await session.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    const page = await context.newPage();
    await page.goto(session.server.at('/start'));
    await choose(
      page,
      'Where are you in your career?',
      'Senior: an established expert or leader in your field',
    );
    await tick(page, 'What is your background? Pick all that apply.', 'Information security');
    await nextStep(page, 'Your skills');
    await choose(
      page,
      'How good are you at working with people (networking, mentoring, persuading)?',
      '4 expert',
    );
    await page.getByRole('button', { name: 'See my plan' }).click();
    const original = await expectCompletePlan(page);
    const originalText = await shownText(page.locator('.doc-body'));

    const shareField = page.getByLabel('Share link');
    const shareUrl = await shareField.inputValue();
    expect(shareUrl).toBe(page.url());
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => shownText(page.locator('#copy-status'))).toMatch(/copied|selected/);

    // Another person: a fresh context with no cookies and no stored answers, on a Lever whose
    // journal has an experiment with a check-in.
    const experiment = idIn(
      await postForm(session.server, '/experiments', {
        title: 'Build a tiny eval',
        path: 'ml-engineering',
        weeks: '2',
      }),
    );
    await logCheckIn(session.server, experiment, 4, 4);
    const other = await session.newContext();
    expect(await other.storageState()).toEqual({ cookies: [], origins: [] });
    const shared = await other.newPage();
    await shared.goto(shareUrl);
    const reproduced = await readPlan(shared);
    expect(reproduced).toEqual(original);
    expect(await shownText(shared.locator('.doc-body'))).toBe(originalText);
    const notice = shared.getByRole('note').filter({ hasText: 'leaves out the journal on this Lever' });
    expect(await notice.isVisible()).toBe(true);
    await screenshot(shared, 'share-link-plan');
  });
});

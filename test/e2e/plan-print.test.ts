/** A printed plan: the plan itself, without the answers disclosure that would print closed. */
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { expectCompletePlan } from './support/plan-page.js';
import { planPath, RESEARCH_STUDENT } from './support/profiles.js';
import { useBrowserSession } from './support/session.js';

const session = useBrowserSession();

describe('printing a plan', () => {
  it('shows the plan and leaves out the answers and the save and share section', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at(planPath(RESEARCH_STUDENT)));
    await expectCompletePlan(page);
    const answers = page.getByRole('region', { name: 'Your answers' });
    expect(await answers.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await answers.isVisible()).toBe(false);
    expect(await page.getByText('Show the answers this plan is based on').isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Save and share' }).isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Where you fit' }).isVisible()).toBe(true);
    await screenshot(page, 'plan-print');
  });
});

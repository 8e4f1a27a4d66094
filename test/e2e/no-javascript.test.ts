/** Without JavaScript the questionnaire is one long form that still leads to a plan. */
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { expectCompletePlan } from './support/plan-page.js';
import { profileInUrl } from './support/profiles.js';
import { choose, question, tick } from './support/questionnaire.js';
import { useBrowserSession } from './support/session.js';

const session = useBrowserSession();

describe('the questionnaire, without JavaScript', () => {
  it('shows every question at once and gets a plan from a plain form', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });
    await page.goto(session.server.at('/start'));
    // No steps: every question is on the page, and the island's buttons stay hidden.
    expect(await question(page, 'What do you enjoy doing?').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Next:/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Clear my answers' }).count()).toBe(0);

    await choose(page, 'Where are you in your career?', 'Mid-career');
    await tick(page, 'What is your background? Pick all that apply.', 'Economics');
    await choose(page, 'How good are you at writing?', '4 expert');
    await tick(page, 'What do you enjoy doing?', 'Writing', 'Policy and politics');
    await page.getByLabel('How many years of research experience', { exact: false }).fill('2');
    await choose(page, 'Do you have a mentor who guides your work?', 'No');
    const tried = page.getByRole('group', { name: 'Something you tried (1)' });
    await tried.getByLabel('What did you try?').selectOption({ label: 'Governance research' });
    await tried.getByLabel('For how many months?').fill('6');
    await tried.getByLabel('How well did it go?').selectOption({ label: '3 good' });
    await tried.getByLabel('How much did you enjoy it?').selectOption({ label: '4 loved it' });
    await page.getByLabel('Notes for yourself').fill('Ask about the fellowship <deadline> in May & June');
    await screenshot(page, 'no-javascript-questionnaire');

    await page.getByRole('button', { name: 'See my plan' }).click();
    await page.waitForURL(/\/plan\?p=[A-Za-z0-9_-]+$/);
    await expectCompletePlan(page);
    expect(profileInUrl(page.url())).toMatchObject({
      stage: 'mid-career',
      background: ['economics'],
      skills: { writing: 4 },
      enjoys: ['writing', 'policy'],
      researchExperienceYears: 2,
      hasMentor: false,
      history: [{ activity: 'governance-research', months: 6, progress: 3, enjoyment: 4 }],
      notes: 'Ask about the fellowship <deadline> in May & June',
    });
    // The plan's own buttons that need a script stay hidden too.
    expect(await page.getByRole('button', { name: 'Print' }).count()).toBe(0);
    await screenshot(page, 'no-javascript-plan');
  });
});

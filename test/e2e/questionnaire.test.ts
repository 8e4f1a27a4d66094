/**
 * The questionnaire with its island: one step at a time, skippable questions, answers kept in the
 * browser across a reload, and a plan at the end whose link carries exactly what was answered.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { expectCompletePlan } from './support/plan-page.js';
import { profileInUrl } from './support/profiles.js';
import { choose, currentStep, nextStep, question, STEP_TITLES, tick } from './support/questionnaire.js';
import { useBrowserSession } from './support/session.js';
import { shownText } from './support/text.js';

const session = useBrowserSession();

const STAGE = 'Where are you in your career?';
const BACKGROUND = 'What is your background? Pick all that apply.';
const CODING = 'How good are you at programming?';
const ML = 'How good are you at machine learning (training and studying models)?';

describe('the questionnaire, with JavaScript', () => {
  it('steps through the questions, skips some, and shows the plan', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at('/start'));
    await expect.poll(() => shownText(currentStep(page))).toContain(STEP_TITLES[0]);
    // One step at a time: the skills questions wait behind "Next".
    expect(await question(page, CODING).isVisible()).toBe(false);

    await choose(page, STAGE, 'Student');
    await tick(page, BACKGROUND, 'Computer science', 'Mathematics');
    await nextStep(page, 'Your skills');
    expect(await question(page, STAGE).isVisible()).toBe(false);
    await choose(page, CODING, '3 strong');
    // Changing one's mind: pick an answer, then skip the question after all.
    await choose(page, ML, '2 working');
    await choose(page, ML, 'Skip');
    await nextStep(page, 'What you enjoy');
    await tick(page, 'What do you enjoy doing?', 'Writing code', 'Running experiments');
    await nextStep(page, 'Experience and mentor'); // skipped entirely
    await nextStep(page, 'Leaning and interests');
    await choose(page, 'Which path are you leaning towards?', 'Alignment research');
    await tick(page, 'What interests you?', 'Mechanistic interpretability');
    await nextStep(page, 'What you have tried');
    await screenshot(page, 'questionnaire-last-step');

    await page.getByRole('button', { name: 'See my plan' }).click();
    await page.waitForURL(/\/plan\?p=[A-Za-z0-9_-]+$/);
    const plan = await expectCompletePlan(page);
    expect(plan.heading).toBe('Your plan');
    await expect.poll(() => page.getByRole('heading', { name: 'This week' }).isVisible()).toBe(true);

    // The link carries the answers given and nothing for the questions skipped.
    const profile = profileInUrl(page.url());
    expect(profile).toMatchObject({
      stage: 'student',
      background: ['cs', 'math'],
      skills: { coding: 3 },
      enjoys: ['coding', 'experiments'],
      leaning: 'alignment-research',
      interests: ['mechanistic-interpretability'],
    });
    expect(profile.skills?.ml).toBeUndefined();
    expect(profile.hasMentor).toBeUndefined();
    // The skipped questions are listed, each linking back to its question.
    const skipped = page.getByRole('region', { name: 'Questions you skipped' });
    await expect.poll(() => skipped.getByRole('link').allInnerTexts()).toContain('Machine learning skill');
    await screenshot(page, 'questionnaire-plan');
  });

  it('keeps the answers through a reload in the middle', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at('/start'));
    await choose(page, STAGE, 'Early career: the first few years of work');
    await tick(page, BACKGROUND, 'Physics');
    await nextStep(page, 'Your skills');
    await choose(page, CODING, '1 basic');

    await page.reload();
    // Back on the step the person was on, with the answer there.
    await expect.poll(() => shownText(currentStep(page))).toContain('Your skills');
    expect(await question(page, CODING).getByRole('radio', { name: '1 basic' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Back' }).click();
    await currentStep(page).filter({ hasText: 'About you' }).waitFor();
    const stage = question(page, STAGE);
    expect(
      await stage.getByRole('radio', { name: 'Early career: the first few years of work' }).isChecked(),
    ).toBe(true);
    expect(await question(page, BACKGROUND).getByRole('checkbox', { name: 'Physics' }).isChecked()).toBe(
      true,
    );
    await screenshot(page, 'questionnaire-after-reload');

    // Clearing forgets them, for this reload and the next.
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    expect(await stage.getByRole('radio', { checked: true }).count()).toBe(0);
    await page.reload();
    await currentStep(page).filter({ hasText: 'About you' }).waitFor();
    expect(await question(page, STAGE).getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await question(page, BACKGROUND).getByRole('checkbox', { checked: true }).count()).toBe(0);
  });
});

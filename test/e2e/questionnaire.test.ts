/**
 * The questionnaire with its island: one step at a time, skippable questions, answers kept in the
 * browser across a reload, and a plan at the end whose link carries exactly what was answered.
 * Answers that need a change bring the questionnaire back with each problem linked to its field,
 * with the island and without it.
 */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { axeViolations, describeFindings, isBlocking } from './support/axe.js';
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
const YEARS = 'How many years of research experience';

/** The id of the element that has the focus. */
const focusedId = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement
        ?.id ?? '',
  );

/** The first row of "what you have tried". */
const firstTried = (page: Page) => page.getByRole('group', { name: 'Something you tried (1)' });

/** The error summary, named by its heading. */
const summary = (page: Page) => page.getByRole('region', { name: /answers? needs? a change/ });

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

  it('brings the answers back to change, each problem a link that opens its step', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at('/start'));
    await choose(page, STAGE, 'Student');
    for (const title of STEP_TITLES.slice(1, 4)) await nextStep(page, title);
    await page.getByLabel(YEARS, { exact: false }).fill('-2');
    for (const title of STEP_TITLES.slice(4)) await nextStep(page, title);
    // A row begun but not finished: what and how long, without how it went or how it felt.
    await firstTried(page).getByLabel('What did you try?').selectOption({ label: 'Policy jobs' });
    await firstTried(page).getByLabel('For how many months?').fill('3');
    const sent = page.waitForResponse((response) => new URL(response.url()).pathname === '/plan');
    await page.getByRole('button', { name: 'See my plan' }).click();
    expect((await sent).status()).toBe(400);

    // The summary has the focus, and the step of the first problem is open, the answer kept.
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    expect(await shownText(summary(page).getByRole('heading'))).toBe('3 answers need a change');
    expect(await page.getByText('cut short').count()).toBe(0);
    await expect.poll(() => shownText(currentStep(page))).toContain('Experience and mentor');
    const years = page.getByLabel(YEARS, { exact: false });
    expect(await years.inputValue()).toBe('-2');
    expect(await years.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'questionnaire-answers-to-change');
    const findings = await axeViolations(page);
    const blocking = findings.filter(isBlocking);
    expect(blocking, describeFindings(blocking)).toEqual([]);

    // Each link opens its field's step and puts the cursor in the field.
    await summary(page)
      .getByRole('link', { name: /How well did it go/ })
      .click();
    await expect.poll(() => focusedId(page)).toBe('history.0.progress');
    await expect.poll(() => shownText(currentStep(page))).toContain('What you have tried');
    expect(await firstTried(page).getByLabel('What did you try?').inputValue()).toBe('policy');
    await firstTried(page).getByLabel('How well did it go?').selectOption({ label: '3 good' });
    await firstTried(page).getByLabel('How much did you enjoy it?').selectOption({ label: '4 loved it' });
    await summary(page)
      .getByRole('link', { name: /Years of research experience/ })
      .click();
    await expect.poll(() => focusedId(page)).toBe('q-researchExperienceYears-input');
    await years.fill('2');

    // A reload keeps the changes made since (the browser kept them), and they are accepted.
    await page.reload();
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    await expect.poll(() => page.getByLabel(YEARS, { exact: false }).inputValue()).toBe('2');
    // (That row's step is closed now: the first problem's step opens, so find the field by name.)
    expect(await page.locator('select[name="history.0.progress"]').inputValue()).toBe('3');
    await page.getByRole('button', { name: 'See my plan' }).click();
    await page.waitForURL(/\/plan\?p=[A-Za-z0-9_-]+$/);
    expect(profileInUrl(page.url())).toMatchObject({
      stage: 'student',
      researchExperienceYears: 2,
      history: [{ activity: 'policy', months: 3, progress: 3, enjoyment: 4 }],
    });
  });
});

describe('the questionnaire, without JavaScript, with answers to change', () => {
  it('shows the whole form again with the summary focused and each field marked', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });
    await page.goto(session.server.at('/start'));
    await page.getByLabel(YEARS, { exact: false }).fill('-2');
    await firstTried(page).getByLabel('What did you try?').selectOption({ label: 'Evaluations' });
    await firstTried(page).getByLabel('How well did it go?').selectOption({ label: '1 slow' });
    await page.getByRole('button', { name: 'See my plan' }).click();
    await summary(page).waitFor();

    expect(await focusedId(page)).toBe('error-summary');
    const links = await summary(page).getByRole('link').allInnerTexts();
    expect(links).toEqual([
      'Years of research experience must be a number from 0 to 70 (you entered -2). Leave it empty to skip the question.',
      'Something you tried (1): “For how many months?” is not answered. Answer it, or empty the whole row to skip it.',
      'Something you tried (1): “How much did you enjoy it?” is not answered. Answer it, or empty the whole row to skip it.',
    ]);
    // Every question is on the page, the answers kept, the one to change described by its message.
    expect(await question(page, STAGE).isVisible()).toBe(true);
    const months = firstTried(page).getByLabel('For how many months?');
    expect(await months.getAttribute('aria-invalid')).toBe('true');
    expect(await firstTried(page).getByLabel('How well did it go?').inputValue()).toBe('1');
    await summary(page)
      .getByRole('link', { name: /For how many months/ })
      .click();
    await page.waitForURL(/#history\.0\.months$/);
    // The browser scrolls to the field and puts the cursor in it: no script needed.
    await expect.poll(() => focusedId(page)).toBe('history.0.months');
    expect(await months.isVisible()).toBe(true);
    await screenshot(page, 'no-javascript-answers-to-change');

    await page.getByLabel(YEARS, { exact: false }).fill('1');
    await months.fill('2');
    await firstTried(page).getByLabel('How much did you enjoy it?').selectOption({ label: '4 loved it' });
    await page.getByRole('button', { name: 'See my plan' }).click();
    await page.waitForURL(/\/plan\?p=[A-Za-z0-9_-]+$/);
    expect(profileInUrl(page.url())).toMatchObject({
      researchExperienceYears: 1,
      history: [{ activity: 'evaluations', months: 2, progress: 1, enjoyment: 4 }],
    });
  });
});

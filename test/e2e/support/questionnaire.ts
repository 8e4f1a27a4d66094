/** Answering the questionnaire (/start) as a person does: by the words on screen. */
import type { Locator, Page } from 'playwright-core';
import { STEPS } from '../../../src/web/pages/start/steps.js';

/** A question: its fieldset, named by its legend. */
export function question(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

/** Picks one answer of a radio-button question. */
export async function choose(page: Page, legend: string, answer: string): Promise<void> {
  await question(page, legend).getByRole('radio', { name: answer, exact: true }).check();
}

/** Ticks answers of a checkbox question. */
export async function tick(page: Page, legend: string, ...answers: string[]): Promise<void> {
  for (const answer of answers) {
    await question(page, legend).getByRole('checkbox', { name: answer, exact: true }).check();
  }
}

/** The heading of the step on screen (with the island, only one step shows at a time). */
export function currentStep(page: Page): Locator {
  return page.getByRole('form', { name: 'Get my plan' }).getByRole('heading', { level: 2 });
}

/** Moves to the next step with its button and waits for that step's heading to take focus. */
export async function nextStep(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Next: ${title}` }).click();
  await currentStep(page).filter({ hasText: title }).waitFor();
  await page.waitForFunction((text) => {
    const active = (globalThis as unknown as { document: { activeElement: { textContent: string } | null } })
      .document.activeElement;
    return active?.textContent?.includes(text) ?? false;
  }, title);
}

/** The steps' titles, in order. */
export const STEP_TITLES = STEPS.map((step) => step.title);

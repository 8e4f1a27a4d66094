/** Reading a plan page the way a person sees it: summary, steps, and paths in order. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { shownText } from './text.js';

export interface PlanContent {
  heading: string;
  summary: string;
  /** "This week" step titles, in order. */
  thisWeek: string[];
  /** Every step title under "What to do", in order. */
  steps: string[];
  /** Every path under "All paths", best fit first, with its fit: "Alignment research 62%". */
  paths: string[];
}

/** Waits for the plan to be shown, then reads it. */
export async function readPlan(page: Page): Promise<PlanContent> {
  await page.waitForURL((url) => url.pathname === '/plan' || url.pathname.startsWith('/profiles/'));
  const heading = await shownText(page.getByRole('heading', { level: 1 }));
  const whatToDo = page.getByRole('region', { name: 'What to do' });
  const allPaths = page.getByRole('list', { name: 'All paths' }).getByRole('listitem');
  const paths: string[] = [];
  for (const item of await allPaths.all()) {
    const title = await shownText(item.getByRole('link').first());
    const fit = await shownText(item.locator('.fit-number'));
    paths.push(`${title} ${fit.split(/\s/)[0]}`);
  }
  return {
    heading,
    summary: await shownText(page.locator('#summary')),
    thisWeek: await page.getByRole('list', { name: 'This week' }).getByRole('heading').allInnerTexts(),
    steps: await whatToDo.getByRole('heading', { level: 4 }).allInnerTexts(),
    paths,
  };
}

/** The checks every plan must pass: a summary, steps for this week, and a fit bar per path. */
export async function expectCompletePlan(page: Page): Promise<PlanContent> {
  const plan = await readPlan(page);
  expect(plan.summary.trim()).not.toBe('');
  expect(plan.thisWeek.length).toBeGreaterThan(0);
  expect(plan.steps).toEqual(expect.arrayContaining(plan.thisWeek));
  expect(plan.paths.length).toBeGreaterThanOrEqual(3);
  for (const path of plan.paths) expect(path).toMatch(/ \d{1,3}%$/);
  // One bar per path in "All paths" plus one per detailed card, each with a visible value.
  const bars = page.locator('svg.fit-bar');
  expect(await bars.count()).toBeGreaterThanOrEqual(plan.paths.length);
  const best = await bars.first().locator('rect.fit-value').getAttribute('width');
  expect(Number(best)).toBeGreaterThan(0);
  expect(await bars.first().isVisible()).toBe(true);
  return plan;
}

/**
 * Builders for the journal page tests: experiments, check-ins and asks written through the same
 * journal service the pages use, with overrides, plus readers for what a page redirected to.
 */
import { expect } from 'vitest';
import { addDays } from '../../../src/core/journal/dates.js';
import type { Ask, Experiment } from '../../../src/core/journal/schema.js';
import type { Page, PagesApp } from './harness.js';

/** A catalogue fit test every knowledge base has (the first of the first path). */
export const TEST_ID = 'replicate-interpretability-result';
export const TOPIC_ID = 'global-gpu-tracking';

export async function startTest(app: PagesApp, overrides: Record<string, unknown> = {}): Promise<Experiment> {
  return app.deps.journal.startExperiment({ testId: TEST_ID, ...overrides });
}

/** An experiment of one's own design, started `daysAgo` days ago. */
export async function startOwn(
  app: PagesApp,
  overrides: Record<string, unknown> = {},
  daysAgo = 0,
): Promise<Experiment> {
  return app.deps.journal.startExperiment({
    title: 'Write a short research agenda',
    path: 'governance-research',
    weeks: 2,
    startedOn: addDays(app.deps.journal.today(), -daysAgo),
    ...overrides,
  });
}

export async function logCheckIn(
  app: PagesApp,
  id: string,
  overrides: Record<string, unknown> = {},
): Promise<Experiment> {
  return app.deps.journal.logCheckIn(id, { progress: 3, enjoyment: 2, ...overrides });
}

export async function createAsk(app: PagesApp, overrides: Record<string, unknown> = {}): Promise<Ask> {
  return app.deps.journal.createAsk({
    title: 'Evaluations before each deployment',
    lab: 'Example Lab',
    ask: 'Run the agreed dangerous-capability evaluations on every model before it is deployed externally.',
    steps: ['Agree on the evaluation suite', 'Add the run to the release checklist'],
    owner: 'Head of safety engineering',
    cost: 'About two days of delay per release.',
    ...overrides,
  });
}

/** The experiment id in a 303 to /experiments/:id or /expertise/:id. */
export function redirectedId(page: Page, prefix: '/experiments/' | '/expertise/' | '/asks/'): string {
  expect(page.status).toBe(303);
  const location = page.headers.get('location') ?? '';
  expect(location.startsWith(prefix)).toBe(true);
  return decodeURIComponent(location.slice(prefix.length).replace(/[?#].*$/, ''));
}

/** Posts as a page of another site would: the same-origin rule must refuse it. */
export const CROSS_SITE_HEADERS: readonly Record<string, string>[] = [
  {},
  { origin: 'https://evil.example' },
  { 'sec-fetch-site': 'cross-site', origin: 'http://localhost' },
];

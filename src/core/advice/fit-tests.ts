/**
 * Fit tests: concrete, time-boxed projects that resolve the most uncertain, most promising paths
 * fastest, as the post's method of finding fit through fast feedback asks.
 */
import type { PlanFitTest } from '../plan/schema.js';
import type { Profile } from '../profile/schema.js';
import type { AdviceContext } from './context.js';
import type { PathFit } from './fit.js';
import { fitRange } from './fit.js';
import type { DraftStep } from './steps.js';
import { midSentence, percent } from './wording.js';

const MAX_TESTS = 4;

/** Paths worth testing: the three best fits plus the person's leaning, most informative first. */
function pathsToTest(profile: Profile, ranked: readonly PathFit[]): PathFit[] {
  const chosen = ranked.slice(0, 3);
  const leaning = ranked.find((f) => f.id === profile.leaning);
  if (leaning && !chosen.includes(leaning)) chosen.push(leaning);
  // Information value: promising and uncertain first.
  return chosen
    .map((f, order) => ({ f, order, value: f.fit * (0.5 + f.uncertainty) }))
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .map((x) => x.f);
}

/** One fit test per chosen path: the path's first test in the knowledge base's catalogue. */
export function planFitTests(
  ctx: AdviceContext,
  profile: Profile,
  ranked: readonly PathFit[],
): PlanFitTest[] {
  const tests: PlanFitTest[] = [];
  for (const fit of pathsToTest(profile, ranked)) {
    const path = ctx.pathsById.get(fit.id);
    const test = ctx.fitTestsByPath.get(fit.id)?.[0];
    if (!path || !test || tests.length >= MAX_TESTS) continue;
    const range = fitRange(fit);
    tests.push({
      id: test.id,
      title: test.title,
      path: path.id,
      weeks: test.weeks,
      detail: test.detail,
      deliverable: test.deliverable,
      why: `Your fit for ${midSentence(path.title)} is estimated at ${percent(fit.fit)} (plausibly ${percent(range.low)}–${percent(range.high)}). ${test.weeks} week${test.weeks === 1 ? '' : 's'} of hands-on work will tell you more than more reading: watch how quickly you progress and whether you enjoy it.`,
      principle: 'fast-feedback-loops',
    });
  }
  return tests;
}

/** The step that starts the first fit test. */
export function fitTestStep(tests: readonly PlanFitTest[]): DraftStep[] {
  const first = tests[0];
  if (!first) return [];
  return [
    {
      id: 'start-a-fit-test',
      title: `Start a ${first.weeks}-week fit test: ${first.title}`,
      detail: `${first.detail} Deliverable: ${first.deliverable}`,
      when: 'this-week',
      priority: 50,
      resources: [],
      principles: ['fast-feedback-loops'],
    },
  ];
}

/**
 * The fit-test catalogue against what the feedback loop promises: every path can be tested, every
 * recommended research direction has a test of its own, and each test fits in one to four weeks.
 * Each check returns one message per gap, naming the item at fault.
 */
import type { KnowledgeBase } from '../../../src/core/kb/schema.js';
import { DIRECTION_SLUGS, type DirectionSlug, PATH_SLUGS } from '../../../src/core/vocabulary.js';
import { EXPECTED_TIERS } from './coverage.js';

export const MIN_WEEKS = 1;
export const MAX_WEEKS = 4;

/** The primary and secondary directions: the ones the post recommends working on. */
export const RECOMMENDED_DIRECTIONS: readonly DirectionSlug[] = DIRECTION_SLUGS.filter(
  (d) => EXPECTED_TIERS[d] !== 'overrated',
);

/** Paths and recommended directions without a fit test, and tests outside the time box. */
export function fitTestCoverageProblems(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  for (const path of PATH_SLUGS) {
    if (!kb.fitTests.some((t) => t.path === path)) problems.push(`path "${path}" has no fit test`);
  }
  for (const direction of RECOMMENDED_DIRECTIONS) {
    if (!kb.fitTests.some((t) => t.direction === direction)) {
      problems.push(`direction "${direction}" has no fit test`);
    }
  }
  for (const test of kb.fitTests) {
    if (!Number.isInteger(test.weeks) || test.weeks < MIN_WEEKS || test.weeks > MAX_WEEKS) {
      problems.push(`fit-test:${test.id}.weeks is ${test.weeks}, expected ${MIN_WEEKS} to ${MAX_WEEKS}`);
    }
  }
  return problems;
}

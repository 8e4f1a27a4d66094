/** The plan's opening paragraph: where the person fits, why fit matters, and what to do first. */
import type { PlanPath, Step } from '../plan/schema.js';
import { CLEAR_LEAD } from './facts.js';
import { listWords, midSentence, percent as pct } from './wording.js';

/** A short summary in plain words. */
export function planSummary(
  paths: readonly PlanPath[],
  steps: readonly Step[],
  missing: readonly string[],
): string {
  const [first, second] = paths;
  const parts: string[] = [];
  if (first && second && first.fit - second.fit < CLEAR_LEAD) {
    const close = paths.filter((p) => first.fit - p.fit < CLEAR_LEAD).map((p) => p.title);
    parts.push(`Your answers so far don't single out one path: ${listWords(close.slice(0, 4))} are close.`);
  } else if (first && second) {
    parts.push(
      `Your strongest personal fit looks like ${first.title} (${pct(first.fit)}), then ${second.title} (${pct(second.fit)}).`,
    );
  }
  parts.push(
    'Lever ranks paths by personal fit, what you are good at combined with what you enjoy, because a great rather than a mediocre fit matters more than the differences in impact between most AGI-safety jobs.',
  );
  const pivot = paths.find((p) => p.signal?.kind === 'pivot');
  if (pivot) parts.push(`Your track record in ${pivot.title} suggests a pivot.`);
  if (missing.length >= 6) {
    parts.push(
      `You skipped ${missing.length} questions, so these estimates are rough; the fit tests below are the fastest way to firm them up.`,
    );
  }
  const now = steps[0];
  if (now) parts.push(`This week: ${midSentence(now.title)}.`);
  return parts.join(' ');
}

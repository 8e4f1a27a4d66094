/**
 * The one step the journal adds to a plan's week: keep the experiment under way honest by logging
 * a check-in (or, once it is due, finishing it with a reflection). Modest on purpose: a single step,
 * for the active experiment started first, and none when it already has a check-in this week.
 */
import type { DraftStep } from '../advice/steps.js';
import type { Experiment } from '../journal/schema.js';

/** Experiments whose last check-in is at most this many days old need none this week. */
export const RECENT_CHECK_IN_DAYS = 6;
/** Above most generated steps but below the rule table's most urgent ones (95). */
const PRIORITY = 60;

const DAY_MS = 86_400_000;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY_MS;

function needsAttention(experiment: Experiment, today: string | undefined): boolean {
  if (experiment.status !== 'active') return false;
  const last = experiment.checkIns
    .map((c) => c.date)
    .sort()
    .at(-1);
  if (today === undefined || last === undefined) return true;
  return daysBetween(last, today) > RECENT_CHECK_IN_DAYS || today >= experiment.dueOn;
}

/** A this-week step for the first active experiment that needs a check-in or a finish, if any. */
export function checkInStep(experiments: readonly Experiment[], today?: string): DraftStep[] {
  const [first] = experiments
    .filter((e) => needsAttention(e, today))
    .sort((a, b) => byText(a.startedOn, b.startedOn) || byText(a.id, b.id));
  if (!first) return [];
  if (today !== undefined && today >= first.dueOn) {
    return [
      {
        id: 'finish-your-experiment',
        title: `Finish your experiment “${first.title}” with a reflection`,
        detail:
          'Its time box is up. Log a last check-in, then write down what the progress and the enjoyment told you about your fit, and decide what to test next.',
        when: 'this-week',
        priority: PRIORITY,
        resources: [],
        principles: ['fast-feedback-loops'],
      },
    ];
  }
  return [
    {
      id: 'log-a-check-in',
      title: `Log a check-in on your experiment “${first.title}”`,
      detail:
        'Note the hours, how well it went (progress 0–4) and how much you liked it (enjoyment 0–4) while it is fresh. Every check-in sharpens your fit estimate.',
      when: 'this-week',
      priority: PRIORITY,
      resources: [],
      principles: ['fast-feedback-loops'],
    },
  ];
}

/**
 * Where an experiment stands on a given day, in the terms the dashboard shows: the week it is in,
 * the days left to its due date (or how late it is), and its latest check-in.
 */
import { compareDates, daysBetween } from '../../../core/journal/dates.js';
import type { CheckIn, Experiment } from '../../../core/journal/schema.js';

export interface ExperimentTiming {
  /** Whole weeks gone since the start, 0 to `weeks`; for a finished one, up to its finishing day. */
  weeksElapsed: number;
  weeks: number;
  /** Days from `today` to the due date: negative once it has passed. */
  daysLeft: number;
  /** The most recent check-in by date (the last logged on that day), if any. */
  latest: CheckIn | undefined;
}

/** The timing of `experiment` on `today` (YYYY-MM-DD). */
export function experimentTiming(experiment: Experiment, today: string): ExperimentTiming {
  const asOf = experiment.finishedOn ?? today;
  const elapsed = Math.floor(daysBetween(experiment.startedOn, asOf) / 7);
  // Check-ins come oldest first (by date, then by when they were logged), so the last is the latest.
  const latest = experiment.checkIns.at(-1);
  return {
    weeksElapsed: Math.min(Math.max(elapsed, 0), experiment.weeks),
    weeks: experiment.weeks,
    daysLeft: daysBetween(today, experiment.dueOn),
    latest,
  };
}

/** "3 days left", "due today", "2 days overdue". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  return daysLeft > 0 ? `${days(daysLeft)} left` : `${days(-daysLeft)} overdue`;
}

/** "week 2 of 3"; before the first week is over it is week 1. */
export function weekText(timing: ExperimentTiming): string {
  const week = Math.min(timing.weeksElapsed + 1, timing.weeks);
  return `week ${week} of ${timing.weeks}`;
}

/** Experiments running now first (most recently started first), then finished ones (latest finish first). */
export function activeThenFinished(experiments: readonly Experiment[]): {
  active: Experiment[];
  finished: Experiment[];
} {
  const active = experiments.filter((e) => e.status === 'active');
  const finished = experiments
    .filter((e) => e.status === 'finished')
    .sort((a, b) => compareDates(b.finishedOn ?? b.dueOn, a.finishedOn ?? a.dueOn));
  return { active, finished };
}

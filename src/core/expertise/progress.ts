/**
 * `expertiseProgress`: where a person stands in their expertise plan on a given day: weeks gone,
 * which milestones are behind them, due this week or still ahead, and what they have logged.
 */
import { addDays, compareDates, daysBetween } from '../journal/dates.js';
import type { Experiment } from '../journal/schema.js';
import type { ExpertisePlan, Milestone } from './types.js';

/** Past: its date has gone by. Due: it falls within the coming seven days. Upcoming: later. */
export type MilestoneStatus = 'past' | 'due' | 'upcoming';

export interface MilestoneProgress extends Milestone {
  status: MilestoneStatus;
}

export interface ExpertiseProgress {
  /** The day progress is measured on: today, or the day the plan was finished. */
  asOf: string;
  finished: boolean;
  /** Whole weeks since the start, from 0 to the plan's length. */
  weeksElapsed: number;
  weeksTotal: number;
  /** Days until the plan's due date; 0 once it has passed. */
  daysLeft: number;
  checkIns: number;
  hoursLogged: number;
  lastCheckIn: string | null;
  milestones: MilestoneProgress[];
  /** The first milestone not yet past; null once all are, or when the plan is finished. */
  next: Milestone | null;
}

function statusOn(date: string, asOf: string): MilestoneStatus {
  if (compareDates(date, asOf) < 0) return 'past';
  return compareDates(date, addDays(asOf, 6)) <= 0 ? 'due' : 'upcoming';
}

/** Progress through `plan` for `experiment` on `today` (measured at its finishing day once finished). */
export function expertiseProgress(
  experiment: Experiment,
  plan: ExpertisePlan,
  today: string,
): ExpertiseProgress {
  const finished = experiment.status === 'finished';
  const asOf = experiment.finishedOn ?? today;
  const days = daysBetween(experiment.startedOn, asOf);
  const milestones = plan.milestones.map((m) => ({ ...m, status: statusOn(m.date, asOf) }));
  const lastCheckIn = experiment.checkIns.reduce<string | null>(
    (latest, c) => (latest === null || compareDates(c.date, latest) > 0 ? c.date : latest),
    null,
  );
  return {
    asOf,
    finished,
    weeksElapsed: Math.min(Math.max(Math.floor(days / 7), 0), experiment.weeks),
    weeksTotal: experiment.weeks,
    daysLeft: Math.max(daysBetween(asOf, experiment.dueOn), 0),
    checkIns: experiment.checkIns.length,
    hoursLogged: experiment.checkIns.reduce((sum, c) => sum + (c.hours ?? 0), 0),
    lastCheckIn,
    milestones,
    next: finished ? null : (plan.milestones.find((m) => compareDates(m.date, asOf) >= 0) ?? null),
  };
}

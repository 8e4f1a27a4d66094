/**
 * Evidence from the journal: each check-in of an experiment becomes a rating of progress (how good
 * the person is at the work) and of enjoyment, with a weight in prior-equivalents, for the path
 * the experiment tests and, partly, for close paths. The fit model (../advice/fit.ts) combines it
 * with the profile's history in one update.
 *
 * Assumptions, and why:
 * - A check-in is worth a quarter of the prior, so about four of them (a typical 1–4 week fit test
 *   with weekly check-ins) move an estimate halfway from the prior to what was observed. That is
 *   far more per week than a remembered month of history (a twelfth of the prior): a fit test is
 *   built to give fast feedback, and ratings logged at the time are not blurred by memory.
 * - Hours make a check-in count a little more (a long week of work says more than an hour), up to
 *   a cap, so that one check-in never outweighs several.
 * - One experiment counts for at most two prior-equivalents however many check-ins it has: it is
 *   one project, and a long expertise plan should not drown out everything else. When it reaches
 *   the cap, all its check-ins are scaled down alike.
 * - An expertise plan (a claimed governance topic) is governance research, whatever path it names.
 * - Reflections and notes are words for the person, not evidence the model reads.
 */

import { orderFreeSum } from '../advice/fit.js';
import type { CheckIn, Experiment } from '../journal/schema.js';
import { PATH_SLUGS, type PathSlug } from '../vocabulary.js';
import { relatedShare } from './related.js';

/** Weight of one check-in, in prior-equivalents: four move an estimate about halfway. */
export const CHECK_IN_WEIGHT = 0.25;
/** Extra weight per logged hour of work. */
export const HOUR_WEIGHT = 0.01;
/** A check-in never counts for more than this, however many hours it logs. */
export const MAX_CHECK_IN_WEIGHT = 0.4;
/** One experiment never counts for more than this, however many check-ins it has. */
export const MAX_EXPERIMENT_WEIGHT = 2;

/** One check-in as evidence about one path. */
export interface LoggedEvidence {
  experimentId: string;
  experimentTitle: string;
  checkInId: string;
  date: string;
  hours: number | null;
  progress: number;
  enjoyment: number;
  /** How much the experiment's work tells about this path: 1 when it tests this path. */
  share: number;
  /** How much the check-in counts for this path, in prior-equivalents. */
  weight: number;
}

/** The path an experiment tests: an expertise plan is governance research. */
export function experimentPath(experiment: Experiment): PathSlug {
  return experiment.kind === 'expertise' ? 'governance-research' : experiment.path;
}

/** How much one check-in counts for the path its experiment tests, before the experiment's cap. */
export function checkInWeight(checkIn: CheckIn): number {
  return Math.min(MAX_CHECK_IN_WEIGHT, CHECK_IN_WEIGHT + HOUR_WEIGHT * (checkIn.hours ?? 0));
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first; ties by experiment and check-in id, so the input order never shows. */
function canonicalOrder(a: LoggedEvidence, b: LoggedEvidence): number {
  return byText(a.date, b.date) || byText(a.experimentId, b.experimentId) || byText(a.checkInId, b.checkInId);
}

/** Every check-in of the experiments as evidence about `path`, oldest first. */
export function loggedEvidence(experiments: readonly Experiment[], path: PathSlug): LoggedEvidence[] {
  const out: LoggedEvidence[] = [];
  for (const experiment of experiments) {
    const share = relatedShare(experimentPath(experiment), experiment.direction, path);
    if (share === 0 || experiment.checkIns.length === 0) continue;
    const raw = experiment.checkIns.map(checkInWeight);
    const total = orderFreeSum(raw);
    const scale = total > MAX_EXPERIMENT_WEIGHT ? MAX_EXPERIMENT_WEIGHT / total : 1;
    experiment.checkIns.forEach((checkIn, i) => {
      out.push({
        experimentId: experiment.id,
        experimentTitle: experiment.title,
        checkInId: checkIn.id,
        date: checkIn.date,
        hours: checkIn.hours,
        progress: checkIn.progress,
        enjoyment: checkIn.enjoyment,
        share,
        weight: (raw[i] ?? 0) * scale * share,
      });
    });
  }
  return out.sort(canonicalOrder);
}

/** The journal's evidence for every path that has some. */
export function loggedByPath(experiments: readonly Experiment[]): Map<PathSlug, LoggedEvidence[]> {
  const byPath = new Map<PathSlug, LoggedEvidence[]>();
  if (experiments.length === 0) return byPath;
  for (const path of PATH_SLUGS) {
    const logged = loggedEvidence(experiments, path);
    if (logged.length > 0) byPath.set(path, logged);
  }
  return byPath;
}

/** Only the experiments' check-ins logged on or before `date`: the journal as it stood that day. */
export function journalAsOf(experiments: readonly Experiment[], date: string): Experiment[] {
  return experiments.map((e) => ({ ...e, checkIns: e.checkIns.filter((c) => c.date <= date) }));
}

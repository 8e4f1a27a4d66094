/**
 * The fit report and the fit history: the same estimates the plan ranks paths by (rule nudges,
 * history and check-ins included), in a shape for `lever fit` and the web chart. Pure: the order
 * of experiments and check-ins never changes either result.
 */
import { fitAdjustments } from '../advice/apply-rules.js';
import type { AdviceContext } from '../advice/context.js';
import { fitRange, orderFreeSum, type PathFit, rankPaths } from '../advice/fit.js';
import { daysBetween } from '../journal/dates.js';
import type { Experiment } from '../journal/schema.js';
import type { Profile } from '../profile/schema.js';
import type { PathSlug } from '../vocabulary.js';
import { experimentPath, journalAsOf, loggedByPath } from './evidence.js';
import { relatedShare } from './related.js';
import type { FitEvidence, FitHistory, FitPoint, FitReport } from './schema.js';
import { pathSignals } from './signals.js';

const round2 = (x: number): number => Math.round(x * 100) / 100;

function rank(profile: Profile, ctx: AdviceContext, experiments: readonly Experiment[]): PathFit[] {
  return rankPaths(profile, ctx.paths, fitAdjustments(ctx.compiledRules, profile), loggedByPath(experiments));
}

/** How many experiments, check-ins and logged hours. */
function counts(experiments: readonly Experiment[]): Omit<FitEvidence, 'related'> {
  const checkIns = experiments.flatMap((e) => e.checkIns);
  return {
    experiments: experiments.length,
    checkIns: checkIns.length,
    hours: round2(orderFreeSum(checkIns.map((c) => c.hours ?? 0))),
  };
}

/**
 * What the estimate for a path rests on: the experiments that bear on it and their logs, and
 * apart, the part from work on a related path (which counts only partly).
 */
function evidenceFor(path: PathSlug, experiments: readonly Experiment[]): FitEvidence {
  const share = (e: Experiment) => relatedShare(experimentPath(e), e.direction, path);
  const bearing = experiments.filter((e) => share(e) > 0);
  return { ...counts(bearing), related: counts(bearing.filter((e) => share(e) < 1)) };
}

/** Every path's fit with its good-at and enjoy estimates, evidence and signal; best fit first. */
export function fitReport(
  profile: Profile,
  ctx: AdviceContext,
  experiments: readonly Experiment[],
): FitReport {
  const ranked = rank(profile, ctx, experiments);
  const signals = pathSignals(ranked, experiments);
  return {
    version: 1,
    paths: ranked.map((fit) => {
      const signal = signals.get(fit.id);
      return {
        id: fit.id,
        title: ctx.pathsById.get(fit.id)?.title ?? fit.id,
        fit: fit.fit,
        range: fitRange(fit),
        good: { value: fit.good, uncertainty: fit.goodUncertainty },
        enjoy: { value: fit.enjoy, uncertainty: fit.enjoyUncertainty },
        evidence: evidenceFor(fit.id, experiments),
        ...(signal ? { signal } : {}),
      };
    }),
  };
}

/** Every path's fit and plausible range, in the knowledge base's order (stable for a chart). */
function points(profile: Profile, ctx: AdviceContext, experiments: readonly Experiment[]): FitPoint[] {
  const byId = new Map(rank(profile, ctx, experiments).map((fit) => [fit.id, fit]));
  return ctx.paths.flatMap((path) => {
    const fit = byId.get(path.id);
    return fit ? [{ id: fit.id, fit: fit.fit, ...fitRange(fit) }] : [];
  });
}

/**
 * The most points a fit history has. Each point reranks every path over the journal up to its day,
 * so a history costs points × check-ins; a chart or table cannot show more days than this anyway.
 */
export const MAX_HISTORY_POINTS = 120;

/**
 * The days a history has points for: every day with check-ins, or, when there are more than
 * MAX_HISTORY_POINTS, the last such day of each span of 7 days (14, 28, … while still too many),
 * counted from the first. The last day is always kept, so the history ends where the report is.
 */
export function historyDates(days: readonly string[]): string[] {
  const sorted = [...new Set(days)].sort();
  const first = sorted[0];
  if (first === undefined || sorted.length <= MAX_HISTORY_POINTS) return sorted;
  for (let span = 7; ; span *= 2) {
    const lastOfSpan = new Map<number, string>();
    for (const day of sorted) lastOfSpan.set(Math.floor(daysBetween(first, day) / span), day);
    if (lastOfSpan.size <= MAX_HISTORY_POINTS) return [...lastOfSpan.values()];
  }
}

/**
 * The estimates before any check-in and after each day with check-ins (or the last such day of
 * each week or longer span, see historyDates), dates ascending.
 */
export function fitHistory(
  profile: Profile,
  ctx: AdviceContext,
  experiments: readonly Experiment[],
): FitHistory {
  const dates = historyDates(experiments.flatMap((e) => e.checkIns.map((c) => c.date)));
  return {
    version: 1,
    start: points(profile, ctx, journalAsOf(experiments, '')),
    points: dates.map((date) => ({ date, paths: points(profile, ctx, journalAsOf(experiments, date)) })),
  };
}

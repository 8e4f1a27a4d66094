/**
 * The fit model: how good at and how much a person would enjoy each path, with an honest
 * uncertainty. Personal fit is the combination of the two (the post's "what you're really good at"
 * and "what you really enjoy"), so fit is their geometric mean: weak on either side drags it down.
 *
 * Assumptions, in order of influence:
 * - What someone has tried (history) and what they logged while testing their fit (check-ins in
 *   the journal, see ../feedback/evidence.ts) are the strongest evidence. Both are ratings of
 *   progress and enjoyment with a weight in prior-equivalents, and both enter one update, so the
 *   estimate does not depend on the order in which anything was listed or logged.
 * - Self-rated skills say how good one would be at a path, weighted by the order of importance the
 *   knowledge base gives the path's skills. Unanswered skills fall back to a neutral prior.
 * - Stated enjoyment, leaning and interests say how much one would enjoy it; untested, so uncertain.
 * - Rules may nudge either side for reasons the post gives (e.g. corporate experience and lab governance).
 */
import type { LoggedEvidence } from '../feedback/evidence.js';
import { EMPIRICAL_DIRECTIONS, relatedShare } from '../feedback/related.js';
import type { Path } from '../kb/schema.js';
import type { HistoryEntry, Profile } from '../profile/schema.js';
import type { PathSlug } from '../vocabulary.js';
import { activityPath, isInterestedIn, skill } from './profile-view.js';

const NEUTRAL_GOOD = 0.4;
const NEUTRAL_ENJOY = 0.45;
/** Self-ratings are informative but optimistic about untested work: trust them this much. */
const SELF_RATING_TRUST = 0.75;
/** A 0–4 rating of how something went, as a probability-like score; 3 ("went well") is clearly good. */
const RATING_SCORE = [0.05, 0.3, 0.55, 0.8, 0.95] as const;
export const ratingScore = (rating: number): number => RATING_SCORE[Math.round(rating)] ?? 0.5;
/** How many months of trying a path weigh as much as the whole prior. */
const PRIOR_MONTHS = 12;
/** Months beyond which more time at the same activity adds no further evidence. */
const MAX_EVIDENCE_MONTHS = 36;

export interface Evidence {
  entry: HistoryEntry;
  /** How much the entry's work tells about the path: 1 for the path itself, less for close work. */
  share: number;
  /** How much this entry counts for the path, in prior-equivalents. */
  weight: number;
}

/** Ratings of how something went, and how much they count, in prior-equivalents. */
interface Rated {
  weight: number;
  progress: number;
  enjoyment: number;
}

export interface PathFit {
  id: PathSlug;
  good: number;
  enjoy: number;
  fit: number;
  /** The mean of the two uncertainties below. */
  uncertainty: number;
  goodUncertainty: number;
  enjoyUncertainty: number;
  /** Which parts of the estimate rest on answers rather than priors. */
  basis: { skills: readonly string[]; enjoys: readonly string[]; leaning: boolean; interest: boolean };
  /** What the profile's history says about this path. */
  evidence: Evidence[];
  /** The journal's check-ins that bear on this path, in canonical order. */
  logged: readonly LoggedEvidence[];
}

/** Journal evidence per path, as ../feedback/evidence.ts prepares it. */
export type LoggedByPath = ReadonlyMap<PathSlug, readonly LoggedEvidence[]>;
const NOTHING_LOGGED: LoggedByPath = new Map();

export interface FitAdjustment {
  path: PathSlug;
  good?: number;
  enjoy?: number;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The share of a history entry's work that bears on a path (see ../feedback/related.ts). */
export function historyShare(entry: HistoryEntry, path: PathSlug): number {
  const from = activityPath(entry.activity);
  return relatedShare(from, from === entry.activity ? null : entry.activity, path);
}

/** How much a history entry tells about a path: fully for the path itself, partly for close ones. */
export function evidenceWeight(entry: HistoryEntry, path: PathSlug): number {
  return (Math.min(entry.months, MAX_EVIDENCE_MONTHS) / PRIOR_MONTHS) * historyShare(entry, path);
}

function goodPrior(profile: Profile, path: Path): { value: number; uncertainty: number; known: string[] } {
  let weighted = 0;
  let knownWeight = 0;
  let totalWeight = 0;
  const known: string[] = [];
  path.fit.skills.forEach((name, i) => {
    const w = 1 / (1 + 0.5 * i);
    totalWeight += w;
    const level = skill(profile, name);
    if (level !== undefined) {
      weighted += w * (level / 4);
      knownWeight += w;
      known.push(name);
    }
  });
  const unknownShare = totalWeight === 0 ? 1 : 1 - knownWeight / totalWeight;
  const rated = knownWeight === 0 ? NEUTRAL_GOOD : weighted / knownWeight;
  const answered = SELF_RATING_TRUST * rated + (1 - SELF_RATING_TRUST) * NEUTRAL_GOOD;
  return {
    value: answered * (1 - unknownShare) + NEUTRAL_GOOD * unknownShare,
    uncertainty: 0.35 + 0.65 * unknownShare,
    known,
  };
}

function enjoyPrior(profile: Profile, path: Path) {
  const leaning = profile.leaning === path.id;
  const interest =
    isInterestedIn(profile, path.id) ||
    (path.id === 'alignment-research' &&
      (profile.interests ?? []).some((i) => EMPIRICAL_DIRECTIONS.has(i) || i === 'alignment-theory'));
  const matches = (profile.enjoys ?? []).filter((e) => path.fit.enjoys.includes(e));
  let value: number;
  let uncertainty: number;
  if (profile.enjoys === undefined) {
    value = NEUTRAL_ENJOY;
    uncertainty = 1;
  } else {
    const needed = Math.min(2, path.fit.enjoys.length);
    value = 0.3 + 0.4 * Math.min(1, matches.length / needed);
    uncertainty = 0.5;
  }
  if (leaning) value += 0.08;
  if (interest) value += 0.04;
  if (leaning || interest) uncertainty = Math.min(uncertainty, 0.8);
  return { value: clamp01(value), uncertainty, matches, leaning, interest };
}

/**
 * Sums numbers in ascending order. Floating-point addition depends on order, so a canonical order
 * keeps every estimate independent of the order in which the person listed what they tried.
 */
export function orderFreeSum(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((sum, v) => sum + v, 0);
}

/**
 * Combines a prior with rated evidence, as if the prior were one observation of weight 1: each
 * piece pulls the estimate toward its rating in proportion to its weight, and the uncertainty
 * divides by one plus the total weight, so it never grows as evidence comes in.
 */
function update(prior: number, uncertainty: number, evidence: readonly Rated[], pick: (e: Rated) => number) {
  const total = orderFreeSum(evidence.map((e) => e.weight));
  const observed = orderFreeSum(evidence.map((e) => e.weight * ratingScore(pick(e))));
  return {
    value: (prior + observed) / (1 + total),
    uncertainty: uncertainty / (1 + total),
  };
}

/**
 * Estimates fit for one path from the profile, rule nudges and the journal's check-ins on it.
 * Pure: the same inputs always give the same estimate.
 */
export function estimatePathFit(
  profile: Profile,
  path: Path,
  adjustments: readonly FitAdjustment[] = [],
  logged: readonly LoggedEvidence[] = [],
): PathFit {
  const gp = goodPrior(profile, path);
  const ep = enjoyPrior(profile, path);
  const nudgeGood = adjustments.filter((a) => a.path === path.id).reduce((s, a) => s + (a.good ?? 0), 0);
  const nudgeEnjoy = adjustments.filter((a) => a.path === path.id).reduce((s, a) => s + (a.enjoy ?? 0), 0);
  const evidence = (profile.history ?? [])
    .map((entry) => ({ entry, share: historyShare(entry, path.id), weight: evidenceWeight(entry, path.id) }))
    .filter((e) => e.weight > 0);
  const rated: Rated[] = [
    ...evidence.map(({ entry, weight }) => ({
      weight,
      progress: entry.progress,
      enjoyment: entry.enjoyment,
    })),
    ...logged,
  ];
  const good = update(clamp01(gp.value + nudgeGood), gp.uncertainty, rated, (e) => e.progress);
  const enjoy = update(clamp01(ep.value + nudgeEnjoy), ep.uncertainty, rated, (e) => e.enjoyment);
  return {
    id: path.id,
    good: round3(good.value),
    enjoy: round3(enjoy.value),
    fit: round3(Math.sqrt(good.value * enjoy.value)),
    uncertainty: round3((good.uncertainty + enjoy.uncertainty) / 2),
    goodUncertainty: round3(good.uncertainty),
    enjoyUncertainty: round3(enjoy.uncertainty),
    basis: { skills: gp.known, enjoys: ep.matches, leaning: ep.leaning, interest: ep.interest },
    evidence,
    logged,
  };
}

/** Estimates every path and ranks them, best fit first; ties keep the knowledge base's order. */
export function rankPaths(
  profile: Profile,
  paths: readonly Path[],
  adjustments: readonly FitAdjustment[] = [],
  logged: LoggedByPath = NOTHING_LOGGED,
) {
  return paths
    .map((path, order) => ({
      order,
      fit: estimatePathFit(profile, path, adjustments, logged.get(path.id) ?? []),
    }))
    .sort((a, b) => b.fit.fit - a.fit.fit || a.order - b.order)
    .map((x) => x.fit);
}

/** The plausible range of a fit estimate given its uncertainty. */
export function fitRange(fit: PathFit): { low: number; high: number } {
  const spread = 0.05 + 0.3 * fit.uncertainty;
  return { low: round3(clamp01(fit.fit - spread)), high: round3(clamp01(fit.fit + spread)) };
}

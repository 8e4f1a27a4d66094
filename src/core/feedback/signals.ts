/**
 * Signals: what the evidence so far asks of the person on each path. One function reads all of it,
 * the profile's history and the journal's check-ins alike, and gives at most one signal per path:
 *
 * - pivot: sustained progress without enjoyment (the post's advice to pivot once even repeated
 *   success brings no excitement, with its caveat that this depends on one's situation);
 * - keep testing: enjoyment while progress is slow, or encouraging early check-ins that are still
 *   too few to rely on;
 * - double down: sustained progress and enjoyment together, which is what personal fit means;
 * - test next: once the person runs experiments, the untested path whose next experiment would
 *   teach the most, because it is promising and the estimate is unsure.
 */
import { fitRange, orderFreeSum, type PathFit } from '../advice/fit.js';
import type { Experiment } from '../journal/schema.js';
import { rangeText } from '../plan/labels.js';
import type { Signal } from '../plan/schema.js';
import type { PathSlug } from '../vocabulary.js';
import { experimentPath } from './evidence.js';
import { signalText } from './signal-text.js';

/** An average rating (0–4) at or above this is clearly good: 3 means "went well". */
export const HIGH_RATING = 3;
/** An average rating at or below this is clearly poor. */
export const LOW_RATING = 1.5;
/** A remembered stint shorter than this says too little to act on. */
export const MIN_HISTORY_MONTHS = 3;
/**
 * Only work on the path itself (a share of 1) speaks for it in a signal. Neighbouring work moves a
 * path's fit estimate (related.ts), but enjoying or not enjoying an interpretability replication
 * says nothing sure about enjoying ML engineering, so it never asks the person to pivot away from,
 * or double down on, a path they have not tried.
 */
export const DIRECT_SHARE = 1;
/** This many check-ins on a path are a track record rather than a first impression. */
export const SUSTAINED_CHECK_INS = 4;
/** Below this uncertainty a path is known well enough that testing it would teach little. */
export const TEST_NEXT_MIN_UNCERTAINTY = 0.25;

/** The evidence that is about the path itself, averaged: what the signals judge. */
export interface TrackRecord {
  progress: number;
  enjoyment: number;
  /** Stints of the profile's history among the evidence. */
  remembered: number;
  /** Check-ins among the evidence (none when it is all remembered history). */
  checkIns: number;
  /** Long enough to act on: a stint of some months, or several check-ins. */
  sustained: boolean;
}

/** The weighted averages of the path's direct evidence, or undefined when there is none. */
export function trackRecord(fit: PathFit): TrackRecord | undefined {
  const remembered = fit.evidence
    .filter((e) => e.entry.months >= MIN_HISTORY_MONTHS && e.share >= DIRECT_SHARE)
    .map(({ entry, weight }) => ({ weight, progress: entry.progress, enjoyment: entry.enjoyment }));
  const logged = fit.logged.filter((e) => e.share >= DIRECT_SHARE);
  const pool = [...remembered, ...logged];
  if (pool.length === 0) return undefined;
  const weight = orderFreeSum(pool.map((e) => e.weight));
  const avg = (pick: (e: (typeof pool)[number]) => number) =>
    orderFreeSum(pool.map((e) => e.weight * pick(e))) / weight;
  return {
    progress: avg((e) => e.progress),
    enjoyment: avg((e) => e.enjoyment),
    remembered: remembered.length,
    checkIns: logged.length,
    sustained: remembered.length > 0 || logged.length >= SUSTAINED_CHECK_INS,
  };
}

/** Pivot, keep testing or double down, from the path's own track record. */
export function trackRecordSignal(fit: PathFit): Signal | undefined {
  const record = trackRecord(fit);
  if (!record) return undefined;
  const { progress, enjoyment, sustained } = record;
  if (sustained && progress >= HIGH_RATING && enjoyment <= LOW_RATING) return signalText('pivot', record);
  if (enjoyment >= HIGH_RATING && progress <= LOW_RATING) {
    return signalText(sustained ? 'keep-testing' : 'keep-testing-early-doubt', record);
  }
  if (enjoyment >= HIGH_RATING && !sustained) return signalText('keep-testing-early-promise', record);
  if (sustained && progress >= HIGH_RATING && enjoyment >= HIGH_RATING) {
    return signalText('double-down', record);
  }
  return undefined;
}

/**
 * The path to test next: among paths without a signal and without an active experiment, the one
 * with the highest fit × uncertainty (a rough value of information: a test matters most where a
 * path could turn out to be a top choice and least is known). Ties keep the ranking's order.
 */
export function testNextPath(
  ranked: readonly PathFit[],
  experiments: readonly Experiment[],
  signalled: ReadonlySet<PathSlug>,
): PathFit | undefined {
  const testing = new Set(experiments.filter((e) => e.status === 'active').map(experimentPath));
  let best: PathFit | undefined;
  for (const fit of ranked) {
    if (signalled.has(fit.id) || testing.has(fit.id) || fit.uncertainty < TEST_NEXT_MIN_UNCERTAINTY) continue;
    if (!best || fit.fit * fit.uncertainty > best.fit * best.uncertainty) best = fit;
  }
  return best;
}

/**
 * Every path's signal from all the evidence: the track record on each path, and, once the person
 * runs experiments, which path to test next. `ranked` is best fit first.
 */
export function pathSignals(
  ranked: readonly PathFit[],
  experiments: readonly Experiment[],
): Map<PathSlug, Signal> {
  const signals = new Map<PathSlug, Signal>();
  for (const fit of ranked) {
    const signal = trackRecordSignal(fit);
    if (signal) signals.set(fit.id, signal);
  }
  if (experiments.length === 0) return signals;
  const next = testNextPath(ranked, experiments, new Set(signals.keys()));
  if (next) {
    signals.set(next.id, {
      kind: 'test-next',
      text: `Of the paths you are not testing, this one pairs a promising fit with the most uncertainty (plausibly ${rangeText(fitRange(next))}): a short fit test here would teach you the most.`,
      principle: 'fast-feedback-loops',
    });
  }
  return signals;
}

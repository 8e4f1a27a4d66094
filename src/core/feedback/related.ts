/**
 * How much trying one kind of work tells about another path. The same table serves the profile's
 * history and the journal's experiments, so a month remembered and a check-in logged spread to
 * neighbouring paths in the same proportions.
 *
 * Assumptions: the empirical research directions exercise much of what ML engineering needs (half
 * as informative as trying it directly); engineering work says a little about alignment research,
 * and governance research a little about lab governance (both 0.3), because they share part of
 * the skills but not the day-to-day work. Everything else says nothing about other paths.
 */
import type { PathSlug } from '../vocabulary.js';

/** Research directions whose day-to-day work is running experiments on models. */
export const EMPIRICAL_DIRECTIONS: ReadonlySet<string> = new Set([
  'scalable-oversight',
  'mechanistic-interpretability',
  'evaluations',
  'unrestricted-adversarial-training',
]);

/**
 * The share of evidence from work on `from` (in research direction `direction`, if any) that
 * counts for `to`: 1 for the same path, less for close work, 0 for unrelated work.
 */
export function relatedShare(from: PathSlug, direction: string | null, to: PathSlug): number {
  if (from === to) return 1;
  if (to === 'ml-engineering' && from === 'alignment-research' && direction !== null) {
    return EMPIRICAL_DIRECTIONS.has(direction) ? 0.5 : 0;
  }
  if (to === 'alignment-research' && from === 'ml-engineering') return 0.3;
  if (to === 'lab-governance' && from === 'governance-research') return 0.3;
  return 0;
}

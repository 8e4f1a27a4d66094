/** Convenience reads over a profile, treating every field as possibly unanswered. */
import type { HistoryEntry, Profile } from '../profile/schema.js';
import type { Background, DirectionSlug, PathSlug, Skill } from '../vocabulary.js';
import { DIRECTION_SLUGS } from '../vocabulary.js';

/** A skill level 0–4, or undefined when the person did not answer. */
export const skill = (p: Profile, name: Skill): number | undefined => p.skills?.[name];

/** True when the skill was answered and is at least `min`. */
export const skillAtLeast = (p: Profile, name: Skill, min: number): boolean => (skill(p, name) ?? -1) >= min;

/** True when the skill was answered and is at most `max`. */
export const skillAtMost = (p: Profile, name: Skill, max: number): boolean => (skill(p, name) ?? 99) <= max;

export const hasBackground = (p: Profile, ...any: Background[]): boolean =>
  any.some((b) => p.background?.includes(b) ?? false);

export const isInterestedIn = (p: Profile, slug: string): boolean =>
  (p.interests as readonly string[] | undefined)?.includes(slug) ?? false;

const isDirection = (slug: string): slug is DirectionSlug =>
  (DIRECTION_SLUGS as readonly string[]).includes(slug);

/** The path a history activity counts as evidence for; research directions count for alignment research. */
export function activityPath(activity: HistoryEntry['activity']): PathSlug {
  return isDirection(activity) ? 'alignment-research' : activity;
}

/** History entries that are evidence about a path. */
export const historyFor = (p: Profile, path: PathSlug): HistoryEntry[] =>
  (p.history ?? []).filter((h) => activityPath(h.activity) === path);

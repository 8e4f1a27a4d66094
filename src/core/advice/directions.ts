/**
 * Which research directions to recommend. The post ranks directions in tiers; Lever keeps the tier
 * as the main signal and lets the person's prerequisites and interests move a direction within it.
 * Overrated directions are never recommended, only flagged when the person is drawn to them.
 */
import type { Direction } from '../kb/schema.js';
import type { PlanDirection, Reason } from '../plan/schema.js';
import type { Profile } from '../profile/schema.js';
import { DIRECTION_SLUGS, type DirectionSlug } from '../vocabulary.js';
import type { AdviceContext } from './context.js';
import { holds } from './facts.js';
import type { PathFit } from './fit.js';
import { isInterestedIn, skill } from './profile-view.js';
import type { Rule } from './rules-schema.js';

const TIER_BASE = { primary: 0.55, secondary: 0.45, overrated: 0.2 } as const;

/** How well the person's skills meet the direction's prerequisites, 0–1 (0.5 when unknown). */
function prerequisiteMatch(profile: Profile, id: DirectionSlug): number {
  const level = (s: Parameters<typeof skill>[1]) => (skill(profile, s) ?? 2) / 4;
  switch (id) {
    case 'alignment-theory':
      return Math.min(level('math'), level('ml'), holds({ profile, ranked: [] }, 'philosophical') ? 1 : 0.5);
    case 'threat-modeling':
      return (level('writing') + level('research') + level('ml')) / 3;
    default:
      return (2 * level('coding') + level('ml')) / 3;
  }
}

function prerequisiteWords(id: DirectionSlug): string {
  if (id === 'alignment-theory') return 'exceptional math, ML theory and philosophical intuition';
  if (id === 'threat-modeling') return 'writing, research and a hands-on grasp of ML';
  return 'coding first, then hands-on ML';
}

const TIER_REASON: Record<Direction['tier'], string> = {
  primary: 'One of the three directions the post considers most promising.',
  secondary: 'One of three areas the post calls important but less central.',
  overrated: 'A line of research the post says newcomers tend to overrate.',
};

/** Whether research directions belong in this person's plan at all. */
export function directionsRelevant(profile: Profile, ranked: readonly PathFit[]): boolean {
  const ctx = { profile, ranked };
  return (
    holds(ctx, 'focus:alignment-research') ||
    holds(ctx, 'focus:ml-engineering') ||
    (profile.interests ?? []).some((i) => (DIRECTION_SLUGS as readonly string[]).includes(i))
  );
}

/** Scores and labels the directions for a plan: recommended, worth considering, or approach with caution. */
export function planDirections(
  ctx: AdviceContext,
  profile: Profile,
  ranked: readonly PathFit[],
  firing: readonly Rule[],
): PlanDirection[] {
  if (!directionsRelevant(profile, ranked)) return [];
  const theoryReady = holds({ profile, ranked }, 'theory-ready');
  const scored = [...ctx.directions.values()]
    .filter((d) => d.tier !== 'overrated' || isInterestedIn(profile, d.id))
    .map((d, order) => {
      const interested = isInterestedIn(profile, d.id);
      const match = prerequisiteMatch(profile, d.id);
      const fit = Math.min(1, TIER_BASE[d.tier] + 0.3 * match + (interested ? 0.15 : 0));
      const cautious = d.tier === 'overrated' || (d.id === 'alignment-theory' && !theoryReady);
      return { d, order, interested, match, fit: Math.round(fit * 1000) / 1000, cautious };
    })
    .sort((a, b) => b.fit - a.fit || a.order - b.order);
  let recommendedCount = 0;
  return scored.map(({ d, interested, match, fit, cautious }) => {
    let recommendation: PlanDirection['recommendation'];
    if (cautious && (interested || d.tier === 'overrated')) recommendation = 'caution';
    else if (!cautious && recommendedCount < 2) {
      recommendation = 'recommended';
      recommendedCount += 1;
    } else recommendation = 'consider';
    const reasons: Reason[] = [
      { text: TIER_REASON[d.tier], principle: d.principles[0] ?? 'most-research-fails' },
    ];
    if (interested)
      reasons.push({ text: 'You listed it among your interests.', principle: 'choose-by-personal-fit' });
    reasons.push({
      text:
        match >= 0.6
          ? `Your skills meet what it needs most: ${prerequisiteWords(d.id)}.`
          : `What it needs most is a stretch for you so far: ${prerequisiteWords(d.id)}.`,
      principle:
        d.id === 'alignment-theory' ? 'theory-is-extra-heavy-tailed' : 'coding-is-the-key-prerequisite',
    });
    for (const rule of firing) {
      for (const r of rule.directions ?? [])
        if (r.id === d.id) reasons.push({ text: r.text, principle: rule.principle });
    }
    return { id: d.id, title: d.title, tier: d.tier, fit, recommendation, reasons };
  });
}

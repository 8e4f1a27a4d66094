/**
 * Facts: the named, reviewable statements about a person that rule conditions are written in.
 * A rule in content/rules.yaml says e.g. `all: [focus:alignment-research, little-research-experience]`;
 * this file says exactly what each of those words means.
 */
import type { Profile } from '../profile/schema.js';
import { Interest } from '../profile/schema.js';
import type { PathSlug } from '../vocabulary.js';
import { BACKGROUNDS, DIRECTION_SLUGS, ENJOYS, PATH_SLUGS, STAGES } from '../vocabulary.js';
import type { PathFit } from './fit.js';
import { hasBackground, isInterestedIn, skill, skillAtLeast, skillAtMost } from './profile-view.js';

export interface FactContext {
  profile: Profile;
  /** Paths ranked by fit, best first; empty while fit adjustments are being decided. */
  ranked: readonly PathFit[];
  /** Facts already decided for this person, so each is evaluated once per plan. */
  cache?: Map<string, boolean>;
}

type Test = (ctx: FactContext) => boolean;

const isDirection = (slug: string): boolean => (DIRECTION_SLUGS as readonly string[]).includes(slug);

const years = (p: Profile) => p.researchExperienceYears;
const triedFor = (p: Profile, months: number) => (p.history ?? []).filter((h) => h.months >= months);

const littleResearchExperience: Test = ({ profile: p }) => {
  const y = years(p);
  if (y !== undefined) return y < 2;
  return p.stage === 'student' || skillAtMost(p, 'research', 1);
};
const technicalBackground: Test = ({ profile: p }) =>
  hasBackground(p, 'cs', 'software-engineering', 'ml') ||
  skillAtLeast(p, 'coding', 3) ||
  skillAtLeast(p, 'ml', 2);
const philosophical: Test = ({ profile: p }) =>
  hasBackground(p, 'philosophy') || (p.enjoys ?? []).some((e) => e === 'theory');

/** Facts that depend only on the profile. */
export const PROFILE_FACTS: Record<string, { means: string; test: Test }> = {
  'little-research-experience': {
    means:
      'under two years of research experience (or, if not said, a student or research skill of 1 or less)',
    test: littleResearchExperience,
  },
  'experienced-researcher': {
    means: 'five or more years of research experience, or research skill of 3 or more',
    test: ({ profile: p }) => (years(p) ?? 0) >= 5 || skillAtLeast(p, 'research', 3),
  },
  senior: {
    means: 'stage is senior, or ten or more years of research experience',
    test: ({ profile: p }) => p.stage === 'senior' || (years(p) ?? 0) >= 10,
  },
  'no-mentor': { means: 'has not said they have a mentor', test: ({ profile: p }) => p.hasMentor !== true },
  'has-mentor': { means: 'has a mentor', test: ({ profile: p }) => p.hasMentor === true },
  'weak-coding': { means: 'coding skill 0 or 1', test: ({ profile: p }) => skillAtMost(p, 'coding', 1) },
  'coding-not-strong': {
    means: 'coding skill 2 or less, or not said',
    test: ({ profile: p }) => (skill(p, 'coding') ?? 0) <= 2,
  },
  'strong-coding': { means: 'coding skill 3 or 4', test: ({ profile: p }) => skillAtLeast(p, 'coding', 3) },
  'strong-math': { means: 'math skill 3 or 4', test: ({ profile: p }) => skillAtLeast(p, 'math', 3) },
  'exceptional-math': { means: 'math skill 4', test: ({ profile: p }) => skillAtLeast(p, 'math', 4) },
  'strong-ml': { means: 'ML skill 3 or 4', test: ({ profile: p }) => skillAtLeast(p, 'ml', 3) },
  'ml-researcher': {
    means: 'ML skill and research skill both 3 or more',
    test: ({ profile: p }) => skillAtLeast(p, 'ml', 3) && skillAtLeast(p, 'research', 3),
  },
  'theory-minded': {
    means: 'enjoys theory or proofs, or is interested in conceptual research or alignment theory',
    test: ({ profile: p }) =>
      (p.enjoys ?? []).some((e) => e === 'theory' || e === 'proofs') ||
      isInterestedIn(p, 'conceptual-research') ||
      isInterestedIn(p, 'alignment-theory'),
  },
  'physics-or-math': {
    means: 'a background in physics or mathematics',
    test: ({ profile: p }) => hasBackground(p, 'physics', 'math'),
  },
  philosophical: { means: 'a philosophy background, or enjoys theory', test: philosophical },
  'theory-ready': {
    means: 'math skill 4, ML skill 3 or more, and a philosophy background or a taste for theory',
    test: (ctx) =>
      skillAtLeast(ctx.profile, 'math', 4) && skillAtLeast(ctx.profile, 'ml', 3) && philosophical(ctx),
  },
  'corporate-experience': {
    means: 'has worked in a large organization',
    test: ({ profile: p }) => p.corporateExperience === true,
  },
  'people-oriented': {
    means: 'people skill 3 or more, or enjoys working with people',
    test: ({ profile: p }) => skillAtLeast(p, 'people', 3) || (p.enjoys ?? []).includes('people'),
  },
  'technical-background': {
    means: 'a CS, software or ML background, coding skill 3+, or ML skill 2+',
    test: technicalBackground,
  },
  'no-technical-background': {
    means: 'no technical background, and coding and ML skills 1 or less (or not said)',
    test: (ctx) =>
      !technicalBackground(ctx) &&
      (skill(ctx.profile, 'coding') ?? 0) <= 1 &&
      (skill(ctx.profile, 'ml') ?? 0) <= 1,
  },
  'legible-ai-expertise': {
    means: 'a CS, software or ML background, or ML skill 2 or more',
    test: ({ profile: p }) =>
      hasBackground(p, 'cs', 'software-engineering', 'ml') || skillAtLeast(p, 'ml', 2),
  },
  'governance-background': {
    means: 'a background in security, hardware, policy, law, international relations or economics',
    test: ({ profile: p }) =>
      hasBackground(p, 'security', 'hardware', 'policy', 'law', 'international-relations', 'economics'),
  },
  'successes-without-excitement': {
    means: 'tried something for 3+ months with progress 3+ but enjoyment 1 or less',
    test: ({ profile: p }) => triedFor(p, 3).some((h) => h.progress >= 3 && h.enjoyment <= 1),
  },
  'enjoys-but-slow-progress': {
    means: 'tried something for 3+ months with enjoyment 3+ but progress 1 or less',
    test: ({ profile: p }) => triedFor(p, 3).some((h) => h.enjoyment >= 3 && h.progress <= 1),
  },
  thriving: {
    means: 'tried something for 3+ months with progress and enjoyment both 3+',
    test: ({ profile: p }) => triedFor(p, 3).some((h) => h.progress >= 3 && h.enjoyment >= 3),
  },
  'real-experience': {
    means: 'a year or more at something, or two or more years of research',
    test: ({ profile: p }) => triedFor(p, 12).length > 0 || (years(p) ?? 0) >= 2,
  },
  'no-history': {
    means: 'has not said what they have tried',
    test: ({ profile: p }) => (p.history ?? []).length === 0,
  },
  'enjoys-unknown': {
    means: 'has not said what they enjoy',
    test: ({ profile: p }) => p.enjoys === undefined,
  },
};

/** Below this lead over the runner-up, the best fit is not clear enough to plan around. */
export const CLEAR_LEAD = 0.02;

/** The best-fitting path, if the estimates single one out. */
export function clearBestFit(ranked: readonly PathFit[]): PathFit | undefined {
  const [first, second] = ranked;
  if (!first) return undefined;
  return !second || first.fit - second.fit >= CLEAR_LEAD ? first : undefined;
}

/**
 * Whether a path is in focus: the person leans towards it or named it (or, for alignment research,
 * a research direction) as an interest, or it is clearly their best fit. Runner-up paths are not in
 * focus: their advice would crowd out the advice for what the person is actually choosing.
 */
function inFocus(ctx: FactContext, path: PathSlug): boolean {
  const p = ctx.profile;
  if (p.leaning === path || isInterestedIn(p, path)) return true;
  if (path === 'alignment-research' && (p.interests ?? []).some((i) => isDirection(i))) return true;
  return clearBestFit(ctx.ranked)?.id === path;
}

/** Parametric facts, written `name:value`, e.g. `focus:policy` or `interested-in:cooperative-irl`. */
export const PARAMETRIC_FACTS: Record<
  string,
  {
    means: string;
    values: readonly string[];
    needsRanking: boolean;
    test: (ctx: FactContext, v: string) => boolean;
  }
> = {
  focus: {
    means:
      'the path is their leaning or one of their interests (any research direction counts for alignment research), or clearly their best fit',
    values: PATH_SLUGS,
    needsRanking: true,
    test: (ctx, v) => inFocus(ctx, v as PathSlug),
  },
  top: {
    means: 'the path is clearly their best fit',
    values: PATH_SLUGS,
    needsRanking: true,
    test: (ctx, v) => clearBestFit(ctx.ranked)?.id === v,
  },
  leaning: {
    means: 'their stated leaning',
    values: [...PATH_SLUGS, 'undecided'],
    needsRanking: false,
    test: (ctx, v) => ctx.profile.leaning === v,
  },
  'interested-in': {
    means: 'listed among their interests',
    values: Interest.options,
    needsRanking: false,
    test: (ctx, v) => isInterestedIn(ctx.profile, v),
  },
  background: {
    means: 'listed in their background',
    values: BACKGROUNDS,
    needsRanking: false,
    test: (ctx, v) => (ctx.profile.background as readonly string[] | undefined)?.includes(v) ?? false,
  },
  enjoys: {
    means: 'listed among what they enjoy',
    values: ENJOYS,
    needsRanking: false,
    test: (ctx, v) => (ctx.profile.enjoys as readonly string[] | undefined)?.includes(v) ?? false,
  },
  stage: {
    means: 'their career stage',
    values: STAGES,
    needsRanking: false,
    test: (ctx, v) => ctx.profile.stage === v,
  },
};

/** Facts about the ranking itself. */
export const RANKED_FACTS: Record<string, { means: string; test: Test }> = {
  'leaning-not-a-top-fit': {
    means: 'they lean towards a path that is not among their two best fits',
    test: ({ profile: p, ranked }) =>
      p.leaning !== undefined &&
      p.leaning !== 'undecided' &&
      !ranked.slice(0, 2).some((f) => f.id === p.leaning),
  },
  'uncertain-fit': {
    means: 'the estimate for their best fit is still very uncertain (uncertainty 0.5 or more)',
    test: ({ ranked }) => (ranked[0]?.uncertainty ?? 1) >= 0.5,
  },
};

/** Every fact name a rule may use, e.g. "no-mentor", "focus:policy". */
export function allFactNames(): string[] {
  const names = [...Object.keys(PROFILE_FACTS), ...Object.keys(RANKED_FACTS)];
  for (const [name, fact] of Object.entries(PARAMETRIC_FACTS)) {
    for (const value of fact.values) names.push(`${name}:${value}`);
  }
  return names;
}

/** Whether a fact can be decided before paths are ranked. */
export function factNeedsRanking(name: string): boolean {
  if (name in RANKED_FACTS) return true;
  const [head] = name.split(':');
  return PARAMETRIC_FACTS[head ?? '']?.needsRanking ?? false;
}

/** Evaluates one fact; unknown names are a programming error caught when rules are validated. */
export function holds(ctx: FactContext, name: string): boolean {
  const cached = ctx.cache?.get(name);
  if (cached !== undefined) return cached;
  const value = evaluate(ctx, name);
  ctx.cache?.set(name, value);
  return value;
}

function evaluate(ctx: FactContext, name: string): boolean {
  return compileFact(name)(ctx);
}

/** A fact's test with its name resolved, for evaluating it many times; unknown names throw when run. */
export function compileFact(name: string): Test {
  const simple = PROFILE_FACTS[name] ?? RANKED_FACTS[name];
  if (simple) return simple.test;
  const colon = name.indexOf(':');
  const fact = colon > 0 ? PARAMETRIC_FACTS[name.slice(0, colon)] : undefined;
  if (!fact) {
    return () => {
      throw new Error(`unknown fact "${name}"`);
    };
  }
  const value = name.slice(colon + 1);
  return (ctx) => fact.test(ctx, value);
}

/**
 * Builders for advice tests: a whole, valid profile with overrides, and the advice context read
 * from the source content (not a stale build), prepared once per test file.
 */
import { loadKnowledgeBaseFromContent } from '../../src/content/content-kb.js';
import { loadRulesFromContent } from '../../src/content/content-rules.js';
import { advise } from '../../src/core/advice/advise.js';
import { fitAdjustments } from '../../src/core/advice/apply-rules.js';
import { type AdviceContext, createAdviceContext } from '../../src/core/advice/context.js';
import { rankPaths } from '../../src/core/advice/fit.js';
import { indexKnowledgeBase } from '../../src/core/kb/items.js';
import type { Plan } from '../../src/core/plan/schema.js';
import type { Profile, Skills } from '../../src/core/profile/schema.js';

/**
 * A profile with every question answered, of an early-career person with a CS background who is
 * still undecided. `skills` overrides merge into the default skills; other fields replace.
 */
export function buildProfile(overrides: Profile = {}): Profile {
  const skills: Skills = {
    coding: 2,
    math: 2,
    ml: 1,
    writing: 2,
    research: 1,
    people: 2,
    organizing: 2,
    ...overrides.skills,
  };
  return {
    stage: 'early-career',
    background: ['cs'],
    enjoys: ['reading'],
    researchExperienceYears: 1,
    corporateExperience: false,
    hasMentor: false,
    leaning: 'undecided',
    interests: [],
    history: [],
    ...overrides,
    skills,
  };
}

/** A copy of the profile with the named questions left unanswered. */
export function without<K extends keyof Profile>(profile: Profile, ...keys: K[]): Profile {
  const copy: Profile = { ...profile };
  for (const key of keys) delete copy[key];
  return copy;
}

let shared: AdviceContext | undefined;

/** The advice context from content/, built on first use and shared by the tests of one file. */
export function adviceContext(): AdviceContext {
  if (!shared) {
    const ikb = indexKnowledgeBase(loadKnowledgeBaseFromContent());
    shared = createAdviceContext(ikb, loadRulesFromContent(ikb));
  }
  return shared;
}

/** The plan for a profile built from overrides. */
export const planFor = (overrides: Profile = {}, ctx: AdviceContext = adviceContext()): Plan =>
  advise(buildProfile(overrides), ctx);

/** The paths ranked for a profile, best first, as the engine ranks them (rule nudges included). */
export const ranked = (profile: Profile, ctx: AdviceContext = adviceContext()) =>
  rankPaths(profile, ctx.paths, fitAdjustments(ctx.compiledRules, profile));

/** Ids of the plan's steps, in order. */
export const stepIds = (plan: Plan): string[] => plan.steps.map((s) => s.id);

/** What the plan's cautions are about. */
export const cautionsAbout = (plan: Plan): string[] => plan.cautions.map((c) => c.about);

/** The plan's entry for one path. */
export function pathOf(plan: Plan, id: string): Plan['paths'][number] {
  const path = plan.paths.find((p) => p.id === id);
  if (!path) throw new Error(`the plan has no path "${id}"`);
  return path;
}

/** Every step's title and detail, one per line, for checks on what a step tells the reader. */
export const stepsText = (plan: Plan): string => plan.steps.map((s) => `${s.title}\n${s.detail}`).join('\n');

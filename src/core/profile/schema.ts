/**
 * The profile: what a person tells Lever about themselves (contract v1, see PRODUCT.md).
 * Every field is optional; unknown fields and values are rejected so typos never pass silently.
 */
import * as z from 'zod';
import {
  ApproachSlug,
  Background,
  ClusterSlug,
  DirectionSlug,
  Enjoy,
  PathSlug,
  SKILLS,
  Stage,
} from '../vocabulary.js';

export const SKILL_LEVEL_NAMES = ['none', 'basic', 'working', 'strong', 'expert'] as const;

const Level = z.number().int().min(0).max(4).describe('0 (none) to 4 (expert)');

export const Skills = z
  .object(
    Object.fromEntries(SKILLS.map((skill) => [skill, Level.optional()])) as Record<
      (typeof SKILLS)[number],
      z.ZodOptional<typeof Level>
    >,
  )
  .strict();

/** Anything a person can say they are interested in: a direction, path, governance cluster or approach. */
export const Interest = z.enum([
  ...DirectionSlug.options,
  ...PathSlug.options,
  ...ClusterSlug.options.filter((c) => !(PathSlug.options as readonly string[]).includes(c)),
  ...ApproachSlug.options,
]);

/** What the person has tried: a path or direction, for how long, how well it went, how much they liked it. */
export const Activity = z.enum([...PathSlug.options, ...DirectionSlug.options]);

export const HistoryEntry = z
  .object({
    activity: Activity,
    months: z.number().min(0).max(600).describe('how long, in months'),
    progress: Level.describe('how well it went: 0 (stalled) to 4 (fast progress)'),
    enjoyment: Level.describe('how much you liked it: 0 (not at all) to 4 (loved it)'),
  })
  .strict();

export const NOTES_MAX_LENGTH = 5000;

export const Profile = z
  .object({
    stage: Stage.optional(),
    background: z.array(Background).max(Background.options.length).optional(),
    skills: Skills.optional(),
    enjoys: z.array(Enjoy).max(Enjoy.options.length).optional(),
    researchExperienceYears: z.number().min(0).max(70).optional(),
    corporateExperience: z.boolean().optional(),
    hasMentor: z.boolean().optional(),
    leaning: z.enum([...PathSlug.options, 'undecided']).optional(),
    interests: z.array(Interest).max(Interest.options.length).optional(),
    history: z.array(HistoryEntry).max(50).optional(),
    notes: z.string().max(NOTES_MAX_LENGTH).optional(),
  })
  .strict()
  .describe('A person choosing or changing their AGI-safety career. Every field is optional.');

export type Skills = z.infer<typeof Skills>;
export type Interest = z.infer<typeof Interest>;
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type Profile = z.infer<typeof Profile>;

/** The profile fields Lever asks about, in the order the questionnaire asks them. */
export const PROFILE_QUESTIONS = [
  'stage',
  'background',
  ...SKILLS.map((s) => `skills.${s}` as const),
  'enjoys',
  'researchExperienceYears',
  'corporateExperience',
  'hasMentor',
  'leaning',
  'interests',
  'history',
] as const;
export type ProfileQuestion = (typeof PROFILE_QUESTIONS)[number];

/**
 * The public vocabulary of Lever: stable slugs used by the CLI, the API and saved data.
 * Changing or removing a slug breaks saved profiles; add new ones only.
 */
import * as z from 'zod';

export const PATH_SLUGS = [
  'alignment-research',
  'ml-engineering',
  'governance-research',
  'lab-governance',
  'policy',
  'operations',
  'field-building',
  'communications',
] as const;

export const DIRECTION_SLUGS = [
  'scalable-oversight',
  'mechanistic-interpretability',
  'alignment-theory',
  'evaluations',
  'unrestricted-adversarial-training',
  'threat-modeling',
  'cooperative-irl',
  'natural-abstractions',
  'myopia',
] as const;

export const STAGES = ['student', 'early-career', 'mid-career', 'senior'] as const;

export const TIERS = ['primary', 'secondary', 'overrated'] as const;

export const CLUSTER_SLUGS = ['compute-governance', 'security', 'policy-and-society'] as const;

export const BACKGROUNDS = [
  'cs',
  'software-engineering',
  'ml',
  'math',
  'physics',
  'engineering',
  'other-stem',
  'neuroscience',
  'philosophy',
  'economics',
  'policy',
  'law',
  'international-relations',
  'security',
  'hardware',
  'business',
  'operations',
  'communications',
  'other',
] as const;

export const SKILLS = ['coding', 'math', 'ml', 'writing', 'research', 'people', 'organizing'] as const;

export const ENJOYS = [
  'coding',
  'experiments',
  'proofs',
  'theory',
  'writing',
  'reading',
  'explaining',
  'people',
  'organizing',
  'policy',
  'security',
  'building',
] as const;

export const APPROACH_SLUGS = [
  'conceptual-research',
  'quantitative-modeling',
  'strategy-research',
  'advocacy',
] as const;

export const PathSlug = z.enum(PATH_SLUGS);
export const DirectionSlug = z.enum(DIRECTION_SLUGS);
export const Stage = z.enum(STAGES);
export const Tier = z.enum(TIERS);
export const ClusterSlug = z.enum(CLUSTER_SLUGS);
export const Background = z.enum(BACKGROUNDS);
export const Skill = z.enum(SKILLS);
export const Enjoy = z.enum(ENJOYS);
export const ApproachSlug = z.enum(APPROACH_SLUGS);

export type PathSlug = z.infer<typeof PathSlug>;
export type DirectionSlug = z.infer<typeof DirectionSlug>;
export type Stage = z.infer<typeof Stage>;
export type Tier = z.infer<typeof Tier>;
export type ClusterSlug = z.infer<typeof ClusterSlug>;
export type Background = z.infer<typeof Background>;
export type Skill = z.infer<typeof Skill>;
export type Enjoy = z.infer<typeof Enjoy>;
export type ApproachSlug = z.infer<typeof ApproachSlug>;

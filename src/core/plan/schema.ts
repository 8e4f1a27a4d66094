/**
 * The plan: Lever's advice for one profile (contract v1, see PRODUCT.md, extended compatibly).
 * Every item says why, citing a principle of the knowledge base and the post's section.
 */
import * as z from 'zod';
import { ClusterSlug, DirectionSlug, PathSlug, Tier } from '../vocabulary.js';

const Text = z.string().min(1);
const Score = z.number().min(0).max(1);
const PrincipleId = z.string().min(1).describe('id of a principle in the knowledge base');

export const Reason = z.object({ text: Text, principle: PrincipleId }).strict();

export const Signal = z
  .object({
    kind: z
      .enum(['pivot', 'keep-testing', 'double-down', 'test-next'])
      .describe('what the evidence asks: pivot, keep testing, double down, or test this path next'),
    text: Text,
    principle: PrincipleId,
  })
  .strict();

export const PlanPath = z
  .object({
    id: PathSlug,
    title: Text,
    fit: Score.describe('estimated personal fit: what you are good at combined with what you enjoy'),
    good: Score.describe('how good at this work you are likely to be'),
    enjoy: Score.describe('how much you are likely to enjoy it'),
    uncertainty: Score.describe('how unsure the estimate is: 0 certain, 1 nothing known'),
    range: z.object({ low: Score, high: Score }).strict().describe('plausible range of the fit'),
    signal: Signal.optional(),
    reasons: z.array(Reason),
  })
  .strict();

export const ResourceRef = z.object({ id: Text, title: Text, url: z.url() }).strict();

export const Step = z
  .object({
    id: Text,
    title: Text,
    detail: Text,
    when: z.enum(['this-week', 'this-month', 'next-three-months', 'later']),
    resources: z.array(ResourceRef),
    principles: z.array(PrincipleId).min(1),
  })
  .strict();

export const PlanFitTest = z
  .object({
    id: Text.describe('the fit test in the catalogue: start it as an experiment by this id'),
    title: Text,
    path: PathSlug,
    weeks: z.number().int().min(1).max(8),
    detail: Text,
    deliverable: Text,
    why: Text,
    principle: PrincipleId,
  })
  .strict();

export const ReadingItem = z
  .object({ id: Text, title: Text, url: z.url(), why: Text, principle: PrincipleId })
  .strict();

export const Caution = z
  .object({
    text: Text,
    principle: PrincipleId,
    about: Text.describe('what the caution is about: a slug or topic'),
  })
  .strict();

export const PlanDirection = z
  .object({
    id: DirectionSlug,
    title: Text,
    tier: Tier,
    fit: Score,
    recommendation: z.enum(['recommended', 'consider', 'caution']),
    reasons: z.array(Reason),
  })
  .strict();

export const PlanTopic = z
  .object({ id: Text, title: Text, cluster: ClusterSlug, why: Text, principle: PrincipleId })
  .strict();

export const PrincipleRef = z.object({ id: Text, title: Text, section: Text, url: z.url() }).strict();

export const Plan = z
  .object({
    version: z.literal(1),
    summary: Text,
    paths: z.array(PlanPath).length(PathSlug.options.length),
    directions: z.array(PlanDirection),
    steps: z.array(Step).min(1),
    fitTests: z.array(PlanFitTest),
    readingList: z.array(ReadingItem),
    cautions: z.array(Caution),
    governanceTopics: z.array(PlanTopic),
    principles: z.array(PrincipleRef),
    missing: z.array(Text),
  })
  .strict()
  .describe('An explainable AGI-safety career plan for one profile.');

export type Reason = z.infer<typeof Reason>;
export type Signal = z.infer<typeof Signal>;
export type PlanPath = z.infer<typeof PlanPath>;
export type ResourceRef = z.infer<typeof ResourceRef>;
export type Step = z.infer<typeof Step>;
export type PlanFitTest = z.infer<typeof PlanFitTest>;
export type ReadingItem = z.infer<typeof ReadingItem>;
export type Caution = z.infer<typeof Caution>;
export type PlanDirection = z.infer<typeof PlanDirection>;
export type PlanTopic = z.infer<typeof PlanTopic>;
export type PrincipleRef = z.infer<typeof PrincipleRef>;
export type Plan = z.infer<typeof Plan>;

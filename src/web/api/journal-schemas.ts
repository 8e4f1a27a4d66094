/**
 * The shapes of the journal routes' bodies, query strings and answers that the core does not
 * already publish: the claim body (the topic comes from the URL), the fit query and answer, and the
 * expertise view. The core's own journal and fit schemas (src/core/journal/schema.ts,
 * src/core/feedback/schema.ts) are reused as they are; the expertise plan, which the core types
 * without a schema, is described here and checked against its type.
 */
import * as z from 'zod';
import type { ExpertiseProgress } from '../../core/expertise/progress.js';
import type { ExpertisePlan } from '../../core/expertise/types.js';
import { FitHistory, FitReport } from '../../core/feedback/schema.js';
import { Experiment, IsoDate, TopicClaimInput } from '../../core/journal/schema.js';

export const TopicClaimBody = TopicClaimInput.omit({ topicId: true })
  .strict()
  .describe('Claims the topic named in the URL; `startedOn` defaults to today. The body may be left out.');

export const FitQuery = z
  .object({
    profile: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('the id of a saved profile; by default the most recently updated one'),
  })
  .strict();

export const FitView = z
  .object({
    profile: z
      .object({ id: z.string(), name: z.string() })
      .strict()
      .nullable()
      .describe('the saved profile the estimates start from; null when none is saved (a neutral start)'),
    report: FitReport,
    history: FitHistory,
  })
  .strict()
  .describe('Personal fit per path now, and how it moved with each day of check-ins.');

const PlanResource = z.object({ id: z.string(), title: z.string(), url: z.string().nullable() }).strict();

const Milestone = z
  .object({
    id: z.string(),
    week: z.number().int().min(0).describe('whole weeks after the start'),
    date: IsoDate,
    title: z.string(),
    detail: z.string(),
    principles: z.array(z.string()).describe('ids of the principles the milestone follows'),
    resources: z.array(PlanResource),
  })
  .strict();

export const ExpertisePlanSchema = z
  .object({
    topicId: z.string(),
    topicTitle: z.string(),
    startedOn: IsoDate,
    dueOn: IsoDate.describe("the last milestone's date"),
    milestones: z.array(Milestone).describe('in date order'),
    checks: z
      .array(z.object({ question: z.string(), principle: z.string() }).strict())
      .describe('questions to ask of one’s own work on the topic'),
  })
  .strict()
  .describe(
    'A six-month plan to become the expert on one governance topic.',
  ) satisfies z.ZodType<ExpertisePlan>;

export const ExpertiseProgressSchema = z
  .object({
    asOf: IsoDate.describe('today, or the day the plan was finished'),
    finished: z.boolean(),
    weeksElapsed: z.number().int().min(0),
    weeksTotal: z.number().int().min(1),
    daysLeft: z.number().int().min(0),
    checkIns: z.number().int().min(0),
    hoursLogged: z.number().min(0),
    lastCheckIn: IsoDate.nullable(),
    milestones: z.array(Milestone.extend({ status: z.enum(['past', 'due', 'upcoming']) }).strict()),
    next: Milestone.nullable().describe(
      'the first milestone not yet past; null once all are or when finished',
    ),
  })
  .strict()
  .describe('Where the person stands in their expertise plan.') satisfies z.ZodType<ExpertiseProgress>;

export const ExpertiseView = z
  .object({ experiment: Experiment, plan: ExpertisePlanSchema, progress: ExpertiseProgressSchema })
  .strict()
  .describe('A claimed governance topic: the experiment, its six-month plan and the progress through it.');

export type TopicClaimBody = z.infer<typeof TopicClaimBody>;
export type FitView = z.infer<typeof FitView>;
export type ExpertiseView = z.infer<typeof ExpertiseView>;

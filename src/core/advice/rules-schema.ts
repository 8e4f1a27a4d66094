/**
 * The rule table's shape. Each rule names the principle it applies, the condition on the person
 * (in facts, see facts.ts), and what it contributes to the plan. The table itself is content:
 * content/rules.yaml, reviewed against the post like the knowledge base.
 */
import * as z from 'zod';
import { DirectionSlug, PathSlug } from '../vocabulary.js';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');
const Text = z.string().trim().min(1, 'must not be empty');
const Fact = z
  .string()
  .regex(/^[a-z0-9-]+(:[a-z0-9-]+)?$/, 'must be a fact name such as "no-mentor" or "focus:policy"');

export const Condition = z
  .object({
    all: z.array(Fact).optional().describe('every one of these facts holds'),
    any: z.array(Fact).optional().describe('at least one of these facts holds'),
    none: z.array(Fact).optional().describe('none of these facts holds'),
  })
  .strict();

export const STEP_TIMES = ['this-week', 'this-month', 'next-three-months', 'later'] as const;

export const RuleStep = z
  .object({
    title: Text,
    detail: Text,
    when: z.enum(STEP_TIMES),
    priority: z.number().int().min(0).max(100).describe('higher comes first among steps of the same time'),
    resources: z.array(Id).default([]),
  })
  .strict();

export const Rule = z
  .object({
    id: Id,
    principle: Id,
    when: Condition,
    step: RuleStep.optional(),
    caution: z.object({ about: Text, text: Text }).strict().optional(),
    readings: z
      .object({ resources: z.array(Id).min(1), why: Text })
      .strict()
      .optional(),
    reasons: z.array(z.object({ path: PathSlug, text: Text }).strict()).optional(),
    fit: z
      .array(
        z
          .object({
            path: PathSlug,
            good: z.number().min(-0.5).max(0.5).optional(),
            enjoy: z.number().min(-0.5).max(0.5).optional(),
          })
          .strict(),
      )
      .optional()
      .describe('nudges to the fit estimate; conditions of such rules may not depend on the ranking'),
    directions: z.array(z.object({ id: DirectionSlug, text: Text }).strict()).optional(),
    topics: z
      .object({ ids: z.array(Id).min(1), why: Text })
      .strict()
      .optional(),
  })
  .strict()
  .refine((r) => r.step || r.caution || r.readings || r.reasons || r.fit || r.directions || r.topics, {
    message: 'a rule must contribute something: step, caution, readings, reasons, fit, directions or topics',
  });

export const RuleTable = z.object({ rules: z.array(Rule).min(1) }).strict();

export type Condition = z.infer<typeof Condition>;
export type RuleStep = z.infer<typeof RuleStep>;
export type Rule = z.infer<typeof Rule>;
export type RuleTable = z.infer<typeof RuleTable>;

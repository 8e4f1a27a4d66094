/**
 * The fit report (`lever fit --json`, the API and the web chart): every path's current estimate,
 * what it rests on and its signal; and the fit history, the estimates after each day with
 * check-ins, for the chart of fit over time. One zod schema per shape, so both can be published.
 */
import * as z from 'zod';
import { IsoDate } from '../journal/schema.js';
import { Signal } from '../plan/schema.js';
import { PathSlug } from '../vocabulary.js';

const Score = z.number().min(0).max(1);

export const Estimate = z
  .object({
    value: Score,
    uncertainty: Score.describe('how unsure: 0 certain, 1 nothing known; shrinks as evidence comes in'),
  })
  .strict();

const experimentCount = z.number().int().min(0);
const checkInCount = z.number().int().min(0).describe('check-ins logged on those experiments');
const hourCount = z.number().min(0).describe('hours logged on those experiments');

export const RelatedEvidence = z
  .object({
    experiments: experimentCount.describe('experiments on other, related paths'),
    checkIns: checkInCount,
    hours: hourCount,
  })
  .strict();

export const FitEvidence = z
  .object({
    experiments: experimentCount.describe('experiments that bear on the path, fully or partly'),
    checkIns: checkInCount,
    hours: hourCount,
    related: RelatedEvidence.describe(
      'the part of the above from work on a related path, which counts only partly for this one',
    ),
  })
  .strict();

export const FitReportPath = z
  .object({
    id: PathSlug,
    title: z.string().min(1),
    fit: Score.describe('personal fit: what you are good at combined with what you enjoy'),
    range: z.object({ low: Score, high: Score }).strict().describe('plausible range of the fit'),
    good: Estimate.describe('how good at this work you are likely to be'),
    enjoy: Estimate.describe('how much you are likely to enjoy it'),
    evidence: FitEvidence,
    signal: Signal.optional(),
  })
  .strict();

export const FitReport = z
  .object({
    version: z.literal(1),
    paths: z.array(FitReportPath).length(PathSlug.options.length).describe('every path, best fit first'),
  })
  .strict()
  .describe('Personal fit per path from the profile and the logged evidence.');

export const FitPoint = z.object({ id: PathSlug, fit: Score, low: Score, high: Score }).strict();

export const FitHistory = z
  .object({
    version: z.literal(1),
    start: z.array(FitPoint).describe('every path before any check-in: the profile alone'),
    points: z
      .array(z.object({ date: IsoDate, paths: z.array(FitPoint) }).strict())
      .describe(
        'after each day with check-ins (beyond 120 such days, after the last one of each week or longer span), dates ascending; paths in the knowledge base order',
      ),
  })
  .strict()
  .describe('How the fit estimates moved as check-ins came in.');

export type Estimate = z.infer<typeof Estimate>;
export type RelatedEvidence = z.infer<typeof RelatedEvidence>;
export type FitEvidence = z.infer<typeof FitEvidence>;
export type FitReportPath = z.infer<typeof FitReportPath>;
export type FitReport = z.infer<typeof FitReport>;
export type FitPoint = z.infer<typeof FitPoint>;
export type FitHistory = z.infer<typeof FitHistory>;

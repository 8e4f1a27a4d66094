/**
 * The journal: what a person does to test their fit and what they learn from it. Fit experiments
 * (a catalogue test or their own project, or a claimed governance topic they mean to become the
 * expert on), check-ins logged against them, and concrete asks drafted for a lab. These schemas
 * validate every input from the CLI, the web forms and the API, and describe the stored records.
 */
import * as z from 'zod';
import { DirectionSlug, PathSlug } from '../vocabulary.js';

/** A calendar date, YYYY-MM-DD (no time, no zone: check-ins and deadlines are days). */
export const IsoDate = z.iso.date().describe('a date as YYYY-MM-DD');

/** 0–4, like the profile's history ratings. */
export const Rating = z.number().int().min(0).max(4);

export const NOTE_MAX_LENGTH = 5000;
export const TITLE_MAX_LENGTH = 200;
/** A fit test is time-boxed: at most this many weeks (the catalogue's own tests take 1–4). */
export const EXPERIMENT_MAX_WEEKS = 12;
/** An expertise plan runs about six months, as the post's advice on governance research says. */
export const EXPERTISE_WEEKS = 26;
export const MAX_ASK_STEPS = 20;

const Title = z.string().trim().min(1).max(TITLE_MAX_LENGTH);
const LongText = z.string().max(NOTE_MAX_LENGTH);

/** What a person logs at a check-in. `date` defaults to today. */
export const CheckInInput = z
  .object({
    date: IsoDate.optional(),
    hours: z.number().min(0).max(168).optional().describe('hours spent since the last check-in'),
    progress: Rating.describe('how well it went: 0 (stalled) to 4 (fast progress)'),
    enjoyment: Rating.describe('how much you liked it: 0 (not at all) to 4 (loved it)'),
    note: LongText.optional(),
  })
  .strict();

/** Starts an experiment from the catalogue by its fit test's id. */
export const CatalogueExperimentInput = z
  .object({
    testId: z.string().min(1).max(100),
    startedOn: IsoDate.optional(),
  })
  .strict();

/** Starts an experiment of the person's own design. */
export const OwnExperimentInput = z
  .object({
    title: Title,
    path: PathSlug,
    direction: DirectionSlug.optional(),
    weeks: z.number().int().min(1).max(EXPERIMENT_MAX_WEEKS),
    deliverable: LongText.optional(),
    startedOn: IsoDate.optional(),
  })
  .strict();

export const ExperimentInput = z.union([CatalogueExperimentInput, OwnExperimentInput]);

/** Claims one of the 24 governance topics: starts a six-month expertise plan. */
export const TopicClaimInput = z
  .object({
    topicId: z.string().min(1).max(100),
    startedOn: IsoDate.optional(),
  })
  .strict();

export const FinishInput = z
  .object({
    finishedOn: IsoDate.optional(),
    reflection: LongText.optional(),
  })
  .strict();

/** A check-in as stored. */
export const CheckIn = z
  .object({
    id: z.string(),
    date: IsoDate,
    hours: z.number().nullable(),
    progress: Rating,
    enjoyment: Rating,
    note: z.string().nullable(),
    /** ISO 8601 timestamp set by the store: check-ins on one day keep the order they were logged in. */
    createdAt: z.string(),
  })
  .strict();

export const ExperimentKind = z.enum(['fit-test', 'expertise']);
export const ExperimentStatus = z.enum(['active', 'finished']);

/** An experiment as stored, with its check-ins, oldest first. */
export const Experiment = z
  .object({
    id: z.string(),
    kind: ExperimentKind,
    /** The catalogue test it came from; null for the person's own design and for expertise plans. */
    testId: z.string().nullable(),
    /** The claimed governance topic of an expertise plan; null otherwise. */
    topicId: z.string().nullable(),
    title: Title,
    path: PathSlug,
    direction: DirectionSlug.nullable(),
    weeks: z.number().int().min(1).max(EXPERTISE_WEEKS),
    deliverable: z.string().nullable(),
    startedOn: IsoDate,
    /** startedOn + weeks. */
    dueOn: IsoDate,
    status: ExperimentStatus,
    finishedOn: IsoDate.nullable(),
    reflection: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    checkIns: z.array(CheckIn),
  })
  .strict();

/** A concrete ask for a lab: what, the steps, who has agreed to lead it, and what it costs the lab. */
export const AskInput = z
  .object({
    title: Title,
    lab: z.string().trim().max(TITLE_MAX_LENGTH).optional(),
    ask: LongText.min(1).describe('what the lab should do, in one or two sentences'),
    steps: z.array(z.string().trim().min(1).max(1000)).max(MAX_ASK_STEPS).optional(),
    owner: z.string().trim().max(TITLE_MAX_LENGTH).optional().describe('who has agreed to lead it'),
    cost: LongText.optional().describe('what the lab gives up by doing it'),
  })
  .strict();

export const Ask = z
  .object({
    id: z.string(),
    title: Title,
    lab: z.string().nullable(),
    ask: z.string(),
    steps: z.array(z.string()),
    owner: z.string().nullable(),
    cost: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();

export type IsoDate = z.infer<typeof IsoDate>;
export type CheckInInput = z.infer<typeof CheckInInput>;
export type CatalogueExperimentInput = z.infer<typeof CatalogueExperimentInput>;
export type OwnExperimentInput = z.infer<typeof OwnExperimentInput>;
export type ExperimentInput = z.infer<typeof ExperimentInput>;
export type TopicClaimInput = z.infer<typeof TopicClaimInput>;
export type FinishInput = z.infer<typeof FinishInput>;
export type CheckIn = z.infer<typeof CheckIn>;
export type ExperimentKind = z.infer<typeof ExperimentKind>;
export type ExperimentStatus = z.infer<typeof ExperimentStatus>;
export type Experiment = z.infer<typeof Experiment>;
export type AskInput = z.infer<typeof AskInput>;
export type Ask = z.infer<typeof Ask>;

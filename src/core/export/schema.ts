/**
 * The export document: everything Lever keeps about a person, as one versioned JSON file they can
 * keep, move to another machine, or import again. It holds the saved profiles, every experiment
 * with its check-ins, and every ask, each with its id and timestamps, so an import restores them
 * exactly. A claimed governance topic is an experiment of kind 'expertise', so it is included.
 * Plans, fit reports and expertise plans are not: they are derived from these records and the
 * knowledge base, and are rebuilt on demand.
 *
 * The records reuse the journal and profile schemas, with limits on every list and text and on
 * the shape of ids and timestamps, so a hand-edited or hostile file is refused before anything is
 * written. Version 1 is the first format; a later Lever that changes it raises the version.
 */
import * as z from 'zod';
import {
  Ask,
  CheckIn,
  Experiment,
  MAX_ASK_STEPS,
  NOTE_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from '../journal/schema.js';
import { Profile } from '../profile/schema.js';

export const EXPORT_FORMAT = 'lever-export';
export const EXPORT_VERSION = 1;

/** A saved profile's name: 1 to this many characters (code points) once trimmed. */
export const SAVED_PROFILE_NAME_MAX_LENGTH = 100;
export const RECORD_ID_MAX_LENGTH = 200;
/** Generous bounds (years of daily use) that still stop a file from growing without end. */
export const EXPORT_LIMITS = {
  profiles: 10_000,
  experiments: 10_000,
  checkInsPerExperiment: 10_000,
  asks: 10_000,
} as const;

const RecordId = z.string().min(1).max(RECORD_ID_MAX_LENGTH);
/** Exactly the form the store writes (`Date.toISOString()`), so text order stays time order. */
const Timestamp = z.iso
  .datetime({ precision: 3 })
  .describe('an ISO 8601 UTC timestamp with milliseconds, e.g. 2030-01-01T00:00:00.000Z');
const LongText = z.string().max(NOTE_MAX_LENGTH);
const ShortText = z.string().max(TITLE_MAX_LENGTH);

export const SavedProfileName = z
  .string()
  .trim()
  .min(1)
  .refine(
    (name) => [...name].length <= SAVED_PROFILE_NAME_MAX_LENGTH,
    `is too long: at most ${SAVED_PROFILE_NAME_MAX_LENGTH} characters allowed`,
  );

/** A profile saved under a name, as the store keeps it. */
export const SavedProfile = z
  .object({
    id: RecordId,
    name: SavedProfileName,
    profile: Profile,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .strict();

export const ExportCheckIn = CheckIn.extend({
  id: RecordId,
  hours: z.number().min(0).max(168).nullable(),
  note: LongText.nullable(),
  createdAt: Timestamp,
}).strict();

export const ExportExperiment = Experiment.extend({
  id: RecordId,
  testId: z.string().min(1).max(RECORD_ID_MAX_LENGTH).nullable(),
  topicId: z.string().min(1).max(RECORD_ID_MAX_LENGTH).nullable(),
  deliverable: LongText.nullable(),
  reflection: LongText.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  checkIns: z.array(ExportCheckIn).max(EXPORT_LIMITS.checkInsPerExperiment),
})
  .strict()
  .superRefine((experiment, ctx) => {
    // What the journal always writes; anything else would confuse the pages that read it back.
    if (experiment.status === 'finished' && experiment.finishedOn === null) {
      ctx.addIssue({ code: 'custom', path: ['finishedOn'], message: 'a finished experiment needs a date' });
    }
    if (experiment.status === 'active' && experiment.finishedOn !== null) {
      ctx.addIssue({ code: 'custom', path: ['finishedOn'], message: 'must be null while active' });
    }
    if (experiment.kind === 'expertise' && experiment.topicId === null) {
      ctx.addIssue({ code: 'custom', path: ['topicId'], message: 'an expertise plan needs its topic' });
    }
    if (experiment.kind === 'fit-test' && experiment.topicId !== null) {
      ctx.addIssue({ code: 'custom', path: ['topicId'], message: 'must be null for a fit test' });
    }
  });

export const ExportAsk = Ask.extend({
  id: RecordId,
  lab: ShortText.nullable(),
  ask: LongText.min(1),
  steps: z.array(z.string().min(1).max(1000)).max(MAX_ASK_STEPS),
  owner: ShortText.nullable(),
  cost: LongText.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).strict();

const dataShape = {
  profiles: z.array(SavedProfile).max(EXPORT_LIMITS.profiles),
  experiments: z.array(ExportExperiment).max(EXPORT_LIMITS.experiments),
  asks: z.array(ExportAsk).max(EXPORT_LIMITS.asks),
};

type DataShape = { [K in keyof typeof dataShape]: z.output<(typeof dataShape)[K]> };

/** Ids are unique per kind; check-in ids across all experiments (they share one table). */
function checkUniqueIds(data: DataShape, ctx: z.RefinementCtx): void {
  const claim = (seen: Map<string, string>, id: string, where: (string | number)[]) => {
    const label = `${where[0]}[${where[1]}]${where.length > 3 ? `.checkIns[${where[3]}]` : ''}`;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, label);
    else ctx.addIssue({ code: 'custom', path: where, message: `"${id}" is also the id of ${first}` });
  };
  const profiles = new Map<string, string>();
  const experiments = new Map<string, string>();
  const checkIns = new Map<string, string>();
  const asks = new Map<string, string>();
  for (const [i, p] of data.profiles.entries()) claim(profiles, p.id, ['profiles', i, 'id']);
  for (const [i, e] of data.experiments.entries()) {
    claim(experiments, e.id, ['experiments', i, 'id']);
    for (const [j, c] of e.checkIns.entries()) {
      claim(checkIns, c.id, ['experiments', i, 'checkIns', j, 'id']);
    }
  }
  for (const [i, a] of data.asks.entries()) claim(asks, a.id, ['asks', i, 'id']);
}

/** The records alone: what the store exports and imports. */
export const LeverData = z.object(dataShape).strict().superRefine(checkUniqueIds);

/** The whole file. */
export const ExportDocument = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: Timestamp,
    ...dataShape,
  })
  .strict()
  .superRefine(checkUniqueIds)
  .describe('Everything Lever keeps about a person: saved profiles, experiments with check-ins, asks.');

/** The kinds of record an import or a deletion counts. */
export const DATA_KINDS = ['profiles', 'experiments', 'checkIns', 'asks'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

const Count = z.number().int().min(0);
const ImportCount = z
  .object({
    added: Count.describe('records that were not there and now are'),
    unchanged: Count.describe('records already there, identical, so skipped'),
  })
  .strict();

/** What an import did, per kind of record. */
export const ImportSummary = z
  .object({ profiles: ImportCount, experiments: ImportCount, checkIns: ImportCount, asks: ImportCount })
  .strict();

/** How many records of each kind were deleted. */
export const DeletionSummary = z
  .object({ profiles: Count, experiments: Count, checkIns: Count, asks: Count })
  .strict();

export type SavedProfile = z.output<typeof SavedProfile>;
export type LeverData = z.output<typeof LeverData>;
export type ExportDocument = z.output<typeof ExportDocument>;
export type ImportSummary = z.output<typeof ImportSummary>;
export type DeletionSummary = z.output<typeof DeletionSummary>;

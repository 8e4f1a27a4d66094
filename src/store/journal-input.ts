/**
 * The store's own checks on the journal records it is asked to write. The journal service validates
 * and resolves its input first; these checks run again here against the schemas of the stored
 * records, so no code path can save a row that a later read would reject.
 */
import * as z from 'zod';
import { LeverError } from '../core/errors.js';
import { Ask, CheckIn, Experiment, IsoDate } from '../core/journal/schema.js';
import { formatProblem, problemsFromZod } from '../core/validation.js';
import { findUnstorable } from './profile-input.js';
import type { AskRecord, FinishRecord, NewCheckInRecord, NewExperimentRecord } from './types.js';

const ExperimentRecord = Experiment.pick({
  kind: true,
  testId: true,
  topicId: true,
  title: true,
  path: true,
  direction: true,
  weeks: true,
  deliverable: true,
  startedOn: true,
  dueOn: true,
}).strict();

const CheckInRecord = CheckIn.pick({
  date: true,
  hours: true,
  progress: true,
  enjoyment: true,
  note: true,
}).strict();

const FinishRecordSchema = z.object({ finishedOn: IsoDate, reflection: z.string().nullable() }).strict();

const AskRecordSchema = Ask.pick({
  title: true,
  lab: true,
  ask: true,
  steps: true,
  owner: true,
  cost: true,
}).strict();

/** The experiment as it will be written, or an 'invalid_input' error naming each bad field. */
export function checkExperimentRecord(input: NewExperimentRecord): NewExperimentRecord {
  return checked(ExperimentRecord, input);
}

export function checkCheckInRecord(input: NewCheckInRecord): NewCheckInRecord {
  return checked(CheckInRecord, input);
}

export function checkFinishRecord(input: FinishRecord): FinishRecord {
  return checked(FinishRecordSchema, input);
}

export function checkAskRecord(input: AskRecord): AskRecord {
  return checked(AskRecordSchema, input);
}

function checked<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error, input, schema);
    throw new LeverError('invalid_input', problems.map(formatProblem).join('; '), { problems });
  }
  const badPath = findUnstorable(parsed.data, '');
  if (badPath !== undefined) {
    const problem = {
      path: badPath.replace(/^\./, ''),
      message: 'contains a NUL or an unpaired surrogate, which cannot be stored',
    };
    throw new LeverError('invalid_input', formatProblem(problem), { problems: [problem] });
  }
  return parsed.data;
}

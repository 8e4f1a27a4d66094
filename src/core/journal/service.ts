/**
 * The journal's rules, between the shells and the store: parse untrusted input into the journal's
 * schemas (parse.ts, re-exported here), and turn valid input into the records the store writes
 * (catalogue lookups, default dates, due dates, trimmed text). Pure: today's date and the
 * knowledge base are passed in.
 */
import { LeverError } from '../errors.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { suggestAmong } from '../search/suggest.js';
import type { Problem } from '../validation.js';
import { addDays, addWeeks, compareDates } from './dates.js';
import type { AskRecord, FinishRecord, NewCheckInRecord, NewExperimentRecord } from './records.js';
import {
  type AskInput,
  type CheckInInput,
  EXPERTISE_WEEKS,
  type Experiment,
  type ExperimentInput,
  type FinishInput,
  type TopicClaimInput,
} from './schema.js';

export {
  parseAskInput,
  parseCheckInInput,
  parseExperimentInput,
  parseFinishInput,
  parseTopicClaimInput,
} from './parse.js';

/** Trimmed text, or null when nothing is left. */
function optionalText(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * The earliest start Lever takes. An experiment is a project of the last decades or a planned
 * one, so an earlier year is a typing slip (0026 for 2026), refused rather than stored.
 */
export const EARLIEST_START = '1970-01-01';

/** How far ahead a start may be planned: a year and a day, so "this day next year" fits. */
export const MAX_DAYS_AHEAD = 366;

/**
 * The due date `weeks` after `startedOn`, or an invalid-input error naming `startedOn` when the
 * start lies outside EARLIEST_START to a year from today (a slip like 2206 for 2026), or when the
 * due date would pass the year 9999, which no date field can hold.
 */
/** The first and last day an experiment or expertise plan may start, seen from `today`. */
export function startRange(today: string): { earliest: string; latest: string } {
  return { earliest: EARLIEST_START, latest: addDays(today, MAX_DAYS_AHEAD) };
}

function dueDate(startedOn: string, weeks: number, what: string, today: string): string {
  const { earliest, latest } = startRange(today);
  if (compareDates(startedOn, earliest) < 0 || compareDates(startedOn, latest) > 0) {
    throw new LeverError('invalid_input', `invalid ${what}`, {
      problems: [
        {
          path: 'startedOn',
          message: `"${startedOn}" is out of range; expected a date from ${earliest} to ${latest} (at most a year from today)`,
        },
      ],
    });
  }
  const due = addWeeks(startedOn, weeks);
  if (/^\d{4}-/.test(due)) return due;
  throw new LeverError('invalid_input', `invalid ${what}`, {
    problems: [
      { path: 'startedOn', message: `"${startedOn}" is too late: ${weeks} weeks on is after the year 9999` },
    ],
  });
}

/** The record of a new experiment: a catalogue test resolved by id, or the person's own design. */
export function experimentRecord(
  input: ExperimentInput,
  kb: KnowledgeBase,
  today: string,
): NewExperimentRecord {
  const startedOn = input.startedOn ?? today;
  if ('testId' in input) {
    const test = kb.fitTests.find((t) => t.id === input.testId);
    if (!test) {
      throw new LeverError('not_found', `unknown fit test "${input.testId}"`, {
        suggestions: suggestAmong(kb.fitTests, input.testId, 3),
      });
    }
    return {
      kind: 'fit-test',
      testId: test.id,
      topicId: null,
      title: test.title,
      path: test.path,
      direction: test.direction ?? null,
      weeks: test.weeks,
      deliverable: test.deliverable,
      startedOn,
      dueOn: dueDate(startedOn, test.weeks, 'experiment', today),
    };
  }
  return {
    kind: 'fit-test',
    testId: null,
    topicId: null,
    title: input.title.trim(),
    path: input.path,
    direction: input.direction ?? null,
    weeks: input.weeks,
    deliverable: optionalText(input.deliverable),
    startedOn,
    dueOn: dueDate(startedOn, input.weeks, 'experiment', today),
  };
}

/** The record of a claimed governance topic: a six-month expertise plan on the research path. */
export function topicClaimRecord(
  input: TopicClaimInput,
  kb: KnowledgeBase,
  today: string,
): NewExperimentRecord {
  const topic = kb.topics.find((t) => t.id === input.topicId);
  if (!topic) {
    throw new LeverError('not_found', `unknown governance topic "${input.topicId}"`, {
      suggestions: suggestAmong(kb.topics, input.topicId, 3),
    });
  }
  const startedOn = input.startedOn ?? today;
  return {
    kind: 'expertise',
    testId: null,
    topicId: topic.id,
    title: topic.title,
    path: 'governance-research',
    direction: null,
    weeks: EXPERTISE_WEEKS,
    deliverable: `A public post or paper that moves forward what is known about ${topic.title} and AGI governance`,
    startedOn,
    dueOn: dueDate(startedOn, EXPERTISE_WEEKS, 'topic claim', today),
  };
}

/** Problems with a day logged against an experiment: not before it started, not after today. */
function dayProblems(field: string, date: string, startedOn: string, today: string): Problem[] {
  if (compareDates(date, startedOn) < 0) {
    return [
      {
        path: field,
        message: `"${date}" is before the experiment started (${startedOn}); expected a date from ${startedOn} to ${today}`,
      },
    ];
  }
  if (compareDates(date, today) > 0) {
    return [
      { path: field, message: `"${date}" is in the future; expected a date from ${startedOn} to ${today}` },
    ];
  }
  return [];
}

/** Why a check-in cannot be logged against this experiment (empty when it can). */
export function checkInProblems(
  experiment: Pick<Experiment, 'startedOn'>,
  input: CheckInInput,
  today: string,
): Problem[] {
  return dayProblems('date', input.date ?? today, experiment.startedOn, today);
}

/**
 * Why this experiment cannot be finished with this input (empty when it can): the day must lie
 * between today and the start or, once check-ins are logged, the last of them. Each refusal names
 * that range.
 */
export function finishProblems(
  experiment: Pick<Experiment, 'startedOn' | 'checkIns'>,
  input: FinishInput,
  today: string,
): Problem[] {
  const finishedOn = input.finishedOn ?? today;
  const lastCheckIn = experiment.checkIns
    .map((c) => c.date)
    .sort()
    .at(-1);
  const earliest =
    lastCheckIn !== undefined && compareDates(lastCheckIn, experiment.startedOn) > 0
      ? lastCheckIn
      : experiment.startedOn;
  const range = `expected a date from ${earliest} to ${today}`;
  const problem = (why: string): Problem[] => [
    { path: 'finishedOn', message: `"${finishedOn}" ${why}; ${range}` },
  ];
  if (compareDates(finishedOn, experiment.startedOn) < 0) {
    return problem(`is before the experiment started (${experiment.startedOn})`);
  }
  if (compareDates(finishedOn, today) > 0) return problem('is in the future');
  if (compareDates(finishedOn, earliest) < 0) return problem(`is before the last check-in (${earliest})`);
  return [];
}

function refuseFuture(field: string, date: string, today: string): void {
  if (compareDates(date, today) > 0) {
    throw new LeverError('invalid_input', `${field} cannot be in the future`, {
      problems: [{ path: field, message: `"${date}" is after today (${today})` }],
    });
  }
}

/** The record of a check-in, dated today unless a date was given. A future date throws invalid_input. */
export function checkInRecord(input: CheckInInput, today: string): NewCheckInRecord {
  const date = input.date ?? today;
  refuseFuture('date', date, today);
  return {
    date,
    hours: input.hours ?? null,
    progress: input.progress,
    enjoyment: input.enjoyment,
    note: optionalText(input.note),
  };
}

/** The record of finishing an experiment, today unless a date was given. A future date throws. */
export function finishRecord(input: FinishInput, today: string): FinishRecord {
  const finishedOn = input.finishedOn ?? today;
  refuseFuture('finishedOn', finishedOn, today);
  return { finishedOn, reflection: optionalText(input.reflection) };
}

/** The record of an ask: trimmed, absent or blank optional fields as null, no steps as []. */
export function askRecord(input: AskInput): AskRecord {
  return {
    title: input.title.trim(),
    lab: optionalText(input.lab),
    ask: input.ask.trim(),
    steps: (input.steps ?? []).map((step) => step.trim()).filter((step) => step !== ''),
    owner: optionalText(input.owner),
    cost: optionalText(input.cost),
  };
}

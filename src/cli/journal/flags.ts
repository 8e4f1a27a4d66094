/**
 * Command-line flags as journal input. Values go to the journal service as given, so its
 * validation names the field that is wrong: a flag that reads as a number becomes one, anything
 * else (a word, an empty string) stays text and is refused there. A refusal gets a hint naming
 * the flag and what it takes.
 */
import { LeverError } from '../../core/errors.js';
import type { Problem } from '../../core/validation.js';

/** A plain decimal number, as a person types one: "3", "-1", "2.5", ".5". */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * The flag's value as a number when it is written as one, else the text itself (so that "abc" or
 * "" is refused by the schema, never read as 0 the way `Number('')` would).
 */
export function numeric(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : value;
}

/** The entries whose value is defined: optional flags left out are absent, not undefined. */
export function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** Which flag or argument sets each input field, and what it takes. */
const FLAG_HINTS: Readonly<Record<string, string>> = {
  progress: '--progress takes how well it went, a whole number 0 to 4: 0 stalled, 4 fast progress',
  enjoyment: '--enjoyment takes how much you liked it, a whole number 0 to 4: 0 not at all, 4 loved it',
  hours: '--hours takes the hours spent since the last check-in, 0 to 168',
  date: '--date takes a day as YYYY-MM-DD, from the start of the experiment to today',
  finishedOn:
    '--date takes a day as YYYY-MM-DD, from the start of the experiment (or its last check-in) to today',
  startedOn: '--start takes a day as YYYY-MM-DD',
  note: '--note takes text, at most 5000 characters',
  reflection: '--reflection takes text, at most 5000 characters',
  title: '--title takes text, 1 to 200 characters',
  path: '--path takes a path id, as "lever list paths" prints them',
  direction: '--direction takes a research direction id, as "lever list directions" prints them',
  weeks: '--weeks takes a whole number of weeks, 1 to 12',
  deliverable: '--deliverable takes text, at most 5000 characters',
  testId: 'TEST_ID is a fit test id, as "lever tests" prints them',
  topicId: 'TOPIC_ID is a governance topic id, as "lever list topics" prints them',
  lab: '--lab takes text, at most 200 characters',
  ask: '--ask takes what the lab should do, in one or two sentences',
  steps: '--step takes one step each time it is given, at most 20 steps',
  owner: '--owner takes who has agreed to lead it, at most 200 characters',
  cost: '--cost takes what the lab would give up by doing it',
};

/** The hint for a problem's field ("steps[2]" is about --step), or undefined when there is none. */
export function flagHint(path: string): string | undefined {
  const field = /^[A-Za-z]+/.exec(path)?.[0];
  return field !== undefined && Object.hasOwn(FLAG_HINTS, field) ? FLAG_HINTS[field] : undefined;
}

function withHint(problem: Problem): Problem {
  const hint = flagHint(problem.path);
  return hint === undefined ? problem : { ...problem, message: `${problem.message}; ${hint}` };
}

/** Runs `action`; an invalid-input error comes back with each problem naming its flag. */
export async function hinted<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof LeverError) || error.code !== 'invalid_input' || error.problems.length === 0) {
      throw error;
    }
    throw new LeverError(error.code, error.message, {
      problems: error.problems.map(withHint),
      suggestions: error.suggestions,
    });
  }
}

/**
 * Refuses a deletion that was not confirmed with --yes. Called once the record is found, so that
 * an unknown id is reported as not found rather than met with a request to confirm.
 */
export function requireYes(yes: boolean | undefined, what: string): void {
  if (yes === true) return;
  throw new LeverError(
    'invalid_input',
    `deleting ${what} cannot be undone, so Lever asks you to confirm: run the command again with --yes`,
  );
}

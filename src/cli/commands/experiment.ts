/**
 * `lever experiment start|log|unlog|finish|show|delete` and `lever experiments`: fit experiments
 * from the catalogue or of one's own design, check-ins against them (and taking back a mis-logged
 * one), and finishing with a reflection.
 * Input goes to the journal service as typed, so its validation names what is wrong.
 */
import { LeverError } from '../../core/errors.js';
import type { Experiment } from '../../core/journal/schema.js';
import { toJson } from '../../core/json.js';
import type { JournalService } from '../../journal/service.js';
import { defined, flagHint, hinted, numeric, requireYes } from '../journal/flags.js';
import { resolveId, shortId } from '../journal/ids.js';
import { type DataOptions, withJournal } from '../journal/session.js';
import { logCommand, renderExperiment } from '../render/journal/experiment.js';
import { renderExperiments } from '../render/journal/experiments.js';
import { terminalSafe } from '../render/journal/safe-text.js';
import { paragraph } from '../render/text.js';
import { stdoutTerminal } from '../terminal.js';

interface JsonOption {
  json?: boolean;
}

export interface StartOptions extends DataOptions, JsonOption {
  start?: string;
  title?: string;
  path?: string;
  weeks?: string;
  direction?: string;
  deliverable?: string;
}

export interface LogOptions extends DataOptions, JsonOption {
  progress?: string;
  enjoyment?: string;
  hours?: string;
  note?: string;
  date?: string;
}

export interface FinishOptions extends DataOptions, JsonOption {
  reflection?: string;
  date?: string;
}

/** The full id of the experiment `typed` names (an id or a unique prefix of one). */
export async function experimentId(journal: JournalService, typed: string): Promise<string> {
  const ids = (await journal.experiments()).map((e) => e.id);
  return resolveId(typed, ids, {
    name: 'experiment',
    listedBy: '"lever experiments" lists them with their ids',
  });
}

/** The raw input of a new experiment: a catalogue test, or the person's own design. */
function startInput(testId: string | undefined, options: StartOptions): Record<string, unknown> {
  const own = defined({
    title: options.title,
    path: options.path,
    weeks: numeric(options.weeks),
    direction: options.direction,
    deliverable: options.deliverable,
  });
  if (testId !== undefined && Object.keys(own).length > 0) {
    const flags = Object.keys(own).map((field) => `--${field}`);
    throw new LeverError(
      'invalid_input',
      `a catalogue test brings its own title, path and length: leave out ${flags.join(', ')}, or leave out TEST_ID to design your own`,
    );
  }
  if (testId === undefined && Object.keys(own).length === 0) {
    throw new LeverError(
      'invalid_input',
      'say which experiment to start: a TEST_ID from "lever tests", or your own design with --title, --path and --weeks',
    );
  }
  const base = testId === undefined ? own : { testId };
  return { ...base, ...defined({ startedOn: options.start }) };
}

/** One line naming the experiment, then the exact command that logs a check-in. */
function started(experiment: Experiment): string {
  const term = stdoutTerminal();
  return [
    paragraph(
      term,
      `Started ${shortId(experiment.id)}: ${terminalSafe(experiment.title)} (due ${experiment.dueOn})`,
    ),
    'Log a check-in, rating progress and enjoyment from 0 to 4:',
    `  ${logCommand(experiment.id)}`,
  ].join('\n');
}

export async function runExperimentStart(testId: string | undefined, options: StartOptions): Promise<string> {
  const input = startInput(testId, options);
  const experiment = await withJournal({ ...options, create: true }, ({ journal }) =>
    hinted(() => journal.startExperiment(input)),
  );
  return options.json ? toJson(experiment) : started(experiment);
}

/**
 * Refuses a check-in without both ratings before anything is opened. The flags are checked here
 * rather than made required in the command's definition, where a mistyped flag (`--progres 3`)
 * would be reported as a missing --progress instead of as a typo with a suggestion.
 */
function requireRatings(options: LogOptions): void {
  const missing = (['progress', 'enjoyment'] as const).filter((field) => options[field] === undefined);
  if (missing.length === 0) return;
  throw new LeverError(
    'invalid_input',
    `a check-in needs ${missing.map((field) => `--${field}`).join(' and ')}`,
    { problems: missing.map((field) => ({ path: field, message: `is required; ${flagHint(field) ?? ''}` })) },
  );
}

export async function runExperimentLog(id: string, options: LogOptions): Promise<string> {
  requireRatings(options);
  const input = defined({
    progress: numeric(options.progress),
    enjoyment: numeric(options.enjoyment),
    hours: numeric(options.hours),
    note: options.note,
    date: options.date,
  });
  const experiment = await withJournal({ ...options, create: false }, async ({ journal }) => {
    const fullId = await experimentId(journal, id);
    return hinted(() => journal.logCheckIn(fullId, input));
  });
  if (options.json) return toJson(experiment);
  const latest = experiment.checkIns.at(-1);
  return [
    paragraph(
      stdoutTerminal(),
      `Logged check-in ${experiment.checkIns.length} on ${shortId(experiment.id)}: ${terminalSafe(experiment.title)}${latest ? ` (${latest.date}, progress ${latest.progress}/4, enjoyment ${latest.enjoyment}/4)` : ''}`,
    ),
    'See how your fit estimates moved: lever fit',
  ].join('\n');
}

export async function runExperimentFinish(id: string, options: FinishOptions): Promise<string> {
  const input = defined({ reflection: options.reflection, finishedOn: options.date });
  const experiment = await withJournal({ ...options, create: false }, async ({ journal }) => {
    const fullId = await experimentId(journal, id);
    return hinted(() => journal.finishExperiment(fullId, input));
  });
  if (options.json) return toJson(experiment);
  const count = experiment.checkIns.length;
  return [
    paragraph(
      stdoutTerminal(),
      `Finished ${shortId(experiment.id)}: ${terminalSafe(experiment.title)} on ${experiment.finishedOn ?? '?'}, with ${count} check-in${count === 1 ? '' : 's'}.`,
    ),
    'See what it tells you about your fit: lever fit',
  ].join('\n');
}

export async function runExperimentShow(id: string, options: DataOptions & JsonOption): Promise<string> {
  return withJournal({ ...options, create: false }, async ({ journal }) => {
    const experiment = await journal.experiment(await experimentId(journal, id));
    return options.json
      ? toJson(experiment)
      : renderExperiment(stdoutTerminal(), experiment, journal.today());
  });
}

export async function runExperimentDelete(
  id: string,
  options: DataOptions & { yes?: boolean },
): Promise<string> {
  const deleted = await withJournal({ ...options, create: false }, async ({ journal }) => {
    // The id is looked up first, so an unknown one is reported as such, with or without --yes.
    const experiment = await journal.experiment(await experimentId(journal, id));
    requireYes(options.yes, `experiment ${shortId(experiment.id)} and its check-ins`);
    await journal.deleteExperiment(experiment.id);
    return experiment;
  });
  const count = deleted.checkIns.length;
  return paragraph(
    stdoutTerminal(),
    `Deleted experiment ${shortId(deleted.id)}: ${terminalSafe(deleted.title)}, with its ${count} check-in${count === 1 ? '' : 's'}.`,
  );
}

export interface UnlogOptions extends DataOptions {
  checkIn?: string;
  yes?: boolean;
}

/** The position (1 = oldest) `--check-in` names, or the latest check-in's without it. */
function checkInNumber(typed: string | undefined, count: number): number {
  if (count === 0) throw new LeverError('invalid_input', 'this experiment has no check-ins to take back');
  if (typed === undefined) return count;
  const number = Number(typed.trim());
  if (!Number.isInteger(number) || number < 1 || number > count) {
    throw new LeverError(
      'invalid_input',
      `--check-in must be the number of one of the experiment's check-ins, from 1 to ${count}, as "lever experiment show" numbers them; got "${typed}"`,
    );
  }
  return number;
}

/** Takes back one check-in (the latest by default) of an active experiment, after --yes. */
export async function runExperimentUnlog(id: string, options: UnlogOptions): Promise<string> {
  const { experiment, number, checkIn } = await withJournal(
    { ...options, create: false },
    async ({ journal }) => {
      const found = await journal.experiment(await experimentId(journal, id));
      const position = checkInNumber(options.checkIn, found.checkIns.length);
      const chosen = found.checkIns[position - 1];
      if (!chosen) throw new LeverError('internal', 'check-in out of range');
      requireYes(options.yes, `check-in ${position} (${chosen.date}) of experiment ${shortId(found.id)}`);
      return {
        experiment: await journal.deleteCheckIn(found.id, chosen.id),
        number: position,
        checkIn: chosen,
      };
    },
  );
  const left = experiment.checkIns.length;
  return paragraph(
    stdoutTerminal(),
    `Took back check-in ${number} (${checkIn.date}, progress ${checkIn.progress}/4, enjoyment ${checkIn.enjoyment}/4) from experiment ${shortId(experiment.id)}: ${left} check-in${left === 1 ? '' : 's'} left.`,
  );
}

export async function runExperiments(options: DataOptions & JsonOption): Promise<string> {
  const experiments = await withJournal({ ...options, create: false }, ({ journal }) =>
    journal.experiments(),
  );
  return options.json ? toJson(experiments) : renderExperiments(stdoutTerminal(), experiments);
}

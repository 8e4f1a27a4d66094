/**
 * `lever experiment start|log|finish|show|delete` and `lever experiments`: fit experiments from
 * the catalogue or of one's own design, check-ins against them, and finishing with a reflection.
 * Input goes to the journal service as typed, so its validation names what is wrong.
 */
import { LeverError } from '../../core/errors.js';
import type { Experiment } from '../../core/journal/schema.js';
import { toJson } from '../../core/json.js';
import type { JournalService } from '../../journal/service.js';
import { defined, hinted, numeric, requireYes } from '../journal/flags.js';
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
  return resolveId(typed, ids, { name: 'experiment', listCommand: 'lever experiments' });
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

export async function runExperimentLog(id: string, options: LogOptions): Promise<string> {
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
  requireYes(options.yes, `experiment "${id}" and its check-ins`);
  const deleted = await withJournal({ ...options, create: false }, async ({ journal }) => {
    const experiment = await journal.experiment(await experimentId(journal, id));
    await journal.deleteExperiment(experiment.id);
    return experiment;
  });
  const count = deleted.checkIns.length;
  return paragraph(
    stdoutTerminal(),
    `Deleted experiment ${shortId(deleted.id)}: ${terminalSafe(deleted.title)}, with its ${count} check-in${count === 1 ? '' : 's'}.`,
  );
}

export async function runExperiments(options: DataOptions & JsonOption): Promise<string> {
  const experiments = await withJournal({ ...options, create: false }, ({ journal }) =>
    journal.experiments(),
  );
  return options.json ? toJson(experiments) : renderExperiments(stdoutTerminal(), experiments);
}

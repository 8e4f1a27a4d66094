/**
 * `lever topic claim` and `lever topic plan`: claim one of the governance topics as a six-month
 * expertise plan, then follow it as a timeline of milestones, export it to a calendar.
 */

import { LeverError } from '../../core/errors.js';
import { startingReadings } from '../../core/expertise/plan.js';
import type { Experiment } from '../../core/journal/schema.js';
import { toJson } from '../../core/json.js';
import type { JournalService } from '../../journal/service.js';
import { checkExport, outputFile, writeExport } from '../journal/files.js';
import { defined, hinted } from '../journal/flags.js';
import { shortId } from '../journal/ids.js';
import { type DataOptions, withJournal } from '../journal/session.js';
import { terminalSafe } from '../render/journal/safe-text.js';
import { renderTopicPlan } from '../render/journal/topic-plan.js';
import { paragraph } from '../render/text.js';
import { stdoutTerminal } from '../terminal.js';
import { experimentId } from './experiment.js';

export interface ClaimOptions extends DataOptions {
  start?: string;
  json?: boolean;
}

export interface TopicPlanOptions extends DataOptions {
  /** A file, or "-" (or no value) to print the calendar instead of the plan. */
  ics?: string | true;
  /** Replace the calendar file if it exists. */
  force?: boolean;
  json?: boolean;
}

const CALENDAR = 'calendar of this plan';

function claimed(experiment: Experiment): string {
  const id = shortId(experiment.id);
  return [
    paragraph(
      stdoutTerminal(),
      `Claimed ${terminalSafe(experiment.title)}: expertise plan ${id}, ${experiment.startedOn} to ${experiment.dueOn}`,
    ),
    'See the milestones and where to start reading:',
    `  lever topic plan ${id}`,
  ].join('\n');
}

export async function runTopicClaim(topicId: string, options: ClaimOptions): Promise<string> {
  const input = { topicId, ...defined({ startedOn: options.start }) };
  const experiment = await withJournal({ ...options, create: true }, ({ journal }) =>
    hinted(() => journal.claimTopic(input)),
  );
  return options.json ? toJson(experiment) : claimed(experiment);
}

/** The id typed, or the most recently started expertise plan that is still running. */
async function planId(journal: JournalService, typed: string | undefined): Promise<string> {
  if (typed !== undefined) return experimentId(journal, typed);
  const latest = (await journal.experiments()).find((e) => e.kind === 'expertise' && e.status === 'active');
  if (!latest) {
    throw new LeverError(
      'not_found',
      'no expertise plan is running: claim a governance topic with "lever topic claim TOPIC_ID" ("lever list topics" lists them)',
    );
  }
  return latest.id;
}

/**
 * The plan as a timeline (or JSON: the experiment, plan and progress). `--ics FILE` writes this
 * plan's own events (milestones, weekly reminders, deadline), not the rest of the journal; with
 * `--ics` alone or `--ics -` the calendar is the output instead of the plan.
 */
export async function runTopicPlan(typed: string | undefined, options: TopicPlanOptions): Promise<string> {
  const calendarFile = outputFile(options.ics);
  checkExport(calendarFile, CALENDAR, options.force);
  return withJournal({ ...options, create: false }, async ({ journal, advice }) => {
    const expertise = await journal.expertise(await planId(journal, typed));
    if (options.ics !== undefined) {
      const calendar = await journal.experimentCalendar(expertise.experiment.id);
      if (calendarFile === undefined) return calendar;
      writeExport(calendarFile, calendar, CALENDAR, options.force);
    }
    if (options.json) return toJson(expertise);
    const topic = advice.topicsById.get(expertise.plan.topicId);
    const readings = topic ? startingReadings(topic, advice.ikb.kb) : [];
    return renderTopicPlan(stdoutTerminal(), { ...expertise, startingReadings: readings });
  });
}

/**
 * `lever journal`: the whole journal exported, as Markdown (every experiment, check-in,
 * reflection, expertise plan and ask) and as an iCalendar file (deadlines, weekly check-in
 * reminders, expertise milestones). With no option the Markdown goes to standard output.
 */
import { LeverError } from '../../core/errors.js';
import {
  checkExport,
  type OutputOption,
  outputFile,
  toStandardOutput,
  writeExport,
} from '../journal/files.js';
import { type DataOptions, withJournal } from '../journal/session.js';

export interface JournalOptions extends DataOptions {
  /** A file, or "-" (or no value) for standard output. */
  markdown?: string | true;
  /** A file, or "-" (or no value) for standard output. */
  ics?: string | true;
  /** Replace files that exist. */
  force?: boolean;
}

const MARKDOWN = 'journal as Markdown';
const CALENDAR = 'journal calendar';

/** Writes the exports asked for; returns what goes to standard output ("" when nothing does). */
export async function runJournal(options: JournalOptions): Promise<string> {
  const markdown: OutputOption = options.markdown ?? (options.ics === undefined ? '-' : undefined);
  if (toStandardOutput(markdown) && toStandardOutput(options.ics)) {
    throw new LeverError(
      'invalid_input',
      'only one export can go to standard output: give a file name to --markdown or to --ics',
    );
  }
  const markdownFile = outputFile(markdown);
  const calendarFile = outputFile(options.ics);
  // Both files are checked before either is written, so a refusal leaves nothing half done.
  checkExport(markdownFile, MARKDOWN, options.force);
  checkExport(calendarFile, CALENDAR, options.force);
  return withJournal({ ...options, create: false }, async ({ journal }) => {
    let output = '';
    if (markdown !== undefined) {
      const text = await journal.markdown();
      if (markdownFile === undefined) output = text;
      else writeExport(markdownFile, text, MARKDOWN, options.force);
    }
    if (options.ics !== undefined) {
      const calendar = await journal.calendar();
      if (calendarFile === undefined) output = calendar;
      else writeExport(calendarFile, calendar, CALENDAR, options.force);
    }
    return output;
  });
}

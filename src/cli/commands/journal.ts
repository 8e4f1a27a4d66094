/**
 * `lever journal`: the whole journal exported, as Markdown (every experiment, check-in,
 * reflection, expertise plan and ask) and as an iCalendar file (deadlines, weekly check-in
 * reminders, expertise milestones). With no option the Markdown goes to standard output.
 */
import { LeverError } from '../../core/errors.js';
import { writeExport } from '../journal/files.js';
import { type DataOptions, withJournal } from '../journal/session.js';

export interface JournalOptions extends DataOptions {
  /** A file, or "-" for standard output. */
  markdown?: string;
  /** A file, or "-" for standard output. */
  ics?: string;
}

/** Writes the exports asked for; returns what goes to standard output ("" when nothing does). */
export async function runJournal(options: JournalOptions): Promise<string> {
  const markdown = options.markdown ?? (options.ics === undefined ? '-' : undefined);
  if (markdown === '-' && options.ics === '-') {
    throw new LeverError(
      'invalid_input',
      'only one export can go to standard output: give a file name to --markdown or to --ics',
    );
  }
  return withJournal({ ...options, create: false }, async ({ journal }) => {
    let output = '';
    if (markdown !== undefined) {
      const text = await journal.markdown();
      if (markdown === '-') output = text;
      else writeExport(markdown, text, 'journal as Markdown');
    }
    if (options.ics !== undefined) {
      const calendar = await journal.calendar();
      if (options.ics === '-') output = calendar;
      else writeExport(options.ics, calendar, 'journal calendar');
    }
    return output;
  });
}

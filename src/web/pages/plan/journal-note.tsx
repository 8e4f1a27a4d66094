/**
 * How a plan page stands to the journal on this Lever. A plan from a link is the plan from its
 * answers alone, the same wherever the link is opened: when the journal here would change it, the
 * page says so and leads to the plan that includes it (the saved profile with these answers, or
 * saving them). A saved profile's plan includes the journal, and says so when it moved the plan.
 */
import { savedProfileUrl } from '../urls.js';

/** How much is logged on this Lever. */
export interface JournalCounts {
  experiments: number;
  checkIns: number;
}

/** Set when the journal changes the plan of these answers; absent when it makes no difference. */
export type JournalNote =
  | { kind: 'left-out'; logged: JournalCounts; saved?: { id: string; name: string } }
  | { kind: 'included'; logged: JournalCounts };

/** "1 experiment, 3 check-ins". */
export function journalCountsText(logged: JournalCounts): string {
  const experiments = `${logged.experiments} experiment${logged.experiments === 1 ? '' : 's'}`;
  return `${experiments}, ${logged.checkIns} check-in${logged.checkIns === 1 ? '' : 's'}`;
}

/** The notice under a plan's summary; nothing when the journal makes no difference. */
export function JournalNotice(props: { note: JournalNote | undefined }) {
  const { note } = props;
  if (!note) return null;
  const counts = journalCountsText(note.logged);
  if (note.kind === 'included') {
    return (
      <p class="hint" id="journal-included">
        {`This plan includes your journal on this Lever (${counts}). Its share link carries only the answers, so whoever opens it sees the plan from the answers alone.`}
      </p>
    );
  }
  return (
    <div class="notice measure no-print" id="journal-left-out" role="note">
      <p>
        {`This plan comes from the answers in the link alone, so it is the same wherever the link is opened. It leaves out the journal on this Lever (${counts}).`}
      </p>
      <p>
        {note.saved ? (
          <>
            Your saved profile <a href={savedProfileUrl(note.saved.id)}>{note.saved.name}</a> has these
            answers: its plan includes the journal.
          </>
        ) : (
          <>
            If these are your answers, <a href="#keep">save them as a profile</a>: a saved profile's plan
            includes the journal.
          </>
        )}
      </p>
    </div>
  );
}

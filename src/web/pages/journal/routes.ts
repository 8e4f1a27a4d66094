/**
 * The journal's exports, linked from the experiments dashboard: everything as one Markdown
 * document (/journal.md) and the deadlines, weekly check-in reminders and expertise milestones as
 * an iCalendar file (/journal.ics) to import into any calendar.
 */
import { Hono } from 'hono';
import type { AppDeps } from '../../deps.js';
import { JOURNAL_CALENDAR_URL, JOURNAL_MARKDOWN_URL } from '../urls.js';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
export const MARKDOWN_CONTENT_TYPE = 'text/markdown; charset=utf-8';

export function journalExportRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get(JOURNAL_MARKDOWN_URL, async (c) =>
    c.body(await deps.journal.markdown(), 200, {
      'Content-Type': MARKDOWN_CONTENT_TYPE,
      'Content-Disposition': 'attachment; filename="lever-journal.md"',
      'Cache-Control': 'no-store',
    }),
  );
  app.get(JOURNAL_CALENDAR_URL, async (c) =>
    c.body(await deps.journal.calendar(), 200, {
      'Content-Type': CALENDAR_CONTENT_TYPE,
      'Content-Disposition': 'attachment; filename="lever-journal.ics"',
      'Cache-Control': 'no-store',
    }),
  );
  return app;
}

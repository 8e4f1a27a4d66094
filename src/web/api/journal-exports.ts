/**
 * The journal exported whole: `GET /journal/markdown` (every experiment, check-in, reflection,
 * expertise plan and ask as one Markdown document) and `GET /journal/calendar` (deadlines, weekly
 * check-in reminders and expertise milestones as an iCalendar file to import, sent as a download).
 */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { CALENDAR_CONTENT_TYPE, MARKDOWN_CONTENT_TYPE, textResponse } from './journal-http.js';

/** The file name a browser saves the calendar under. */
export const CALENDAR_FILE_NAME = 'lever-journal.ics';

/** The export routes. */
export function journalExportRoutes({ journal }: AppDeps): Hono {
  const routes = new Hono();
  routes.get('/journal/markdown', async () => textResponse(await journal.markdown(), MARKDOWN_CONTENT_TYPE));
  routes.get('/journal/calendar', async () =>
    textResponse(await journal.calendar(), CALENDAR_CONTENT_TYPE, {
      'content-disposition': `attachment; filename="${CALENDAR_FILE_NAME}"`,
    }),
  );
  return routes;
}

/** The journal's exports linked from the dashboard: Markdown of everything, and the calendar. */
import { describe, expect, it } from 'vitest';
import { usePagesApp } from './harness.js';
import { createAsk, logCheckIn, startTest } from './journal-builders.js';

const current = usePagesApp();

describe('journal exports', () => {
  it('downloads everything as Markdown, with what the person typed escaped', async () => {
    const app = current();
    const experiment = await startTest(app);
    await logCheckIn(app, experiment.id, { note: 'Hard but <b>fun</b>' });
    await createAsk(app);
    const response = await app.app.request('/journal.md');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lever-journal.md"');
    const text = await response.text();
    expect(text).toBe(await app.deps.journal.markdown());
    expect(text).toContain(experiment.title);
    expect(text).not.toContain('<b>fun</b>');
  });

  it('downloads deadlines and reminders as an iCalendar file', async () => {
    const app = current();
    const experiment = await startTest(app);
    const response = await app.app.request('/journal.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lever-journal.ics"');
    const text = await response.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain(`UID:${experiment.id}-due@lever`);
  });
});

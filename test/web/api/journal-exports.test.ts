/** GET /api/v1/journal/markdown and /journal/calendar: the whole journal as text to keep or import. */
import { describe, expect, it } from 'vitest';
import { errorOf, jsonInit, type TestApp, useTestApp } from './harness.js';
import {
  API,
  askBody,
  checkInBody,
  claimTopic,
  createAsk,
  finishExperiment,
  logCheckIn,
  ownExperimentBody,
  startExperiment,
  TODAY,
} from './journal-requests.js';

async function exported(
  t: TestApp,
  format: 'markdown' | 'calendar',
): Promise<{ response: Response; text: string }> {
  const response = await t.app.request(`${API}/journal/${format}`);
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
  return { response, text };
}

describe('GET /api/v1/journal/markdown', () => {
  const current = useTestApp({ today: TODAY });

  it('says nothing is logged yet for an empty journal', async () => {
    const { response, text } = await exported(current(), 'markdown');
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(text).toBe('# Lever journal\n\nNothing logged yet.\n');
  });

  it('holds every experiment, check-in, reflection, expertise plan and ask, typed text escaped', async () => {
    const t = current();
    const own = await startExperiment(
      t,
      ownExperimentBody({ title: 'Memo <b>draft</b> 政策', startedOn: '2030-01-02' }),
    );
    await logCheckIn(t, own.id, checkInBody({ date: '2030-01-09', note: '<script>x()</script> | piped' }));
    await finishExperiment(t, own.id, { reflection: 'Writing fast suits me 👍' });
    await claimTopic(t, 'global-gpu-tracking');
    await createAsk(t, askBody({ title: 'Staged releases' }));
    const { text } = await exported(t, 'markdown');
    expect(text).toContain('## Fit experiments');
    expect(text).toContain('### Memo \\<b\\>draft\\</b\\> 政策');
    expect(text).toContain('| 2030-01-09 | 6 | 3/4 | 2/4 | \\<script\\>x()\\</script\\> \\| piped |');
    expect(text).toContain('Writing fast suits me 👍');
    expect(text).toContain('finished on 2030-01-15');
    expect(text).toContain('## Expertise plans');
    expect(text).toContain('#### Milestones');
    expect(text).toContain('### Staged releases');
    expect(text).not.toContain('<script>');
  });
});

describe('GET /api/v1/journal/calendar', () => {
  const current = useTestApp({ today: TODAY });

  it('is an iCalendar download, even when empty', async () => {
    const { response, text } = await exported(current(), 'calendar');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lever-journal.ics"');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).not.toContain('BEGIN:VEVENT');
  });

  it('holds the deadlines, check-in reminders and milestones of active experiments only', async () => {
    const t = current();
    const active = await startExperiment(t);
    const done = await startExperiment(t, ownExperimentBody({ title: 'Already done' }));
    await finishExperiment(t, done.id);
    const claimed = await claimTopic(t, 'global-gpu-tracking');
    const { text } = await exported(t, 'calendar');
    expect(text).toContain(`UID:${active.id}-due@lever`);
    expect(text).toContain('DTSTART;VALUE=DATE:20300205');
    expect(text).toContain(`SUMMARY:Due: ${active.title}`);
    expect(text).toContain(`UID:${active.id}-check-in@lever`);
    expect(text).toContain('RRULE:FREQ=WEEKLY;COUNT=2');
    expect(text).toContain(`UID:${claimed.id}-due@lever`);
    expect(text.match(new RegExp(`UID:${claimed.id}-`, 'g'))?.length).toBeGreaterThan(3);
    expect(text).not.toContain('Already done');
  });

  it('takes no body: POST is a 405', async () => {
    const response = await current().app.request(`${API}/journal/calendar`, jsonInit('POST', {}));
    expect(response.status).toBe(405);
    await errorOf(response);
  });
});

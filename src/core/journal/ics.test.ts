import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKnowledgeBase, buildTopic } from '../search/testing/kb-builders.js';
import { journalCalendar, journalEvents } from './ics.js';
import type { Experiment } from './schema.js';
import { buildExperiment, buildExpertiseExperiment } from './testing/builders.js';

const kb = buildKnowledgeBase({ topics: [buildTopic()] });
const NOW = new Date('2024-03-10T12:34:56Z');
/** A title with everything RFC 5545 makes special, plus HTML and text beyond ASCII, long enough to fold. */
const TRICKY =
  'Commas, semicolons; a back\\slash and\na new line: <b>bold</b> & <script>x</script> — ünïcødé 日本語 😀, repeated: ünïcødé 日本語 😀 ünïcødé';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  stamp: string;
  recurring: boolean;
  occurrences: string[];
}

/** Parses the calendar with an independent iCalendar parser. */
function parse(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const occurrences: string[] = [];
    if (event.isRecurring()) {
      const it = event.iterator();
      for (let next = it.next(); next; next = it.next()) occurrences.push(next.toString());
    }
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
      recurring: event.isRecurring(),
      occurrences,
    };
  });
  return { calendar, events };
}

const calendarOf = (experiments: Experiment[], now = NOW) => journalCalendar(experiments, kb, now);

describe('journalCalendar', () => {
  const active = buildExperiment();
  const text = calendarOf([active]);
  const { calendar, events } = parse(text);

  it('is one calendar with a version and a product id, whose lines end in CRLF', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Lever//Journal//EN');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('puts the deadline on the due date as an all-day event, with a UID from the experiment id', () => {
    const due = events.find((e) => e.uid === 'exp-1-due@lever');
    expect(due).toMatchObject({
      start: '2024-03-29',
      end: '2024-03-30',
      summary: 'Due: Replicate a paper',
      recurring: false,
    });
    expect(due?.description).toContain('Deliverable: A write-up.');
  });

  it('reminds to check in every week from the start until the week before the deadline', () => {
    const reminder = events.find((e) => e.uid === 'exp-1-check-in@lever');
    expect(reminder).toMatchObject({ summary: 'Check in: Replicate a paper', recurring: true });
    expect(reminder?.occurrences).toEqual(['2024-03-08', '2024-03-15', '2024-03-22']);
  });

  it('stamps every event with `now` and carries the required properties', () => {
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      for (const property of ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary']) {
        expect(vevent.hasProperty(property), property).toBe(true);
      }
    }
    expect(new Set(events.map((e) => e.stamp))).toEqual(new Set(['2024-03-10T12:34:56Z']));
  });

  it('adds the milestones of an expertise plan, dated from its start', () => {
    const plan = parse(calendarOf([buildExpertiseExperiment()])).events;
    expect(plan.find((e) => e.uid === 'exp-topic-publish@lever')).toMatchObject({
      start: '2024-06-17',
      summary: 'Publish your post or paper (Tamper-evident logging on GPUs)',
    });
    expect(plan.find((e) => e.uid === 'exp-topic-check-in@lever')?.occurrences).toHaveLength(25);
    expect(plan.find((e) => e.uid === 'exp-topic-due@lever')?.start).toBe('2024-07-01');
  });

  it('leaves out finished experiments, and weekly reminders for a one-week test', () => {
    const finished = buildExperiment({ id: 'done', status: 'finished', finishedOn: '2024-03-09' });
    const short = buildExperiment({ id: 'short', weeks: 1, dueOn: '2024-03-08' });
    expect(journalEvents([finished, short], kb).map((e) => e.uid)).toEqual(['short-due@lever']);
    expect(parse(calendarOf([])).events).toEqual([]);
  });

  it('escapes typed text so it reads back exactly as typed', () => {
    const tricky = buildExperiment({ title: TRICKY, deliverable: 'A; B, C\\D' });
    const raw = calendarOf([tricky]);
    const summaries = parse(raw).events.map((e) => e.summary);
    expect(summaries).toEqual([`Due: ${TRICKY}`, `Check in: ${TRICKY}`]);
    expect(parse(raw).events[0]?.description).toContain('Deliverable: A; B, C\\D.');
    const unfolded = raw.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(
      'SUMMARY:Due: Commas\\, semicolons\\; a back\\\\slash and\\na new line: <b>bold</b>',
    );
  });

  it('shows control characters in typed text as a replacement mark, as iCalendar allows none', () => {
    const typed = buildExperiment({ title: 'Red\u001b[31m\u0007', deliverable: 'A\u0000B' });
    const raw = calendarOf([typed]);
    for (const control of ['\u001b', '\u0007', '\u0000']) expect(raw).not.toContain(control);
    const [due] = parse(raw).events;
    expect(due?.summary).toBe('Due: Red\uFFFD[31m\uFFFD');
    expect(due?.description).toContain('Deliverable: A\uFFFDB.');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const raw = calendarOf([buildExperiment({ title: TRICKY }), buildExpertiseExperiment()]);
    const lines = raw.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(raw).not.toContain('\uFFFD');
  });

  it('balances every BEGIN with its END', () => {
    const raw = calendarOf([active, buildExpertiseExperiment()]);
    const stack: string[] = [];
    for (const line of raw.split('\r\n')) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
    }
    expect(stack).toEqual([]);
    expect(raw.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // Every line ends with CRLF, the last one too (RFC 5545), and no line ends with a bare LF.
    expect(raw.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/);
  });

  it('gives the same bytes for the same input; only DTSTAMP follows `now`', () => {
    expect(calendarOf([active])).toBe(text);
    const later = calendarOf([active], new Date('2025-01-01T00:00:00Z'));
    expect(later).not.toBe(text);
    expect(later.replace(/DTSTAMP:\S+/g, '')).toBe(text.replace(/DTSTAMP:\S+/g, ''));
  });
});

describe('journalCalendar in another time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('keeps all-day dates on the same days, east or west of UTC', () => {
    process.env.TZ = 'UTC';
    const utc = calendarOf([buildExperiment()]);
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = zone;
      expect(calendarOf([buildExperiment()]), zone).toBe(utc);
    }
  });
});

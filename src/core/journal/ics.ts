/**
 * The journal as an iCalendar file (RFC 5545) to import into any calendar: each active
 * experiment's deadline, a weekly reminder to check in while it runs, and the milestones of each
 * expertise plan. All events are all-day. The same journal and `now` give the same bytes: UIDs
 * come from ids and DTSTAMP from `now`. The iCalendar library escapes and folds the text.
 */
import ical, { ICalEventRepeatingFreq } from 'ical-generator';
import { expertisePlan } from '../expertise/plan.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { addDays, addWeeks } from './dates.js';
import type { Experiment } from './schema.js';
import { visibleText } from './visible-text.js';

/** The domain part of every UID, so events from Lever never collide with others. */
const UID_DOMAIN = 'lever';

/** One all-day event. */
export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  /** Repeats weekly this many times in all, starting on `date`. */
  weekly?: number;
}

function deadline(experiment: Experiment): CalendarEvent {
  const deliverable = experiment.deliverable
    ? ` Deliverable: ${experiment.deliverable.replace(/[.\s]+$/, '')}.`
    : '';
  return {
    uid: `${experiment.id}-due@${UID_DOMAIN}`,
    date: experiment.dueOn,
    summary: `Due: ${experiment.title}`,
    description: `The last day of this experiment.${deliverable} Log a final check-in, then finish it in Lever with what you learned.`,
  };
}

/** A check-in reminder each week after the start, up to the week before the deadline. */
function reminders(experiment: Experiment): CalendarEvent[] {
  const count = experiment.weeks - 1;
  if (count < 1) return [];
  return [
    {
      uid: `${experiment.id}-check-in@${UID_DOMAIN}`,
      date: addWeeks(experiment.startedOn, 1),
      summary: `Check in: ${experiment.title}`,
      description: 'Log in Lever how the week went: hours spent, progress, enjoyment and a short note.',
      weekly: count,
    },
  ];
}

function milestones(experiment: Experiment, kb: KnowledgeBase): CalendarEvent[] {
  const topic =
    experiment.kind === 'expertise' ? kb.topics.find((t) => t.id === experiment.topicId) : undefined;
  if (!topic) return [];
  return expertisePlan(topic, kb, experiment.startedOn).milestones.map((m) => ({
    uid: `${experiment.id}-${m.id}@${UID_DOMAIN}`,
    date: m.date,
    summary: `${m.title} (${experiment.title})`,
    description: m.detail,
  }));
}

/** The events of the journal's active experiments, in the order of the experiments given. */
export function journalEvents(experiments: readonly Experiment[], kb: KnowledgeBase): CalendarEvent[] {
  return experiments
    .filter((e) => e.status === 'active')
    .flatMap((e) => [deadline(e), ...reminders(e), ...milestones(e, kb)]);
}

/**
 * The journal's calendar as iCalendar text, every line ending with CRLF as RFC 5545 requires (the
 * calendar library leaves the last one without); `now` is the moment of the export (DTSTAMP).
 */
export function journalCalendar(experiments: readonly Experiment[], kb: KnowledgeBase, now: Date): string {
  const calendar = ical({
    name: 'Lever journal',
    prodId: { company: 'Lever', product: 'Journal', language: 'EN' },
  });
  for (const event of journalEvents(experiments, kb)) {
    calendar.createEvent({
      id: event.uid,
      stamp: now,
      allDay: true,
      start: event.date,
      end: addDays(event.date, 1),
      // Typed text may hold control characters, which iCalendar text does not allow.
      summary: visibleText(event.summary),
      description: visibleText(event.description),
      ...(event.weekly ? { repeating: { freq: ICalEventRepeatingFreq.WEEKLY, count: event.weekly } } : {}),
    });
  }
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

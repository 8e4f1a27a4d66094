/**
 * Calendar arithmetic on YYYY-MM-DD dates. Check-ins and deadlines are whole days with no time
 * zone, so every calculation runs on UTC midnights: no daylight-saving hour can shift a date.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMs(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const [, year, month, day] = match;
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes every year as written.
  const ms = new Date(0).setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  // The calendar rolls 2023-02-30 over into March; a date that does not round-trip does not exist.
  if (fromUtcMs(ms) !== date) throw new RangeError(`no such date: ${date}`);
  return ms;
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** The date `weeks` whole weeks after `date`. */
export function addWeeks(date: string, weeks: number): string {
  return addDays(date, weeks * 7);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Orders two dates like a comparator: negative when `a` is earlier. */
export function compareDates(a: string, b: string): number {
  return daysBetween(b, a);
}

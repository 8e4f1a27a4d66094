/** Today as the person's own calendar shows it: check-ins and deadlines are days in their time zone. */

/** The local date of `now` as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The fit history as the page shows it: one row per day (the profile alone first, then each day
 * with check-ins) for the table, and the same numbers for the chart island, which draws the paths
 * that matter most now so the lines stay readable.
 */

import type { FitHistory, FitPoint, FitReport } from '../../../core/feedback/schema.js';
import { addDays, compareDates } from '../../../core/journal/dates.js';

/** How many of the best-fitting paths the chart draws (plus any path with check-ins). */
export const CHARTED_BEST = 3;
export const CHARTED_MAX = 5;

export interface HistoryRow {
  /** YYYY-MM-DD: the chart's first day for the starting row, else the day of the check-ins. */
  date: string;
  /** True for the row of estimates from the profile alone, before any check-in. */
  start: boolean;
  points: ReadonlyMap<string, FitPoint>;
}

/** What the chart island reads from the page: dates, and per path its fit and plausible range. */
export interface ChartData {
  dates: string[];
  series: { id: string; title: string; shaded: boolean; fit: number[]; low: number[]; high: number[] }[];
}

/** The paths to chart: the best few now, and every path with logged check-ins, in the report's order. */
export function chartedPaths(report: FitReport): FitReport['paths'] {
  const charted = report.paths.filter((path, rank) => rank < CHARTED_BEST || path.evidence.checkIns > 0);
  return charted.slice(0, CHARTED_MAX);
}

/**
 * The rows of the history. The starting row is dated `startedOn` (when the first experiment
 * began), or the day before the first check-in when that is not earlier, so the chart's first
 * two points never share a day.
 */
export function historyRows(history: FitHistory, startedOn: string | undefined): HistoryRow[] {
  const byId = (points: readonly FitPoint[]) => new Map(points.map((p) => [p.id, p]));
  const first = history.points[0]?.date;
  let startDate = startedOn ?? first ?? '';
  if (first !== undefined && (startDate === '' || compareDates(startDate, first) >= 0))
    startDate = addDays(first, -1);
  return [
    { date: startDate, start: true, points: byId(history.start) },
    ...history.points.map((point) => ({ date: point.date, start: false, points: byId(point.paths) })),
  ];
}

/** The chart's data for `paths` over `rows`; undefined when there is nothing to draw a line between. */
export function chartData(rows: readonly HistoryRow[], paths: FitReport['paths']): ChartData | undefined {
  if (rows.length < 2) return undefined;
  // Three decimals are finer than a pixel of the chart and keep the page small.
  const at = (row: HistoryRow, id: string, key: 'fit' | 'low' | 'high') =>
    Math.round((row.points.get(id)?.[key] ?? 0) * 1000) / 1000;
  // Overlapping bands blur into one another, so only the paths being tested are shaded (or the
  // best fit, before any check-in); every range is in the table too.
  const tested = paths.some((path) => path.evidence.checkIns > 0);
  return {
    dates: rows.map((row) => row.date),
    series: paths.map((path, rank) => ({
      id: path.id,
      title: path.title,
      shaded: tested ? path.evidence.checkIns > 0 : rank === 0,
      fit: rows.map((row) => at(row, path.id, 'fit')),
      low: rows.map((row) => at(row, path.id, 'low')),
      high: rows.map((row) => at(row, path.id, 'high')),
    })),
  };
}

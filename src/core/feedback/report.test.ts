import { describe, expect, it } from 'vitest';
import { adviceContext, buildProfile } from '../../../test/advice/builders.js';
import { checkInRun, day, interpretabilityExperiment } from '../../../test/advice/journal-builders.js';
import { addDays } from '../journal/dates.js';
import { buildCheckIn, buildExpertiseExperiment } from '../journal/testing/builders.js';
import { PATH_SLUGS } from '../vocabulary.js';
import { fitHistory, fitReport, historyDates, MAX_HISTORY_POINTS } from './report.js';
import { FitHistory, FitReport } from './schema.js';

const ctx = adviceContext();
const profile = buildProfile();
const interp = interpretabilityExperiment(checkInRun(4, { progress: 4, enjoyment: 0, hours: 5 }));
const expertise = buildExpertiseExperiment({
  checkIns: [buildCheckIn({ id: 'x-1', date: day(3), hours: 2.5, progress: 2, enjoyment: 3 })],
});
const experiments = [interp, expertise];

describe('the fit report', () => {
  const report = fitReport(profile, ctx, experiments);
  const path = (id: string) => report.paths.find((p) => p.id === id);

  it('passes its published schema and lists every path once, best fit first', () => {
    expect(FitReport.safeParse(report).error?.issues ?? []).toEqual([]);
    expect(report.paths.map((p) => p.id).sort()).toEqual([...PATH_SLUGS].sort());
    for (let i = 1; i < report.paths.length; i++)
      expect(report.paths[i - 1]?.fit).toBeGreaterThanOrEqual(report.paths[i]?.fit ?? 1);
  });

  it('says what each estimate rests on, keeping related work apart', () => {
    const none = { experiments: 0, checkIns: 0, hours: 0 };
    expect(path('alignment-research')?.evidence).toEqual({
      experiments: 1,
      checkIns: 4,
      hours: 20,
      related: none,
    });
    expect(path('governance-research')?.evidence).toEqual({
      experiments: 1,
      checkIns: 1,
      hours: 2.5,
      related: none,
    });
    // Interpretability is empirical alignment research: related work for ML engineering.
    const related = { experiments: 1, checkIns: 4, hours: 20 };
    expect(path('ml-engineering')?.evidence).toEqual({ ...related, related });
    expect(path('policy')?.evidence).toEqual({ ...none, related: none });
  });

  it('keeps the good-at and enjoy sides apart, each with its own uncertainty', () => {
    const research = path('alignment-research');
    const alone = fitReport(profile, ctx, []).paths.find((p) => p.id === 'alignment-research');
    expect(research?.good.value).toBeGreaterThan(alone?.good.value ?? 1);
    expect(research?.enjoy.value).toBeLessThan(alone?.enjoy.value ?? 0);
    expect(research?.good.uncertainty).toBeLessThan(alone?.good.uncertainty ?? 0);
    expect(research?.enjoy.uncertainty).toBeLessThan(alone?.enjoy.uncertainty ?? 0);
  });

  it('carries the signal the plan would show', () => {
    expect(path('alignment-research')?.signal?.kind).toBe('pivot');
    expect(report.paths.filter((p) => p.signal?.kind === 'test-next')).toHaveLength(1);
  });
});

describe('the fit history', () => {
  const history = fitHistory(profile, ctx, experiments);

  it('has one point per day with check-ins, dates ascending, every path in each', () => {
    expect(FitHistory.safeParse(history).error?.issues ?? []).toEqual([]);
    expect(history.points.map((p) => p.date)).toEqual([day(3), day(7), day(14), day(21), day(28)]);
    for (const point of [history.start, ...history.points.map((p) => p.paths)])
      expect(point.map((p) => p.id)).toEqual(ctx.paths.map((p) => p.id));
  });

  it('starts from the profile alone and ends where the report is', () => {
    const alone = fitReport(profile, ctx, []);
    const now = fitReport(profile, ctx, experiments);
    const fitOf = (points: FitHistory['start'], id: string) => points.find((p) => p.id === id);
    for (const path of alone.paths) {
      expect(fitOf(history.start, path.id)).toEqual({ id: path.id, fit: path.fit, ...path.range });
    }
    const last = history.points.at(-1)?.paths ?? [];
    for (const path of now.paths)
      expect(fitOf(last, path.id)).toEqual({ id: path.id, fit: path.fit, ...path.range });
  });

  it('shows the research fit narrowing as check-ins come in', () => {
    const widths = history.points.map((p) => {
      const r = p.paths.find((x) => x.id === 'alignment-research');
      return (r?.high ?? 0) - (r?.low ?? 0);
    });
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThanOrEqual(widths[i - 1] ?? 0);
    expect(widths.at(-1)).toBeLessThan(widths[0] ?? 0);
  });

  it('is empty for an empty journal', () => {
    expect(fitHistory(profile, ctx, []).points).toEqual([]);
  });
});

describe('the days of a fit history', () => {
  const daysFrom = (start: string, count: number, step = 1) =>
    Array.from({ length: count }, (_, i) => addDays(start, i * step));

  it('keeps every day with check-ins up to the limit, once each, in order', () => {
    const days = daysFrom('2030-01-01', MAX_HISTORY_POINTS);
    expect(historyDates([...days].reverse().concat(days))).toEqual(days);
    expect(historyDates([])).toEqual([]);
  });

  it('beyond the limit keeps the last day of each week, and always the last day', () => {
    const days = daysFrom('2030-01-01', 300);
    const kept = historyDates(days);
    expect(kept.length).toBeLessThanOrEqual(MAX_HISTORY_POINTS);
    expect(kept).toEqual([...kept].sort());
    expect(kept.at(-1)).toBe(days.at(-1));
    expect(kept[0]).toBe('2030-01-07');
    expect(kept[1]).toBe('2030-01-14');
  });

  it('widens the span until the points fit, for years of daily check-ins', () => {
    const kept = historyDates(daysFrom('2030-01-01', 2000));
    expect(kept.length).toBeLessThanOrEqual(MAX_HISTORY_POINTS);
    expect(kept.length).toBeGreaterThan(MAX_HISTORY_POINTS / 2);
    expect(kept.at(-1)).toBe(addDays('2030-01-01', 1999));
  });
});

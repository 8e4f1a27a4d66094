import { describe, expect, it } from 'vitest';
import type { CheckIn, Experiment } from '../../../core/journal/schema.js';
import { activeThenFinished, daysLeftText, experimentTiming, weekText } from './timing.js';

function buildCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: 'c1',
    date: '2030-01-02',
    hours: null,
    progress: 2,
    enjoyment: 2,
    note: null,
    createdAt: '2030-01-02T10:00:00.000Z',
    ...overrides,
  };
}

function buildExperiment(overrides: Partial<Experiment> = {}): Experiment {
  return {
    id: 'e1',
    kind: 'fit-test',
    testId: null,
    topicId: null,
    title: 'A test',
    path: 'policy',
    direction: null,
    weeks: 3,
    deliverable: null,
    startedOn: '2030-01-01',
    dueOn: '2030-01-22',
    status: 'active',
    finishedOn: null,
    reflection: null,
    createdAt: '2030-01-01T10:00:00.000Z',
    updatedAt: '2030-01-01T10:00:00.000Z',
    checkIns: [],
    ...overrides,
  };
}

describe('experimentTiming', () => {
  it('counts whole weeks since the start, capped at the length, and days to the due date', () => {
    expect(experimentTiming(buildExperiment(), '2030-01-01')).toMatchObject({
      weeksElapsed: 0,
      daysLeft: 21,
    });
    expect(experimentTiming(buildExperiment(), '2030-01-09')).toMatchObject({
      weeksElapsed: 1,
      daysLeft: 13,
    });
    expect(experimentTiming(buildExperiment(), '2030-02-20')).toMatchObject({
      weeksElapsed: 3,
      daysLeft: -29,
    });
  });

  it('measures a finished experiment at its finishing day', () => {
    const finished = buildExperiment({ status: 'finished', finishedOn: '2030-01-09' });
    expect(experimentTiming(finished, '2030-06-01').weeksElapsed).toBe(1);
  });

  it('takes the last check-in as the latest', () => {
    const latest = buildCheckIn({ id: 'c2', date: '2030-01-05' });
    expect(
      experimentTiming(buildExperiment({ checkIns: [buildCheckIn(), latest] }), '2030-01-06').latest,
    ).toBe(latest);
    expect(experimentTiming(buildExperiment(), '2030-01-06').latest).toBeUndefined();
  });
});

describe('words for timing', () => {
  it('says days left, due today, or overdue', () => {
    expect(daysLeftText(1)).toBe('1 day left');
    expect(daysLeftText(5)).toBe('5 days left');
    expect(daysLeftText(0)).toBe('due today');
    expect(daysLeftText(-2)).toBe('2 days overdue');
  });

  it('names the week the experiment is in, never past its last', () => {
    const timing = (weeksElapsed: number) => ({ weeksElapsed, weeks: 3, daysLeft: 0, latest: undefined });
    expect(weekText(timing(0))).toBe('week 1 of 3');
    expect(weekText(timing(2))).toBe('week 3 of 3');
    expect(weekText(timing(3))).toBe('week 3 of 3');
  });
});

describe('activeThenFinished', () => {
  it('keeps running ones in the store’s order and puts the latest finished first', () => {
    const a = buildExperiment({ id: 'a' });
    const b = buildExperiment({ id: 'b', status: 'finished', finishedOn: '2030-01-03' });
    const c = buildExperiment({ id: 'c', status: 'finished', finishedOn: '2030-01-08' });
    const d = buildExperiment({ id: 'd' });
    const { active, finished } = activeThenFinished([a, b, c, d]);
    expect(active.map((e) => e.id)).toEqual(['a', 'd']);
    expect(finished.map((e) => e.id)).toEqual(['c', 'b']);
  });
});

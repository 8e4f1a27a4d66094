import { describe, expect, it } from 'vitest';
import { buildCheckIn, buildExpertiseExperiment } from '../journal/testing/builders.js';
import { buildKnowledgeBase, buildTopic } from '../search/testing/kb-builders.js';
import { expertisePlan } from './plan.js';
import { expertiseProgress } from './progress.js';

const topic = buildTopic();
const plan = expertisePlan(topic, buildKnowledgeBase({ topics: [topic] }), '2024-01-01');
const experiment = buildExpertiseExperiment({ startedOn: '2024-01-01', dueOn: '2024-07-01' });
const statuses = (today: string, exp = experiment) =>
  Object.fromEntries(expertiseProgress(exp, plan, today).milestones.map((m) => [m.id, m.status]));

describe('expertiseProgress', () => {
  it('on the first day: no weeks gone, the first milestone due, the rest ahead', () => {
    const progress = expertiseProgress(experiment, plan, '2024-01-01');
    expect(progress).toMatchObject({
      weeksElapsed: 0,
      weeksTotal: 26,
      daysLeft: 182,
      finished: false,
      checkIns: 0,
    });
    expect(progress.next?.id).toBe('start-reading');
    expect(statuses('2024-01-01')).toMatchObject({ 'start-reading': 'due', 'first-write-up': 'upcoming' });
  });

  it('marks a milestone due in the seven days up to its date, and past after it', () => {
    // first-write-up is on 2024-01-15.
    expect(statuses('2024-01-08')['first-write-up']).toBe('upcoming');
    expect(statuses('2024-01-09')['first-write-up']).toBe('due');
    expect(statuses('2024-01-15')['first-write-up']).toBe('due');
    expect(statuses('2024-01-16')['first-write-up']).toBe('past');
    expect(expertiseProgress(experiment, plan, '2024-01-16').next?.id).toBe('map-mechanisms');
  });

  it('counts whole weeks, never beyond the plan’s length, and days left down to zero', () => {
    expect(expertiseProgress(experiment, plan, '2024-01-14')).toMatchObject({
      weeksElapsed: 1,
      daysLeft: 169,
    });
    const late = expertiseProgress(experiment, plan, '2025-01-01');
    expect(late).toMatchObject({ weeksElapsed: 26, daysLeft: 0, next: null });
    expect(late.milestones.every((m) => m.status === 'past')).toBe(true);
  });

  it('sums the check-ins: how many, hours logged, the latest date', () => {
    const checkIns = [
      buildCheckIn({ id: 'a', date: '2024-01-20', hours: 4 }),
      buildCheckIn({ id: 'b', date: '2024-02-03', hours: null }),
      buildCheckIn({ id: 'c', date: '2024-01-27', hours: 2.5 }),
    ];
    const progress = expertiseProgress({ ...experiment, checkIns }, plan, '2024-02-05');
    expect(progress).toMatchObject({ checkIns: 3, hoursLogged: 6.5, lastCheckIn: '2024-02-03' });
    expect(expertiseProgress(experiment, plan, '2024-02-05').lastCheckIn).toBeNull();
  });

  it('measures a finished plan at its finishing day, with nothing next', () => {
    const finished = { ...experiment, status: 'finished' as const, finishedOn: '2024-03-01' };
    const progress = expertiseProgress(finished, plan, '2024-09-01');
    expect(progress).toMatchObject({ asOf: '2024-03-01', finished: true, weeksElapsed: 8, next: null });
    expect(statuses('2024-09-01', finished).publish).toBe('upcoming');
  });
});

/**
 * Properties of the fit model with logged evidence, over arbitrary profiles and journals: ratings
 * pull the estimates their way, uncertainty only shrinks, and order never matters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advice/advise.js';
import { ratingScore } from '../../src/core/advice/fit.js';
import { fitHistory, fitReport } from '../../src/core/feedback/report.js';
import type { CheckIn, Experiment } from '../../src/core/journal/schema.js';
import { buildCheckIn, buildExperiment } from '../../src/core/journal/testing/builders.js';
import { DIRECTION_SLUGS, PATH_SLUGS } from '../../src/core/vocabulary.js';
import { validProfile } from './arbitraries.js';
import { adviceContext } from './builders.js';
import { arbitraryExperiments, day, experimentsAndPermutation, rankedWith } from './journal-builders.js';

const ctx = adviceContext();
const RUNS = { numRuns: 100 };
const TOP = ratingScore(4);

/** Somewhere to add one more check-in: one of the experiments, or a new one on any path. */
const target = fc.record({
  pick: fc.nat(),
  path: fc.constantFrom(...PATH_SLUGS),
  direction: fc.option(fc.constantFrom(...DIRECTION_SLUGS), { nil: null }),
  day: fc.integer({ min: 0, max: 90 }),
  hours: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  other: fc.integer({ min: 0, max: 4 }),
});
type Target = typeof target extends fc.Arbitrary<infer T> ? T : never;

/** The experiments with one more check-in, rated `rating` on one side. */
function withOneMore(experiments: Experiment[], t: Target, side: 'progress' | 'enjoyment', rating: number) {
  const checkIn: CheckIn = buildCheckIn({
    id: 'extra',
    date: day(t.day),
    hours: t.hours,
    progress: side === 'progress' ? rating : t.other,
    enjoyment: side === 'enjoyment' ? rating : t.other,
  });
  const index = t.pick % (experiments.length + 1);
  const existing = experiments[index];
  if (existing) {
    return experiments.map((e, i) => (i === index ? { ...e, checkIns: [...e.checkIns, checkIn] } : e));
  }
  return [
    ...experiments,
    buildExperiment({ id: 'extra', path: t.path, direction: t.direction, checkIns: [checkIn] }),
  ];
}

describe('logged evidence pulls each side its way', () => {
  it('a top-progress check-in never lowers good (beyond what a top rating means)', () => {
    fc.assert(
      fc.property(validProfile, arbitraryExperiments, target, (profile, experiments, t) => {
        const before = rankedWith(profile, experiments, ctx);
        const after = rankedWith(profile, withOneMore(experiments, t, 'progress', 4), ctx);
        for (const fit of before) {
          const now = after.find((f) => f.id === fit.id);
          // Only a rule nudge can put a prior above a top rating; evidence then pulls it down to it.
          expect(now?.good).toBeGreaterThanOrEqual(Math.min(fit.good, TOP));
        }
      }),
      RUNS,
    );
  });

  it('a top-enjoyment check-in never lowers enjoy', () => {
    fc.assert(
      fc.property(validProfile, arbitraryExperiments, target, (profile, experiments, t) => {
        const before = rankedWith(profile, experiments, ctx);
        const after = rankedWith(profile, withOneMore(experiments, t, 'enjoyment', 4), ctx);
        for (const fit of before)
          expect(after.find((f) => f.id === fit.id)?.enjoy).toBeGreaterThanOrEqual(fit.enjoy);
      }),
      RUNS,
    );
  });

  it('a stalled check-in never raises good, and a joyless one never raises enjoy', () => {
    fc.assert(
      fc.property(validProfile, arbitraryExperiments, target, (profile, experiments, t) => {
        const before = rankedWith(profile, experiments, ctx);
        const stalled = rankedWith(profile, withOneMore(experiments, t, 'progress', 0), ctx);
        const joyless = rankedWith(profile, withOneMore(experiments, t, 'enjoyment', 0), ctx);
        for (const fit of before) {
          expect(stalled.find((f) => f.id === fit.id)?.good).toBeLessThanOrEqual(fit.good);
          expect(joyless.find((f) => f.id === fit.id)?.enjoy).toBeLessThanOrEqual(fit.enjoy);
        }
      }),
      RUNS,
    );
  });

  it('uncertainty, on each side and combined, never grows as check-ins come in', () => {
    fc.assert(
      fc.property(
        validProfile,
        arbitraryExperiments,
        target,
        fc.integer({ min: 0, max: 4 }),
        (profile, experiments, t, rating) => {
          const before = rankedWith(profile, experiments, ctx);
          const after = rankedWith(profile, withOneMore(experiments, t, 'progress', rating), ctx);
          for (const fit of before) {
            const now = after.find((f) => f.id === fit.id);
            expect(now?.goodUncertainty).toBeLessThanOrEqual(fit.goodUncertainty);
            expect(now?.enjoyUncertainty).toBeLessThanOrEqual(fit.enjoyUncertainty);
            expect(now?.uncertainty).toBeLessThanOrEqual(fit.uncertainty);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('order never matters', () => {
  it('permuting experiments and their check-ins leaves the report, the history and the plan identical', () => {
    fc.assert(
      fc.property(validProfile, experimentsAndPermutation, (profile, [experiments, permuted]) => {
        expect(fitReport(profile, ctx, permuted)).toEqual(fitReport(profile, ctx, experiments));
        expect(fitHistory(profile, ctx, permuted)).toEqual(fitHistory(profile, ctx, experiments));
        const plan = (e: Experiment[]) =>
          JSON.stringify(advise(profile, ctx, { experiments: e, today: day(40) }));
        expect(plan(permuted)).toBe(plan(experiments));
      }),
      { numRuns: 60 },
    );
  });
});

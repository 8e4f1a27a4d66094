/**
 * Builders and arbitraries for journal evidence in advice tests: a run of check-ins with given
 * ratings, an experiment holding them, and the paths ranked with the journal's evidence.
 */
import fc from 'fast-check';
import { fitAdjustments } from '../../src/core/advice/apply-rules.js';
import type { AdviceContext } from '../../src/core/advice/context.js';
import { type PathFit, rankPaths } from '../../src/core/advice/fit.js';
import { loggedByPath } from '../../src/core/feedback/evidence.js';
import type { CheckIn, Experiment } from '../../src/core/journal/schema.js';
import { buildCheckIn, buildExperiment } from '../../src/core/journal/testing/builders.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { DIRECTION_SLUGS, PATH_SLUGS } from '../../src/core/vocabulary.js';
import { adviceContext } from './builders.js';

/** The day `i` days after 1 March 2024, as YYYY-MM-DD. */
export const day = (i: number): string => new Date(Date.UTC(2024, 2, 1 + i)).toISOString().slice(0, 10);

/** `n` weekly check-ins with the same ratings, ids prefixed so several runs can share an experiment. */
export function checkInRun(
  n: number,
  ratings: { progress: number; enjoyment: number; hours?: number | null },
  prefix = 'ci',
): CheckIn[] {
  return Array.from({ length: n }, (_, i) =>
    buildCheckIn({ id: `${prefix}-${i}`, date: day(7 * (i + 1)), hours: null, ...ratings }),
  );
}

/** An active interpretability experiment (alignment research) with the given check-ins. */
export const interpretabilityExperiment = (checkIns: CheckIn[], overrides: Partial<Experiment> = {}) =>
  buildExperiment({
    id: 'interp',
    title: 'Replicate an interpretability result',
    direction: 'mechanistic-interpretability',
    checkIns,
    ...overrides,
  });

/** The paths ranked as the engine ranks them, with the journal's evidence. */
export const rankedWith = (
  profile: Profile,
  experiments: readonly Experiment[],
  ctx: AdviceContext = adviceContext(),
): PathFit[] =>
  rankPaths(profile, ctx.paths, fitAdjustments(ctx.compiledRules, profile), loggedByPath(experiments));

/** The fit of one path in a ranking. */
export function fitOf(ranked: readonly PathFit[], id: string): PathFit {
  const fit = ranked.find((f) => f.id === id);
  if (!fit) throw new Error(`no path ${id}`);
  return fit;
}

const rating = fc.integer({ min: 0, max: 4 });
const checkInShape = fc.record({
  day: fc.integer({ min: 0, max: 60 }),
  hours: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  progress: rating,
  enjoyment: rating,
});

/** Any experiment with up to six check-ins; ids are made unique by the list below. */
const experimentShape = fc.record({
  kind: fc.constantFrom('fit-test' as const, 'expertise' as const),
  path: fc.constantFrom(...PATH_SLUGS),
  direction: fc.option(fc.constantFrom(...DIRECTION_SLUGS), { nil: null }),
  status: fc.constantFrom('active' as const, 'finished' as const),
  checkIns: fc.array(checkInShape, { maxLength: 6 }),
});

/** Up to four experiments with unique ids and unique check-in ids. */
export const arbitraryExperiments: fc.Arbitrary<Experiment[]> = fc
  .array(experimentShape, { maxLength: 4 })
  .map((shapes) =>
    shapes.map((s, i) =>
      buildExperiment({
        id: `exp-${i}`,
        kind: s.kind,
        path: s.path,
        direction: s.direction,
        status: s.status,
        checkIns: s.checkIns.map((c, j) =>
          buildCheckIn({
            id: `exp-${i}-ci-${j}`,
            date: day(c.day),
            hours: c.hours,
            progress: c.progress,
            enjoyment: c.enjoyment,
          }),
        ),
      }),
    ),
  );

const permutation = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

/** Experiments together with a reordering of them and of each one's check-ins. */
export const experimentsAndPermutation: fc.Arbitrary<[Experiment[], Experiment[]]> =
  arbitraryExperiments.chain((experiments) =>
    fc
      .tuple(...experiments.map((e) => permutation(e.checkIns).map((checkIns) => ({ ...e, checkIns }))))
      .chain((reordered) => permutation(reordered))
      .map((reordered): [Experiment[], Experiment[]] => [experiments, reordered]),
  );

/** Properties of the engine over arbitrary profiles: valid plans, named errors, determinism, no throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise, adviseFromInput } from '../../src/core/advice/advise.js';
import { Plan } from '../../src/core/plan/schema.js';
import { PATH_SLUGS } from '../../src/core/vocabulary.js';
import { MUTATIONS, notAnObject, validProfile } from './arbitraries.js';
import { adviceContext } from './builders.js';

const ctx = adviceContext();
const RUNS = { numRuns: 200 };

/** Every principle id the plan cites anywhere outside its citation index. */
function citedPrinciples(plan: Plan): Set<string> {
  const cited = new Set<string>();
  for (const p of plan.paths) {
    for (const r of p.reasons) cited.add(r.principle);
    if (p.signal) cited.add(p.signal.principle);
  }
  for (const d of plan.directions) for (const r of d.reasons) cited.add(r.principle);
  for (const s of plan.steps) for (const id of s.principles) cited.add(id);
  for (const x of [...plan.fitTests, ...plan.readingList, ...plan.cautions, ...plan.governanceTopics]) {
    cited.add(x.principle);
  }
  return cited;
}

const resourcesIn = (plan: Plan) => [...plan.steps.flatMap((s) => s.resources), ...plan.readingList];

describe('every valid profile gets a valid plan', () => {
  it('the plan passes the plan schema', () => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        const result = adviseFromInput(profile, ctx);
        if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.problems)}`);
        const parsed = Plan.safeParse(result.value);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it('lists all eight paths once, best fit first', () => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        const { paths } = advise(profile, ctx);
        expect(paths.map((p) => p.id).sort()).toEqual([...PATH_SLUGS].sort());
        for (let i = 1; i < paths.length; i++)
          expect(paths[i - 1]?.fit).toBeGreaterThanOrEqual(paths[i]?.fit ?? 1);
      }),
      RUNS,
    );
  });

  it('cites only principles of the knowledge base, and indexes exactly those it cites', () => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        const plan = advise(profile, ctx);
        const cited = citedPrinciples(plan);
        for (const id of cited) expect(ctx.principles.has(id), `unknown principle ${id}`).toBe(true);
        expect(new Set(plan.principles.map((p) => p.id))).toEqual(cited);
      }),
      RUNS,
    );
  });

  it('links every resource with the knowledge base’s own url', () => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        for (const r of resourcesIn(advise(profile, ctx))) expect(r.url).toBe(ctx.resources.get(r.id)?.url);
      }),
      RUNS,
    );
  });

  it('always has something to do this week, first', () => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        const { steps } = advise(profile, ctx);
        expect(steps[0]?.when).toBe('this-week');
        expect(steps.filter((s) => s.when === 'this-week').length).toBeLessThanOrEqual(3);
      }),
      RUNS,
    );
  });
});

describe('advice is deterministic', () => {
  it('the same profile twice gives deep-equal plans and identical JSON', () => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        const first = advise(profile, ctx);
        const second = advise(structuredClone(profile), ctx);
        expect(second).toEqual(first);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      RUNS,
    );
  });

  it('advising does not change the profile', () => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        const before = structuredClone(profile);
        advise(profile, ctx);
        expect(profile).toEqual(before);
      }),
      RUNS,
    );
  });
});

describe('invalid profiles are rejected with a problem naming the field', () => {
  it.each(Object.entries(MUTATIONS))('%s', (_name, mutate) => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        const { raw, path, key } = mutate(profile);
        const result = adviseFromInput(raw, ctx);
        if (result.ok) throw new Error(`accepted ${JSON.stringify(raw)}`);
        expect(result.problems.map((p) => p.path)).toEqual(result.problems.map(() => path));
        if (key) expect(result.problems[0]?.message).toContain(`"${key}"`);
      }),
      { numRuns: 25 },
    );
  });

  it('something that is not an object is rejected as a whole', () => {
    fc.assert(
      fc.property(notAnObject, (raw) => {
        const result = adviseFromInput(raw, ctx);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.problems).toEqual([{ path: '', message: expect.stringMatching(/JSON object/) }]);
      }),
      RUNS,
    );
  });
});

describe('no input throws', () => {
  const neverThrows = (raw: unknown) => {
    const result = adviseFromInput(raw, ctx);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
  };

  it('any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), neverThrows), RUNS);
  });

  it('any JavaScript value', () => {
    fc.assert(fc.property(fc.anything(), neverThrows), RUNS);
  });

  it('objects with profile fields holding anything', () => {
    const keys = [
      'stage',
      'skills',
      'history',
      'background',
      'interests',
      'researchExperienceYears',
      'notes',
    ];
    const loose = fc.dictionary(fc.constantFrom(...keys), fc.anything(), { maxKeys: 4 });
    fc.assert(fc.property(loose, neverThrows), RUNS);
  });
});

import { describe, expect, it } from 'vitest';
import { adviceContext, buildProfile, ranked } from '../../../test/advice/builders.js';
import type { AdviceContext } from './context.js';
import { fitTestStep, planFitTests } from './fit-tests.js';

const ctx = adviceContext();
const testsFor = (profile = buildProfile(), context: AdviceContext = ctx) =>
  planFitTests(context, profile, ranked(profile, context));

describe('planFitTests', () => {
  it("suggests each chosen path's first catalogue test, by its catalogue id", () => {
    const tests = testsFor();
    expect(tests.length).toBeGreaterThan(0);
    for (const test of tests) {
      const catalogueFirst = ctx.ikb.kb.fitTests.find((t) => t.path === test.path);
      expect(catalogueFirst, test.path).toBeDefined();
      expect(test).toMatchObject({
        id: catalogueFirst?.id,
        title: catalogueFirst?.title,
        weeks: catalogueFirst?.weeks,
        deliverable: catalogueFirst?.deliverable,
      });
    }
  });

  it('follows the catalogue order: moving another test first changes the suggestion', () => {
    const tests = ctx.ikb.kb.fitTests;
    const [first, second] = tests.filter((t) => t.path === 'policy');
    if (!first || !second) throw new Error('the catalogue needs two policy tests');
    const reordered: AdviceContext = {
      ...ctx,
      fitTestsByPath: new Map([...ctx.fitTestsByPath, ['policy', [second, first]]]),
    };
    const profile = buildProfile({ leaning: 'policy' });
    expect(testsFor(profile).find((t) => t.path === 'policy')?.id).toBe(first.id);
    expect(testsFor(profile, reordered).find((t) => t.path === 'policy')?.id).toBe(second.id);
  });

  it('skips a path with no test in the catalogue', () => {
    const profile = buildProfile({ leaning: 'policy' });
    const without: AdviceContext = {
      ...ctx,
      fitTestsByPath: new Map([...ctx.fitTestsByPath].filter(([path]) => path !== 'policy')),
    };
    expect(testsFor(profile).map((t) => t.path)).toContain('policy');
    expect(testsFor(profile, without).map((t) => t.path)).not.toContain('policy');
  });

  it('starts this week with the first suggested test', () => {
    const tests = testsFor();
    expect(fitTestStep(tests)[0]?.title).toContain(tests[0]?.title ?? 'no test');
    expect(fitTestStep([])).toEqual([]);
  });
});

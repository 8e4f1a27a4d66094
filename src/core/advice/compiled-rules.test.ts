import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validProfile } from '../../../test/advice/arbitraries.js';
import { adviceContext, ranked } from '../../../test/advice/builders.js';
import { compileRules, conditionEvaluator } from './compiled-rules.js';
import { conditionHolds } from './conditions.js';
import type { Rule } from './rules-schema.js';

const ctx = adviceContext();

describe('compiled rule conditions', () => {
  // The compiled form is an optimisation: it must decide every rule exactly as the plain reading does.
  it('hold for exactly the rules whose conditions hold', () => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        const facts = { profile, ranked: ranked(profile) };
        const holds = conditionEvaluator(ctx.compiledRules, facts);
        ctx.rules.forEach((rule, i) => {
          expect(holds(i)).toBe(conditionHolds(facts, rule.when));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('treat an empty "any" as never holding, and a missing one as holding', () => {
    const rule = (when: Rule['when']): Rule => ({ id: 'r', principle: 'p', when });
    const table = compileRules([rule({ any: [] }), rule({}), rule({ none: ['no-mentor'] })]);
    const holds = conditionEvaluator(table, { profile: {}, ranked: [] });
    expect([holds(0), holds(1), holds(2)]).toEqual([false, true, false]);
  });

  it('fails on an unknown fact only when a plan evaluates it', () => {
    const table = compileRules([{ id: 'r', principle: 'p', when: { all: ['no-such-fact'] } }]);
    expect(() => conditionEvaluator(table, { profile: {}, ranked: [] })(0)).toThrow('unknown fact');
  });
});

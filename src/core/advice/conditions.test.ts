import { describe, expect, it } from 'vitest';
import { adviceContext } from '../../../test/advice/builders.js';
import type { Profile } from '../profile/schema.js';
import { checkRules, conditionHolds } from './conditions.js';
import type { Condition, Rule } from './rules-schema.js';

const { ikb } = adviceContext();
const holdsFor = (profile: Profile, when: Condition) => conditionHolds({ profile, ranked: [] }, when);
const mentored: Profile = { hasMentor: true, stage: 'student' };

const rule = (overrides: Partial<Rule> = {}): Rule => ({
  id: 'a-rule',
  principle: 'mentorship-first',
  when: { all: ['no-mentor'] },
  caution: { about: 'something', text: 'Be careful.' },
  ...overrides,
});

describe('conditions', () => {
  it('an empty condition always holds', () => {
    expect(holdsFor({}, {})).toBe(true);
  });

  it('all: every fact must hold', () => {
    expect(holdsFor(mentored, { all: ['has-mentor', 'stage:student'] })).toBe(true);
    expect(holdsFor(mentored, { all: ['has-mentor', 'stage:senior'] })).toBe(false);
  });

  it('any: one fact is enough, and an empty list never holds', () => {
    expect(holdsFor(mentored, { any: ['stage:senior', 'has-mentor'] })).toBe(true);
    expect(holdsFor(mentored, { any: ['stage:senior', 'no-mentor'] })).toBe(false);
    expect(holdsFor(mentored, { any: [] })).toBe(false);
  });

  it('none: no fact may hold', () => {
    expect(holdsFor(mentored, { none: ['stage:senior'] })).toBe(true);
    expect(holdsFor(mentored, { none: ['stage:senior', 'has-mentor'] })).toBe(false);
  });

  it('all, any and none together must each be met', () => {
    const when: Condition = {
      all: ['has-mentor'],
      any: ['stage:student', 'stage:senior'],
      none: ['no-history'],
    };
    expect(holdsFor({ ...mentored, history: [] }, when)).toBe(false);
    expect(
      holdsFor(
        { ...mentored, history: [{ activity: 'policy', months: 1, progress: 2, enjoyment: 2 }] },
        when,
      ),
    ).toBe(true);
  });
});

describe('checking a rule table', () => {
  it('accepts a well-formed rule', () => {
    expect(checkRules([rule()], ikb)).toEqual([]);
  });

  it('reports an unknown fact', () => {
    expect(checkRules([rule({ when: { any: ['likes-cats'] } })], ikb)).toEqual([
      { path: 'rules[0] (a-rule).when', message: 'unknown fact "likes-cats"' },
    ]);
  });

  it('reports a parametric fact with a value outside the vocabulary', () => {
    expect(checkRules([rule({ when: { all: ['focus:astronaut'] } })], ikb)).toEqual([
      { path: 'rules[0] (a-rule).when', message: 'unknown fact "focus:astronaut"' },
    ]);
  });

  it('reports a principle that is not in the knowledge base, or an item that is not a principle', () => {
    const problems = checkRules(
      [rule({ principle: 'no-such-principle' }), rule({ id: 'b', principle: 'arena' })],
      ikb,
    );
    expect(problems.map((p) => p.path)).toEqual(['rules[0] (a-rule).principle', 'rules[1] (b).principle']);
    expect(problems[0]?.message).toContain('"no-such-principle" is not a principle');
  });

  it('reports a step or reading that names something other than a resource', () => {
    const step = {
      title: 'Do it',
      detail: 'Now.',
      when: 'this-week' as const,
      priority: 1,
      resources: ['mentorship-first'],
    };
    const problems = checkRules(
      [rule({ step }), rule({ id: 'b', readings: { resources: ['no-such-paper'], why: 'Because.' } })],
      ikb,
    );
    expect(problems).toEqual([
      { path: 'rules[0] (a-rule)', message: '"mentorship-first" is not a resource' },
      { path: 'rules[1] (b)', message: '"no-such-paper" is not a resource' },
    ]);
  });

  it('reports a topic id that is not a governance topic', () => {
    expect(checkRules([rule({ topics: { ids: ['arena'], why: 'Because.' } })], ikb)).toEqual([
      { path: 'rules[0] (a-rule).topics', message: '"arena" is not a governance topic' },
    ]);
  });

  it('reports a duplicate rule id', () => {
    expect(checkRules([rule(), rule()], ikb)).toEqual([
      { path: 'rules[1] (a-rule)', message: 'rule id "a-rule" is used twice' },
    ]);
  });

  it('reports a fit rule that depends on a fact that needs the ranking', () => {
    const fit = [{ path: 'policy' as const, good: 0.1 }];
    const problems = checkRules(
      [
        rule({ fit, when: { all: ['focus:policy'] } }),
        rule({ id: 'b', fit, when: { none: ['uncertain-fit'] } }),
      ],
      ikb,
    );
    expect(problems).toEqual([
      {
        path: 'rules[0] (a-rule).when',
        message: 'a fit rule cannot depend on "focus:policy", which needs the ranking',
      },
      {
        path: 'rules[1] (b).when',
        message: 'a fit rule cannot depend on "uncertain-fit", which needs the ranking',
      },
    ]);
  });

  it('lets other rules depend on the ranking', () => {
    expect(checkRules([rule({ when: { all: ['focus:policy', 'top:policy'] } })], ikb)).toEqual([]);
  });
});

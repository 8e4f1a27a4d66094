import { describe, expect, it } from 'vitest';
import { adviceContext } from '../../../test/advice/builders.js';
import type { Step } from '../plan/schema.js';
import type { Rule } from './rules-schema.js';
import { type DraftStep, orderSteps, ruleSteps } from './steps.js';

const draft = (id: string, when: Step['when'], priority: number): DraftStep => ({
  id,
  title: `Step ${id}`,
  detail: 'Do it.',
  when,
  priority,
  resources: [],
  principles: ['fast-feedback-loops'],
});

describe('ordering steps', () => {
  it('orders by time first, then by priority, then by id', () => {
    const steps = orderSteps([
      draft('later', 'later', 99),
      draft('month-low', 'this-month', 10),
      draft('week', 'this-week', 1),
      draft('month-b', 'this-month', 50),
      draft('month-a', 'this-month', 50),
      draft('quarter', 'next-three-months', 80),
    ]);
    expect(steps.map((s) => s.id)).toEqual(['week', 'month-a', 'month-b', 'month-low', 'quarter', 'later']);
  });

  it('keeps at most three steps for this week, moving the lowest-priority ones to this month', () => {
    const steps = orderSteps([
      draft('a', 'this-week', 90),
      draft('b', 'this-week', 80),
      draft('c', 'this-week', 70),
      draft('d', 'this-week', 60),
      draft('e', 'this-week', 10),
      draft('month', 'this-month', 65),
    ]);
    expect(steps.filter((s) => s.when === 'this-week').map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(steps.map((s) => s.id)).toEqual(['a', 'b', 'c', 'month', 'd', 'e']);
  });

  it('does not leak the internal priority into the plan, and leaves the input alone', () => {
    const input = [draft('b', 'later', 1), draft('a', 'this-week', 2)];
    const steps = orderSteps(input);
    expect(steps[0]).not.toHaveProperty('priority');
    expect(input.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('gives no steps for no drafts', () => {
    expect(orderSteps([])).toEqual([]);
  });
});

describe('steps from rules', () => {
  const ctx = adviceContext();
  const rule: Rule = {
    id: 'try-arena',
    principle: 'coding-is-the-key-prerequisite',
    when: {},
    step: {
      title: 'Try ARENA',
      detail: 'Start it.',
      when: 'this-week',
      priority: 5,
      resources: ['arena', 'cirl-critique-1'],
    },
  };

  it('one step per rule with a step, citing the rule’s principle and linking only resources with a url', () => {
    const noStep: Rule = {
      ...rule,
      id: 'no-step',
      step: undefined,
      caution: { about: 'x', text: 'Careful.' },
    };
    const [step, ...rest] = ruleSteps(ctx, [rule, noStep]);
    expect(rest).toEqual([]);
    expect(step?.id).toBe('try-arena');
    expect(step?.principles).toEqual(['coding-is-the-key-prerequisite']);
    expect(step?.resources.map((r) => r.id)).toEqual(['arena']);
    expect(step?.resources[0]?.url).toBe(ctx.resources.get('arena')?.url);
  });
});

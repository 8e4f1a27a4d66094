/** Ordering the plan's steps: this week first, then by priority, with a realistic week. */
import type { Step } from '../plan/schema.js';
import type { AdviceContext } from './context.js';
import { resourceRefs } from './context.js';
import type { Rule } from './rules-schema.js';

/** A step before ordering; `priority` only decides the order and is not part of the plan. */
export interface DraftStep extends Step {
  priority: number;
}

const TIME_ORDER: Record<Step['when'], number> = {
  'this-week': 0,
  'this-month': 1,
  'next-three-months': 2,
  later: 3,
};
/** More than this many steps in one week is a wish list, not a plan. */
const MAX_THIS_WEEK = 3;

/** The steps contributed by firing rules. */
export function ruleSteps(ctx: AdviceContext, firing: readonly Rule[]): DraftStep[] {
  return firing.flatMap((rule) =>
    rule.step
      ? [
          {
            id: rule.id,
            title: rule.step.title,
            detail: rule.step.detail,
            when: rule.step.when,
            priority: rule.step.priority,
            resources: resourceRefs(ctx, rule.step.resources),
            principles: [rule.principle],
          },
        ]
      : [],
  );
}

/** Orders steps: by time, then priority, then id; keeps at most three for this week. */
export function orderSteps(drafts: readonly DraftStep[]): Step[] {
  const byOrder = (a: DraftStep, b: DraftStep) =>
    TIME_ORDER[a.when] - TIME_ORDER[b.when] ||
    b.priority - a.priority ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = [...drafts].sort(byOrder);
  let thisWeek = 0;
  const adjusted = sorted.map((step) => {
    if (step.when !== 'this-week') return step;
    thisWeek += 1;
    return thisWeek > MAX_THIS_WEEK ? { ...step, when: 'this-month' as const } : step;
  });
  return adjusted.sort(byOrder).map(({ priority: _priority, ...step }) => step);
}

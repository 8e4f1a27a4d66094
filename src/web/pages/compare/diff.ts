/** What differs between two plans and the answers behind them. Pure: two plans in, differences out. */
import type { Plan, Step } from '../../../core/plan/schema.js';
import type { Profile } from '../../../core/profile/schema.js';
import { answerWords } from '../plan/answer-words.js';

export interface PathComparison {
  id: string;
  title: string;
  a: Plan['paths'][number];
  b: Plan['paths'][number];
  /** Change in fit from a to b, in percentage points (rounded). */
  delta: number;
}

export interface AnswerChange {
  label: string;
  a: string;
  b: string;
}

export interface PlanComparison {
  /** Every path, in the order of the first plan, with both fits. */
  paths: PathComparison[];
  answers: AnswerChange[];
  stepsOnlyA: Step[];
  stepsOnlyB: Step[];
  /** True when both plans put the same path first. */
  sameBest: boolean;
}

/** A change of fit smaller than this (in points) is noise, not a difference worth listing. */
export const NOTABLE_DELTA = 5;

const points = (fit: number) => Math.round(fit * 100);

function answerChanges(a: Profile, b: Profile): AnswerChange[] {
  const wordsB = new Map(answerWords(b).map((w) => [w.field, w]));
  return answerWords(a).flatMap((wordA) => {
    const textA = wordA.lines.join('; ');
    const textB = wordsB.get(wordA.field)?.lines.join('; ') ?? '';
    return textA === textB ? [] : [{ label: wordA.label, a: textA || 'skipped', b: textB || 'skipped' }];
  });
}

export function comparePlans(
  a: { profile: Profile; plan: Plan },
  b: { profile: Profile; plan: Plan },
): PlanComparison {
  const paths = a.plan.paths.flatMap((pathA) => {
    const pathB = b.plan.paths.find((p) => p.id === pathA.id);
    return pathB
      ? [
          {
            id: pathA.id,
            title: pathA.title,
            a: pathA,
            b: pathB,
            delta: points(pathB.fit) - points(pathA.fit),
          },
        ]
      : [];
  });
  const idsA = new Set(a.plan.steps.map((s) => s.id));
  const idsB = new Set(b.plan.steps.map((s) => s.id));
  return {
    paths,
    answers: answerChanges(a.profile, b.profile),
    stepsOnlyA: a.plan.steps.filter((s) => !idsB.has(s.id)),
    stepsOnlyB: b.plan.steps.filter((s) => !idsA.has(s.id)),
    sameBest: a.plan.paths[0]?.id === b.plan.paths[0]?.id,
  };
}

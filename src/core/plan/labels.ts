/**
 * Words and numbers as every rendering of a plan shows them (terminal, Markdown, web), so that
 * the same plan reads the same everywhere. Imports types only: the browser bundle stays small.
 */
import type { Plan, PlanDirection, PrincipleRef, Signal, Step } from './schema.js';

/** Headings for the times a step belongs to, in plan order. */
export const WHEN_LABELS: Readonly<Record<Step['when'], string>> = {
  'this-week': 'This week',
  'this-month': 'This month',
  'next-three-months': 'In the next three months',
  later: 'Later',
};

/** Short names of the signals the evidence gives on a path. */
export const SIGNAL_LABELS: Readonly<Record<Signal['kind'], string>> = {
  pivot: 'pivot',
  'keep-testing': 'keep testing',
  'double-down': 'double down',
  'test-next': 'test next',
};

/** How each direction recommendation is shown. */
export const RECOMMENDATION_LABELS: Readonly<Record<PlanDirection['recommendation'], string>> = {
  recommended: 'recommended',
  consider: 'worth considering',
  caution: 'be careful',
};

/** Plain names of the other questions. */
const QUESTION_WORDS: Readonly<Record<string, string>> = {
  stage: 'career stage',
  background: 'background',
  enjoys: 'what you enjoy',
  researchExperienceYears: 'years of research experience',
  corporateExperience: 'experience in a large organization',
  hasMentor: 'whether you have a mentor',
  leaning: 'the path you lean towards',
  interests: 'interests',
  history: 'what you have tried already',
};

/** Plain names of the profile's skills, as sentences use them ("This work leans most on coding"). */
export const SKILL_NAMES: Readonly<Record<string, string>> = {
  coding: 'coding',
  math: 'math',
  ml: 'machine learning',
  writing: 'writing',
  research: 'research',
  people: 'working with people',
  organizing: 'organizing',
};

/** "skills.coding" → "coding skill": an unanswered question in plain words. */
export function questionLabel(field: string): string {
  if (field.startsWith('skills.')) {
    const name = field.slice('skills.'.length);
    return `${SKILL_NAMES[name] ?? name} skill`;
  }
  return QUESTION_WORDS[field] ?? field;
}

/** 0.497 → "50%". */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** The plausible range of a fit: "40–60%". */
export function rangeText(range: { low: number; high: number }): string {
  return `${Math.round(range.low * 100)}–${percent(range.high)}`;
}

/** "1 week", "3 weeks". */
export function weeksText(weeks: number): string {
  return `${weeks} week${weeks === 1 ? '' : 's'}`;
}

/**
 * The steps grouped by when to do them, groups in the order the plan puts them (this week first)
 * and steps in plan order within each group.
 */
export function stepsByWhen(steps: readonly Step[]): { when: Step['when']; steps: Step[] }[] {
  const groups = new Map<Step['when'], Step[]>();
  for (const step of steps) {
    const group = groups.get(step.when);
    if (group) group.push(step);
    else groups.set(step.when, [step]);
  }
  return [...groups].map(([when, grouped]) => ({ when, steps: grouped }));
}

/** Looks up the principles a plan cites, by id. */
export function principleLookup(plan: Plan): (id: string) => PrincipleRef | undefined {
  const byId = new Map(plan.principles.map((p) => [p.id, p]));
  return (id) => byId.get(id);
}

/** The research-direction branches of the advice, as the plan a person would read shows them. */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/schema.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { adviceContext, cautionsAbout, planFor, stepIds, stepsText } from './builders.js';

const ctx = adviceContext();
const interested = (interests: NonNullable<Profile['interests']>, overrides: Profile = {}) =>
  planFor({ leaning: 'alignment-research', enjoys: ['experiments'], interests, ...overrides });
const direction = (plan: Plan, id: string) => plan.directions.find((d) => d.id === id);
const readings = (plan: Plan) => plan.readingList.map((r) => r.id);
const THEORY_READY: Profile = { skills: { math: 4, ml: 3, coding: 2 }, background: ['math', 'philosophy'] };

describe('alignment theory: only with exceptional maths, ML theory and philosophy', () => {
  it('someone theory-ready gets it recommended, with the agendas the post is excited about', () => {
    const plan = interested(['alignment-theory'], THEORY_READY);
    expect(direction(plan, 'alignment-theory')?.recommendation).toBe('recommended');
    expect(stepIds(plan)).toContain('theory-asks-the-right-questions');
    expect(readings(plan)).toContain('christiano2022-heuristic-arguments');
  });

  it('everyone drawn to it hears that it is even more heavy-tailed than other research', () => {
    for (const plan of [interested(['alignment-theory'], THEORY_READY), interested(['alignment-theory'])]) {
      const caution = plan.cautions.find((c) => c.about === 'alignment-theory');
      expect(caution?.principle).toBe('theory-is-extra-heavy-tailed');
      expect(caution?.text).toMatch(/heavy-tailed/);
    }
  });

  it('someone without the profile gets a caution and a small fit test, not a plan to quit their job', () => {
    const plan = interested(['alignment-theory'], { skills: { math: 2, ml: 0 }, stage: 'mid-career' });
    expect(direction(plan, 'alignment-theory')?.recommendation).toBe('caution');
    expect(stepIds(plan)).toContain('theory-is-extra-heavy-tailed-not-ready');
    expect(stepsText(plan)).not.toMatch(/(?:^|[.!?;:]\s+)(quit|leave)[^.]{0,40}(job|role)[^.]{0,60}theor/im);
  });
});

describe('scalable oversight', () => {
  const plan = interested(['scalable-oversight']);

  it('starts from debate and the critiques paper', () => {
    const step = plan.steps.find((s) => s.id === 'scalable-oversight-start-with-debate');
    expect(step?.resources.map((r) => r.id)).toEqual([
      'irving2018-debate',
      'saunders2022-critiques',
      'bowman2022-scalable-oversight',
    ]);
  });

  it('explains which gap counts as alignment progress', () => {
    const principles = direction(plan, 'scalable-oversight')?.reasons.map((r) => r.principle);
    expect(principles).toContain('close-the-critique-gap');
  });
});

describe('interpretability can be done outside labs', () => {
  const plan = interested(['mechanistic-interpretability']);

  it('suggests one concrete open problem from Nanda’s list', () => {
    const step = plan.steps.find((s) => s.id === 'interpretability-open-problems');
    expect(step?.resources.map((r) => r.id)).toContain('nanda2022-200-copmi');
  });

  it('says so on the direction', () => {
    const principles = direction(plan, 'mechanistic-interpretability')?.reasons.map((r) => r.principle);
    expect(principles).toContain('interpretability-outside-labs');
    expect(direction(plan, 'mechanistic-interpretability')?.recommendation).toBe('recommended');
  });
});

describe('evaluations live or die by being simple and scalable', () => {
  const plan = interested(['evaluations']);

  it('says so on the direction and links the published examples', () => {
    const reasons = direction(plan, 'evaluations')?.reasons.map((r) => r.principle);
    expect(reasons).toContain('evals-simple-and-scalable');
    expect(readings(plan)).toEqual(
      expect.arrayContaining(['arc-evals2023-update', 'openai2023-gpt4-system-card']),
    );
  });
});

describe('secondary directions', () => {
  it('unrestricted adversarial training comes with the reason to expect it to be hard', () => {
    const plan = interested(['unrestricted-adversarial-training']);
    expect(cautionsAbout(plan)).toContain('unrestricted-adversarial-training');
    expect(readings(plan)).toContain('ziegler2022-high-stakes');
  });

  it('threat modeling is pushed towards concrete questions', () => {
    const plan = interested(['threat-modeling']);
    expect(stepIds(plan)).toContain('threat-models-must-be-concrete');
    expect(direction(plan, 'threat-modeling')?.recommendation).toBe('recommended');
  });
});

describe('the three directions newcomers overrate', () => {
  it.each(['cooperative-irl', 'natural-abstractions', 'myopia'] as const)(
    '%s: a caution and the critiques, never a recommendation',
    (id) => {
      const plan = interested([id], { skills: { coding: 4, ml: 3, math: 4 } });
      const caution = plan.cautions.find((c) => c.about === id);
      expect(caution?.principle).toBe('beware-overrated-directions');
      expect(direction(plan, id)?.recommendation).toBe('caution');
      const critiques = ctx.directions.get(id)?.critique?.readings ?? [];
      const linkable = critiques.filter((r) => ctx.resources.get(r)?.url);
      expect(readings(plan)).toEqual(expect.arrayContaining(linkable));
    },
  );

  it('natural abstractions and myopia have critiques with links to give', () => {
    for (const id of ['natural-abstractions', 'myopia']) {
      const linkable = (ctx.directions.get(id)?.critique?.readings ?? []).filter(
        (r) => ctx.resources.get(r)?.url,
      );
      expect(linkable.length).toBeGreaterThan(0);
    }
  });

  it('nobody who has not named them gets them', () => {
    const plan = interested(['scalable-oversight']);
    expect(plan.directions.map((d) => d.tier)).not.toContain('overrated');
  });
});

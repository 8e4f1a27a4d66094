/** The alignment-research branches of the advice, as the plan a person would read shows them. */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { cautionsAbout, pathOf, planFor, stepIds, stepsText } from './builders.js';

const researcher = (overrides: Profile = {}): Profile => ({
  leaning: 'alignment-research',
  enjoys: ['experiments', 'coding'],
  ...overrides,
});
const NEWCOMER = researcher({ stage: 'student', researchExperienceYears: 0, hasMentor: false });
const PROFESSOR = researcher({
  stage: 'senior',
  researchExperienceYears: 15,
  skills: { coding: 3, ml: 4, research: 4, math: 4 },
  background: ['ml'],
});

describe('alignment is mentorship-constrained', () => {
  it('with little research experience and no mentor, finding one is the first step this week', () => {
    const plan = planFor(NEWCOMER);
    expect(plan.steps[0]?.id).toBe('find-a-mentor-first');
    expect(plan.steps[0]?.when).toBe('this-week');
  });

  it('suggests looking outside alignment, with a PhD supervisor keen on alignment-relevant work', () => {
    const step = planFor(NEWCOMER).steps.find((s) => s.id === 'consider-mentors-outside-alignment');
    expect(step?.principles).toEqual(['mentor-outside-alignment']);
    expect(step?.detail).toMatch(/supervisor/);
    expect(step?.detail).toMatch(/alignment-relevant/);
  });

  it('warns that unmentored research needs fast feedback', () => {
    expect(cautionsAbout(planFor(NEWCOMER))).toContain('research-without-a-mentor');
  });

  it('someone with a mentor, or with years of research, is not told to find one first', () => {
    expect(stepIds(planFor({ ...NEWCOMER, hasMentor: true }))).not.toContain('find-a-mentor-first');
    expect(stepIds(planFor({ ...NEWCOMER, stage: 'mid-career', researchExperienceYears: 6 }))).not.toContain(
      'find-a-mentor-first',
    );
  });

  it('a senior researcher is asked to supervise, and may step back to think at a high level', () => {
    const plan = planFor(PROFESSOR);
    expect(plan.steps[0]?.id).toBe('supervise-alignment-relevant-work');
    expect(stepIds(plan)).not.toContain('consider-mentors-outside-alignment');
    const reasons = pathOf(plan, 'alignment-research').reasons.map((r) => r.principle);
    expect(reasons).toContain('high-level-thinking-comes-later');
  });
});

describe('get hands-on', () => {
  const theorist = researcher({ enjoys: ['theory'], interests: ['conceptual-research'] });

  it('a junior drawn to conceptual research is told it must cash out in code or theorems, threat modeling aside', () => {
    const plan = planFor(theorist);
    const caution = plan.cautions.find((c) => c.about === 'conceptual-research');
    expect(caution?.principle).toBe('conceptual-research-must-cash-out');
    expect(caution?.text).toMatch(/threat model/i);
    expect(cautionsAbout(plan)).toContain('high-level-research');
    expect(stepIds(plan)).toContain('stay-hands-on-even-if-theoretical');
  });

  it('a senior researcher is not warned off high-level thinking', () => {
    const plan = planFor({ ...PROFESSOR, interests: ['conceptual-research'] });
    expect(cautionsAbout(plan)).not.toContain('high-level-research');
    expect(cautionsAbout(plan)).not.toContain('conceptual-research');
  });

  it('an empirically minded junior gets no conceptual-research caution', () => {
    expect(cautionsAbout(planFor(NEWCOMER))).not.toContain('conceptual-research');
  });
});

describe('start quickly; coding is the key prerequisite', () => {
  const physicist = researcher({
    background: ['physics'],
    skills: { math: 4, coding: 2, ml: 1 },
    enjoys: ['theory'],
  });

  it('a physicist is told to start now, and nothing tells them to master theory first', () => {
    const plan = planFor(physicist);
    const step = plan.steps.find((s) => s.id === 'start-without-mastering-theory');
    expect(step?.when).toBe('this-week');
    const masterFirst =
      /(?:^|[.!?;:]\s+)(master|study|learn)[^.]{0,40}(theory|theoretical|foundations)[^.]{0,30}(first|before)/im;
    expect(stepsText(plan)).not.toMatch(masterFirst);
  });

  it('an ML researcher with a physics background does not need that nudge', () => {
    expect(stepIds(planFor({ ...PROFESSOR, background: ['physics'] }))).not.toContain(
      'start-without-mastering-theory',
    );
  });

  it('weak coding makes coding the first skill to build, with ARENA', () => {
    const step = planFor(physicist).steps.find((s) => s.id === 'coding-is-the-prerequisite');
    expect(step?.principles).toEqual(['coding-is-the-key-prerequisite']);
    expect(step?.resources.map((r) => r.id)).toEqual(['arena']);
  });

  it('strong coders are not told to build coding first', () => {
    expect(stepIds(planFor(researcher({ skills: { coding: 4 } })))).not.toContain(
      'coding-is-the-prerequisite',
    );
  });
});

describe('the upskilling track, in order, starting where the person is', () => {
  const order = (overrides: Profile) => {
    const ids = stepIds(planFor(researcher(overrides)));
    return ['upskill-in-order', 'replicate-then-extend', 'track-alignment-fundamentals'].map((id) =>
      ids.indexOf(id),
    );
  };

  it('courses, then replicating and extending papers, then the Alignment Fundamentals ideas', () => {
    const [courses = -1, replicate = -1, fundamentals = -1] = order({ skills: { coding: 1 } });
    expect(courses).toBeGreaterThanOrEqual(0);
    expect(replicate).toBeGreaterThan(courses);
    expect(fundamentals).toBeGreaterThan(replicate);
  });

  it('a beginner starts at MLAB; someone with working ML at Hilton’s curriculum', () => {
    const title = (p: Profile) =>
      planFor(researcher(p)).steps.find((s) => s.id === 'upskill-in-order')?.title;
    expect(title({ skills: { coding: 1, ml: 0 } })).toMatch(/starting with MLAB/);
    expect(title({ skills: { coding: 3, ml: 2 } })).toMatch(/starting with Jacob Hilton/);
  });

  it('an ML researcher skips the courses', () => {
    expect(order({ skills: { coding: 4, ml: 4, research: 4 } })[0]).toBe(-1);
  });
});

describe('most research fails: look for the core intuition', () => {
  it('anyone heading into research is asked to write down why their direction could succeed', () => {
    const step = planFor(NEWCOMER).steps.find((s) => s.id === 'look-for-the-core-intuition');
    expect(step?.principles).toEqual(['seek-core-intuitions']);
    expect(step?.resources.map((r) => r.id)).toContain('ngo2022-intuitions-hard-problems');
  });

  it('someone drawn to speculative directions is reminded that research is heavy-tailed', () => {
    const plan = planFor(researcher({ interests: ['natural-abstractions'] }));
    expect(plan.cautions.find((c) => c.about === 'research-outcomes')?.principle).toBe('most-research-fails');
  });
});

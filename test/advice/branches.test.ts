/**
 * The general-mindset branches of the advice, as the plan a person would read shows them.
 * Research and governance branches are in branches-research.test.ts and branches-governance.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advice/advise.js';
import { PROFILE_QUESTIONS, type Profile } from '../../src/core/profile/schema.js';
import { adviceContext, cautionsAbout, pathOf, planFor, stepIds } from './builders.js';

const ctx = adviceContext();
const ENGINEER: Profile = {
  background: ['software-engineering'],
  skills: { coding: 4, ml: 3 },
  enjoys: ['coding', 'building'],
};
const ORGANIZER: Profile = {
  background: ['business'],
  skills: { coding: 0, ml: 0, people: 4, organizing: 4 },
  enjoys: ['organizing', 'people'],
};
const tried = (
  activity: 'ml-engineering' | 'policy' | 'alignment-research',
  progress: number,
  enjoyment: number,
) => planFor({ history: [{ activity, months: 18, progress, enjoyment }] });

describe('personal fit ranks the paths (no fixed ranking)', () => {
  it('an engineer and an organizer get different best paths, each suited to them', () => {
    const engineer = planFor(ENGINEER).paths[0]?.id;
    const organizer = planFor(ORGANIZER).paths[0]?.id;
    expect(['ml-engineering', 'alignment-research']).toContain(engineer);
    expect(['operations', 'field-building', 'lab-governance']).toContain(organizer);
  });

  it('explains each estimate by what the person is good at and enjoys', () => {
    const top = planFor(ENGINEER).paths[0];
    expect(
      top?.reasons.filter((r) => r.principle === 'choose-by-personal-fit').length,
    ).toBeGreaterThanOrEqual(2);
    expect(top?.reasons.map((r) => r.text).join(' ')).toMatch(/coding \(4\/4/);
  });

  it('the summary names the best fit first', () => {
    const plan = planFor(ORGANIZER);
    expect(plan.summary.startsWith(`Your strongest personal fit looks like ${plan.paths[0]?.title}`)).toBe(
      true,
    );
  });

  it('proposes testing the path the person leans towards when another fits better', () => {
    const plan = planFor({ ...ORGANIZER, leaning: 'ml-engineering' });
    expect(stepIds(plan)).toContain('fit-over-leaning');
    expect(plan.fitTests.map((t) => t.path)).toContain('ml-engineering');
  });
});

describe('uncertainty is shown when answers are missing', () => {
  const blank = advise({}, ctx);
  const full = planFor();

  it('lists every unanswered question', () => {
    expect(blank.missing).toEqual([...PROFILE_QUESTIONS]);
    expect(full.missing).toEqual([]);
  });

  it('makes every estimate less certain and says so', () => {
    for (const path of blank.paths) {
      expect(path.uncertainty).toBeGreaterThan(pathOf(full, path.id).uncertainty);
      expect(path.reasons.map((r) => r.text).join(' ')).toMatch(/still unknown/);
    }
    expect(blank.summary).toContain(`skipped ${PROFILE_QUESTIONS.length} questions`);
  });

  it('proposes fit tests first, rather than steering into the path that wins a tie', () => {
    expect(new Set(blank.paths.map((p) => p.fit)).size).toBe(1);
    expect(blank.fitTests.length).toBeGreaterThanOrEqual(3);
    expect(blank.steps[0]?.id).toBe('start-a-fit-test');
    expect(blank.steps[0]?.when).toBe('this-week');
  });

  it('lists only the questions actually skipped', () => {
    const plan = advise({ stage: 'student', skills: { coding: 2 } }, ctx);
    expect(plan.missing).not.toContain('stage');
    expect(plan.missing).not.toContain('skills.coding');
    expect(plan.missing).toContain('skills.math');
  });
});

describe('what the person has tried', () => {
  it('successes without excitement: a pivot signal, and a pivot step first, with the caveat', () => {
    const plan = tried('ml-engineering', 4, 0);
    const path = pathOf(plan, 'ml-engineering');
    expect(path.signal?.kind).toBe('pivot');
    expect(path.signal?.principle).toBe('pivot-without-excitement');
    expect(plan.steps[0]?.id).toBe('pivot-when-successes-leave-you-cold');
    expect(plan.steps[0]?.detail).toMatch(/depends on your details/);
    expect(cautionsAbout(plan)).toContain('staying-for-impact');
    expect(plan.summary).toMatch(/suggests a pivot/);
    expect(plan.paths[0]?.id).not.toBe('ml-engineering');
  });

  it('enjoyment with slow progress: keep testing with faster feedback', () => {
    const plan = tried('alignment-research', 1, 4);
    expect(pathOf(plan, 'alignment-research').signal?.kind).toBe('keep-testing');
    expect(stepIds(plan)).toContain('keep-testing-when-enjoyment-outruns-progress');
    expect(stepIds(plan)).not.toContain('pivot-when-successes-leave-you-cold');
  });

  it('progress and enjoyment: double down', () => {
    const plan = tried('policy', 4, 4);
    expect(pathOf(plan, 'policy').signal?.kind).toBe('double-down');
    expect(stepIds(plan)).toContain('double-down-when-it-works');
    expect(stepIds(plan)).toContain('excellence-rarely-feels-excellent');
    expect(plan.paths[0]?.id).toBe('policy');
  });

  it('a short try gives no signal either way', () => {
    const plan = planFor({ history: [{ activity: 'policy', months: 2, progress: 4, enjoyment: 0 }] });
    expect(pathOf(plan, 'policy').signal).toBeUndefined();
    expect(stepIds(plan)).not.toContain('pivot-when-successes-leave-you-cold');
  });
});

describe('the "why is everyone missing the point?" signal', () => {
  it('is pointed out to people with real experience', () => {
    const plan = planFor({ researchExperienceYears: 4 });
    expect(stepIds(plan)).toContain('watch-for-missing-the-point');
    expect(plan.principles.map((p) => p.id)).toContain('missing-the-point-signal');
  });

  it('is not for someone just starting', () => {
    expect(stepIds(planFor({ researchExperienceYears: 0, history: [] }))).not.toContain(
      'watch-for-missing-the-point',
    );
  });
});

describe('agency: nobody has got round to it, and roles are created by asking', () => {
  const plan = planFor({ ...ORGANIZER, leaning: 'operations' });

  it('tells someone heading into operations to pilot a fix for a gap they notice', () => {
    const step = plan.steps.find((s) => s.id === 'notice-gaps-and-act');
    expect(step?.principles).toEqual(['have-agency']);
    expect(step?.detail).toMatch(/nobody has got round to it/);
  });

  it('and to propose the role they would be best at', () => {
    expect(plan.steps.find((s) => s.id === 'propose-the-role-you-want')?.principles).toEqual([
      'create-your-own-role',
    ]);
  });
});

describe('advocacy needs technical grounding', () => {
  const advocate: Profile = {
    background: ['communications'],
    skills: { coding: 0, ml: 0, writing: 4, people: 4 },
    enjoys: ['explaining', 'writing'],
    leaning: 'communications',
    interests: ['advocacy'],
  };

  it('someone without a technical background is told to learn the basics first, this week', () => {
    const plan = planFor(advocate);
    const step = plan.steps.find((s) => s.id === 'ground-advocacy-in-technical-understanding');
    expect(step?.when).toBe('this-week');
    expect(step?.resources.length).toBeGreaterThan(0);
    expect(plan.cautions.find((c) => c.about === 'advocacy')?.principle).toBe(
      'advocacy-needs-technical-grounding',
    );
  });

  it('an ML researcher drawn to advocacy is not told to learn the technical basics', () => {
    const plan = planFor({
      ...advocate,
      background: ['ml'],
      skills: { coding: 4, ml: 4, research: 4, writing: 4 },
      researchExperienceYears: 8,
    });
    expect(stepIds(plan)).not.toContain('ground-advocacy-in-technical-understanding');
  });
});

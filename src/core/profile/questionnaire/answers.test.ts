import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, ENJOYS, PATH_SLUGS, STAGES } from '../../vocabulary.js';
import { parseProfile } from '../parse.js';
import { Interest, PROFILE_QUESTIONS } from '../schema.js';
import { profileFromAnswers } from './answers.js';
import { type Choice, QUESTIONS } from './questions.js';

describe('profileFromAnswers', () => {
  it('builds the profile of the contract from every kind of answer', () => {
    const result = profileFromAnswers({
      stage: 'student',
      background: ['physics', 'math'],
      'skills.coding': 1,
      'skills.math': 4,
      enjoys: ['proofs'],
      researchExperienceYears: 2.5,
      corporateExperience: false,
      hasMentor: true,
      leaning: 'undecided',
      interests: ['alignment-theory'],
      history: [{ activity: 'alignment-research', months: 6, progress: 3, enjoyment: 1 }],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        stage: 'student',
        background: ['physics', 'math'],
        skills: { coding: 1, math: 4 },
        enjoys: ['proofs'],
        researchExperienceYears: 2.5,
        corporateExperience: false,
        hasMentor: true,
        leaning: 'undecided',
        interests: ['alignment-theory'],
        history: [{ activity: 'alignment-research', months: 6, progress: 3, enjoyment: 1 }],
      },
    });
  });

  it('leaves skipped questions and empty selections out, so the plan lists them as missing', () => {
    expect(profileFromAnswers({})).toEqual({ ok: true, value: {} });
    expect(profileFromAnswers({ background: [], enjoys: [], history: [], 'skills.ml': 0 })).toEqual({
      ok: true,
      value: { skills: { ml: 0 } },
    });
  });

  it('keeps "no" and zero answers: they are answers, not skips', () => {
    const result = profileFromAnswers({ hasMentor: false, researchExperienceYears: 0, 'skills.coding': 0 });
    expect(result.ok && result.value).toEqual({
      skills: { coding: 0 },
      researchExperienceYears: 0,
      hasMentor: false,
    });
  });

  it('reports a value the contract does not allow, naming the field', () => {
    const result = profileFromAnswers({ stage: 'wizard', 'skills.coding': 9 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['stage', 'skills.coding']);
  });
});

describe('the questions', () => {
  it('ask every profile question, in the order of PROFILE_QUESTIONS', () => {
    expect(QUESTIONS.map((q) => q.field)).toEqual([...PROFILE_QUESTIONS]);
  });

  /** The profile a person gets by picking `choice` for the question about `field`. */
  const profileWith = (field: string, choice: Choice) =>
    profileFromAnswers({ [field]: typeof choice.value === 'string' ? [choice.value] : choice.value });

  it('offer only values the profile contract allows, and every value it allows', () => {
    for (const q of QUESTIONS) {
      if (q.kind === 'select') {
        for (const choice of q.choices) {
          const answer = { [q.field]: choice.value };
          expect(profileFromAnswers(answer).ok, `${q.field}: ${String(choice.value)}`).toBe(true);
        }
      }
      if (q.kind === 'multi') {
        for (const choice of q.choices) {
          expect(profileWith(q.field, choice).ok, `${q.field}: ${String(choice.value)}`).toBe(true);
        }
        expect(profileFromAnswers({ [q.field]: q.choices.map((c) => String(c.value)) }).ok).toBe(true);
      }
    }
    const values = (field: string) =>
      new Set(
        QUESTIONS.flatMap((q) => (q.field === field && 'choices' in q ? q.choices.map((c) => c.value) : [])),
      );
    expect(values('stage')).toEqual(new Set(STAGES));
    expect(values('background')).toEqual(new Set(BACKGROUNDS));
    expect(values('enjoys')).toEqual(new Set(ENJOYS));
    expect(values('leaning')).toEqual(new Set([...PATH_SLUGS, 'undecided']));
    expect(values('interests')).toEqual(new Set(Interest.options));
    expect(values('hasMentor')).toEqual(new Set([true, false]));
    const skill = QUESTIONS.find((q) => q.field === 'skills.coding');
    expect(skill?.kind === 'select' && skill.choices.map((c) => c.label)).toEqual([
      '0 none',
      '1 basic',
      '2 working',
      '3 strong',
      '4 expert',
    ]);
  });

  it('offer every path and direction as something tried, with progress and enjoyment from 0 to 4', () => {
    const history = QUESTIONS.find((q) => q.kind === 'history');
    if (history?.kind !== 'history') throw new Error('no history question');
    for (const activity of history.activity.choices) {
      for (const level of [0, 4]) {
        const entry = { activity: String(activity.value), months: 1, progress: level, enjoyment: level };
        expect(parseProfile({ history: [entry] }).ok, String(activity.value)).toBe(true);
      }
    }
    expect(history.activity.choices).toHaveLength(17);
    expect(history.progress.choices.map((c) => c.value)).toEqual([0, 1, 2, 3, 4]);
    expect(history.enjoyment.choices.map((c) => c.value)).toEqual([0, 1, 2, 3, 4]);
  });
});

import { describe, expect, it } from 'vitest';
import { PROFILE_QUESTIONS, type Profile } from '../../../core/profile/schema.js';
import { formValuesFromProfile, profileFromForm } from './form-profile.js';
import { QUESTIONS } from './question-data.js';
import { STEPS } from './steps.js';

const FULL: Profile = {
  stage: 'student',
  background: ['physics', 'math'],
  skills: { coding: 1, math: 4, ml: 0, writing: 2, research: 2, people: 2, organizing: 1 },
  enjoys: ['proofs', 'theory'],
  researchExperienceYears: 2.5,
  corporateExperience: false,
  hasMentor: true,
  leaning: 'undecided',
  interests: ['alignment-theory', 'compute-governance', 'advocacy'],
  history: [
    { activity: 'alignment-research', months: 6, progress: 3, enjoyment: 1 },
    { activity: 'mechanistic-interpretability', months: 2, progress: 0, enjoyment: 4 },
  ],
  notes: 'line one\nline <two> & "three"',
};

/** The fields a browser submits for form values (checkboxes repeat their name). */
const entries = (values: ReadonlyMap<string, readonly string[]>): [string, string][] =>
  [...values].flatMap(([name, list]) => list.map((value): [string, string] => [name, value]));

const problemPaths = (result: ReturnType<typeof profileFromForm>) =>
  result.ok ? [] : result.problems.map((p) => p.path);

describe('profileFromForm', () => {
  it('turns plain form fields into a profile, typing numbers, booleans and lists', () => {
    const result = profileFromForm([
      ['stage', 'student'],
      ['background', 'physics'],
      ['background', 'math'],
      ['skills.coding', '1'],
      ['skills.math', '4'],
      ['researchExperienceYears', '2.5'],
      ['corporateExperience', 'false'],
      ['hasMentor', 'true'],
      ['history.0.activity', 'alignment-research'],
      ['history.0.months', '6'],
      ['history.0.progress', '3'],
      ['history.0.enjoyment', '1'],
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        stage: 'student',
        background: ['physics', 'math'],
        skills: { coding: 1, math: 4 },
        researchExperienceYears: 2.5,
        corporateExperience: false,
        hasMentor: true,
        history: [{ activity: 'alignment-research', months: 6, progress: 3, enjoyment: 1 }],
      },
    });
  });

  it('treats empty values, "Skip" and empty history rows as skipped questions', () => {
    const result = profileFromForm([
      ['stage', ''],
      ['skills.coding', ''],
      ['researchExperienceYears', '  '],
      ['history.0.activity', ''],
      ['history.0.months', ''],
      ['history.1.activity', ''],
      ['notes', '   '],
    ]);
    expect(result).toEqual({ ok: true, value: {} });
  });

  it('keeps history rows in form order and skips the empty ones between them', () => {
    const result = profileFromForm([
      ['history.3.activity', 'policy'],
      ['history.3.months', '12'],
      ['history.3.progress', '2'],
      ['history.3.enjoyment', '2'],
      ['history.1.activity', 'evaluations'],
      ['history.1.months', '1'],
      ['history.1.progress', '4'],
      ['history.1.enjoyment', '4'],
      ['history.2.months', ''],
    ]);
    expect(result.ok && result.value.history?.map((h) => h.activity)).toEqual(['evaluations', 'policy']);
  });

  it('names an unknown field, a value that is not offered, and an out-of-range number', () => {
    const result = profileFromForm([
      ['stage', 'astronaut'],
      ['skills.coding', '7'],
      ['favouriteColour', 'blue'],
    ]);
    expect(problemPaths(result).sort()).toEqual(['favouriteColour', 'skills.coding', 'stage']);
    const messages = result.ok ? [] : result.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('"astronaut" is not allowed; expected one of: student');
    expect(messages).toContain('7 is too large; at most 4 allowed');
    expect(messages).toContain('unknown field "favouriteColour"');
  });

  it('names each missing part of a history row someone started to fill in', () => {
    const result = profileFromForm([
      ['history.0.activity', 'policy'],
      ['history.0.months', 'six'],
    ]);
    expect(problemPaths(result).sort()).toEqual([
      'history[0].enjoyment',
      'history[0].months',
      'history[0].progress',
    ]);
  });

  it('rejects notes longer than the profile allows, also when other answers need a change', () => {
    expect(problemPaths(profileFromForm([['notes', 'x'.repeat(5001)]]))).toEqual(['notes']);
    const both = profileFromForm([
      ['researchExperienceYears', '-2'],
      ['notes', 'x'.repeat(5001)],
    ]);
    expect(problemPaths(both)).toEqual(['researchExperienceYears', 'notes']);
  });
});

describe('formValuesFromProfile', () => {
  it('round-trips every answer: profile → form fields → the same profile', () => {
    const result = profileFromForm(entries(formValuesFromProfile(FULL)));
    expect(result).toEqual({ ok: true, value: FULL });
  });

  it('gives no values for an empty profile', () => {
    expect([...formValuesFromProfile({})]).toEqual([]);
  });
});

describe('the questionnaire steps', () => {
  it('ask every question of the profile contract exactly once, in a step of its own topic', () => {
    const asked = STEPS.flatMap((step) => step.fields);
    expect([...asked].sort()).toEqual([...PROFILE_QUESTIONS].sort());
    expect(new Set(asked).size).toBe(asked.length);
    for (const field of asked) expect(QUESTIONS.some((q) => q.field === field)).toBe(true);
  });
});

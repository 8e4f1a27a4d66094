import { describe, expect, it } from 'vitest';
import { buildProfile, without } from '../../../test/advice/builders.js';
import { PROFILE_QUESTIONS } from '../profile/schema.js';
import { missingAnswers } from './missing.js';

describe('unanswered questions', () => {
  it('lists every question, in questionnaire order, for an empty profile', () => {
    expect(missingAnswers({})).toEqual([...PROFILE_QUESTIONS]);
    expect(missingAnswers({})).toContain('skills.coding');
  });

  it('lists nothing when everything is answered', () => {
    expect(missingAnswers(buildProfile())).toEqual([]);
  });

  it('names each unanswered skill separately', () => {
    const profile = { ...buildProfile(), skills: { coding: 3, math: 1 } };
    expect(missingAnswers(profile)).toEqual([
      'skills.ml',
      'skills.writing',
      'skills.research',
      'skills.people',
      'skills.organizing',
    ]);
  });

  it('treats an empty list or a false as an answer, and a missing field as none', () => {
    const profile = {
      ...without(buildProfile(), 'hasMentor', 'stage'),
      interests: [],
      corporateExperience: false,
    };
    expect(missingAnswers(profile)).toEqual(['stage', 'hasMentor']);
  });

  it('does not ask about notes', () => {
    expect(missingAnswers(buildProfile())).not.toContain('notes');
  });
});

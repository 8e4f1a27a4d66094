import { describe, expect, it } from 'vitest';
import { fieldProblems, problemIds } from './form-problems.js';
import { formValuesFromEntries, profileFromForm } from './form-profile.js';

/** The problems a person sees for a sent form, as `profileFromForm` finds them. */
function problemsFor(entries: readonly (readonly [string, string])[]) {
  const result = profileFromForm(entries);
  return result.ok ? [] : fieldProblems(formValuesFromEntries(entries), result.problems);
}

describe('fieldProblems', () => {
  it('puts each problem on the form field it is about, with the ids to link to and describe it', () => {
    expect(problemsFor([['researchExperienceYears', '-2']])).toEqual([
      {
        field: 'researchExperienceYears',
        target: 'q-researchExperienceYears-input',
        messageId: 'q-researchExperienceYears-error',
        message:
          'Years of research experience must be a number from 0 to 70 (you entered -2). Leave it empty to skip the question.',
      },
    ]);
    expect(problemIds('stage')).toEqual({ target: 'q-stage', messageId: 'q-stage-error' });
    expect(problemIds('history.3.progress')).toEqual({
      target: 'history.3.progress',
      messageId: 'history.3.progress-error',
    });
  });

  it("maps an entry of the profile's history back to the row the person filled in", () => {
    const problems = problemsFor([
      ['history.0.activity', ''],
      ['history.2.activity', 'policy'],
      ['history.2.months', '4'],
      ['history.5.enjoyment', '3'],
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      'history.2.progress',
      'history.2.enjoyment',
      'history.5.activity',
      'history.5.months',
      'history.5.progress',
    ]);
    expect(problems.map((p) => p.message)).toContain(
      'Something you tried (6): “What did you try?” is not answered. Answer it, or empty the whole row to skip it.',
    );
  });

  it('names every value a multiple choice does not offer, once for the question', () => {
    const problems = problemsFor([
      ['background', 'physics'],
      ['background', 'alchemy'],
      ['background', 'astrology'],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe(
      'Background: pick only answers from the list; “alchemy”, “astrology” are not among them.',
    );
  });

  it('lists fields the form does not have last, with nothing to link to', () => {
    const problems = problemsFor([
      ['colour', 'blue'],
      ['history[0].months', '3'],
      ['stage', 'wizard'],
    ]);
    expect(problems.map((p) => [p.field, p.target])).toEqual([
      ['stage', 'q-stage'],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect(problems[2]?.message).toBe(
      'Lever does not ask a question called “history[0].months”, so that answer cannot be kept.',
    );
  });
});

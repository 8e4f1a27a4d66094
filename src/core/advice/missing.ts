/** Which questions the person left unanswered; each lowers confidence and is listed in the plan. */
import { PROFILE_QUESTIONS, type Profile } from '../profile/schema.js';

/** Dotted field names of unanswered questions, in questionnaire order. */
export function missingAnswers(profile: Profile): string[] {
  return PROFILE_QUESTIONS.filter((question) => {
    if (question.startsWith('skills.')) {
      const name = question.slice('skills.'.length) as keyof NonNullable<Profile['skills']>;
      return profile.skills?.[name] === undefined;
    }
    return profile[question as keyof Profile] === undefined;
  });
}

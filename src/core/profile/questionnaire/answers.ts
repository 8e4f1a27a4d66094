/** Turns what the questionnaire collected into a profile: the one step of it with no input or output. */

import type { Result } from '../../result.js';
import { parseProfile } from '../parse.js';
import { PROFILE_QUESTIONS, type Profile, type ProfileQuestion } from '../schema.js';

/** One thing the person tried, as the history loop asked it. */
export interface HistoryAnswer {
  activity: string;
  months: number;
  progress: number;
  enjoyment: number;
}

/** A question's answer: a picked value, the values picked in a multi-select, or the history entries. */
export type Answer = string | number | boolean | readonly string[] | readonly HistoryAnswer[];

/** Answers by question; a skipped question has no entry. */
export type Answers = Partial<Record<ProfileQuestion, Answer>>;

const SKILL_PREFIX = 'skills.';

/**
 * The profile for these answers. Skipped questions and empty selections are left out, so the plan
 * lists them as missing; skill answers are gathered into `skills`. The result is validated (which
 * also puts the fields in the contract's order), so a wrong value in the question data shows up as
 * a problem naming the field, not as a bad plan.
 */
export function profileFromAnswers(answers: Answers): Result<Profile> {
  const raw: Record<string, unknown> = {};
  const skills: Record<string, unknown> = {};
  for (const field of PROFILE_QUESTIONS) {
    const answer = answers[field];
    if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) continue;
    if (field.startsWith(SKILL_PREFIX)) skills[field.slice(SKILL_PREFIX.length)] = answer;
    else raw[field] = Array.isArray(answer) ? [...new Set(answer)] : answer;
  }
  if (Object.keys(skills).length > 0) raw.skills = skills;
  return parseProfile(raw);
}

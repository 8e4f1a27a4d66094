/** A profile's answers in the questionnaire's own words, for the plan page and the comparison. */
import { questionLabel } from '../../../core/plan/labels.js';
import type { Profile } from '../../../core/profile/schema.js';
import { type Choice, QUESTIONS, type Question } from '../start/question-data.js';

export interface AnswerWords {
  /** The profile field, e.g. "skills.coding". */
  field: string;
  /** The question in a few plain words, e.g. "coding skill". */
  label: string;
  /** The answer as the person chose it, one line per entry; empty when skipped. */
  lines: string[];
}

function labelOf(choices: readonly Choice[], value: unknown): string {
  return choices.find((c) => c.value === value)?.label ?? String(value);
}

function answerValue(profile: Profile, field: string): unknown {
  const [head, skill] = field.split('.');
  if (head === 'skills' && skill) return (profile.skills as Record<string, unknown> | undefined)?.[skill];
  return (profile as Record<string, unknown>)[field];
}

function linesFor(profile: Profile, question: Question): string[] {
  if (question.kind === 'history') {
    return (profile.history ?? []).map(
      (entry) =>
        `${labelOf(question.activity.choices, entry.activity)}: ${entry.months} months, progress ${labelOf(question.progress.choices, entry.progress)}, enjoyment ${labelOf(question.enjoyment.choices, entry.enjoyment)}`,
    );
  }
  const value = answerValue(profile, question.field);
  if (value === undefined) return [];
  const choices = question.kind === 'number' ? [] : question.choices;
  if (Array.isArray(value))
    return [value.length === 0 ? 'none' : value.map((v) => labelOf(choices, v)).join(', ')];
  return [labelOf(choices, value)];
}

/** Every question with its answer, in questionnaire order, then the notes when there are any. */
export function answerWords(profile: Profile): AnswerWords[] {
  const words = QUESTIONS.map((question) => ({
    field: question.field,
    label: questionLabel(question.field),
    lines: linesFor(profile, question),
  }));
  return profile.notes ? [...words, { field: 'notes', label: 'notes', lines: [profile.notes] }] : words;
}

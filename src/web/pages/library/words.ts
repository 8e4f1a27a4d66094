/**
 * Profile values as the knowledge-base pages show them: in the questionnaire's own words
 * ("international-relations" → "international relations"), never as raw slugs.
 */
import { SKILL_NAMES } from '../../../core/plan/labels.js';
import { QUESTIONS } from '../start/question-data.js';

/** The profile fields whose values the item pages list. */
export type WordsField = 'background' | 'enjoys' | 'stage' | 'skills';

function labelOf(field: WordsField, value: string): string {
  if (field === 'skills') return SKILL_NAMES[value] ?? value;
  const question = QUESTIONS.find((q) => q.field === field);
  const choice =
    question && 'choices' in question ? question.choices.find((c) => c.value === value) : undefined;
  // "Early career: the first few years of work" → "Early career": the name, not its explanation.
  return choice ? choice.label.replace(/:.*$/, '') : value;
}

/** "Public policy, law, international relations": the values in words, as one list. */
export function valueWords(field: WordsField, values: readonly string[]): string {
  return values
    .map((value, i) => {
      const label = labelOf(field, value);
      return i === 0
        ? label.charAt(0).toUpperCase() + label.slice(1)
        : label.charAt(0).toLowerCase() + label.slice(1);
    })
    .join(', ');
}

/**
 * The 0–4 scales of a check-in, in the questionnaire's own words ("3 good", "4 loved it"), so a
 * rating reads the same whether it was given for past work or logged this week.
 */
import { type HistoryQuestion, QUESTIONS } from '../start/question-data.js';

const history = QUESTIONS.find((q): q is HistoryQuestion => q.kind === 'history');
if (!history) throw new Error('the questionnaire has no history question');

export interface RatingScale {
  /** The question, e.g. "How well did it go?". */
  question: string;
  /** Level 0 to 4, each as "3 good". */
  labels: readonly string[];
}

const scale = (part: HistoryQuestion['progress']): RatingScale => ({
  question: part.message,
  labels: part.choices.map((choice) => choice.label),
});

export const PROGRESS_SCALE = scale(history.progress);
export const ENJOYMENT_SCALE = scale(history.enjoyment);

/** A rating in words: 3 → "3 good" on the progress scale. */
export function ratingLabel(scale: RatingScale, level: number): string {
  return scale.labels[level] ?? String(level);
}

/**
 * The questionnaire's questions as data, shared with the command line so both ask the same
 * questions in the same words. The one seam to change if the data moves into the core.
 */
export {
  type Answer,
  type Answers,
  type HistoryAnswer,
  profileFromAnswers,
} from '../../../core/profile/questionnaire/answers.js';
export {
  type Choice,
  type HistoryQuestion,
  type MultiQuestion,
  type NumberQuestion,
  QUESTIONS,
  type Question,
  type SelectQuestion,
} from '../../../core/profile/questionnaire/questions.js';
